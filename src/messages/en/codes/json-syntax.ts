import type { JsonSyntaxCause } from '../../../checks/catalog/json-syntax.js';
import { jsonSyntaxFrom, type JsonSyntaxWords } from '../../types.js';


/** Control characters named rather than given by code point. */
const CONTROL_NAMES: Readonly<Record<string, string>> = { 'U+0009': 'tab', 'U+000A': 'line break', 'U+000D': 'carriage return' };

/**
 * The parser's error (jsonc-parser's ParseErrorCode: "InvalidSymbol", "CommaExpected", …) in words,
 * for an error whose cause is not recognised.
 */
function parseErrorWords(code: unknown): string {
  if (code === undefined || code === 'Unknown') return 'unexpected content';
  return String(code).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
    .replace('invalid symbol', 'unexpected character')
    .replace('comma expected', 'expected a comma')
    .replace('colon expected', 'expected a colon')
    .replace('property name expected', 'expected a double-quoted property name')
    .replace('value expected', 'expected a value')
    .replace('end of file expected', 'unexpected content after the end of the JSON value')
    .replace('close brace expected', 'expected }')
    .replace('close bracket expected', 'expected ]');
}

/**
 * The likely causes of a JSON syntax error (found by looking at the text at the error), each with
 * what was found and how to fix it. Every JSON file the tool reads is worded from here: the listing,
 * the answers file of `init`, an Entra manifest.
 */
const JSON_SYNTAX = {
  'trailing-comma': {
    found: (a) => `a trailing comma before ${a.found}`,
    fix: () => 'Remove the comma: JSON allows no comma after the last member of an object or the last item of an array.',
  },
  comment: {
    found: (a) => `a comment (${a.found}…)`,
    fix: () => 'Remove the comment: JSON has no comments.',
  },
  'single-quotes': {
    found: () => `a single-quoted string or key`,
    fix: () => `Use double quotes: "Contoso", not 'Contoso'.`,
  },
  'unquoted-key': {
    found: (a) => `an unquoted key (${a.found})`,
    fix: (a) => `Put the key in double quotes: "${a.found}".`,
  },
  'unquoted-value': {
    found: (a) => `an unquoted value (${a.found})`,
    fix: () => 'Put text in double quotes; the only bare words JSON has are true, false and null, in lower case.',
  },
  'missing-comma': {
    found: () => 'a missing comma before this member or item',
    fix: () => 'Add a comma after the value before it (at the end of the previous line, when each member has its own line).',
  },
  'unclosed-string': {
    found: () => 'a string that is never closed',
    fix: () => 'End the string with a double quote on the same line; a line break inside a string is written \\n.',
  },
  'unclosed-object': {
    found: (a) => `an object that is never closed (the { at line ${a.openLine}, column ${a.openColumn})`,
    fix: () => 'Add the missing } at the end, or remove what follows the last complete member.',
  },
  'unclosed-array': {
    found: (a) => `an array that is never closed (the [ at line ${a.openLine}, column ${a.openColumn})`,
    fix: () => 'Add the missing ] after the last item.',
  },
  bom: {
    found: () => 'a byte order mark (U+FEFF, invisible) that is not at the start of the file',
    fix: () => 'Delete the invisible character: save the file as UTF-8 without a BOM, with nothing before the opening {.',
  },
  'smart-quotes': {
    found: (a) => `a typographic quote ${a.found} where JSON needs a straight double quote "`,
    fix: () => 'Replace “ ” and ‘ ’ with " (word processors and "smart quotes" settings put them in): edit the file in a plain-text editor.',
  },
  utf16: {
    found: () => 'UTF-16 text (the file is not saved as UTF-8)',
    fix: () => 'Save the file as UTF-8 (in Notepad: Save as, Encoding: UTF-8).',
  },
  'control-character': {
    found: (a) => `a ${CONTROL_NAMES[String(a.found)] ?? `control character ${a.found}`} inside a string`,
    fix: () => 'Write a tab as \\t and a line break as \\n, or remove the character.',
  },
  empty: {
    found: () => 'an empty file',
    fix: () => 'Write one JSON object into the file, e.g. {"companyName": "Contoso"}.',
  },
  'extra-content': {
    found: () => 'more content after the end of the JSON object',
    fix: () => 'A file holds one JSON object: remove what follows its closing }.',
  },
} satisfies Record<JsonSyntaxCause, JsonSyntaxWords>;

/** A JSON syntax error in words: what was found (the likely cause, else the parser's error) and, for a known cause, how to fix it. */
export const jsonSyntaxWords = jsonSyntaxFrom(JSON_SYNTAX, parseErrorWords);
