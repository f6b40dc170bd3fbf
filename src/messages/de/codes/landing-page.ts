import type * as IDS from '../../../checks/catalog/landing-page.js';
import type { landingPageCodes } from '../../../checks/catalog/landing-page.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import type { Args } from '../../../checks/args.js';
import { wordsFor, type Phrase } from '../../types.js';
import { KIB } from './words.js';

/** ipaddr.js's names of the IPv4 and IPv6 special-purpose ranges, as a reader understands them. */
const RANGES: Readonly<Record<(typeof IDS.RANGES)[number], string>> = {
  unspecified: 'eine „This Network“- oder unspezifizierte Adresse',
  broadcast: 'die Broadcastadresse',
  multicast: 'eine Multicastadresse',
  linkLocal: 'eine verbindungslokale Adresse (Link-Local)',
  loopback: 'eine Loopbackadresse',
  carrierGradeNat: 'eine gemeinsam genutzte Adresse (Carrier-Grade NAT)',
  private: 'eine private Adresse',
  uniqueLocal: 'eine private Adresse (Unique Local)',
  deprecatedSiteLocal: 'eine standortlokale Adresse (Site-Local)',
  discard: 'eine Discard-Adresse',
  benchmarking: 'eine Adresse für Benchmarktests',
  amt: 'eine Adresse für Multicast-Tunneling (AMT)',
  as112: 'eine Adresse einer DNS-Senke (AS112)',
  as112v6: 'eine Adresse einer DNS-Senke (AS112)',
  deprecatedOrchid: 'ein ORCHID-Bezeichner, keine Hostadresse',
  orchid2: 'ein ORCHID-Bezeichner, keine Hostadresse',
  droneRemoteIdProtocolEntityTags: 'eine Drohnenkennung, keine Hostadresse',
  segmentRouting: 'eine Segment-Routing-Adresse',
  reserved: 'eine reservierte oder Dokumentationsadresse',
};
const range = (a: Args) => RANGES[String(a.range) as keyof typeof RANGES] ?? `eine Adresse für besondere Zwecke (${a.range})`;

/** How an IPv6 address carries an IPv4 address. */
const EMBEDDED_FORMS = {
  'ipv4-mapped': () => 'IPv4-mapped',
  siit: () => 'IPv4-translated (SIIT)',
  '6to4': () => '6to4',
  teredo: () => 'Teredo',
  nat64: () => 'NAT64 (64:ff9b::/96)',
  'nat64-local': () => 'NAT64 (64:ff9b:1::/96)',
  'ipv4-compatible': () => 'IPv4-kompatibel',
} satisfies Record<(typeof IDS.EMBEDDED_FORMS)[number], Phrase>;


/** Why a host is not public (src/checks/public-address.ts, landing-page.ts). */
const NOT_PUBLIC = {
  range,
  embedded: (a) => `eine IPv6-Adresse mit der eingebetteten IPv4-Adresse ${a.ipv4} (${wordsFor(EMBEDDED_FORMS, a, 'form')}) und damit ${range(a)}`,
  'nat64-unknown': () => 'eine NAT64-Adresse für lokale Nutzung, deren IPv4-Teil sich nicht bestimmen lässt',
  'outside-unicast': () => 'eine reservierte Adresse (außerhalb des globalen Unicast-Bereichs 2000::/3)',
  'not-ip': () => 'keine IP-Adresse',
  'local-machine': () => 'der lokale Rechner',
  'single-label': () => 'ein einteiliger Intranetname',
  'reserved-name': (a) => `ein Name unter der reservierten oder nur lokal gültigen Endung ".${a.suffix}"`,
} satisfies Record<(typeof IDS.NOT_PUBLIC)[number], Phrase>;


/** Why a host is not public, in words; `resolvesTo` is the address a name resolved to (--online). */
export function notPublicWords(a: Args): string {
  const words = wordsFor(NOT_PUBLIC, a);
  return a.resolvesTo ? `ein Name, der zu ${a.resolvesTo} aufgelöst wird (${words})` : words;
}

/** Why the page could not be loaded, by the kind of failure; `detail` is the system's own message. */
const UNREACHABLE = {
  dns: (a) => `DNS-Abfrage fehlgeschlagen (${a.code})`,
  tls: (a) => `TLS fehlgeschlagen: ${a.detail} (${a.code})`,
  timeout: (a) => `Zeitüberschreitung: keine vollständige Antwort innerhalb von ${a.seconds} s`,
  redirects: (a) => `mehr als ${a.limit} Umleitungen`,
  location: (a) => `Die Seite leitet auf ${a.location} um, das keine URL ist`,
  response: (a) => `Die Antwort war nicht lesbar: ${a.detail} (${a.code})`,
  connection: (a) => `Verbindung fehlgeschlagen: ${a.detail ?? 'keine Details'}${a.code ? ` (${a.code})` : ''}`,
} satisfies Record<(typeof IDS.UNREACHABLE)[number], Phrase>;

/** Finding codes of the landing page: its URL, and with --online the page itself. */
export const landingPageWords = {
  LANDING_PAGE_INVALID_URL: {
    title: 'Die Angebotsseite ist keine URL',
    explanation: 'Microsoft verlangt einen Link zu einer Angebotsseite oder einem Blogbeitrag mit genug Informationen, damit Kunden die Integration abschließen können.',
    fix: 'Verwenden Sie eine absolute URL wie https://example.com/mde-integration.',
    message: (a) => `landingPage ${a.value} ist keine absolute URL.`,
    hint: (a) => (a.suggestion ? `Meinten Sie ${a.suggestion}?` : undefined),
  },
  LANDING_PAGE_NOT_HTTPS: {
    title: 'Die Angebotsseite verwendet kein HTTPS',
    why: 'Eine Seite, auf die ein Sicherheitsprodukt verlinkt, darf unterwegs nicht verändert werden können: nur HTTPS.',
    explanation: 'Eine Seite, auf die ein Sicherheitsprodukt verlinkt, muss über HTTPS ausgeliefert werden; mde-partner verlangt https:// (seine Richtlinie).',
    fix: 'Liefern Sie die Seite über HTTPS aus und verwenden Sie die https://-URL.',
    message: (a) => (a.redirect
      ? `landingPage leitet auf ${a.redirect} um, das ${a.scheme} verwendet; erwartet wird https:. Der Umleitung wurde nicht gefolgt.`
      : `landingPage verwendet ${a.scheme}; erwartet wird https:.`),
    hint: (a) => (a.suggestion && !a.redirect ? `Verwenden Sie ${a.suggestion}.` : undefined),
  },
  LANDING_PAGE_CREDENTIALS: {
    title: 'Die URL der Angebotsseite enthält Anmeldedaten',
    why: 'Sicherheit: Ein Benutzername oder Kennwort in einer URL ist für jeden sichtbar, der den Eintrag sieht, und ist ein typisches Phishing-Muster.',
    explanation: 'Ein Benutzername oder Kennwort in einer URL (https://user:pass@host/) legt Anmeldedaten offen und ist ein typisches Phishing-Muster.',
    fix: 'Entfernen Sie den Teil user:password@; eine öffentliche Angebotsseite braucht keine Anmeldung.',
    message: (a) => (a.redirect
      ? 'landingPage leitet auf eine URL mit Benutzername oder Kennwort um; der Umleitung wurde nicht gefolgt.'
      : 'landingPage enthält einen Benutzernamen oder ein Kennwort.'),
    hint: (a) => (a.suggestion && !a.redirect ? `Verwenden Sie ${a.suggestion}.` : undefined),
  },
  LANDING_PAGE_NOT_PUBLIC: {
    title: 'Die Angebotsseite liegt nicht auf einem öffentlichen Host',
    why: 'Eine Seite „für den Kunden“ muss für Kunden erreichbar sein: Eine lokale, private oder reservierte Adresse ist nur innerhalb eines Netzwerks erreichbar.',
    explanation: 'Kunden müssen die Seite öffnen können: localhost, private, verbindungslokale und reservierte Adressen und Namen (z. B. .local, .internal, einteilige Hostnamen) sind aus dem Internet nicht erreichbar. Eine IPv4-Adresse wird unabhängig von ihrer Schreibweise beurteilt: als Zahl (2130706433, 0x7f.1) oder in einer IPv6-Adresse (IPv4-mapped ::ffff:127.0.0.1, NAT64 64:ff9b::/96, 6to4, Teredo).',
    fix: 'Veröffentlichen Sie die Seite unter einer öffentlichen Domain und verwenden Sie diese URL.',
    message: (a) => (a.redirect
      ? `landingPage leitet auf ${a.redirect} um; dessen Host ${a.host} ist ${notPublicWords(a)} und für Kunden nicht erreichbar. Der Umleitung wurde nicht gefolgt.`
      : `Der Host ${a.host} von landingPage ist ${notPublicWords(a)} und für Kunden nicht erreichbar.`),
  },
  LANDING_PAGE_UNREACHABLE: {
    title: 'Die Angebotsseite kann nicht geladen werden',
    why: 'Eine Seite, die nicht lädt, gibt Kunden überhaupt keine Informationen.',
    explanation: `Mit --online wird die Angebotsseite über HTTPS abgerufen, wie es der Browser eines Kunden täte: Microsoft verlangt eine Seite mit genug Informationen, um die Integration abzuschließen, und eine Seite, die nicht lädt, hat keine. DNS- und TLS-Fehler (das Zertifikat muss vertrauenswürdig sein und zum Host passen), Verbindungsfehler, mehr als ${policy.online.maxRedirects} Umleitungen und keine vollständige Antwort innerhalb von ${policy.online.timeoutMs / 1000} s werden hier gemeldet, jeweils mit der Ursache.`,
    fix: 'Öffnen Sie die URL aus einem fremden Netzwerk und beheben Sie, was die Meldung nennt (DNS-Eintrag, Zertifikat, Server, Umleitungskette).',
    message: (a) => `landingPage ${a.url} konnte nicht geladen werden: ${a.kind === undefined ? UNREACHABLE.connection(a) : wordsFor(UNREACHABLE, a, 'kind')}.`,
  },
  LANDING_PAGE_HTTP_STATUS: {
    title: 'Die Angebotsseite antwortet mit einem Fehlerstatus',
    why: 'Eine Fehlerseite oder eine Anmeldesperre ist keine Seite mit Informationen für Kunden.',
    explanation: 'Mit --online muss die Angebotsseite nach allen Umleitungen mit einem 2xx-Status antworten. Ein 404, eine Anmeldesperre (401/403) oder ein Serverfehler ist das, was ein Kunde statt der Integrationsanleitung sähe.',
    fix: 'Veröffentlichen Sie die Seite unter der URL, machen Sie sie öffentlich oder verwenden Sie ihre aktuelle URL.',
    message: (a) => `landingPage ${a.url} hat mit ${a.status}${a.statusText && a.statusText !== '""' ? ` ${a.statusText}` : ''} geantwortet; erwartet wird ein 2xx-Status.`,
    hint: (a) => {
      const status = Number(a.status);
      if (status === 401 || status === 403) return 'Die Seite muss öffentlich sein: Kunden öffnen sie ohne Anmeldung.';
      if (status === 404 || status === 410) return 'Die Seite existiert nicht: Prüfen Sie die URL oder veröffentlichen Sie die Seite.';
      if (status >= 500) return 'Der Server hat einen Fehler gemeldet: Versuchen Sie es später erneut und prüfen Sie dann die Website.';
      return undefined;
    },
  },
  LANDING_PAGE_REDIRECTS_TO_HTTP: {
    title: 'Die Angebotsseite leitet auf http um',
    why: 'Eine Umleitung auf http: hebt „nur HTTPS“ auf (LANDING_PAGE_NOT_HTTPS).',
    explanation: 'Mit --online wird jede Umleitung geprüft, bevor ihr gefolgt wird. Eine Umleitung auf unverschlüsseltes http: hebt das https:// des Eintrags auf: Die Seite, die ein Kunde liest, kann unterwegs verändert werden (Richtlinie von mde-partner, wie LANDING_PAGE_NOT_HTTPS).',
    fix: 'Lassen Sie den Server auf https:// umleiten (oder gar nicht) und verwenden Sie die endgültige https://-URL als landingPage.',
    message: (a) => `landingPage leitet von ${a.from} auf ${a.to} um, unverschlüsseltes http:; der Umleitung wurde nicht gefolgt.`,
  },
  LANDING_PAGE_MISSING_PRODUCT_NAME: {
    title: 'Die Angebotsseite nennt den Produktnamen nicht',
    why: 'Eine Heuristik: Eine Seite, die das Produkt nie nennt, ist vermutlich nicht die Integrationsanleitung. Daher eine Warnung.',
    explanation: `Mit --online wird der Text der Seite (ohne Tags, Skripts, Stile und Kommentare, mit aufgelösten HTML-Entitäten, die ersten ${KIB(policy.online.maxBodyBytes)}) nach productName durchsucht, ohne Rücksicht auf Groß-/Kleinschreibung und Leerzeichen. Eine Seite, die das Produkt nie nennt, ist vermutlich nicht die Integrationsanleitung, die Kunden brauchen (Heuristik von mde-partner, daher eine Warnung). Seiten, die kein Text sind (PDF, Bilder), werden nicht durchsucht.`,
    fix: 'Verlinken Sie die Seite, die diese Integration beschreibt oder verwenden Sie als productName den Namen, den die Seite verwendet.',
    message: (a) => `Die Seite ${a.url} nennt productName ${a.product} nicht.`,
  },
} satisfies Record<keyof typeof landingPageCodes, CodeWords>;
