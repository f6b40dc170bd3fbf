import { describe, expect, it } from 'vitest';
import type { Args } from '../../src/checks/args.js';
import { catalog, codes, type Code } from '../../src/checks/catalog.js';
import { describeBasis } from '../../src/messages/basis.js';
import { loadCodeMessages } from '../../src/messages/codes.js';
import { LOCALES, type Locale } from '../../src/messages/locale.js';
import type { CodeMessages } from '../../src/messages/types.js';

/**
 * Every code says everything in every language: the compiler sees to it that each language has every
 * code and every reason (`satisfies Record<Code, CodeWords>`); this renders every message and hint of
 * every code in every language, with every id of every id-valued argument, and fails on an empty
 * text, a placeholder left in, or English left in a German, French or Japanese text.
 */
const messages = Object.fromEntries(await Promise.all(LOCALES.map(async (locale) => [locale, await loadCodeMessages(locale)] as const))) as Record<Locale, CodeMessages>;

/** Numbers for the arguments that count or measure, a quoted value for the rest (as checks hand them over). */
const NUMERIC = /count|size|limit|length|position|line|column|width|height|more|seconds|entries|max|min|bytes|depth|elements|attributes|percent|ratio|share|offset|over|tile|batched|preflights|uninspected|keyCount|words|number|area|status|redirects|found(?:Count)?$/i;
const sample = (key: string): string | number => (NUMERIC.test(key) ? 3 : `"${key}-value"`);
const sampleArgs = (extra: Args = {}): Args => new Proxy({ ...extra }, {
  get: (target, key) => (typeof key === 'string' ? (Object.hasOwn(target, key) ? target[key] : sample(key)) : undefined),
  has: () => true,
}) as Args;

/** One set of arguments per id of each id-valued argument, so every reason's words are rendered. */
function argSets(code: Code): Args[] {
  const ids = catalog[code].ids ?? {};
  const sets: Args[] = [sampleArgs(), sampleArgs({ over: 1, more: 2 })];
  for (const [key, values] of Object.entries(ids)) for (const id of values) sets.push(sampleArgs({ [key]: id }));
  return sets;
}

/** What the words of a code say, for one set of arguments. */
function texts(locale: Locale, code: Code, args: Args): string[] {
  const words = messages[locale].codes[code];
  const basis = describeBasis(catalog[code].basis, words.why, messages[locale].basis);
  return [words.title, words.explanation, words.fix, basis, words.message(args), words.hint?.(args) ?? words.fix];
}

/** Text a translation may keep as it is: quoted values, code, names of fields, elements, codes, RFCs, URLs. */
function prose(text: string): string {
  return text
    .replace(/"[^"]*"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|「[^」]*」|`[^`]*`|<[^>]*>|\{[^}]*\}/g, ' ')
    .replace(/\b\w+(?:-\w+)+\b/g, ' ')
    .replace(/https?:\/\/\S+|\b[A-Z][A-Z0-9_]{2,}\b|\b[a-z]+[A-Z]\w*\b|\b[\w.-]+\.(?:json|svg|md|html|png|zip|yml|har)\b|--[\w-]+/g, ' ');
}

/** English function words: two different ones in a German, French or Japanese text mean English was left in. */
const ENGLISH = /\b(the|is|are|and|not|must|with|this|that|of|from|has|have|be|was|which|does|cannot|should|its)\b/gi;
const englishLeft = (text: string) => new Set([...prose(text).matchAll(ENGLISH)].map((match) => match[1]!.toLowerCase())).size >= 2;

const LEFT_IN = /\$\{|\{\{|\bundefined\b(?! entit)|\bNaN\b|\[object /;

describe.each(LOCALES)('the words of every code in %s', (locale) => {
  it('are there for every code, and render for every argument and every id without a placeholder left in', () => {
    for (const code of codes) {
      for (const args of argSets(code)) {
        for (const text of texts(locale, code, args)) {
          expect(text.trim().length, `${locale} ${code}`).toBeGreaterThan(1);
          expect(LEFT_IN.exec(text)?.[0], `${locale} ${code}: ${text}`).toBeUndefined();
        }
      }
    }
  });

  it.skipIf(locale === 'en')('leave no English sentence in', () => {
    const english: string[] = [];
    for (const code of codes) {
      for (const args of argSets(code)) {
        const theirs = texts(locale, code, args);
        const ours = texts('en', code, args);
        theirs.forEach((text, i) => {
          const same = text === ours[i] && /[a-z]{3,} [a-z]{3,}/.test(prose(text));
          if (same || englishLeft(text)) english.push(`${code}: ${text}`);
        });
      }
    }
    expect([...new Set(english)]).toEqual([]);
  });

  it('keep every value a message is given: what English shows, every language shows', () => {
    for (const code of codes) {
      for (const args of argSets(code)) {
        const shown = (text: string) => new Set([...text.matchAll(/"[a-zA-Z]+-value"/g)].map((match) => match[0]));
        const theirs = shown(messages[locale].codes[code].message(args));
        const missing = [...shown(messages.en.codes[code].message(args))].filter((value) => !theirs.has(value));
        expect(missing, `${locale} ${code}`).toEqual([]);
      }
    }
  });
});

describe('the shared phrases in every language', () => {
  it.each(LOCALES)('%s: files that cannot be read, JSON values, the "more like this" count', (locale) => {
    const m = messages[locale];
    for (const reason of ['missing', 'permission', 'folder', 'fifo', 'device', 'socket', 'not-regular', 'open-error', 'read-error']) {
      expect(m.unreadable({ reason, errno: 'EIO' }).length).toBeGreaterThan(2);
    }
    for (const foundType of ['null', 'array', 'object', 'string', 'number', 'boolean']) expect(m.describeFound({ foundType, found: '"x"' })).not.toMatch(LEFT_IN);
    expect(m.more(1)).toMatch(/1/);
    expect(m.more(12)).toMatch(/12/);
    expect(m.jsonSyntax({ cause: 'trailing-comma', found: '"}"' }).fix).toBeTruthy();
  });
});
