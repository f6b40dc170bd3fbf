import type * as IDS from '../../../checks/catalog/bundle.js';
import type { bundleCodes } from '../../../checks/catalog/bundle.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import { BOUNDS, BUNDLE, OUTSIDE } from './reasons.js';
import { wordsFor, type Phrase } from '../../types.js';
import { atLeast } from './words.js';

/** Why svgo gave no optimized logo; `detail` is the worker's own error message. */
const NOT_OPTIMIZED = {
  timeout: (a) => `svgo took longer than ${a.seconds} s`,
  memory: (a) => `svgo needed more than ${a.limit} MiB`,
  failed: (a) => `svgo failed: ${a.detail}`,
  stopped: () => 'svgo stopped without a result',
} satisfies Record<(typeof IDS.NOT_OPTIMIZED)[number], Phrase>;


/** Why a path in a bundle (an entry, or a path in its listing.json) is not safe to open. */
const UNSAFE_PATH = {
  backslash: () => 'contains a backslash',
  absolute: () => 'is absolute',
  'climbs-out': () => 'climbs out with ".."',
  nul: () => 'contains NUL',
  'invalid-characters': () => 'contains characters a file name cannot have',
  outside: () => 'resolves outside the bundle',
  'not-in-bundle': () => 'is not a file of the bundle',
  symlink: () => 'is a symbolic link',
  folder: () => 'is a folder, not a file',
  'not-regular': () => 'is not a regular file (a FIFO, device or socket)',
  'not-listed': () => 'is not a file listed in manifest.json, or lies behind a symbolic link',
} satisfies Record<(typeof IDS.UNSAFE_PATH)[number], Phrase>;


/** Why manifest.json is not a manifest; `detail` is the JSON parser's own message. */
const MANIFEST_INVALID = {
  syntax: (a) => String(a.detail),
  shape: () => 'expected {"tool":{"name":"mde-partner"}, "files":[{"path","sha256"}]}',
} satisfies Record<(typeof IDS.MANIFEST_INVALID)[number], Phrase>;

/** Why the zip cannot be read safely; `detail` is the zip reader's own message. */
const ZIP_INVALID = {
  'not-regular': (a) => `${a.name} is not a regular file`,
  duplicate: (a) => `${a.name} appears twice`,
  encrypted: (a) => `${a.name} is encrypted`,
  'unreadable-entry': (a) => `${a.name} cannot be read`,
  zip: (a) => String(a.detail),
} satisfies Record<(typeof IDS.ZIP_INVALID)[number], Phrase>;

/** Finding codes of bundles: the logo copy `bundle` writes, and the bundles `verify` receives. */
export const bundleWords = {
  BUNDLE_LOGO_NOT_OPTIMIZED: {
    title: 'The logo could not be optimized for the bundle',
    why: BOUNDS,
    explanation: `The bundle's copy of the logo is optimized with svgo, which runs with a limit of ${policy.logo.optimize.timeoutMs / 1000} s and ${policy.logo.optimize.maxMemoryMb} MiB so that no logo can keep \`bundle\` busy for minutes. svgo slows down with the number of CSS rules times the number of elements they apply to. Nothing is written when it fails.`,
    fix: 'Replace the <style> rules with presentation attributes (fill="…") on the elements, merge paths that share a style, and remove unused rules; then run `mde-partner bundle` again.',
    message: (a) => `The logo could not be optimized: ${wordsFor(NOT_OPTIMIZED, a)}.`,
  },
  BUNDLE_MANIFEST_MISSING: {
    title: 'Bundle has no manifest.json',
    why: BUNDLE,
    explanation: 'Every bundle made by `mde-partner bundle` lists its files with their SHA-256 in manifest.json; without it nothing can be verified.',
    fix: 'Ask for a bundle made by `mde-partner bundle`, or make one.',
    message: () => 'manifest.json is missing.',
  },
  BUNDLE_MANIFEST_INVALID: {
    title: 'Bundle manifest.json is not a valid manifest',
    why: BUNDLE,
    explanation: 'manifest.json must be JSON with the tool name and a list of files with their SHA-256.',
    fix: 'Rebuild the bundle with `mde-partner bundle`.',
    message: (a) => `manifest.json is not a valid manifest: ${wordsFor(MANIFEST_INVALID, a)}.`,
  },
  BUNDLE_FILE_MISSING: {
    title: 'A file listed in the manifest is missing',
    why: BUNDLE,
    explanation: 'Every file in manifest.json must be in the bundle.',
    fix: 'Rebuild the bundle; do not remove files from it.',
    message: (a) => `${a.name} is listed in manifest.json but missing.`,
  },
  BUNDLE_HASH_MISMATCH: {
    title: 'A file differs from the manifest',
    why: BUNDLE,
    explanation: 'The SHA-256 of a file does not match manifest.json: it was changed after the bundle was made.',
    fix: 'Rebuild the bundle after changing the listing, rather than editing the bundle.',
    message: (a) => `${a.name} was changed after bundling (SHA-256 ${a.actual}…, manifest says ${a.expected}…).`,
  },
  BUNDLE_FILE_UNLISTED: {
    title: 'A file is not listed in the manifest',
    why: BUNDLE,
    explanation: 'A bundle holds exactly the files in manifest.json; anything else was added afterwards.',
    fix: 'Remove the file, or rebuild the bundle.',
    message: (a) => `${a.name} is not listed in manifest.json.`,
  },
  BUNDLE_LISTING_MISSING: {
    title: 'Bundle has no listing.json',
    why: BUNDLE,
    explanation: 'A bundle carries the normalized listing as listing.json; without it the listing cannot be validated.',
    fix: 'Rebuild the bundle with `mde-partner bundle`.',
    message: () => 'listing.json is not in the bundle.',
  },
  BUNDLE_PATH_TRAVERSAL: {
    title: 'Bundle entry path escapes the bundle',
    why: OUTSIDE,
    explanation: 'Entry names with "..", absolute paths, drive letters or backslashes could write outside the folder they are unpacked into ("zip slip"). Every path that a received listing.json names (logo, entraManifest) must be a regular file of the bundle, listed in its manifest; an absolute path, "..", a symbolic link, a folder, a FIFO or a device would make verify read something outside the bundle, so such a path is never opened.',
    fix: 'Do not use this bundle; ask for a new one made by `mde-partner bundle`.',
    message: (a) => (a.field ? `${a.field} ${a.name} in listing.json ${wordsFor(UNSAFE_PATH, a)}; it was not opened.` : `Entry ${a.name} ${wordsFor(UNSAFE_PATH, a)}.`),
  },
  BUNDLE_SYMLINK: {
    title: 'Bundle contains a symbolic link',
    why: OUTSIDE,
    explanation: 'Links can point anywhere on the machine that unpacks the bundle; a bundle holds regular files only.',
    fix: 'Do not use this bundle; ask for a new one made by `mde-partner bundle`.',
    message: (a) => `${a.name} is a symbolic link.`,
  },
  BUNDLE_TOO_MANY_ENTRIES: {
    title: 'Bundle has too many entries',
    why: BOUNDS,
    explanation: 'A bundle has about a dozen files; more than the limit is refused before anything is unpacked.',
    fix: 'Do not use this bundle; ask for a new one made by `mde-partner bundle`.',
    message: (a) => `The bundle has ${atLeast(a, 'count')} entries; the limit is ${a.limit}.`,
  },
  BUNDLE_ENTRY_TOO_LARGE: {
    title: 'Bundle file is too large',
    why: BOUNDS,
    explanation: 'Entries and whole bundles over the size limits are refused before they are read or inflated.',
    fix: 'Do not use this bundle; ask for a new one made by `mde-partner bundle`.',
    message: (a) => `${a.name} has ${atLeast(a)} bytes; the limit is ${a.limit}.`,
  },
  BUNDLE_ZIP_BOMB: {
    title: 'Bundle looks like a zip bomb',
    why: BOUNDS,
    explanation: 'An entry whose compression ratio is implausible for SVG and text, or whose inflated size passes the limits, is refused without inflating it further.',
    fix: 'Do not use this bundle; ask for a new one made by `mde-partner bundle`.',
    message: (a) => `${a.name} would inflate to ${atLeast(a)} bytes (ratio ${a.ratio}:1).`,
  },
  BUNDLE_ZIP_INVALID: {
    title: 'Bundle zip cannot be read',
    why: 'PKWARE APPNOTE.TXT (the .ZIP file format)',
    explanation: 'The zip is damaged, encrypted, has duplicate or special entries, or is not a zip at all.',
    fix: 'Ask for the bundle again, or rebuild it with `mde-partner bundle`.',
    message: (a) => `The zip cannot be read safely: ${wordsFor(ZIP_INVALID, a)}.`,
  },
} satisfies Record<keyof typeof bundleCodes, CodeWords>;
