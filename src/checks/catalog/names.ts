import { Q, microsoft, ours, reading, standard, type CodeRule } from './basis.js';
import { PRODUCT_VERSION_REASONS } from './user-agent.js';

/** Finding codes of the company name, the product name and the product version. */
export const nameCodes = {
  COMPANY_NAME_EMPTY: {
    severity: 'error',
    basis: reading(Q.userAgentFormat),
  },
  COMPANY_NAME_CONTROL_CHARACTER: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  COMPANY_NAME_WHITESPACE: {
    severity: 'warning',
    basis: ours(),
  },
  PRODUCT_NAME_EMPTY: {
    severity: 'error',
    basis: microsoft(Q.productName),
  },
  PRODUCT_NAME_CONTROL_CHARACTER: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  PRODUCT_NAME_WHITESPACE: {
    severity: 'warning',
    basis: ours(),
  },
  PRODUCT_NAME_TOO_LONG: {
    severity: 'error',
    basis: ours(),
  },
  PRODUCT_VERSION_INVALID: {
    severity: 'error',
    basis: standard(),
    ids: { reason: PRODUCT_VERSION_REASONS },
  },
  PRODUCT_VERSION_NOT_SEMVER: {
    severity: 'warning',
    basis: ours(),
  },
} satisfies Record<string, CodeRule>;
