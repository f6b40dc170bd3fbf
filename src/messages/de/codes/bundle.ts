import type * as IDS from '../../../checks/catalog/bundle.js';
import type { bundleCodes } from '../../../checks/catalog/bundle.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import { BOUNDS, BUNDLE, OUTSIDE } from './reasons.js';
import { wordsFor, type Phrase } from '../../types.js';
import { atLeast } from './words.js';

/** Why svgo gave no optimized logo; `detail` is the worker's own error message. */
const NOT_OPTIMIZED = {
  timeout: (a) => `svgo hat länger als ${a.seconds} s gebraucht`,
  memory: (a) => `svgo hat mehr als ${a.limit} MiB gebraucht`,
  failed: (a) => `svgo ist fehlgeschlagen: ${a.detail}`,
  stopped: () => 'svgo wurde ohne Ergebnis beendet',
} satisfies Record<(typeof IDS.NOT_OPTIMIZED)[number], Phrase>;


/** Why a path in a bundle (an entry, or a path in its listing.json) is not safe to open. */
const UNSAFE_PATH = {
  backslash: () => 'enthält einen umgekehrten Schrägstrich',
  absolute: () => 'ist absolut',
  'climbs-out': () => 'verlässt den Ordner mit ".."',
  nul: () => 'enthält NUL',
  'invalid-characters': () => 'enthält Zeichen, die ein Dateiname nicht haben kann',
  outside: () => 'zeigt auf einen Ort außerhalb des Pakets',
  'not-in-bundle': () => 'ist keine Datei des Pakets',
  symlink: () => 'ist ein symbolischer Link',
  folder: () => 'ist ein Ordner, keine Datei',
  'not-regular': () => 'ist keine reguläre Datei (ein FIFO, Gerät oder Socket)',
  'not-listed': () => 'ist keine in manifest.json aufgeführte Datei oder liegt hinter einem symbolischen Link',
} satisfies Record<(typeof IDS.UNSAFE_PATH)[number], Phrase>;


/** Why manifest.json is not a manifest; `detail` is the JSON parser's own message. */
const MANIFEST_INVALID = {
  syntax: (a) => String(a.detail),
  shape: () => 'Erwartet wird {"tool":{"name":"mde-partner"}, "files":[{"path","sha256"}]}',
} satisfies Record<(typeof IDS.MANIFEST_INVALID)[number], Phrase>;

/** Why the zip cannot be read safely; `detail` is the zip reader's own message. */
const ZIP_INVALID = {
  'not-regular': (a) => `${a.name} ist keine reguläre Datei`,
  duplicate: (a) => `${a.name} kommt doppelt vor`,
  encrypted: (a) => `${a.name} ist verschlüsselt`,
  'unreadable-entry': (a) => `${a.name} kann nicht gelesen werden`,
  zip: (a) => String(a.detail),
} satisfies Record<(typeof IDS.ZIP_INVALID)[number], Phrase>;

const NEW_BUNDLE = 'Verwenden Sie dieses Paket nicht; fordern Sie ein neues an, das mit `mde-partner bundle` erstellt wurde.';

/** Finding codes of bundles: the logo copy `bundle` writes, and the bundles `verify` receives. */
export const bundleWords = {
  BUNDLE_LOGO_NOT_OPTIMIZED: {
    title: 'Das Logo konnte für das Paket nicht optimiert werden',
    why: BOUNDS,
    explanation: `Die Kopie des Logos im Paket wird mit svgo optimiert, das mit einer Grenze von ${policy.logo.optimize.timeoutMs / 1000} s und ${policy.logo.optimize.maxMemoryMb} MiB läuft, damit kein Logo \`bundle\` minutenlang beschäftigen kann. svgo wird mit der Zahl der CSS-Regeln mal der Zahl der Elemente, auf die sie wirken, langsamer. Schlägt es fehl, wird nichts geschrieben.`,
    fix: 'Ersetzen Sie die <style>-Regeln durch Präsentationsattribute (fill="…") an den Elementen, fassen Sie Pfade mit gleichem Stil zusammen und entfernen Sie ungenutzte Regeln; führen Sie dann `mde-partner bundle` erneut aus.',
    message: (a) => `Das Logo konnte nicht optimiert werden: ${wordsFor(NOT_OPTIMIZED, a)}.`,
  },
  BUNDLE_MANIFEST_MISSING: {
    title: 'Das Paket hat keine manifest.json',
    why: BUNDLE,
    explanation: 'Jedes mit `mde-partner bundle` erstellte Paket listet seine Dateien mit ihrem SHA-256 in manifest.json auf; ohne sie lässt sich nichts verifizieren.',
    fix: 'Fordern Sie ein mit `mde-partner bundle` erstelltes Paket an oder erstellen Sie selbst eines.',
    message: () => 'manifest.json fehlt.',
  },
  BUNDLE_MANIFEST_INVALID: {
    title: 'Die manifest.json des Pakets ist kein gültiges Manifest',
    why: BUNDLE,
    explanation: 'manifest.json muss JSON mit dem Namen des Tools und einer Liste der Dateien mit ihrem SHA-256 sein.',
    fix: 'Erstellen Sie das Paket mit `mde-partner bundle` neu.',
    message: (a) => `manifest.json ist kein gültiges Manifest: ${wordsFor(MANIFEST_INVALID, a)}.`,
  },
  BUNDLE_FILE_MISSING: {
    title: 'Eine im Manifest aufgeführte Datei fehlt',
    why: BUNDLE,
    explanation: 'Jede Datei aus manifest.json muss im Paket enthalten sein.',
    fix: 'Erstellen Sie das Paket neu; entfernen Sie keine Dateien daraus.',
    message: (a) => `${a.name} ist in manifest.json aufgeführt, fehlt aber.`,
  },
  BUNDLE_HASH_MISMATCH: {
    title: 'Eine Datei weicht vom Manifest ab',
    why: BUNDLE,
    explanation: 'Der SHA-256 einer Datei stimmt nicht mit manifest.json überein: Sie wurde geändert, nachdem das Paket erstellt wurde.',
    fix: 'Erstellen Sie das Paket nach Änderungen am Eintrag neu, statt das Paket zu bearbeiten.',
    message: (a) => `${a.name} wurde nach dem Packen geändert (SHA-256 ${a.actual}…, laut Manifest ${a.expected}…).`,
  },
  BUNDLE_FILE_UNLISTED: {
    title: 'Eine Datei ist nicht im Manifest aufgeführt',
    why: BUNDLE,
    explanation: 'Ein Paket enthält genau die Dateien aus manifest.json; alles andere wurde nachträglich hinzugefügt.',
    fix: 'Entfernen Sie die Datei oder erstellen Sie das Paket neu.',
    message: (a) => `${a.name} ist nicht in manifest.json aufgeführt.`,
  },
  BUNDLE_LISTING_MISSING: {
    title: 'Das Paket hat keine listing.json',
    why: BUNDLE,
    explanation: 'Ein Paket enthält den normalisierten Eintrag als listing.json; ohne sie lässt sich der Eintrag nicht validieren.',
    fix: 'Erstellen Sie das Paket mit `mde-partner bundle` neu.',
    message: () => 'listing.json ist nicht im Paket enthalten.',
  },
  BUNDLE_PATH_TRAVERSAL: {
    title: 'Ein Pfad im Paket führt aus dem Paket heraus',
    why: OUTSIDE,
    explanation: 'Eintragsnamen mit "..", absolute Pfade, Laufwerksbuchstaben oder umgekehrte Schrägstriche könnten außerhalb des Ordners schreiben, in den entpackt wird („Zip Slip“). Jeder Pfad, den eine empfangene listing.json nennt (logo, entraManifest), muss eine reguläre, im Manifest aufgeführte Datei des Pakets sein; ein absoluter Pfad, "..", ein symbolischer Link, ein Ordner, ein FIFO oder ein Gerät würde verify etwas außerhalb des Pakets lesen lassen, daher wird ein solcher Pfad nie geöffnet.',
    fix: NEW_BUNDLE,
    message: (a) => (a.field ? `${a.field} ${a.name} in listing.json ${wordsFor(UNSAFE_PATH, a)}; der Pfad wurde nicht geöffnet.` : `Der Eintrag ${a.name} ${wordsFor(UNSAFE_PATH, a)}.`),
  },
  BUNDLE_SYMLINK: {
    title: 'Das Paket enthält einen symbolischen Link',
    why: OUTSIDE,
    explanation: 'Links können auf dem Rechner, der das Paket entpackt, überallhin zeigen; ein Paket enthält nur reguläre Dateien.',
    fix: NEW_BUNDLE,
    message: (a) => `${a.name} ist ein symbolischer Link.`,
  },
  BUNDLE_TOO_MANY_ENTRIES: {
    title: 'Das Paket hat zu viele Einträge',
    why: BOUNDS,
    explanation: 'Ein Paket hat etwa ein Dutzend Dateien; mehr als die Grenze wird abgelehnt, bevor etwas entpackt wird.',
    fix: NEW_BUNDLE,
    message: (a) => `Das Paket hat ${atLeast(a, 'count')} Einträge; die Grenze liegt bei ${a.limit}.`,
  },
  BUNDLE_ENTRY_TOO_LARGE: {
    title: 'Eine Datei im Paket ist zu groß',
    why: BOUNDS,
    explanation: 'Einträge und ganze Pakete über den Größengrenzen werden abgelehnt, bevor sie gelesen oder entpackt werden.',
    fix: NEW_BUNDLE,
    message: (a) => `${a.name} hat ${atLeast(a)} Bytes; die Grenze liegt bei ${a.limit} Bytes.`,
  },
  BUNDLE_ZIP_BOMB: {
    title: 'Das Paket sieht aus wie eine ZIP-Bombe',
    why: BOUNDS,
    explanation: 'Ein Eintrag, dessen Kompressionsrate für SVG und Text unplausibel ist oder dessen entpackte Größe die Grenzen überschreitet, wird abgelehnt, ohne ihn weiter zu entpacken.',
    fix: NEW_BUNDLE,
    message: (a) => `${a.name} würde sich auf ${atLeast(a)} Bytes entpacken (Verhältnis ${a.ratio}:1).`,
  },
  BUNDLE_ZIP_INVALID: {
    title: 'Die ZIP-Datei des Pakets kann nicht gelesen werden',
    why: 'PKWARE APPNOTE.TXT (das .ZIP-Dateiformat)',
    explanation: 'Die ZIP-Datei ist beschädigt, verschlüsselt, hat doppelte oder besondere Einträge oder ist gar keine ZIP-Datei.',
    fix: 'Fordern Sie das Paket erneut an oder erstellen Sie es mit `mde-partner bundle` neu.',
    message: (a) => `Die ZIP-Datei kann nicht sicher gelesen werden: ${wordsFor(ZIP_INVALID, a)}.`,
  },
} satisfies Record<keyof typeof bundleCodes, CodeWords>;
