import { checkEntraManifestText, ENTRA_MANIFEST_FIELD, entraManifestText, type EntraManifestContext } from '../checks/entra-manifest.js';
import type { Issue } from '../checks/finding.js';
import { policy } from '../domain/requirements.js';
import { readBounded, sizeArgs } from './read-bounded.js';

/** Reads the manifest as hostile input (size checked before reading, bounded read) and checks it. */
export async function checkEntraManifestFile(path: string, context: EntraManifestContext): Promise<Issue[]> {
  const limit = policy.entraManifest.maxBytes;
  const read = await readBounded(path, limit);
  // An unreadable manifest is reported on the listing's "entraManifest" line: there is no file to point at.
  if ('unreadable' in read) return [{ code: 'ENTRA_MANIFEST_INVALID', field: ENTRA_MANIFEST_FIELD, args: { path: context.file, expected: 'file', reason: read.unreadable, errno: read.errno } }];
  if ('tooLarge' in read) {
    return [{ code: 'ENTRA_MANIFEST_INVALID', field: ENTRA_MANIFEST_FIELD, file: context.file, args: { path: context.file, expected: 'size', ...sizeArgs(read), limit } }];
  }
  return checkEntraManifestText(entraManifestText(read.bytes), context);
}
