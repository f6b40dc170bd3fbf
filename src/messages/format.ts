import type { Locale } from './locale.js';

/** The plural forms of Intl.PluralRules; `other` is the one every language has. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Numbers, plurals, lists and dates in a language, through Intl (no hand-made plural rules). The Intl
 * objects are made on first use: the first one loads ICU data (some milliseconds), which a run with
 * nothing to say never pays.
 */
export interface Format {
  readonly locale: Locale;
  /** 5000 → "5,000" (en), "5.000" (de), "5 000" (fr), "5,000" (ja). */
  number(n: number): string;
  /** The form for n, with every `#` replaced by the number: plural(3, { one: '# word', other: '# words' }) → "3 words". */
  plural(n: number, forms: PluralForms): string;
  /** ["a", "b", "c"] → "a, b and c" (en), "a, b und c" (de), "a, b et c" (fr), "a、b、c" (ja). */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  /** "2025-03-26" → "March 26, 2025" (en), "26. März 2025" (de), "26 mars 2025" (fr), "2025年3月26日" (ja). */
  date(isoDay: string): string;
}

const made = new Map<Locale, Format>();

export function formatFor(locale: Locale): Format {
  let format = made.get(locale);
  if (format) return format;
  let numbers: Intl.NumberFormat | undefined;
  let plurals: Intl.PluralRules | undefined;
  const lists = new Map<string, Intl.ListFormat>();
  let dates: Intl.DateTimeFormat | undefined;
  // The first Intl.NumberFormat of a process costs tens of milliseconds (ICU's number formatter);
  // a whole number below 1000 is written the same in every language we speak (Latin digits, no
  // grouping), so the counts of an ordinary run never pay for it.
  const number = (n: number) => (Number.isInteger(n) && n >= 0 && n < 1000 ? String(n) : (numbers ??= new Intl.NumberFormat(locale)).format(n));
  format = {
    locale,
    number,
    plural(n, forms) {
      const rule = (plurals ??= new Intl.PluralRules(locale)).select(n);
      return (forms[rule] ?? forms.other).replaceAll('#', number(n));
    },
    list(items, type = 'conjunction') {
      let list = lists.get(type);
      if (!list) lists.set(type, (list = new Intl.ListFormat(locale, { style: 'long', type })));
      return list.format(items);
    },
    date(isoDay) {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
      if (!match) return isoDay;
      dates ??= new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
      const parts = dates.formatToParts(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
      // French writes the first of a month as an ordinal ("1er mars 2025"), which Intl does not.
      return parts.map((part) => (locale === 'fr' && part.type === 'day' && part.value === '1' ? '1er' : part.value)).join('');
    },
  };
  made.set(locale, format);
  return format;
}
