import { describe, expect, it } from 'vitest';
import { formatFor, type PluralForms } from '../../src/messages/format.js';
import { LOCALES, type Locale } from '../../src/messages/locale.js';
import { loadWizard } from '../../src/messages/wizard.js';

/**
 * The wizard part in every language: every key renders (strings, plural forms for 0, 1, 2 and 5,
 * functions with sample arguments, with and without their optional ones) to a non-empty text with no
 * placeholder left, and a German, French or Japanese text is not English. Missing or extra keys do
 * not compile (`satisfies WizardWords`); this catches what the compiler cannot.
 */
const SAMPLE = {
  folder: 'out', listingDir: 'listing', code: 'SVG_SCRIPT', line: 3, message: 'M.', hint: 'H.', over: 2, under: 3, derived: 'MdePartner-Contoso-ContosoCognito/1.0',
  value: 'MdePartner-Contoso-ContosoCognito/1.0', din: 'MdePartner-Mueller-Waechter/1.0', days: 10, path: 'mde-partner.json', bundle: true, strict: true,
  name: 'Contoso App', date: 'March 26, 2025', command: 'mde-partner bundle', listing: 'mde-partner.json', verified: '8', failing: '0', open: '3',
  dir: 'x.txt', what: 'W', why: 'Y', expected: 'E.', size: '6,000,000', limit: '5,000,000', found: 'F', column: 4, fix: 'X.', source: 'a.json',
  keys: '"company"', known: 'companyName', more: 2,
};
const WITHOUT_OPTIONAL = { ...SAMPLE, listingDir: undefined, line: undefined, hint: undefined, column: undefined, bundle: false, strict: false };

const isPlural = (value: object): value is PluralForms => 'other' in value && Object.values(value).every((v) => typeof v === 'string' && v.includes('#'));

/** Every text a part can produce, with the key path it came from. */
function render(value: unknown, locale: Locale, path: string): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    if (path.endsWith('parenthesized')) return [[path, (value as (p: string[]) => string)(['a', 'b'])]];
    return [SAMPLE, WITHOUT_OPTIONAL].map((args, i) => [`${path}(${i})`, (value as (a: object) => string)(args)]);
  }
  if (value && typeof value === 'object') {
    if (isPlural(value)) return [0, 1, 2, 5].map((n) => [`${path}[${n}]`, formatFor(locale).plural(n, value)]);
    return Object.entries(value).flatMap(([key, v]) => render(v, locale, `${path}.${key}`));
  }
  throw new Error(`${path}: unexpected ${typeof value}`);
}

/** What may be the same in every language: codes, flags, file names, values, the User-Agent format, JSON examples, names. */
function withoutNames(text: string): string {
  return text
    .replace(/`[^`]*`/g, ' ')
    .replace(/\{"[^}]*\}/g, ' ')
    .replace(/MdePartner-\{Company\}-\{Product\}\/\{Version\}/g, ' ')
    .replace(/\S*(MdePartner|mde-partner|\.json|\.yml|\.svg|\.zip|https:\/\/)\S*/g, ' ')
    .replace(/--[a-z-]+/g, ' ')
    .replace(/\b[A-Z][A-Z0-9_]{2,}\b/g, ' ')
    .replace(/Microsoft Defender for Endpoint|Microsoft Entra|GitHub Actions|Graph|Contoso App|User-Agent|stdin\/stdout|init \[dir\]|templates\/\S+|tools\/\S+|DIN 5007-2/g, ' ');
}

const english = new Map((await loadWizard('en').then((w) => render(w, 'en', 'wizard'))).map(([k, v]) => [k, v]));
const ENGLISH_WORDS = /\b(the|and|or|of|to|is|are|with|your|you|for|not|from|this|that|it|were|be|will|write|written|nothing|found)\b/i;

describe.each(LOCALES)('the wizard words in %s', (locale) => {
  it('every text renders, with no placeholder left', async () => {
    const texts = render(await loadWizard(locale), locale, 'wizard');
    expect(texts.length).toBe(english.size);
    for (const [path, text] of texts) {
      expect(text.trim(), path).not.toBe('');
      for (const left of ['${', 'undefined', 'NaN', '[object', '#']) expect(text, `${path}: ${left}`).not.toContain(left);
      expect(withoutNames(text), `${path}: a { left`).not.toMatch(/[{}]/);
    }
  });

  it.skipIf(locale === 'en')('no English sentence left', async () => {
    for (const [path, text] of render(await loadWizard(locale), locale, 'wizard')) {
      const words = withoutNames(text).match(/\p{L}+/gu) ?? [];
      if (words.length >= 2 && !path.endsWith('parenthesized')) expect(text, `${path}: the English text`).not.toBe(english.get(path));
      expect(withoutNames(text), `${path}: English words`).not.toMatch(ENGLISH_WORDS);
      if (locale === 'ja' && /[A-Za-z]{3,}\s+[A-Za-z]{3,}/.test(withoutNames(text))) expect.fail(`${path}: Latin words in ${JSON.stringify(text)}`);
    }
  });
});
