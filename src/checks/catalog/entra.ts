import { Q, microsoft, ours, reading, standard, type CodeRule } from './basis.js';
import { UNREADABLE } from './files.js';
import { VALUE_TYPE_IDS } from './values.js';
import { JSON_SYNTAX_CAUSES } from './json-syntax.js';

/** The ids each id-valued argument can take (the words are in src/messages/<language>/codes/). */
export const MANIFEST_EXPECTED = ['file', 'size', 'depth', 'json', 'object', 'manifest', 'display-name', 'audience', 'boolean', 'access-list', 'access-entry', 'app-id', 'permissions'] as const;
export type ManifestExpected = (typeof MANIFEST_EXPECTED)[number];
export const SINGLE_TENANT = ['audience', 'not-shared', 'no-audience', 'no-audience-nor-shared'] as const;
export const NO_PERMISSIONS = ['no-access-list', 'no-entry', 'empty-entry'] as const;

/** Finding codes of the Entra application: its name and, when given, its manifest. */
export const entraCodes = {
  ENTRA_APP_NAME_REQUIRED: {
    severity: 'error',
    basis: microsoft(Q.entra),
  },
  ENTRA_APP_NAME_TOO_LONG: {
    severity: 'error',
    basis: standard(),
  },
  ENTRA_APP_NAME_CONTROL_CHARACTER: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  ENTRA_APP_NAME_UNUSED: {
    severity: 'info',
    basis: microsoft(Q.entra),
  },
  ENTRA_MANIFEST_INVALID: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
    ids: { expected: MANIFEST_EXPECTED, reason: UNREADABLE, foundType: VALUE_TYPE_IDS, cause: JSON_SYNTAX_CAUSES },
  },
  ENTRA_MANIFEST_NOT_MULTI_TENANT: {
    severity: 'error',
    basis: reading(Q.entra),
    ids: { reason: SINGLE_TENANT },
  },
  ENTRA_MANIFEST_NAME_MISMATCH: {
    severity: 'error',
    basis: reading(Q.entra),
  },
  ENTRA_MANIFEST_NO_MDE_PERMISSIONS: {
    severity: 'warning',
    basis: ours(),
    ids: { reason: NO_PERMISSIONS },
  },
} satisfies Record<string, CodeRule>;
