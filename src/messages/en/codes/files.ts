import type { Args } from '../../../checks/args.js';
import type { UnreadableReason } from '../../../checks/catalog/files.js';
import { wordsFor, type Phrase } from '../../types.js';

/**
 * Why a file cannot be read, as the end of a sentence that starts with its path ("logo.svg does not
 * exist"); `errno` is the system's error code where there is no better word.
 */
export const UNREADABLE = {
  missing: () => 'does not exist',
  permission: () => 'cannot be read (permission denied)',
  folder: () => 'is a folder, not a file',
  fifo: () => 'is a named pipe (FIFO), not a regular file',
  device: () => 'is a device, not a regular file',
  socket: () => 'is a socket, not a regular file',
  'not-regular': () => 'is not a regular file',
  'open-error': (a) => `cannot be opened (${a.errno ?? 'unknown error'})`,
  'read-error': (a) => `cannot be read (${a.errno ?? 'read error'})`,
} satisfies Record<UnreadableReason, Phrase>;

/** The words of `a.reason` (an UnreadableReason). */
export const unreadableWords = (a: Args) => wordsFor(UNREADABLE, a);
