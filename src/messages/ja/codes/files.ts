import type { Args } from '../../../checks/args.js';
import type { UnreadableReason } from '../../../checks/catalog/files.js';
import { wordsFor, type Phrase } from '../../types.js';

/**
 * Why a file cannot be read, as the end of a sentence that starts with its path ("logo.svg は存在しません");
 * `errno` is the system's error code where there is no better word.
 */
export const UNREADABLE = {
  missing: () => 'は存在しません',
  permission: () => 'を読み取れません（アクセス許可がありません）',
  folder: () => 'はファイルではなくフォルダーです',
  fifo: () => 'は名前付きパイプ（FIFO）で、通常のファイルではありません',
  device: () => 'はデバイスで、通常のファイルではありません',
  socket: () => 'はソケットで、通常のファイルではありません',
  'not-regular': () => 'は通常のファイルではありません',
  'open-error': (a) => `を開けません（${a.errno ?? '不明なエラー'}）`,
  'read-error': (a) => `を読み取れません（${a.errno ?? '読み取りエラー'}）`,
} satisfies Record<UnreadableReason, Phrase>;

/** The words of `a.reason` (an UnreadableReason). */
export const unreadableWords = (a: Args) => wordsFor(UNREADABLE, a);
