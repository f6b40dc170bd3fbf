import { formatFor } from '../../format.js';

/** Les nombres en mots, pour les messages et les explications: Intl pour les pluriels et les séparateurs de milliers. */
const f = formatFor('fr');

export const KIB = (bytes: number) => `${f.number(Math.round(bytes / 1024))} Kio`;
/** 5000 → « 5 000 ». */
export const thousands = (n: number) => f.number(n);
export const words = (n: unknown) => f.plural(Number(n), { one: '# mot', other: '# mots' });
/** Une taille ou un nombre transmis avec `over` lorsqu’il s’agit d’un minimum: « plus de 5000 ». */
export const atLeast = (a: { readonly [key: string]: unknown }, key = 'size') => `${a.over ? 'plus de ' : ''}${String(a[key])}`;
export const count = (n: unknown, one: string, many: string) => f.plural(Number(n), { one: `# ${one}`, other: `# ${many}` });
