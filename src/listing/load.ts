import type { Issue } from '../checks/finding.js';
import { escapePointer, parseJsonObject, syntaxArgs, valueArgs } from '../checks/json.js';
import { loadCodeMessages } from '../messages/codes.js';
import { loadErrors } from '../messages/errors.js';
import { show, suggester } from '../checks/text.js';
import { policy } from '../domain/requirements.js';
import { readBounded, sizeArgs } from '../edge/read-bounded.js';
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

function valueAt(data: unknown, pointer: string): unknown {
  let value = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

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
  if ('unreadable' in read) {
    const why = (await loadCodeMessages()).unreadable({ reason: read.unreadable, errno: read.errno });
    throw new InputError((await loadErrors()).unreadableFile({ path, why }));
  }
  if ('tooLarge' in read) return { issues: [{ code: 'LISTING_TOO_LARGE', field: '', args: { ...sizeArgs(read), limit: policy.listing.maxBytes } }] };
  return parseListingText(read.bytes.toString('utf8'));
}
