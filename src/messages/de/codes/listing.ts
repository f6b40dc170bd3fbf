import type * as IDS from '../../../checks/catalog/listing.js';
import type { listingCodes } from '../../../checks/catalog/listing.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import { BOUNDS, FILE_FORMAT, INTEGRITY } from './reasons.js';
import { wordsFor, type Phrase } from '../../types.js';
import { describeFound, startFound } from './values.js';
import { jsonSyntaxWords } from './json-syntax.js';
import { atLeast, KIB } from './words.js';

/** Names joined as alternatives: "level" und/oder "threshold". */
const eitherOf = (known: unknown, none = 'einen Wert') => (known ? String(known).split(', ').map((name) => `"${name}"`).join(' und/oder ') : none);

/** The JSON types the schema asks for, and a rule (a severity or an object). */
const EXPECTED_TYPES = {
  string: () => 'eine Zeichenfolge',
  boolean: () => 'ein boolescher Wert (true oder false)',
  array: () => 'ein Array',
  object: () => 'ein Objekt',
  number: () => 'eine Zahl',
  integer: () => 'eine ganze Zahl',
  rule: (a) => `ein Schweregrad ("off", "warn" oder "error") oder ein Objekt mit ${eitherOf(a.known, 'einem Wert')}`,
} satisfies Record<(typeof IDS.EXPECTED_TYPES)[number], Phrase>;

/** How a value breaks a schema constraint that no more specific code covers. */
const INVALID_VALUE = {
  'empty-object': (a) => `${a.pointer} ist ein leeres Objekt; geben Sie ${eitherOf(a.known)} an oder entfernen Sie es`,
  duplicate: (a) => `Die Elemente ${a.first} und ${a.second} sind gleich; jeder Wert darf nur einmal vorkommen`,
  schema: (a) => `${a.pointer || 'Der Eintrag'} verletzt die Schemabedingung "${a.keyword}"`,
} satisfies Record<(typeof IDS.INVALID_VALUE)[number], Phrase>;

/** The range a rule's threshold must be in. */
const THRESHOLD_RANGES = {
  'side-share': () => 'eine Zahl von 0 bis 1 (Anteil an der Seitenlänge)',
  'half-side-share': () => 'eine Zahl von 0 bis 0,5 (Anteil an der Seitenlänge)',
  aspect: () => 'eine Zahl von mindestens 1 (längere Seite / kürzere Seite)',
} satisfies Record<(typeof IDS.THRESHOLD_RANGES)[number], Phrase>;


/** Finding codes of the listing file: its JSON, its fields and its rule overrides. */
export const listingWords = {
  LISTING_JSON_INVALID: {
    title: 'Der Eintrag ist kein gültiges JSON',
    why: 'RFC 8259 (JSON)',
    explanation: 'mde-partner.json muss ein JSON-Dokument sein (RFC 8259): keine Kommentare, keine überzähligen Kommas, Schlüssel in doppelten Anführungszeichen.',
    fix: 'Korrigieren Sie die Syntax an der angegebenen Zeile und Spalte oder erstellen Sie die Datei mit `mde-partner init` neu.',
    message: (a) => `Der Eintrag ist kein gültiges JSON: ${jsonSyntaxWords(a).found}.`,
    hint: (a) => jsonSyntaxWords(a).fix,
  },
  LISTING_TOO_LARGE: {
    title: 'Die Eintragsdatei ist zu groß',
    why: BOUNDS,
    explanation: `Ein Eintrag umfasst einige hundert Bytes; Dateien über ${KIB(policy.listing.maxBytes)} werden schon vor dem Lesen abgelehnt, um Zeit und Speicher zu begrenzen.`,
    fix: 'Prüfen Sie, ob der Pfad auf mde-partner.json zeigt und nicht auf eine andere Datei.',
    message: (a) => `Der Eintrag hat ${atLeast(a)} Bytes; die Grenze liegt bei ${a.limit} Bytes.`,
  },
  LISTING_TOO_DEEP: {
    title: 'Der Eintrag ist zu tief verschachtelt',
    why: BOUNDS,
    explanation: `JSON, das mehr als ${policy.listing.maxDepth} Ebenen tief verschachtelt ist, wird vor der Validierung abgelehnt: Kein Eintrag braucht das, und es ist ein typisches Denial-of-Service-Muster.`,
    fix: 'Entfernen Sie die verschachtelten Arrays oder Objekte.',
    message: (a) => `Werte sind tiefer als ${a.limit} Ebenen verschachtelt.`,
  },
  LISTING_NOT_OBJECT: {
    title: 'Der Eintrag ist kein JSON-Objekt',
    why: FILE_FORMAT,
    explanation: 'Die Eintragsdatei enthält ein JSON-Objekt, dessen Schlüssel die Felder des Eintrags sind.',
    fix: 'Schließen Sie die Felder in { … } ein; siehe examples/valid/mde-partner.json.',
    message: (a) => `Erwartet wurde ein JSON-Objekt mit den Feldern des Eintrags, gefunden wurde ${describeFound(a)}.`,
  },
  LISTING_FIELD_MISSING: {
    title: 'Ein Pflichtfeld fehlt',
    explanation: 'companyName, productName, productVersion, description, logo, landingPage und multiTenant sind Pflichtfelder: Zusammen ergeben sie die sechs Angaben, die Microsoft für den Eintrag verlangt.',
    fix: 'Ergänzen Sie das in der Meldung genannte Feld.',
    message: (a) => `Das Pflichtfeld "${a.name}" fehlt.`,
    hint: (a) => (a.example ? `Ergänzen Sie zum Beispiel: "${a.name}": ${a.example}` : undefined),
  },
  LISTING_FIELD_TYPE: {
    title: 'Ein Feld hat den falschen Typ',
    why: `${FILE_FORMAT} ${INTEGRITY}`,
    explanation: 'Jedes Feld des Eintrags hat genau einen JSON-Typ (siehe schemas/listing.schema.json).',
    fix: 'Ändern Sie den Wert in den erwarteten Typ.',
    message: (a) => `Erwartet wurde ${wordsFor(EXPECTED_TYPES, a, 'expected')}, gefunden wurde ${describeFound(a)}.`,
  },
  LISTING_FIELD_UNKNOWN: {
    title: 'Unbekanntes Feld (Tippfehler?)',
    why: 'Ein Tippfehler im Feldnamen ("descripton") würde den Wert sonst stillschweigend verwerfen. Das Paket behält nur bekannte Felder, daher kann diese Regel gelockert werden.',
    explanation: 'Unbekannte Felder werden abgelehnt, damit ein Tippfehler wie "descripton" nicht stillschweigend einen Wert verwirft.',
    fix: 'Benennen Sie das Feld wie vorgeschlagen um oder entfernen Sie es.',
    message: (a) => `Unbekanntes Feld "${a.name}".`,
    hint: (a) => (a.suggestion ? `Meinten Sie "${a.suggestion}"?` : `Bekannte Felder: ${a.known}.`),
  },
  LISTING_VALUE_NOT_ALLOWED: {
    title: 'Ein Wert gehört nicht zu den zulässigen Werten',
    why: `Kategorien und Szenarien tragen die Namen der Partnerseiten von Microsoft (partner-applications.md, partner-integration.md), Regelstufen sind "off", "warn" oder "error": So fällt ein Tippfehler auf. ${INTEGRITY}`,
    explanation: 'Kategorien und Szenarien sind die der Partnerseiten von Microsoft; Regelüberschreibungen sind "off", "warn" oder "error".',
    fix: 'Verwenden Sie einen der im Hinweis genannten Werte.',
    message: (a) => `${startFound(a)} ist hier nicht zulässig.`,
    hint: (a) => `Zulässig: ${a.allowed}.`,
  },
  LISTING_VALUE_INVALID: {
    title: 'Ein Wert entspricht nicht dem Schema',
    why: `${FILE_FORMAT} ${INTEGRITY}`,
    explanation: 'Ein Wert verletzt eine Bedingung von schemas/listing.schema.json, die kein spezifischerer Code abdeckt.',
    fix: 'Ändern Sie den Wert wie in der Meldung beschrieben.',
    message: (a) => `${wordsFor(INVALID_VALUE, a)}.`,
  },
  LISTING_RULE_UNKNOWN: {
    title: 'Eine Regelüberschreibung nennt einen unbekannten Code',
    why: 'Eine Überschreibung für einen Code, den es nicht gibt, überschreibt nichts; meist ist es ein Tippfehler.',
    explanation: 'Die Schlüssel von "rules" müssen Befundcodes sein; ein unbekannter Schlüssel ist meist ein Tippfehler und würde nichts überschreiben.',
    fix: 'Verwenden Sie einen Code aus `mde-partner explain --list`.',
    message: (a) => `"${a.name}" ist kein Befundcode.`,
    hint: (a) => (a.suggestion ? `Meinten Sie "${a.suggestion}"?` : 'Die Codes listet `mde-partner explain --list` auf.'),
  },
  LISTING_RULE_LOCKED: {
    title: 'Eine Regelüberschreibung versucht, eine gesperrte Regel zu lockern',
    why: 'Sicherheit: So lassen sich die Regeln, die vor feindseligen Eingaben schützen, nicht in genau dem Eintrag abschalten, den sie prüfen.',
    explanation: 'Regeln, die vor feindseligen oder unlesbaren Eingaben schützen (Skripts, externe Verweise, fehlerhaftes XML, Header-Injection, …), können verschärft, aber nicht gelockert werden.',
    fix: 'Entfernen Sie die Überschreibung und beheben Sie stattdessen den Befund.',
    message: (a) => `${a.name} kann nicht auf "${a.level}" gesetzt werden: Die Regel schützt vor feindseligen oder unlesbaren Eingaben.`,
  },
  LISTING_RULE_THRESHOLD_INVALID: {
    title: 'Eine Regelüberschreibung hat einen unbrauchbaren Schwellenwert',
    why: 'Ein Schwellenwert für eine Regel ohne Schwellenwert oder außerhalb ihres Bereichs würde nichts ändern; meist ist es ein Versehen.',
    explanation: 'Nur die Prüfungen des gerenderten Logos (SVG_OCCUPANCY_LOW, SVG_NOT_CENTRED, SVG_CONTENT_NOT_SQUARE) haben einen Schwellenwert, und jede nimmt Zahlen aus ihrem eigenen Bereich an. Überall sonst würde ein Schwellenwert nichts ändern.',
    fix: 'Entfernen Sie "threshold" oder geben Sie eine Zahl aus dem in der Meldung genannten Bereich an.',
    message: (a) => (a.range ? `Der Schwellenwert von ${a.name} muss ${wordsFor(THRESHOLD_RANGES, a, 'range')} sein; gefunden wurde ${a.value}.` : `${a.name} hat keinen Schwellenwert, der sich ändern ließe.`),
  },
} satisfies Record<keyof typeof listingCodes, CodeWords>;
