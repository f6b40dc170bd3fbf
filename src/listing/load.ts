import { unreadableWords, type JsonSyntaxCause } from '../checks/catalog.js';
import type { ValueType } from '../checks/catalog/values.js';
import type { Args, Issue } from '../checks/finding.js';
import { readBounded, sizeArgs } from '../checks/read-bounded.js';
import { show, suggester } from '../checks/text.js';
import { policy } from '../domain/requirements.js';
import { InputError } from '../errors.js';
import { FIELDS } from './fields.js';
import validateSchema, { knownProperties, type SchemaError } from './listing-schema-validator.generated.js';

/** The listing fields, in the order of DESIGN §4; also the order findings are reported in. */
export const LISTING_FIELDS = [
  '$schema', 'companyName', 'productName', 'productVersion', 'description', 'logo', 'landingPage',
  'multiTenant', 'entraAppName', 'entraManifest', 'userAgent', 'categories', 'scenarios', 'language', 'onboarding', 'rules',
] as const;

/**
 * The listing fields whose value is a path to a file, relative to the listing: the one list that
 * validation resolves and that `verify` confines to the bundle. A test keeps it in step with the
 * schema (every field described as a path "relative to this file").
 */
export const LISTING_PATH_FIELDS = ['logo', 'entraManifest'] as const satisfies ReadonlyArray<(typeof LISTING_FIELDS)[number]>;

/** The path-valued fields a listing sets, with their values (fields of another type are skipped). */
export function listingPaths(data: Record<string, unknown>): Array<{ field: (typeof LISTING_PATH_FIELDS)[number]; path: string }> {
  return LISTING_PATH_FIELDS.flatMap((field) => (typeof data[field] === 'string' ? [{ field, path: data[field] as string }] : []));
}

/** The example a LISTING_FIELD_MISSING hint gives, from the field table. */
const EXAMPLES: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(FIELDS).map(([field, spec]) => [field, spec.example]));

export type ListingData = Record<string, unknown>;

export interface LoadedListing {
  /** The raw text, kept to place findings on lines. */
  text?: string;
  /** Present when the file is a JSON object (even one with schema problems). */
  data?: ListingData;
  issues: Issue[];
}

/** A JSON value as data for the catalog's describeFound: its type and, for a scalar, the value (a string quoted). */
export function valueArgs(value: unknown, maxChars = 40): { foundType: ValueType; found?: string } {
  if (value === null) return { foundType: 'null' };
  if (Array.isArray(value)) return { foundType: 'array' };
  if (typeof value === 'string') return { foundType: 'string', found: show(value, maxChars) };
  if (typeof value === 'number' || typeof value === 'boolean') return { foundType: typeof value as 'number' | 'boolean', found: String(value) };
  return { foundType: 'object' };
}


function valueAt(data: unknown, pointer: string): unknown {
  let value = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Schema errors that the field checks report with a more precise code are left to them. */
const LEFT_TO_FIELD_CHECKS = new Set(['maxLength', 'minLength', 'propertyNames', 'pattern']);
/** Errors that only say "a branch failed": the branch's own error is reported instead. */
const SUMMARIES = new Set(['if', 'anyOf', 'oneOf']);

function schemaIssues(data: unknown): Issue[] {
  if (validateSchema(data)) return [];
  const issues: Issue[] = [];
  const suggest = suggester();
  const counts = new Map<string, number>();
  for (const error of validateSchema.errors ?? []) {
    const count = (counts.get(error.keyword) ?? 0) + 1;
    counts.set(error.keyword, count);
    // Past the report's per-code limit an issue is only counted ("N more"), so it is not worded:
    // 100,000 wrong items cost a counter each, not a message each.
    const code = count > policy.listing.maxFindingsPerCode ? KEYWORD_CODES[error.keyword] : undefined;
    if (code) issues.push({ code, field: error.instancePath });
    else issues.push(...schemaErrorToIssues(error, data, suggest));
  }
  return issues;
}

/** The code each schema keyword is reported with (keywords left to the field checks have none). */
const KEYWORD_CODES: Readonly<Record<string, Issue['code']>> = {
  required: 'LISTING_FIELD_MISSING',
  type: 'LISTING_FIELD_TYPE',
  additionalProperties: 'LISTING_FIELD_UNKNOWN',
  enum: 'LISTING_VALUE_NOT_ALLOWED',
  minProperties: 'LISTING_VALUE_INVALID',
  uniqueItems: 'LISTING_VALUE_INVALID',
};

/** The keys the schema allows in the object at `pointer`; "*" in the table stands for any key. */
function knownAt(pointer: string): readonly string[] {
  const segments = pointer.split('/');
  const match = Object.keys(knownProperties).find((pattern) => {
    const parts = pattern.split('/');
    return parts.length === segments.length && parts.every((part, i) => part === '*' || part === segments[i]);
  });
  return match === undefined ? [] : knownProperties[match]!;
}

function schemaErrorToIssues(error: SchemaError, data: unknown, suggest: ReturnType<typeof suggester>): Issue[] {
  const field = error.instancePath;
  const params = error.params;
  switch (error.keyword) {
    case 'required': {
      const name = String(params.missingProperty);
      return [{ code: 'LISTING_FIELD_MISSING', field: `${field}/${escapePointer(name)}`, args: { name, example: EXAMPLES[name] } }];
    }
    case 'type': {
      // A rule is a severity string or, failing that, an object: name both, not just the object.
      const expected = error.schemaPath.startsWith('#/$defs/rule/')
        ? { expected: 'rule', known: knownAt(field).join(', ') }
        : { expected: String(params.type) };
      return [{ code: 'LISTING_FIELD_TYPE', field, args: { ...expected, ...valueArgs(valueAt(data, field)) } }];
    }
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const known = knownAt(field).filter((f) => f !== '$schema');
      return [{
        code: 'LISTING_FIELD_UNKNOWN',
        field: `${field}/${escapePointer(name)}`,
        args: { name: show(name, 60).slice(1, -1), suggestion: suggest(name, known), known: known.join(', ') },
      }];
    }
    case 'enum':
      return [{
        code: 'LISTING_VALUE_NOT_ALLOWED',
        field,
        args: { ...valueArgs(valueAt(data, field), 60), allowed: (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ') },
      }];
    case 'minProperties':
      return [{ code: 'LISTING_VALUE_INVALID', field, args: { reason: 'empty-object', pointer: field, known: knownAt(field).join(', ') } }];
    case 'uniqueItems':
      return [{ code: 'LISTING_VALUE_INVALID', field, args: { reason: 'duplicate', first: Number(params.j), second: Number(params.i) } }];
    default:
      if (LEFT_TO_FIELD_CHECKS.has(error.keyword) || SUMMARIES.has(error.keyword)) return [];
      return [{ code: 'LISTING_VALUE_INVALID', field, args: { reason: 'schema', pointer: field, keyword: error.keyword } }];
  }
}

/** Deepest nesting of arrays and objects, found in one pass without parsing (strings skipped). */
function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++;
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) max = Math.max(max, ++depth);
    else if (ch === 0x7d || ch === 0x5d) depth--;
  }
  return max;
}

/** Where and why JSON.parse failed, in words (jsonc-parser is loaded only for broken JSON). */
async function jsonSyntaxError(text: string): Promise<JsonSyntax> {
  const { parse, printParseErrorCode } = await import('jsonc-parser');
  const errors: import('jsonc-parser').ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return { parseError: 'Unknown' };
  const code = printParseErrorCode(first.error);
  const cause = syntaxCause(text, code, first.offset);
  const place = lineLocator(text);
  return {
    parseError: code,
    ...place(cause?.offset ?? first.offset),
    ...(cause ? { cause: cause.cause, ...(cause.found !== undefined ? { found: cause.found } : {}), ...(cause.opened !== undefined ? { opened: place(cause.opened) } : {}) } : {}),
  };
}

/** How far before an error the text is read for its cause: a bound, not a parse. */
const LOOK_BEHIND = 4096;
const SMART_QUOTES = new Set(['“', '”', '‘', '’', '„', '‟', '‚', '«', '»', '″']);

/**
 * The likely cause of a syntax error, from the parser's error code and the text at and just before
 * its offset (never more than LOOK_BEHIND characters back, except to find an unclosed bracket).
 * `offset` moves when the cause is elsewhere: a trailing comma is placed on the comma.
 */
function syntaxCause(text: string, code: string, offset: number): { cause: JsonSyntaxCause; offset?: number; found?: string; opened?: number } | undefined {
  const head = text.slice(0, 64);
  if (head.includes('\u0000') || head.startsWith('\ufffd\ufffd')) return { cause: 'utf16', offset: 0 };
  if (text.trim() === '') return { cause: 'empty', offset: 0 };
  const at = text[offset] ?? '';
  if (code === 'InvalidCommentToken') return { cause: 'comment', found: text.slice(offset, offset + 2) };
  if (at === '\ufeff') return { cause: 'bom' };
  if (SMART_QUOTES.has(at)) return { cause: 'smart-quotes', found: at };
  if (at === "'") return { cause: 'single-quotes' };
  if (code === 'UnexpectedEndOfString') return { cause: 'unclosed-string' };
  if (code === 'InvalidCharacter') {
    const control = /[\u0000-\u001f]/.exec(text.slice(offset, offset + LOOK_BEHIND));
    if (control) {
      const char = control[0].charCodeAt(0);
      return { cause: 'control-character', offset: offset + control.index, found: `U+${char.toString(16).toUpperCase().padStart(4, '0')}` };
    }
  }
  if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && (at === '}' || at === ']')) {
    const before = text.slice(Math.max(0, offset - LOOK_BEHIND), offset);
    const comma = /,\s*$/.exec(before);
    if (comma) return { cause: 'trailing-comma', offset: offset - before.length + comma.index, found: at };
  }
  if (code === 'InvalidSymbol') {
    const word = /^[A-Za-z_$][\w$-]{0,59}/.exec(text.slice(offset, offset + 60))?.[0];
    if (word) return { cause: /^\s*:/.test(text.slice(offset + word.length, offset + word.length + LOOK_BEHIND)) ? 'unquoted-key' : 'unquoted-value', found: word };
  }
  // A closing bracket where a comma was expected closes the wrong thing: no cause is guessed for that.
  if (code === 'CommaExpected' && at !== '}' && at !== ']') return { cause: 'missing-comma' };
  if ((code === 'CloseBraceExpected' || code === 'CloseBracketExpected') && offset >= text.length) {
    const opened = unclosedOpener(text, code === 'CloseBraceExpected' ? '{' : '[');
    return { cause: code === 'CloseBraceExpected' ? 'unclosed-object' : 'unclosed-array', ...(opened !== undefined ? { opened } : {}) };
  }
  if (code === 'EndOfFileExpected') return { cause: 'extra-content' };
  return undefined;
}

/** The offset of the innermost `{` or `[` that is still open at the end of the text (strings skipped). */
function unclosedOpener(text: string, opener: '{' | '['): number | undefined {
  const open: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') open.push(i);
    else if (ch === '}' || ch === ']') open.pop();
  }
  for (let i = open.length - 1; i >= 0; i--) if (text[open[i]!] === opener) return open[i];
  return undefined;
}

/**
 * Line and column of many offsets in one text: the line starts are found once and each offset is
 * placed by binary search, so placing every finding of a large file stays linear.
 */
function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const at = Math.min(Math.max(offset, 0), text.length);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: at - starts[low]! + 1 };
  };
}

/** A syntax error: the parser's error code (jsonc-parser's ParseErrorCode name), where it is, and its likely cause when one is recognised. */
export interface JsonSyntax {
  parseError: string;
  line?: number;
  column?: number;
  cause?: JsonSyntaxCause;
  /** What the cause quotes: the closing bracket, the comment's start, the unquoted word, the quote. */
  found?: string;
  /** Where the object or array that is never closed starts. */
  opened?: { line: number; column: number };
}

/** The args the catalog words a syntax error from (jsonSyntaxWords). */
export function syntaxArgs(syntax: JsonSyntax): Args {
  return {
    parseError: syntax.parseError,
    ...(syntax.cause ? { cause: syntax.cause } : {}),
    ...(syntax.found !== undefined ? { found: syntax.found } : {}),
    ...(syntax.opened ? { openLine: syntax.opened.line, openColumn: syntax.opened.column } : {}),
  };
}

/** Why a JSON file that had to hold one object does not. */
export type JsonProblem =
  | { kind: 'too-deep'; limit: number }
  | ({ kind: 'syntax' } & JsonSyntax)
  | ({ kind: 'not-object' } & ReturnType<typeof valueArgs>);

export type ParsedJsonObject = { text: string; data: Record<string, unknown> } | { text: string; problem: JsonProblem };

/**
 * Parses untrusted text that must be one JSON object: a BOM is dropped, the nesting is measured
 * before anything is parsed, and syntax errors are placed on a line. Nothing throws.
 */
export async function parseJsonObject(text: string, maxDepth: number): Promise<ParsedJsonObject> {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (jsonDepth(source) > maxDepth) return { text: source, problem: { kind: 'too-deep', limit: maxDepth } };
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return { text: source, problem: { kind: 'syntax', ...(await jsonSyntaxError(source)) } };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { text: source, problem: { kind: 'not-object', ...valueArgs(data) } };
  }
  return { text: source, data: data as Record<string, unknown> };
}

/** Parses listing text: syntax, limits and schema problems all become issues; nothing throws. */
export async function parseListingText(text: string): Promise<LoadedListing> {
  const parsed = await parseJsonObject(text, policy.listing.maxDepth);
  if ('data' in parsed) return { text: parsed.text, data: parsed.data, issues: schemaIssues(parsed.data) };
  const { problem } = parsed;
  const issue: Issue = problem.kind === 'too-deep'
    ? { code: 'LISTING_TOO_DEEP', field: '', args: { limit: problem.limit } }
    : problem.kind === 'syntax'
      ? { code: 'LISTING_JSON_INVALID', field: '', args: syntaxArgs(problem), ...(problem.line !== undefined ? { line: problem.line, column: problem.column } : {}) }
      : { code: 'LISTING_NOT_OBJECT', field: '', args: { foundType: problem.foundType, found: problem.found } };
  return { text: parsed.text, issues: [issue] };
}

/**
 * Reads a listing file. A path that cannot be read at all is an InputError (exit 2); everything
 * about its content is an issue.
 */
export async function loadListingFile(path: string): Promise<LoadedListing> {
  const read = await readBounded(path, policy.listing.maxBytes);
  if ('unreadable' in read) throw new InputError(`${path} ${unreadableWords({ reason: read.unreadable, errno: read.errno })}.`);
  if ('tooLarge' in read) return { issues: [{ code: 'LISTING_TOO_LARGE', field: '', args: { ...sizeArgs(read), limit: policy.listing.maxBytes } }] };
  return parseListingText(read.bytes.toString('utf8'));
}

/**
 * Line and column of each pointer in JSON text (the key for members, else the value): the listing,
 * or another JSON file it names (the Entra manifest). The tree is walked once, so a file of 100,000
 * members with a finding on each is placed in linear time.
 */
export async function locatePointers(text: string, pointers: string[], maxDepth: number = policy.listing.maxDepth): Promise<Map<string, { line: number; column: number }>> {
  const located = new Map<string, { line: number; column: number }>();
  // The parser recurses: text nested past the limit is never handed to it.
  if (pointers.length === 0 || jsonDepth(text) > maxDepth) return located;
  // Every pointer and its prefixes: a missing member is placed on the nearest object that exists.
  const wanted = new Set<string>(['']);
  for (const pointer of pointers) {
    for (let end = pointer.length; end > 0; end = pointer.lastIndexOf('/', end - 1)) wanted.add(pointer.slice(0, end));
  }
  // One pass of the tokenizer, no tree: only the members on the way to a wanted pointer get a pointer string.
  const { visit } = await import('jsonc-parser');
  const offsets = new Map<string, number>();
  const open: Array<{ pointer: string | undefined; index: number; array: boolean }> = [];
  let member: { pointer: string | undefined; offset: number } | undefined;
  const enterValue = (offset: number): string | undefined => {
    const parent = open.at(-1);
    let pointer: string | undefined;
    let at = offset;
    if (!parent) pointer = '';
    else if (parent.array) {
      const index = parent.index++;
      pointer = parent.pointer === undefined ? undefined : `${parent.pointer}/${index}`;
    } else {
      pointer = member?.pointer;
      at = member?.offset ?? offset;
    }
    if (pointer === undefined || !wanted.has(pointer)) return undefined;
    // The first of duplicate keys is the one placed.
    if (!offsets.has(pointer)) offsets.set(pointer, at);
    return pointer;
  };
  visit(text, {
    onObjectBegin: (offset) => { open.push({ pointer: enterValue(offset), index: 0, array: false }); },
    onArrayBegin: (offset) => { open.push({ pointer: enterValue(offset), index: 0, array: true }); },
    onObjectEnd: () => { open.pop(); },
    onArrayEnd: () => { open.pop(); },
    onObjectProperty: (property, offset) => {
      const parent = open.at(-1)?.pointer;
      member = { pointer: parent === undefined ? undefined : `${parent}/${escapePointer(property)}`, offset };
    },
    onLiteralValue: (_value, offset) => { enterValue(offset); },
  }, { disallowComments: true });
  const place = lineLocator(text);
  for (const pointer of pointers) {
    let prefix = pointer;
    while (!offsets.has(prefix) && prefix !== '') prefix = prefix.slice(0, prefix.lastIndexOf('/'));
    const offset = offsets.get(prefix);
    if (offset !== undefined) located.set(pointer, place(offset));
  }
  return located;
}
