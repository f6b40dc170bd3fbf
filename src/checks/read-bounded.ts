import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** What reading an untrusted file gave: its bytes, or why there are none. */
export type BoundedRead =
  | { bytes: Buffer }
  | { tooLarge: number | string }
  /** Why the file cannot be read, as the end of a sentence: "does not exist", "is a folder, not a file". */
  | { unreadable: string };

/**
 * Reads at most `maxBytes` of a regular file: the size is checked with stat before anything is
 * read, and the read itself is bounded too, so a file that grows after stat (or a device posing as
 * a file) cannot make it read more. O_NONBLOCK keeps a FIFO from blocking the open; stat then
 * refuses it.
 */
export async function readBounded(path: string, maxBytes: number): Promise<BoundedRead> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { unreadable: 'does not exist' };
    if (code === 'EACCES' || code === 'EPERM') return { unreadable: 'cannot be read (permission denied)' };
    if (code === 'EISDIR') return { unreadable: 'is a folder, not a file' };
    return { unreadable: `cannot be opened (${code ?? 'unknown error'})` };
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return { unreadable: 'is a folder, not a file' };
    if (!stat.isFile()) return { unreadable: 'is not a regular file' };
    if (stat.size > maxBytes) return { tooLarge: stat.size };
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { tooLarge: `more than ${maxBytes}` };
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { unreadable: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'read error'})` };
  } finally {
    await handle.close();
  }
}
