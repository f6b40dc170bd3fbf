import type * as IDS from '../../../checks/catalog/har.js';
import type { harCodes } from '../../../checks/catalog/har.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import type { Args } from '../../../checks/args.js';
import { wordsFor, type Phrase } from '../../types.js';
import { formatFor } from '../../format.js';
import { unreadableWords } from './files.js';
import { count } from './words.js';

const { number } = formatFor('de');

/** What a value of the capture should be (the reader's roles, named for a person). */
const HAR_EXPECTED = {
  root: () => 'ein JSON-Objekt {"log": {"entries": [ … ]}} (HAR 1.2)',
  log: () => 'ein Objekt mit "entries"',
  entries: () => 'ein Array von Einträgen',
  entry: () => 'ein Eintragsobjekt mit "request"',
  request: () => 'ein Anforderungsobjekt mit "method", "url" und "headers"',
  headers: () => 'ein Array von {"name", "value"}-Objekten',
  header: () => 'ein {"name", "value"}-Objekt',
  string: () => 'eine Zeichenfolge',
  object: () => 'ein Objekt',
} satisfies Record<(typeof IDS.HAR_EXPECTED)[number], Phrase>;


/** The JSON types found instead. */
const HAR_FOUND = {
  object: () => 'ein Objekt', array: () => 'ein Array', string: () => 'eine Zeichenfolge', number: () => 'eine Zahl', boolean: () => 'ein boolescher Wert', null: () => 'null',
} satisfies Record<(typeof IDS.HAR_FOUND)[number], Phrase>;

/** Syntax errors the parser reports that are worth words of our own; others keep the parser's (`detail`). */
const HAR_SYNTAX = {
  'bad-escape': () => 'ein Steuerzeichen oder eine ungültige Escapesequenz in einer Zeichenfolge',
  unexpected: () => 'unerwartete Zeichen (nach dem Ende des JSON-Werts?)',
} satisfies Record<(typeof IDS.HAR_SYNTAX)[number], Phrase>;


const MiB = (bytes: unknown) => number(Number(bytes) / 1024 / 1024);

/** Why the capture is not a usable HAR file. */
const HAR_REASONS = {
  empty: () => 'Die Datei ist leer',
  'cut-off': () => 'Die Datei endet, bevor das JSON vollständig ist (wurde der Mitschnitt abgeschnitten?)',
  syntax: (a) => `kein gültiges JSON: ${a.cause === undefined ? String(a.detail) : wordsFor(HAR_SYNTAX, a, 'cause')}`,
  type: (a) => `${a.pointer || 'oberste Ebene'}: Erwartet wird ${wordsFor(HAR_EXPECTED, a, 'expected')}, gefunden wurde ${wordsFor(HAR_FOUND, a, 'foundType')}`,
  missing: (a) => `${a.pointer} fehlt`,
  'too-deep': (a) => `Werte sind tiefer als ${a.limit} Ebenen verschachtelt`,
  unreadable: (a: Args) => `Die Datei ${unreadableWords({ reason: a.unreadable, errno: a.errno })}`,
  'too-large': (a) => `Die Datei hat ${a.size} Bytes; Mitschnitte über ${a.limit} Bytes (${MiB(a.limit)} MiB) werden nicht gelesen`,
  grew: (a) => `Die Datei ist beim Lesen über ${a.limit} Bytes hinaus gewachsen`,
  gzip: () => 'Sie ist gzip-komprimiert; entpacken Sie sie (gunzip) und prüfen Sie die enthaltene .har',
  zip: () => 'Sie ist ein ZIP-Archiv; entpacken Sie es und prüfen Sie die enthaltene .har',
  utf16: () => 'Sie ist als UTF-16 codiert; speichern Sie sie als UTF-8',
  'not-absolute-url': (a) => `${a.pointer} ist keine absolute URL: ${a.url}`,
} satisfies Record<(typeof IDS.HAR_REASONS)[number], Phrase>;


/** Finding codes of HAR captures (ua audit). */
export const harWords = {
  HAR_INVALID: {
    title: 'Der Mitschnitt kann nicht als HAR-1.2-Datei gelesen werden',
    why: 'HTTP Archive (HAR) format 1.2',
    explanation: `\`ua audit\` liest HAR-1.2-Dateien (HTTP Archive, wie sie die Entwicklertools von Browsern, mitmproxy und Fiddler exportieren): ein JSON-Objekt {"log": {"entries": [ … ]}}, dessen Einträge eine Anforderung mit Methode, absoluter url und einem headers-Array aus {"name", "value"}-Objekten haben. Die Datei wird gestreamt, nie ganz geladen; Dateien über ${Math.round(policy.har.maxBytes / 1024 / 1024)} MiB und Verschachtelungen tiefer als ${policy.har.maxDepth} Ebenen werden abgelehnt. Geprüft wird nur, was die Prüfung braucht: Andere Elemente dürfen fehlen oder einen beliebigen Typ haben.`,
    fix: 'Exportieren Sie den Mitschnitt erneut als HAR (siehe docs/ua-audit.md, „Making a capture“) oder korrigieren Sie die Datei an der angegebenen Stelle.',
    message: (a) => `Der Mitschnitt ist keine verwendbare HAR-Datei: ${wordsFor(HAR_REASONS, a)}.`,
  },
  HAR_NO_PARTNER_API_CALLS: {
    title: 'Der Mitschnitt enthält keine Anforderung an eine MDE-API oder die Graph-Sicherheits-API',
    why: 'Eine Prüfung, die keine Anforderung geprüft hat, belegt nicht, dass der User-Agent gesendet wird. Daher eine Warnung.',
    explanation: 'Im Mitschnitt ließ sich nichts prüfen: Keine Anforderung geht an einen MDE-API-Host oder einen Pfad der Graph-Sicherheits-API (/v1.0/security/…, /beta/security/… auf einem Graph-Host einer beliebigen Cloud, auch innerhalb eines Graph-$batch). Tokenanforderungen (login.microsoftonline.com, …) und andere Graph-Aufrufe zählen nicht. CORS-Preflights (die OPTIONS-Anforderungen, die ein Browser mit seinem eigenen User-Agent sendet) und $batch-Anforderungen, deren Text nicht gelesen werden konnte, werden gesondert gezählt und nicht bewertet. Eine Prüfung, die nichts geprüft hat, belegt nicht, dass der User-Agent gesendet wird.',
    fix: 'Schneiden Sie den Datenverkehr mit, während die Integration die MDE- oder Graph-Sicherheits-APIs aufruft (bei einem serverseitigen Client über mitmproxy oder Fiddler) und prüfen Sie dann diesen Mitschnitt.',
    message: (a) => {
      if (a.entries === 0) return 'Der Mitschnitt enthält überhaupt keine Anforderungen (log.entries ist leer).';
      const apart = [
        a.preflights ? `${count(a.preflights, 'ist ein CORS-Preflight', 'sind CORS-Preflights')} (vom Browser mit seinem eigenen User-Agent gesendet)` : '',
        a.uninspected ? `${count(a.uninspected, 'ist eine Graph-$batch-Anforderung', 'sind Graph-$batch-Anforderungen')}, deren Text nicht gelesen werden konnte` : '',
      ].filter(Boolean);
      return apart.length === 0
        ? `Keine der ${a.entries} Anforderungen im Mitschnitt geht an einen MDE-API-Host oder einen Pfad der Graph-Sicherheits-API.`
        : `Keine der ${a.entries} Anforderungen im Mitschnitt ließ sich bewerten: ${apart.join(' und ')}, und keine andere geht an einen MDE-API-Host oder einen Pfad der Graph-Sicherheits-API.`;
    },
  },
} satisfies Record<keyof typeof harCodes, CodeWords>;
