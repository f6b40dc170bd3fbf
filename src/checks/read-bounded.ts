import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/** Why a file cannot be read, as the end of a sentence: "does not exist", "is a folder, not a file". */
export type Unreadable = { unreadable: string };

/** What reading an untrusted file gave: its bytes, or why there are none. */
export type BoundedRead =
  | { bytes: Buffer }
  | { tooLarge: number | string }
  | Unreadable;

/**
 * Opens a file only if it is a regular file, without ever blocking: O_NONBLOCK keeps a FIFO from
 * hanging the open, and fstat on the open handle (not stat on the path, which could be swapped
 * in between) refuses FIFOs, devices (/dev/zero), sockets and folders before a byte is read.
 * The caller closes the handle.
 */
export async function openRegularFile(path: string): Promise<{ handle: FileHandle; size: number } | Unreadable> {
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
    const refused = stat.isDirectory() ? 'is a folder, not a file'
      : stat.isFIFO() ? 'is a named pipe (FIFO), not a regular file'
        : stat.isCharacterDevice() || stat.isBlockDevice() ? 'is a device, not a regular file'
          : stat.isSocket() ? 'is a socket, not a regular file'
            : !stat.isFile() ? 'is not a regular file' : undefined;
    if (refused === undefined) return { handle, size: stat.size };
    await handle.close();
    return { unreadable: refused };
  } catch (error) {
    await handle.close();
    return { unreadable: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'stat error'})` };
  }
}

/**
 * Reads at most `maxBytes` of a regular file (see openRegularFile): the size is checked before
 * anything is read, and the read itself is bounded too, so a file that grows after the check
 * cannot make it read more. Every file the tool reads goes through here, except HAR captures,
 * which are streamed from openRegularFile's handle.
 */
export async function readBounded(path: string, maxBytes: number): Promise<BoundedRead> {
  const opened = await openRegularFile(path);
  if ('unreadable' in opened) return opened;
  const { handle, size } = opened;
  try {
    if (size > maxBytes) return { tooLarge: size };
    const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
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
