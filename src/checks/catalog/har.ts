import { ours, standard, type CodeRule } from './basis.js';

/** The ids each id-valued argument can take (the words are in src/messages/<language>/codes/). */
export const HAR_EXPECTED = ['root', 'log', 'entries', 'entry', 'request', 'headers', 'header', 'string', 'object'] as const;
export type HarExpected = (typeof HAR_EXPECTED)[number];
export const HAR_FOUND = ['object', 'array', 'string', 'number', 'boolean', 'null'] as const;
export const HAR_SYNTAX = ['bad-escape', 'unexpected'] as const;
export type HarSyntaxCause = (typeof HAR_SYNTAX)[number];
export const HAR_REASONS = ['empty', 'cut-off', 'syntax', 'type', 'missing', 'too-deep', 'unreadable', 'too-large', 'grew', 'gzip', 'zip', 'utf16', 'not-absolute-url'] as const;
export type HarReason = (typeof HAR_REASONS)[number];

/** Finding codes of HAR captures (ua audit). */
export const harCodes = {
  HAR_INVALID: {
    severity: 'error',
    basis: standard(),
    locked: true,
    ids: { reason: HAR_REASONS, cause: HAR_SYNTAX, expected: HAR_EXPECTED, foundType: HAR_FOUND },
  },
  HAR_NO_PARTNER_API_CALLS: {
    severity: 'warning',
    basis: ours(),
  },
} satisfies Record<string, CodeRule>;
