import { Q, microsoft, ours, standard, type CodeRule } from './basis.js';
import { VALUE_TYPE_IDS } from './values.js';
import { JSON_SYNTAX_CAUSES } from './json-syntax.js';

/** The ids each id-valued argument can take (the words are in src/messages/<language>/codes/). */
export const EXPECTED_TYPES = ['string', 'boolean', 'array', 'object', 'number', 'integer', 'rule'] as const;
export const INVALID_VALUE = ['empty-object', 'duplicate', 'schema'] as const;
export const THRESHOLD_RANGES = ['side-share', 'half-side-share', 'aspect'] as const;
export type ThresholdRange = (typeof THRESHOLD_RANGES)[number];

/** Finding codes of the listing file: its JSON, its fields and its rule overrides. */
export const listingCodes = {
  LISTING_JSON_INVALID: {
    severity: 'error',
    basis: standard(),
    locked: true,
    ids: { cause: JSON_SYNTAX_CAUSES },
  },
  LISTING_TOO_LARGE: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  LISTING_TOO_DEEP: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  LISTING_NOT_OBJECT: {
    severity: 'error',
    basis: ours(),
    ids: { foundType: VALUE_TYPE_IDS },
  },
  LISTING_FIELD_MISSING: {
    severity: 'error',
    basis: microsoft(Q.listing),
    locked: true,
  },
  LISTING_FIELD_TYPE: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
    ids: { expected: EXPECTED_TYPES, foundType: VALUE_TYPE_IDS },
  },
  LISTING_FIELD_UNKNOWN: {
    severity: 'error',
    basis: ours(),
  },
  LISTING_VALUE_NOT_ALLOWED: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
    ids: { foundType: VALUE_TYPE_IDS },
  },
  LISTING_VALUE_INVALID: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
    ids: { reason: INVALID_VALUE },
  },
  LISTING_RULE_UNKNOWN: {
    severity: 'error',
    basis: ours(),
  },
  LISTING_RULE_LOCKED: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  LISTING_RULE_THRESHOLD_INVALID: {
    severity: 'error',
    basis: ours(),
    ids: { range: THRESHOLD_RANGES },
  },
} satisfies Record<string, CodeRule>;
