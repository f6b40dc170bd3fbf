import type { Args } from '../../../checks/args.js';
import type { UnreadableReason } from '../../../checks/catalog/files.js';
import { wordsFor, type Phrase } from '../../types.js';

/**
 * Pourquoi un fichier ne peut pas être lu, comme fin d’une phrase qui commence par son chemin
 * (« logo.svg n’existe pas »); `errno` est le code d’erreur du système, faute de meilleurs mots.
 * Le sujet est toujours masculin (le logo, le fichier, le manifeste).
 */
export const UNREADABLE = {
  missing: () => 'n’existe pas',
  permission: () => 'ne peut pas être lu (accès refusé)',
  folder: () => 'est un dossier, pas un fichier',
  fifo: () => 'est un tube nommé (FIFO), pas un fichier ordinaire',
  device: () => 'est un périphérique, pas un fichier ordinaire',
  socket: () => 'est un socket, pas un fichier ordinaire',
  'not-regular': () => 'n’est pas un fichier ordinaire',
  'open-error': (a) => `ne peut pas être ouvert (${a.errno ?? 'erreur inconnue'})`,
  'read-error': (a) => `ne peut pas être lu (${a.errno ?? 'erreur de lecture'})`,
} satisfies Record<UnreadableReason, Phrase>;

/** Les mots de `a.reason` (une UnreadableReason). */
export const unreadableWords = (a: Args) => wordsFor(UNREADABLE, a);
