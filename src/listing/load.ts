import { readFile, stat } from 'node:fs/promises';
import type { Issue } from '../checks/finding.js';
import { closest, show } from '../checks/text.js';
import { policy } from '../domain/requirements.js';
import { InputError } from '../errors.js';
import validateSchema, { type SchemaError } from './listing-schema-validator.generated.js';

/** The listing fields, in the order of DESIGN §4; also the order findings are reported in. */
export const LISTING_FIELDS = [
  '$schema', 'companyName', 'productName', 'productVersion', 'description', 'logo', 'landingPage',
  'multiTenant', 'entraAppName', 'userAgent', 'categories', 'scenarios', 'onboarding', 'rules',
] as const;

const EXAMPLES: Readonly<Record<string, string>> = {
  companyName: '"Contoso"',
  productName: '"Contoso Cognito"',
  productVersion: '"1.0.0"',
  description: '"Fifteen words that say what the integration does for Defender customers, in plain words."',
  logo: '"logo.svg"',
  landingPage: '"https://contoso.example/defender"',
  multiTenant: 'false',
};

export type ListingData = Record<string, unknown>;

export interface LoadedListing {
  /** The raw text, kept to place findings on lines. */
  text?: string;
  /** Present when the file is a JSON object (even one with schema problems). */
  data?: ListingData;
  issues: Issue[];
}


function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `a string (${show(value, 40)})`;
  return `${typeof value === 'number' ? 'a number' : typeof value === 'boolean' ? 'a boolean' : typeof value} (${String(value)})`;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'a string', boolean: 'a boolean (true or false)', array: 'an array', object: 'an object', number: 'a number', integer: 'an integer',
};

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

export function schemaIssues(data: unknown): Issue[] {
  if (validateSchema(data)) return [];
  const issues: Issue[] = [];
  for (const error of validateSchema.errors ?? []) {
    issues.push(...schemaErrorToIssues(error, data));
  }
  return issues;
}

function schemaErrorToIssues(error: SchemaError, data: unknown): Issue[] {
  const field = error.instancePath;
  const params = error.params;
  switch (error.keyword) {
    case 'required': {
      const name = String(params.missingProperty);
      return [{ code: 'LISTING_FIELD_MISSING', field: `${field}/${escapePointer(name)}`, args: { name, example: EXAMPLES[name] } }];
    }
    case 'type':
      return [{ code: 'LISTING_FIELD_TYPE', field, args: { expected: TYPE_NAMES[String(params.type)] ?? String(params.type), found: describe(valueAt(data, field)) } }];
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const known = field === '' ? LISTING_FIELDS.filter((f) => f !== '$schema') : [];
      return [{
        code: 'LISTING_FIELD_UNKNOWN',
        field: `${field}/${escapePointer(name)}`,
        args: { name: show(name, 60).slice(1, -1), suggestion: closest(name, known), known: known.join(', ') },
      }];
    }
    case 'enum':
      return [{
        code: 'LISTING_VALUE_NOT_ALLOWED',
        field,
        args: { value: show(String(valueAt(data, field)), 60), allowed: (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ') },
      }];
    case 'uniqueItems':
      return [{ code: 'LISTING_VALUE_INVALID', field, args: { detail: `Items ${String(params.j)} and ${String(params.i)} are the same; each value may appear once` } }];
    default:
      if (LEFT_TO_FIELD_CHECKS.has(error.keyword) || SUMMARIES.has(error.keyword)) return [];
      return [{ code: 'LISTING_VALUE_INVALID', field, args: { detail: `${field || 'The listing'} ${error.message ?? 'is invalid'}` } }];
  }
}

/** Deepest nesting of arrays and objects, found in one pass without parsing (strings skipped). */
export function jsonDepth(text: string): number {
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

async function jsonSyntaxIssue(text: string): Promise<Issue> {
  const { parse, printParseErrorCode } = await import('jsonc-parser');
  const errors: import('jsonc-parser').ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  const detail = first ? describeParseError(printParseErrorCode(first.error)) : 'unexpected content';
  const place = first ? lineAndColumn(text, first.offset) : {};
  return { code: 'LISTING_JSON_INVALID', field: '', args: { detail }, ...place };
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
    .replace('invalid symbol', 'unexpected character')
    .replace('comma expected', 'expected a comma')
    .replace('colon expected', 'expected a colon')
    .replace('property name expected', 'expected a double-quoted property name')
    .replace('value expected', 'expected a value')
    .replace('end of file expected', 'unexpected content after the end of the JSON value')
    .replace('close brace expected', 'expected }')
    .replace('close bracket expected', 'expected ]');
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Parses listing text: syntax, limits and schema problems all become issues; nothing throws. */
export async function parseListingText(text: string): Promise<LoadedListing> {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const depth = jsonDepth(source);
  if (depth > policy.listing.maxDepth) {
    return { text: source, issues: [{ code: 'LISTING_TOO_DEEP', field: '', args: { limit: policy.listing.maxDepth } }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return { text: source, issues: [await jsonSyntaxIssue(source)] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { text: source, issues: [{ code: 'LISTING_NOT_OBJECT', field: '', args: { found: describe(data) } }] };
  }
  return { text: source, data: data as ListingData, issues: schemaIssues(data) };
}

/**
 * Reads a listing file. A path that cannot be read at all is an InputError (exit 2); everything
 * about its content is an issue.
 */
export async function loadListingFile(path: string): Promise<LoadedListing> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' || code === 'ENOTDIR' ? `${path} does not exist.` : `${path} cannot be read (${code}).`);
  }
  if (!info.isFile()) throw new InputError(`${path} is not a file.`);
  if (info.size > policy.listing.maxBytes) {
    return { issues: [{ code: 'LISTING_TOO_LARGE', field: '', args: { size: info.size, limit: policy.listing.maxBytes } }] };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(`${path} cannot be read (${(error as NodeJS.ErrnoException).code}).`);
  }
  return parseListingText(bytes.toString('utf8'));
}

/** Line and column of each pointer in the listing text (the key for members, else the value). */
export async function locatePointers(text: string, pointers: string[]): Promise<Map<string, { line: number; column: number }>> {
  const located = new Map<string, { line: number; column: number }>();
  // The tree parser recurses: text nested past the limit is never handed to it.
  if (pointers.length === 0 || jsonDepth(text) > policy.listing.maxDepth) return located;
  const { parseTree, findNodeAtLocation } = await import('jsonc-parser');
  const tree = parseTree(text, [], { disallowComments: true });
  if (!tree) return located;
  for (const pointer of pointers) {
    const segments = pointer.split('/').slice(1).map((s) => {
      const key = s.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^\d+$/.test(key) ? Number(key) : key;
    });
    // A missing member is placed on the object that should hold it.
    let node = findNodeAtLocation(tree, segments);
    while (!node && segments.length > 0) {
      segments.pop();
      node = findNodeAtLocation(tree, segments);
    }
    if (!node) continue;
    const target = node.parent?.type === 'property' && node.parent.children?.[0] ? node.parent.children[0] : node;
    located.set(pointer, lineAndColumn(text, target.offset));
  }
  return located;
}
