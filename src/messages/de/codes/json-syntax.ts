import type { JsonSyntaxCause } from '../../../checks/catalog/json-syntax.js';
import { jsonSyntaxFrom, type JsonSyntaxWords } from '../../types.js';


/** Control characters named rather than given by code point. */
const CONTROL_NAMES: Readonly<Record<string, string>> = { 'U+0009': 'ein Tabulator', 'U+000A': 'ein Zeilenumbruch', 'U+000D': 'ein Wagenrücklauf' };

/** jsonc-parser's ParseErrorCode in words, for an error whose cause is not recognised. */
const PARSE_ERRORS: Readonly<Record<string, string>> = {
  InvalidSymbol: 'ein unerwartetes Zeichen',
  InvalidNumberFormat: 'ein ungültiges Zahlenformat',
  PropertyNameExpected: 'ein fehlender Eigenschaftsname in doppelten Anführungszeichen',
  ValueExpected: 'ein fehlender Wert',
  ColonExpected: 'ein fehlender Doppelpunkt',
  CommaExpected: 'ein fehlendes Komma',
  CloseBraceExpected: 'eine fehlende }',
  CloseBracketExpected: 'eine fehlende ]',
  EndOfFileExpected: 'unerwarteter Inhalt nach dem Ende des JSON-Werts',
  InvalidCommentToken: 'ein ungültiger Kommentar',
  UnexpectedEndOfComment: 'ein nicht abgeschlossener Kommentar',
  UnexpectedEndOfString: 'eine nicht abgeschlossene Zeichenfolge',
  UnexpectedEndOfNumber: 'eine unvollständige Zahl',
  InvalidUnicode: 'eine ungültige Unicode-Escapesequenz',
  InvalidEscapeCharacter: 'eine ungültige Escapesequenz',
  InvalidCharacter: 'ein ungültiges Zeichen',
};

/**
 * The parser's error (jsonc-parser's ParseErrorCode: "InvalidSymbol", "CommaExpected", …) in words,
 * for an error whose cause is not recognised; a code without German words is shown as it is.
 */
function parseErrorWords(code: unknown): string {
  if (code === undefined || code === 'Unknown') return 'unerwarteter Inhalt';
  const name = String(code);
  return Object.hasOwn(PARSE_ERRORS, name) ? PARSE_ERRORS[name]! : `Parserfehler ${name}`;
}

/**
 * The likely causes of a JSON syntax error (found by looking at the text at the error), each with
 * what was found and how to fix it. Every JSON file the tool reads is worded from here: the listing,
 * the answers file of `init`, an Entra manifest.
 */
const JSON_SYNTAX = {
  'trailing-comma': {
    found: (a) => `ein überzähliges Komma vor ${a.found}`,
    fix: () => 'Entfernen Sie das Komma: JSON erlaubt kein Komma nach dem letzten Element eines Objekts oder Arrays.',
  },
  comment: {
    found: (a) => `ein Kommentar (${a.found}…)`,
    fix: () => 'Entfernen Sie den Kommentar: JSON kennt keine Kommentare.',
  },
  'single-quotes': {
    found: () => 'eine Zeichenfolge oder ein Schlüssel in einfachen Anführungszeichen',
    fix: () => `Verwenden Sie doppelte Anführungszeichen: "Contoso", nicht 'Contoso'.`,
  },
  'unquoted-key': {
    found: (a) => `ein Schlüssel ohne Anführungszeichen (${a.found})`,
    fix: (a) => `Setzen Sie den Schlüssel in doppelte Anführungszeichen: "${a.found}".`,
  },
  'unquoted-value': {
    found: (a) => `ein Wert ohne Anführungszeichen (${a.found})`,
    fix: () => 'Setzen Sie Text in doppelte Anführungszeichen; ohne Anführungszeichen kennt JSON nur true, false und null, kleingeschrieben.',
  },
  'missing-comma': {
    found: () => 'ein fehlendes Komma vor diesem Element',
    fix: () => 'Fügen Sie nach dem vorhergehenden Wert ein Komma ein (am Ende der vorigen Zeile, wenn jedes Element in einer eigenen Zeile steht).',
  },
  'unclosed-string': {
    found: () => 'eine Zeichenfolge, die nie geschlossen wird',
    fix: () => 'Beenden Sie die Zeichenfolge in derselben Zeile mit einem doppelten Anführungszeichen; ein Zeilenumbruch in einer Zeichenfolge wird als \\n geschrieben.',
  },
  'unclosed-object': {
    found: (a) => `ein Objekt, das nie geschlossen wird (die { in Zeile ${a.openLine}, Spalte ${a.openColumn})`,
    fix: () => 'Ergänzen Sie die fehlende } am Ende oder entfernen Sie, was auf das letzte vollständige Element folgt.',
  },
  'unclosed-array': {
    found: (a) => `ein Array, das nie geschlossen wird (die [ in Zeile ${a.openLine}, Spalte ${a.openColumn})`,
    fix: () => 'Ergänzen Sie die fehlende ] nach dem letzten Element.',
  },
  bom: {
    found: () => 'eine Bytereihenfolge-Markierung (U+FEFF, unsichtbar), die nicht am Anfang der Datei steht',
    fix: () => 'Löschen Sie das unsichtbare Zeichen: Speichern Sie die Datei als UTF-8 ohne BOM, ohne etwas vor der öffnenden {.',
  },
  'smart-quotes': {
    found: (a) => `ein typografisches Anführungszeichen ${a.found}, wo JSON ein gerades doppeltes Anführungszeichen " verlangt`,
    fix: () => 'Ersetzen Sie “ ” „ und ‘ ’ durch " (Textverarbeitungen und die Einstellung „typografische Anführungszeichen“ setzen sie ein): Bearbeiten Sie die Datei in einem reinen Texteditor.',
  },
  utf16: {
    found: () => 'UTF-16-Text (die Datei ist nicht als UTF-8 gespeichert)',
    fix: () => 'Speichern Sie die Datei als UTF-8 (im Editor: Speichern unter, Codierung: UTF-8).',
  },
  'control-character': {
    found: (a) => `${CONTROL_NAMES[String(a.found)] ?? `das Steuerzeichen ${a.found}`} in einer Zeichenfolge`,
    fix: () => 'Schreiben Sie einen Tabulator als \\t und einen Zeilenumbruch als \\n oder entfernen Sie das Zeichen.',
  },
  empty: {
    found: () => 'eine leere Datei',
    fix: () => 'Schreiben Sie ein JSON-Objekt in die Datei, z. B. {"companyName": "Contoso"}.',
  },
  'extra-content': {
    found: () => 'weiterer Inhalt nach dem Ende des JSON-Objekts',
    fix: () => 'Eine Datei enthält genau ein JSON-Objekt: Entfernen Sie, was auf die schließende } folgt.',
  },
} satisfies Record<JsonSyntaxCause, JsonSyntaxWords>;

/** A JSON syntax error in words: what was found (the likely cause, else the parser's error) and, for a known cause, how to fix it. */
export const jsonSyntaxWords = jsonSyntaxFrom(JSON_SYNTAX, parseErrorWords);
