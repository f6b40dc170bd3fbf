import { formatFor } from '../../format.js';

/** Numbers in words, for messages and explanations: Intl for plurals and digit groups (Japanese has one form). */
const f = formatFor('ja');

export const KIB = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
/** 5000 → "5,000". */
export const thousands = (n: number) => f.number(n);
export const words = (n: unknown) => f.plural(Number(n), { other: '# 語' });
/** A size or count handed over with `over` when it is a lower bound: "5000 超". */
export const atLeast = (a: { readonly [key: string]: unknown }, key = 'size') => `${String(a[key])}${a.over ? ' 超' : ''}`;
/** The same with its unit: "5000 バイト", or as a lower bound "5000 バイト超". */
export const amount = (a: { readonly [key: string]: unknown }, unit: string, key = 'size') => `${String(a[key])} ${unit}${a.over ? '超' : ''}`;
/** "3 件", "12 個": a number with its counter word. */
export const count = (n: unknown, unit: string) => f.plural(Number(n), { other: `# ${unit}` });

const ASCII_START = /^[\x21-\x7e]/;
const ASCII_END = /[\x21-\x7e]$/;
/**
 * A phrase set between Japanese words: a space on the side where it starts or ends with ASCII
 * ("は PNG 画像です", "は実行可能ファイル (ELF) です"), none where Japanese meets Japanese.
 */
export const gap = (phrase: unknown) => {
  const s = String(phrase);
  return `${ASCII_START.test(s) ? ' ' : ''}${s}${ASCII_END.test(s) ? ' ' : ''}`;
};
/** Only the space after a phrase that ends with ASCII, for a phrase that starts a sentence or follows a space. */
export const gapAfter = (phrase: unknown) => {
  const s = String(phrase);
  return ASCII_END.test(s) ? `${s} ` : s;
};
