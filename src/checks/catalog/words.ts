/** Numbers in words, for messages and explanations. */

export const KIB = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
/** 5000 → "5,000" without toLocaleString, whose first call loads ICU data (about 20 ms at start-up). */
export const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
export const words = (n: unknown) => (n === 1 ? '1 word' : `${String(n)} words`);
/** A size or count handed over with `over` when it is a lower bound: "more than 5000". */
export const atLeast = (a: { readonly [key: string]: unknown }, key = 'size') => `${a.over ? 'more than ' : ''}${String(a[key])}`;
export const count = (n: unknown, one: string, many: string) => `${String(n)} ${n === 1 ? one : many}`;
