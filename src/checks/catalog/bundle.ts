import { ours, standard, type CodeRule } from './basis.js';

/** The ids each id-valued argument can take (the words are in src/messages/<language>/codes/). */
export const NOT_OPTIMIZED = ['timeout', 'memory', 'failed', 'stopped'] as const;
export type NotOptimizedReason = (typeof NOT_OPTIMIZED)[number];
export const UNSAFE_PATH = ['backslash', 'absolute', 'climbs-out', 'nul', 'invalid-characters', 'outside', 'not-in-bundle', 'symlink', 'folder', 'not-regular', 'not-listed'] as const;
export type UnsafePathReason = (typeof UNSAFE_PATH)[number];
export const MANIFEST_INVALID = ['syntax', 'shape'] as const;
export const ZIP_INVALID = ['not-regular', 'duplicate', 'encrypted', 'unreadable-entry', 'zip'] as const;

/** Finding codes of bundles: the logo copy `bundle` writes, and the bundles `verify` receives. */
export const bundleCodes = {
  BUNDLE_LOGO_NOT_OPTIMIZED: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
    ids: { reason: NOT_OPTIMIZED },
  },
  BUNDLE_MANIFEST_MISSING: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  BUNDLE_MANIFEST_INVALID: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
    ids: { reason: MANIFEST_INVALID },
  },
  BUNDLE_FILE_MISSING: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  BUNDLE_HASH_MISMATCH: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  BUNDLE_FILE_UNLISTED: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  BUNDLE_LISTING_MISSING: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  BUNDLE_PATH_TRAVERSAL: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
    ids: { reason: UNSAFE_PATH },
  },
  BUNDLE_SYMLINK: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  BUNDLE_TOO_MANY_ENTRIES: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  BUNDLE_ENTRY_TOO_LARGE: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  BUNDLE_ZIP_BOMB: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  BUNDLE_ZIP_INVALID: {
    severity: 'error',
    basis: standard(),
    locked: true,
    security: true,
    ids: { reason: ZIP_INVALID },
  },
} satisfies Record<string, CodeRule>;
