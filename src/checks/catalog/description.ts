import { Q, ours, reading, type CodeRule } from './basis.js';

/** Finding codes of the description. */
export const descriptionCodes = {
  DESCRIPTION_TOO_LONG: {
    severity: 'error',
    basis: reading(Q.description),
  },
  DESCRIPTION_TOO_SHORT: {
    severity: 'warning',
    basis: reading(Q.description),
  },
  DESCRIPTION_CONTROL_CHARACTER: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
} satisfies Record<string, CodeRule>;
