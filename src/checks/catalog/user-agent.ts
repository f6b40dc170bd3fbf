import { Q, microsoft, reading, standard, type CodeRule } from './basis.js';

/** The ids each id-valued argument can take (the words are in src/messages/<language>/codes/). */
export const FORMAT_REASONS = ['prefix-case', 'prefix-missing', 'space-in-name', 'version-missing', 'one-name', 'name-empty', 'name-not-token', 'version-empty', 'version-not-token', 'rest-not-separated', 'rest-trailing-space', 'rest-comment-unclosed', 'rest-not-product'] as const;
export type UserAgentReason = (typeof FORMAT_REASONS)[number];
export const PRODUCT_VERSION_REASONS = ['empty', 'character'] as const;
export type ProductVersionReason = (typeof PRODUCT_VERSION_REASONS)[number];
export const WRONG_REASONS = ['legacy-prefix', 'white-space', 'other-text', 'version', 'letter-case', 'other-names', 'not-whole-value', 'not-form'] as const;
export type WrongUserAgentReason = (typeof WRONG_REASONS)[number];

/** Finding codes of the User-Agent: the value in the listing, and the requests `ua audit` reads. */
export const userAgentCodes = {
  USER_AGENT_INVALID_FORMAT: {
    severity: 'error',
    basis: microsoft(Q.userAgentFormat),
    ids: { reason: FORMAT_REASONS },
  },
  USER_AGENT_FORBIDDEN_CHARACTERS: {
    severity: 'error',
    basis: standard(),
    locked: true,
    security: true,
  },
  USER_AGENT_LEGACY_PREFIX: {
    severity: 'error',
    basis: microsoft(Q.userAgentFormat),
  },
  USER_AGENT_MISMATCH: {
    severity: 'warning',
    basis: reading(Q.userAgentFormat),
  },
  USER_AGENT_EXTRA_PRODUCTS: {
    severity: 'warning',
    basis: reading(Q.userAgentFormat),
  },
  USER_AGENT_NAME_AMBIGUOUS: {
    severity: 'warning',
    basis: reading(Q.userAgentFormat),
  },
  USER_AGENT_UNDERIVABLE: {
    severity: 'error',
    basis: standard(),
  },
  USER_AGENT_NOT_SENT: {
    severity: 'error',
    basis: microsoft(Q.userAgentCalls),
  },
  USER_AGENT_WRONG: {
    severity: 'error',
    basis: microsoft(Q.userAgentCalls),
    ids: { reason: WRONG_REASONS },
  },
  USER_AGENT_MULTIPLE: {
    severity: 'error',
    basis: standard(),
  },
} satisfies Record<string, CodeRule>;
