import type * as IDS from '../../../checks/catalog/listing.js';
import type { listingCodes } from '../../../checks/catalog/listing.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import { BOUNDS, FILE_FORMAT, INTEGRITY } from './reasons.js';
import { wordsFor, type Phrase } from '../../types.js';
import { describeFound, startFound } from './values.js';
import { jsonSyntaxWords } from './json-syntax.js';
import { atLeast, KIB } from './words.js';

/** Names joined as alternatives: "level" and/or "threshold". */
const eitherOf = (known: unknown) => (known ? String(known).split(', ').map((name) => `"${name}"`).join(' and/or ') : 'a value');

/** The JSON types the schema asks for, and a rule (a severity or an object). */
const EXPECTED_TYPES = {
  string: () => 'a string',
  boolean: () => 'a boolean (true or false)',
  array: () => 'an array',
  object: () => 'an object',
  number: () => 'a number',
  integer: () => 'an integer',
  rule: (a) => `a severity ("off", "warn" or "error") or an object with ${eitherOf(a.known)}`,
} satisfies Record<(typeof IDS.EXPECTED_TYPES)[number], Phrase>;

/** How a value breaks a schema constraint that no more specific code covers. */
const INVALID_VALUE = {
  'empty-object': (a) => `${a.pointer} is an empty object; give ${eitherOf(a.known)}, or remove it`,
  duplicate: (a) => `Items ${a.first} and ${a.second} are the same; each value may appear once`,
  schema: (a) => `${a.pointer || 'The listing'} breaks the schema's "${a.keyword}" constraint`,
} satisfies Record<(typeof IDS.INVALID_VALUE)[number], Phrase>;

/** The range a rule's threshold must be in. */
const THRESHOLD_RANGES = {
  'side-share': () => 'a number from 0 to 1 (share of the side)',
  'half-side-share': () => 'a number from 0 to 0.5 (share of the side)',
  aspect: () => 'a number of at least 1 (longer side / shorter side)',
} satisfies Record<(typeof IDS.THRESHOLD_RANGES)[number], Phrase>;


/** Finding codes of the listing file: its JSON, its fields and its rule overrides. */
export const listingWords = {
  LISTING_JSON_INVALID: {
    title: 'The listing is not valid JSON',
    why: 'RFC 8259 (JSON)',
    explanation: 'mde-partner.json must be a JSON document (RFC 8259): no comments, no trailing commas, double-quoted keys.',
    fix: 'Fix the syntax at the line and column shown, or recreate the file with `mde-partner init`.',
    message: (a) => `The listing is not valid JSON: ${jsonSyntaxWords(a).found}.`,
    hint: (a) => jsonSyntaxWords(a).fix,
  },
  LISTING_TOO_LARGE: {
    title: 'The listing file is too large',
    why: BOUNDS,
    explanation: `A listing is a few hundred bytes; files over ${KIB(policy.listing.maxBytes)} are refused before reading to bound time and memory.`,
    fix: 'Check that the path points at mde-partner.json and not at another file.',
    message: (a) => `The listing has ${atLeast(a)} bytes; the limit is ${a.limit} bytes.`,
  },
  LISTING_TOO_DEEP: {
    title: 'The listing is nested too deeply',
    why: BOUNDS,
    explanation: `JSON nested more than ${policy.listing.maxDepth} levels is refused before it is validated: no listing needs it, and it is a denial-of-service pattern.`,
    fix: 'Remove the nested arrays or objects.',
    message: (a) => `Values are nested deeper than ${a.limit} levels.`,
  },
  LISTING_NOT_OBJECT: {
    title: 'The listing is not a JSON object',
    why: FILE_FORMAT,
    explanation: 'The listing file holds one JSON object whose keys are the listing fields.',
    fix: 'Wrap the fields in { … }; see examples/valid/mde-partner.json.',
    message: (a) => `Expected a JSON object with the listing fields, found ${describeFound(a)}.`,
  },
  LISTING_FIELD_MISSING: {
    title: 'A required field is missing',
    explanation: 'companyName, productName, productVersion, description, logo, landingPage and multiTenant are required: together they make the six listing items Microsoft asks for.',
    fix: 'Add the field named in the message.',
    message: (a) => `Required field "${a.name}" is missing.`,
    hint: (a) => (a.example ? `Add for example: "${a.name}": ${a.example}` : undefined),
  },
  LISTING_FIELD_TYPE: {
    title: 'A field has the wrong type',
    why: `${FILE_FORMAT} ${INTEGRITY}`,
    explanation: 'Each listing field has one JSON type (see schemas/listing.schema.json).',
    fix: 'Change the value to the expected type.',
    message: (a) => `Expected ${wordsFor(EXPECTED_TYPES, a, 'expected')}, found ${describeFound(a)}.`,
  },
  LISTING_FIELD_UNKNOWN: {
    title: 'Unknown field (typo?)',
    why: 'A typo in a field name ("descripton") would otherwise drop the value without a word. The bundle keeps only known fields, so this can be relaxed.',
    explanation: 'Unknown fields are rejected so that a typo such as "descripton" cannot silently drop a value.',
    fix: 'Rename the field to the one suggested, or remove it.',
    message: (a) => `Unknown field "${a.name}".`,
    hint: (a) => (a.suggestion ? `Did you mean "${a.suggestion}"?` : `Known fields: ${a.known}.`),
  },
  LISTING_VALUE_NOT_ALLOWED: {
    title: 'A value is not one of the allowed values',
    why: `Categories and scenarios take the names of Microsoft\'s partner pages (partner-applications.md, partner-integration.md), rule levels are "off", "warn" or "error": a typo is caught. ${INTEGRITY}`,
    explanation: 'Categories and scenarios are the ones on Microsoft\'s partner pages; rule overrides are "off", "warn" or "error".',
    fix: 'Use one of the values listed in the hint.',
    message: (a) => `${startFound(a)} is not allowed here.`,
    hint: (a) => `Allowed: ${a.allowed}.`,
  },
  LISTING_VALUE_INVALID: {
    title: 'A value does not match the schema',
    why: `${FILE_FORMAT} ${INTEGRITY}`,
    explanation: 'A value breaks a constraint of schemas/listing.schema.json not covered by a more specific code.',
    fix: 'Change the value as the message says.',
    message: (a) => `${wordsFor(INVALID_VALUE, a)}.`,
  },
  LISTING_RULE_UNKNOWN: {
    title: 'A rule override names an unknown code',
    why: 'An override of a code that does not exist overrides nothing; it is usually a typo.',
    explanation: 'Keys of "rules" must be finding codes; an unknown key is usually a typo and would override nothing.',
    fix: 'Use a code from `mde-partner explain --list`.',
    message: (a) => `"${a.name}" is not a finding code.`,
    hint: (a) => (a.suggestion ? `Did you mean "${a.suggestion}"?` : 'Run `mde-partner explain --list` for the codes.'),
  },
  LISTING_RULE_LOCKED: {
    title: 'A rule override tries to relax a locked rule',
    why: 'Security: this is what keeps the rules that guard against hostile input from being switched off in the listing they judge.',
    explanation: 'Rules that guard against hostile or unreadable input (scripts, external references, malformed XML, header injection, ...) can be raised but not relaxed.',
    fix: 'Remove the override and fix the finding instead.',
    message: (a) => `${a.name} cannot be set to "${a.level}": it guards against hostile or unreadable input.`,
  },
  LISTING_RULE_THRESHOLD_INVALID: {
    title: 'A rule override has an unusable threshold',
    why: 'A threshold on a rule that has none, or outside its range, would change nothing; it is usually a mistake.',
    explanation: 'Only the rendered-logo checks (SVG_OCCUPANCY_LOW, SVG_NOT_CENTRED, SVG_CONTENT_NOT_SQUARE) have a threshold, and each takes numbers in its own range. A threshold anywhere else would change nothing.',
    fix: 'Remove "threshold", or give a number in the range the message names.',
    message: (a) => (a.range ? `The threshold of ${a.name} must be ${wordsFor(THRESHOLD_RANGES, a, 'range')}; found ${a.value}.` : `${a.name} has no threshold to change.`),
  },
} satisfies Record<keyof typeof listingCodes, CodeWords>;
