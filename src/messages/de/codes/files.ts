import type { Args } from '../../../checks/args.js';
import type { UnreadableReason } from '../../../checks/catalog/files.js';
import { wordsFor, type Phrase } from '../../types.js';

/**
 * Why a file cannot be read, as the end of a sentence that starts with its path ("logo.svg existiert
 * nicht"); `errno` is the system's error code where there is no better word.
 */
export const UNREADABLE = {
  missing: () => 'existiert nicht',
  permission: () => 'kann nicht gelesen werden (Zugriff verweigert)',
  folder: () => 'ist ein Ordner, keine Datei',
  fifo: () => 'ist eine benannte Pipe (FIFO), keine reguläre Datei',
  device: () => 'ist ein Gerät, keine reguläre Datei',
  socket: () => 'ist ein Socket, keine reguläre Datei',
  'not-regular': () => 'ist keine reguläre Datei',
  'open-error': (a) => `kann nicht geöffnet werden (${a.errno ?? 'unbekannter Fehler'})`,
  'read-error': (a) => `kann nicht gelesen werden (${a.errno ?? 'Lesefehler'})`,
} satisfies Record<UnreadableReason, Phrase>;

/** The words of `a.reason` (an UnreadableReason). */
export const unreadableWords = (a: Args) => wordsFor(UNREADABLE, a);
