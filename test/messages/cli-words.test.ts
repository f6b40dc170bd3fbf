import { describe, expect, it } from 'vitest';
import { loadErrors } from '../../src/messages/errors.js';
import { loadHelp } from '../../src/messages/help.js';
import { LOCALES, type Locale } from '../../src/messages/locale.js';

/**
 * The command line's words (the help and errors parts) in every language: every string and every
 * function, called with sample values in each of its branches, gives text that is not empty, has no
 * placeholder left in, and — in de, fr and ja — is not English.
 */
const SAMPLES: Array<Record<string, unknown>> = [
  { value: '"xx"', from: 'flag', ids: 'a-b, c-d', values: '"text", "json"', description: 'DESC', extras: ['EXTRA_ONE', 'EXTRA_TWO'], option: 'OPT', command: 'CMD', argument: 'ARG', other: 'OTHER', candidates: ['--format'], choices: ['text', 'json'], expected: 1, got: 2, given: 'PATH', file: 'mde-partner.json', listing: 'LISTING', problem: 'PROBLEM.', detail: 'DETAIL', version: '1.2.3', debug: false, path: '"PATH"', reason: 'EISDIR', message: 'MESSAGE', code: 'SVG_SCRPT', suggestion: 'SVG_SCRIPT', why: 'WHY' },
  { value: '"xx"', from: 'MDE_PARTNER_LANG', ids: 'a', values: '"en"', description: 'DESC', extras: ['EXTRA_ONE'], option: 'OPT', command: 'CMD', argument: 'ARG', other: 'OTHER', candidates: ['--format', '--strict'], choices: ['a', 'b', 'c'], expected: 2, got: 5, given: 'PATH', file: 'mde-partner.json', listing: 'LISTING', problem: 'PROBLEM.', detail: 'DETAIL', version: '1.2.3', debug: true, path: '"PATH"', reason: 'ENOENT', message: 'MESSAGE', code: 'NOPE', why: 'WHY' },
];
/** Branches the samples above do not reach: an optional value left out. */
const MORE: Record<string, Array<Record<string, unknown>>> = { listingUnusable: [{ ...SAMPLES[0], problem: undefined }] };

/** Every text of a words object, by its key path (a function once per sample). */
function render(words: unknown, path = ''): Array<[string, string]> {
  if (typeof words === 'string') return [[path, words]];
  if (typeof words === 'function') {
    const samples = [...SAMPLES, ...(MORE[path] ?? [])];
    return samples.map((sample, i) => [`${path}#${i}`, String(path.endsWith('quote') ? (words as (v: string) => string)('VALUE') : (words as (a: unknown) => string)(sample))]);
  }
  return Object.entries(words as Record<string, unknown>).flatMap(([key, value]) => render(value, path ? `${path}.${key}` : key));
}

/**
 * Words of English that are not words of German, French or Japanese: one of them left in a
 * translation (outside code, flags, paths and names, which are taken out first) is an English sentence.
 */
const ENGLISH = /\b(the|and|is|are|with|for|not|this|that|from|of|to|be|when|which|will|your|you|its|by|if|can|has|have|only|also|every|each|it|or|no|run|file|folder|missing|unknown|default|error|warning|help|show|print|check|write|written|usage|examples?|were|nothing|there|than|into|before|after|then|please|see|pass|set|use|uses|need|needs|cancelled)\b/i;
/** What stays as it is in every language: flags, paths, file names, codes, env variables, quoted values, URLs, product names. */
const KEPT = [
  /\b(?:Microsoft (?:Defender for Endpoint|Entra|Graph|Intelligent Security Association)|US Government|GitHub Actions|User-Agent|mde-partner|mitmproxy|mitmdump|Fiddler|Entra|Graph|Ctrl\+C|Strg\+C|text|json|sarif|junit|github|md|dir|capture|hardump|init|validate|verify|derive|bundle|ua|exit)\b/g,
  /--?[\w-]+(=\S*)?/g, /<[^>]*>/g, /\{[^}]*\}/g, /"[^"]*"/g, /\S*\w[./]\w\S*|\.{1,2}\/\S*|\/\S+/g, /\b[A-Z][A-Z0-9_]{2,}\b/g, /\b\w+Name\b|\buserAgent\b|\bproductVersion\b/g,
];
const strip = (text: string) => KEPT.reduce((rest, pattern) => rest.replace(pattern, ' '), text);

const parts = { help: loadHelp, errors: loadErrors } as const;

describe.each(Object.keys(parts) as Array<keyof typeof parts>)('the %s part', (part) => {
  const english = () => parts[part]('en').then((words) => new Map(render(words)));

  it.each(LOCALES)('%s: every text rendered, none empty, no placeholder left', async (locale: Locale) => {
    const texts = render(await parts[part](locale));
    expect(texts.map(([key]) => key)).toEqual([...(await english()).keys()]);
    for (const [key, text] of texts) {
      expect(text.trim(), key).not.toBe('');
      expect(text, key).not.toMatch(/\$\{|undefined|NaN|\[object|#/);
    }
  });

  it.each(LOCALES.filter((locale) => locale !== 'en'))('%s: no English sentence left in', async (locale) => {
    const en = await english();
    for (const [key, text] of render(await parts[part](locale))) {
      const rest = strip(text);
      expect(rest, `${key}: ${text}`).not.toMatch(ENGLISH);
      // A text equal to the English one is only one that is all kept words (a path, a name).
      if (text === en.get(key)) expect(rest, `${key} is the English text: ${text}`).not.toMatch(/\p{L}/u);
      if (locale === 'ja' && /\p{L}/u.test(rest)) expect(text, `${key}: ${text}`).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
    }
  });

  it('en: the check above finds English (it can fail)', async () => {
    const hits = render(await parts[part]('en')).filter(([, text]) => ENGLISH.test(strip(text)));
    expect(hits.length).toBeGreaterThan(render(await parts[part]('en')).length / 2);
  });
});
