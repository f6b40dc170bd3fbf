import yazl from 'yazl';

/** Local-time components, so the DOS timestamp is 1980-01-01 00:00 in every time zone. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/**
 * A zip that is byte-identical for identical files: entries sorted by name, one fixed DOS
 * timestamp and no extended (UTC) timestamp field, fixed mode, fixed deflate level.
 */
export function deterministicZip(files: ReadonlyMap<string, Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const name of [...files.keys()].sort()) {
    zip.addBuffer(files.get(name)!, name, { mtime: FIXED_MTIME, mode: 0o100644, compressionLevel: 9, forceDosTimestamp: true });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
