import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { UnreadableReason } from '../checks/catalog/files.js';

/** Why a file cannot be read: an id the catalog words (UNREADABLE), and the system's error code where it says more. */
export type Unreadable = { unreadable: UnreadableReason; errno?: string };

/** A file over the limit: its size, or (`over`: it grew while it was read) more than that many bytes. */
export type TooLarge = { tooLarge: number; over?: true };

/** The args a size finding is worded from: `size`, and `over` when the size is a lower bound. */
export const sizeArgs = (read: TooLarge) => ({ size: read.tooLarge, ...(read.over ? { over: 1 } : {}) });

const failed = (unreadable: UnreadableReason, error: unknown): Unreadable => {
  const errno = (error as NodeJS.ErrnoException).code;
  return errno === undefined ? { unreadable } : { unreadable, errno };
};

/** What reading an untrusted file gave: its bytes, or why there are none. */
export type BoundedRead =
  | { bytes: Buffer }
  | TooLarge
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
    if (code === 'ENOENT' || code === 'ENOTDIR') return { unreadable: 'missing' };
    if (code === 'EACCES' || code === 'EPERM') return { unreadable: 'permission' };
    if (code === 'EISDIR') return { unreadable: 'folder' };
    return failed('open-error', error);
  }
  try {
    const stat = await handle.stat();
    const refused: UnreadableReason | undefined = stat.isDirectory() ? 'folder'
      : stat.isFIFO() ? 'fifo'
        : stat.isCharacterDevice() || stat.isBlockDevice() ? 'device'
          : stat.isSocket() ? 'socket'
            : !stat.isFile() ? 'not-regular' : undefined;
    if (refused === undefined) return { handle, size: stat.size };
    await handle.close();
    return { unreadable: refused };
  } catch (error) {
    await handle.close();
    return failed('read-error', error);
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
    if (length > maxBytes) return { tooLarge: maxBytes, over: true };
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return failed('read-error', error);
  } finally {
    await handle.close();
  }
}
