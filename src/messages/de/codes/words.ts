import { formatFor } from '../../format.js';

/** Numbers in words, for messages and explanations: Intl for plurals and digit groups. */
const f = formatFor('de');

export const KIB = (bytes: number) => `${f.number(Math.round(bytes / 1024))} KiB`;
/** 5000 → "5.000". */
export const thousands = (n: number) => f.number(n);
export const words = (n: unknown) => f.plural(Number(n), { one: '# Wort', other: '# Wörter' });
/** A size or count handed over with `over` when it is a lower bound: "mehr als 5000". */
export const atLeast = (a: { readonly [key: string]: unknown }, key = 'size') => `${a.over ? 'mehr als ' : ''}${String(a[key])}`;
export const count = (n: unknown, one: string, many: string) => f.plural(Number(n), { one: `# ${one}`, other: `# ${many}` });
