import type * as IDS from '../../../checks/catalog/landing-page.js';
import type { landingPageCodes } from '../../../checks/catalog/landing-page.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import type { Args } from '../../../checks/args.js';
import { wordsFor, type Phrase } from '../../types.js';
import { KIB } from './words.js';

/** Les noms ipaddr.js des plages IPv4 et IPv6 à usage spécial, tels qu’un lecteur les comprend. */
const RANGES: Readonly<Record<(typeof IDS.RANGES)[number], string>> = {
  unspecified: 'une adresse « ce réseau » ou non spécifiée',
  broadcast: 'l’adresse de diffusion',
  multicast: 'une adresse de multidiffusion',
  linkLocal: 'une adresse de lien local',
  loopback: 'une adresse de bouclage',
  carrierGradeNat: 'une adresse partagée (NAT d’opérateur, CGN)',
  private: 'une adresse privée',
  uniqueLocal: 'une adresse privée (locale unique)',
  deprecatedSiteLocal: 'une adresse locale de site',
  discard: 'une adresse de rejet (discard)',
  benchmarking: 'une adresse réservée aux tests de performances',
  amt: 'une adresse de tunnel multidiffusion (AMT)',
  as112: 'une adresse de puits DNS (AS112)',
  as112v6: 'une adresse de puits DNS (AS112)',
  deprecatedOrchid: 'un identifiant ORCHID, pas une adresse d’hôte',
  orchid2: 'un identifiant ORCHID, pas une adresse d’hôte',
  droneRemoteIdProtocolEntityTags: 'un identifiant de drone, pas une adresse d’hôte',
  segmentRouting: 'une adresse de routage par segment',
  reserved: 'une adresse réservée ou de documentation',
};
const range = (a: Args) => RANGES[String(a.range) as keyof typeof RANGES] ?? `une adresse à usage spécial (${a.range})`;

/** Comment une adresse IPv6 contient une adresse IPv4. */
const EMBEDDED_FORMS = {
  'ipv4-mapped': () => 'IPv4 mappée',
  siit: () => 'IPv4 traduite (SIIT)',
  '6to4': () => '6to4',
  teredo: () => 'Teredo',
  nat64: () => 'NAT64 (64:ff9b::/96)',
  'nat64-local': () => 'NAT64 (64:ff9b:1::/96)',
  'ipv4-compatible': () => 'IPv4 compatible',
} satisfies Record<(typeof IDS.EMBEDDED_FORMS)[number], Phrase>;


/** Pourquoi un hôte n’est pas public (src/checks/public-address.ts, landing-page.ts): suit « l’hôte … est ». */
const NOT_PUBLIC = {
  range,
  embedded: (a) => `une adresse IPv6 qui contient ${a.ipv4} (${wordsFor(EMBEDDED_FORMS, a, 'form')}), ${range(a)}`,
  'nat64-unknown': () => 'une adresse NAT64 à usage local dont la partie IPv4 ne peut pas être déterminée',
  'outside-unicast': () => 'une adresse réservée (hors de l’espace unicast global 2000::/3)',
  'not-ip': () => 'autre chose qu’une adresse IP',
  'local-machine': () => 'la machine locale',
  'single-label': () => 'un nom à étiquette unique (intranet)',
  'reserved-name': (a) => `un nom sous le suffixe réservé ou local ".${a.suffix}"`,
} satisfies Record<(typeof IDS.NOT_PUBLIC)[number], Phrase>;


/** Pourquoi un hôte n’est pas public, en mots; `resolvesTo` est l’adresse en laquelle un nom s’est résolu (--online). */
export function notPublicWords(a: Args): string {
  const words = wordsFor(NOT_PUBLIC, a);
  return a.resolvesTo ? `un nom qui se résout en ${a.resolvesTo}, ${words}` : words;
}

/** Pourquoi la page n’a pas pu être chargée, selon le type d’échec; `detail` est le message du système. */
const UNREACHABLE = {
  dns: (a) => `échec de la résolution DNS (${a.code})`,
  tls: (a) => `échec TLS : ${a.detail} (${a.code})`,
  timeout: (a) => `délai dépassé : pas de réponse complète en ${a.seconds} s`,
  redirects: (a) => `plus de ${a.limit} redirections`,
  location: (a) => `elle redirige vers ${a.location}, qui n’est pas une URL`,
  response: (a) => `la réponse n’a pas pu être lue : ${a.detail} (${a.code})`,
  connection: (a) => `échec de la connexion : ${a.detail ?? 'aucun détail'}${a.code ? ` (${a.code})` : ''}`,
} satisfies Record<(typeof IDS.UNREACHABLE)[number], Phrase>;

/** Codes de constat de la page d’accueil: son URL et, avec --online, la page elle-même. */
export const landingPageWords = {
  LANDING_PAGE_INVALID_URL: {
    title: 'La page d’accueil n’est pas une URL',
    explanation: 'Microsoft demande un lien vers une page d’accueil ou un billet de blog contenant suffisamment d’informations pour que les clients terminent l’intégration.',
    fix: 'Utilisez une URL absolue, comme https://example.com/mde-integration.',
    message: (a) => `landingPage ${a.value} n’est pas une URL absolue.`,
    hint: (a) => (a.suggestion ? `Vouliez-vous dire ${a.suggestion} ?` : undefined),
  },
  LANDING_PAGE_NOT_HTTPS: {
    title: 'La page d’accueil n’est pas en https',
    why: 'Une page vers laquelle renvoie un produit de sécurité ne doit pas pouvoir être modifiée en chemin : https uniquement.',
    explanation: 'Une page vers laquelle renvoie un produit de sécurité doit être servie en HTTPS ; mde-partner exige https:// (règle propre à l’outil).',
    fix: 'Servez la page en HTTPS et utilisez son URL en https://.',
    message: (a) => (a.redirect
      ? `landingPage redirige vers ${a.redirect}, qui utilise ${a.scheme} ; https: est attendu. La redirection n’a pas été suivie.`
      : `landingPage utilise ${a.scheme} ; https: est attendu.`),
    hint: (a) => (a.suggestion && !a.redirect ? `Utilisez ${a.suggestion}.` : undefined),
  },
  LANDING_PAGE_CREDENTIALS: {
    title: 'L’URL de la page d’accueil contient des identifiants',
    why: 'Sécurité : un nom d’utilisateur ou un mot de passe dans une URL est divulgué à quiconque voit la fiche, et c’est un procédé d’hameçonnage.',
    explanation: 'Un nom d’utilisateur ou un mot de passe dans une URL (https://user:pass@host/) divulgue des identifiants, et c’est un procédé d’hameçonnage.',
    fix: 'Supprimez la partie user:password@ ; une page d’accueil publique ne demande aucune connexion.',
    message: (a) => (a.redirect
      ? 'landingPage redirige vers une URL qui contient un nom d’utilisateur ou un mot de passe ; la redirection n’a pas été suivie.'
      : 'landingPage contient un nom d’utilisateur ou un mot de passe.'),
    hint: (a) => (a.suggestion && !a.redirect ? `Utilisez ${a.suggestion}.` : undefined),
  },
  LANDING_PAGE_NOT_PUBLIC: {
    title: 'La page d’accueil n’est pas sur un hôte public',
    why: 'Une page « pour le client » doit pouvoir être ouverte par les clients : une adresse locale, privée ou réservée n’est joignable qu’à l’intérieur d’un seul réseau.',
    explanation: 'Les clients doivent pouvoir ouvrir la page : localhost, les adresses et noms privés, de lien local ou réservés (par exemple .local, .internal, les hôtes à étiquette unique) ne sont pas joignables depuis Internet. Une adresse IPv4 est jugée quelle que soit son écriture : sous forme de nombre (2130706433, 0x7f.1) ou dans une adresse IPv6 (IPv4 mappée ::ffff:127.0.0.1, NAT64 64:ff9b::/96, 6to4, Teredo).',
    fix: 'Publiez la page sur un domaine public et utilisez cette URL.',
    message: (a) => (a.redirect
      ? `landingPage redirige vers ${a.redirect}, dont l’hôte ${a.host} est ${notPublicWords(a)}, inaccessible aux clients ; la redirection n’a pas été suivie.`
      : `L’hôte ${a.host} de landingPage est ${notPublicWords(a)}, inaccessible aux clients.`),
  },
  LANDING_PAGE_UNREACHABLE: {
    title: 'La page d’accueil ne peut pas être chargée',
    why: 'Une page qui ne se charge pas ne donne aucune information aux clients.',
    explanation: `Avec --online, la page d’accueil est récupérée en HTTPS, comme le ferait le navigateur d’un client : Microsoft demande une page contenant suffisamment d’informations pour terminer l’intégration, et une page qui ne se charge pas n’en contient aucune. Les erreurs DNS, TLS (le certificat doit être approuvé et correspondre à l’hôte) et de connexion, plus de ${policy.online.maxRedirects} redirections et l’absence de réponse complète en ${policy.online.timeoutMs / 1000} s sont signalées ici, chacune avec sa cause.`,
    fix: 'Ouvrez l’URL depuis un réseau extérieur au vôtre et corrigez ce que le message indique (enregistrement DNS, certificat, serveur, chaîne de redirections).',
    message: (a) => `landingPage ${a.url} n’a pas pu être chargée : ${a.kind === undefined ? UNREACHABLE.connection(a) : wordsFor(UNREACHABLE, a, 'kind')}.`,
  },
  LANDING_PAGE_HTTP_STATUS: {
    title: 'La page d’accueil répond avec un statut d’erreur',
    why: 'Une page d’erreur ou une page qui exige une connexion n’est pas une page d’information pour les clients.',
    explanation: 'Avec --online, la page d’accueil doit aboutir, après les redirections, à une réponse 2xx. Un 404, une page de connexion (401/403) ou une erreur serveur, c’est ce que verrait un client à la place du guide d’intégration.',
    fix: 'Publiez la page à cette URL, rendez-la publique, ou utilisez son URL actuelle.',
    message: (a) => `landingPage ${a.url} a répondu ${a.status}${a.statusText && a.statusText !== '""' ? ` ${a.statusText}` : ''} ; un statut 2xx est attendu.`,
    hint: (a) => {
      const status = Number(a.status);
      if (status === 401 || status === 403) return 'La page doit être publique : les clients l’ouvrent sans se connecter.';
      if (status === 404 || status === 410) return 'La page n’est pas à cette adresse : vérifiez l’URL ou publiez la page.';
      if (status >= 500) return 'Le serveur a échoué : réessayez plus tard, puis vérifiez le site.';
      return undefined;
    },
  },
  LANDING_PAGE_REDIRECTS_TO_HTTP: {
    title: 'La page d’accueil redirige vers http',
    why: 'Une redirection vers http: annule l’exigence de https (LANDING_PAGE_NOT_HTTPS).',
    explanation: 'Avec --online, chaque redirection est vérifiée avant d’être suivie. Une redirection vers http: en clair annule le https:// de la fiche : la page que lit le client peut être modifiée en chemin (règle propre à mde-partner, comme LANDING_PAGE_NOT_HTTPS).',
    fix: 'Faites rediriger le serveur vers https:// (ou supprimez la redirection), et indiquez l’URL https:// finale dans landingPage.',
    message: (a) => `landingPage redirige de ${a.from} vers ${a.to}, en http: en clair ; la redirection n’a pas été suivie.`,
  },
  LANDING_PAGE_MISSING_PRODUCT_NAME: {
    title: 'La page d’accueil ne mentionne pas le nom du produit',
    why: 'Une heuristique : une page qui ne nomme jamais le produit n’est probablement pas le guide d’intégration. D’où un avertissement.',
    explanation: `Avec --online, productName est recherché dans le texte de la page (sans balises, scripts, styles ni commentaires, entités HTML décodées, dans les ${KIB(policy.online.maxBodyBytes)} premiers), sans tenir compte de la casse ni des espaces. Une page qui ne nomme jamais le produit n’est probablement pas le guide d’intégration dont les clients ont besoin (heuristique de mde-partner, d’où un avertissement). Les pages qui ne sont pas du texte (PDF, images) ne sont pas analysées.`,
    fix: 'Indiquez la page qui décrit cette intégration, ou donnez à productName le nom qu’emploie la page.',
    message: (a) => `La page ${a.url} ne mentionne pas productName ${a.product}.`,
  },
} satisfies Record<keyof typeof landingPageCodes, CodeWords>;
