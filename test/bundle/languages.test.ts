import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildBundle } from '../../src/bundle/bundle.js';
import { previewPage } from '../../src/bundle/preview.js';
import { validateListingText } from '../../src/listing/validate.js';
import { loadBundle } from '../../src/messages/bundle.js';
import { loadChecklist } from '../../src/messages/checklist.js';
import { formatFor, type PluralForms } from '../../src/messages/format.js';
import { LOCALES, setLocale, type Locale } from '../../src/messages/locale.js';
import { toolVersion } from '../../src/version.js';
import { cliInProcess, repoRoot } from '../cli/helpers.js';

/**
 * The bundle's files follow the listing's `language`; what the commands print follows the run's
 * language. Snapshots per language: `checklist --format md`, the bundle's CHECKLIST.md and
 * SUBMISSION.md, the preview's labels. Then the completeness of the two parts' words.
 */
const exampleDir = resolve(repoRoot, 'examples/valid');
const example = JSON.parse(readFileSync(resolve(exampleDir, 'mde-partner.json'), 'utf8')) as Record<string, unknown>;
const OTHERS = LOCALES.filter((locale) => locale !== 'en');

afterEach(() => setLocale('en'));

/** The run's language, as the command line sets it (MDE_PARTNER_LANG for main, setLocale for the modules). */
async function checklistIn(locale: Locale, format: 'md' | 'json' | 'text') {
  setLocale(locale);
  return cliInProcess(['checklist', 'examples/valid', '--format', format], { env: { MDE_PARTNER_LANG: locale } });
}

async function bundleFiles(language: Locale | undefined, runLocale: Locale = 'en') {
  setLocale(runLocale);
  const listing = { ...example, ...(language ? { language } : {}) };
  const result = await validateListingText(JSON.stringify(listing, null, 2), { baseDir: exampleDir, displayRoot: exampleDir, render: false });
  expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  const outcome = await buildBundle(result, undefined, { render: false });
  if (!outcome.ok) throw new Error(`no bundle: ${outcome.findings.map((f) => f.code).join(', ')}`);
  const text = (path: string) => outcome.bundle.files.get(path)!.toString('utf8').split(toolVersion).join('<version>').replace(/\b[0-9a-f]{64}\b/g, '<sha256>');
  return { outcome, text };
}

describe('checklist --format md in the run\'s language', () => {
  it.each(LOCALES)('%s', async (locale) => {
    const { code, stdout } = await checklistIn(locale, 'md');
    expect(code).toBe(0);
    expect(stdout).toMatchSnapshot();
  });

  it.each(OTHERS)('%s: the step titles are worded after the page in that language, which each step cites', async (locale) => {
    const words = await loadChecklist(locale);
    const { stdout } = await checklistIn(locale, 'md');
    const page = { de: 'de-2021-04', fr: 'fr-2021-11', ja: 'ja-2022-01' }[locale];
    for (const [id, step] of Object.entries(words.steps)) {
      expect(step.titleFrom?.source, id).toBe(page);
      expect(stdout).toContain(`. ${step.title}\n`);
      expect(stdout).toContain(step.titleFrom!.heading);
    }
    // The date of that page, written as the language writes dates.
    expect(stdout).toContain(formatFor(locale).date({ de: '2021-04-20', fr: '2021-11-24', ja: '2022-01-24' }[locale]));
  });

  it('keeps the JSON keys, ids, states, codes and ISO dates the same in every language; only the words change', async () => {
    const shape = (value: unknown): unknown => Array.isArray(value) ? value.map(shape)
      : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'titleFrom').map(([k, v]) => [k, ['title', 'summary', 'history', 'section', 'heading', 'changed', 'earliestNote', 'language'].includes(k) ? typeof v : shape(v)]))
        : value;
    const json: Array<{ language: string }> = [];
    for (const locale of LOCALES) json.push(JSON.parse((await checklistIn(locale, 'json')).stdout) as { language: string });
    expect(json.map((checklist) => checklist.language)).toEqual([...LOCALES]);
    for (const checklist of json.slice(1)) expect(shape(checklist)).toEqual(shape(json[0]));
  });

  it.each([
    ['de', '8 geprüft, 0 nicht erfüllt, 3 manuelle Punkte offen.'],
    ['fr', '8 vérifiés, 0 non conforme, 3 éléments manuels à traiter.'],
    ['ja', '確認済み 8 件、不合格 0 件、未完了の手動項目 3 件。'],
    ['en', '8 verified, 0 failing, 3 manual items open.'],
  ] as const)('the text output\'s last line in %s: %s', async (locale, line) => {
    const { stdout } = await checklistIn(locale, 'text');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(line);
  });
});

describe('the bundle\'s CHECKLIST.md and SUBMISSION.md in the listing\'s language', () => {
  it.each(LOCALES)('%s', async (language) => {
    const { text } = await bundleFiles(language);
    expect(text('SUBMISSION.md')).toMatchSnapshot('SUBMISSION.md');
    expect(text('CHECKLIST.md')).toMatchSnapshot('CHECKLIST.md');
  });

  it('is English without a language, byte for byte as with "en"', async () => {
    const [absent, en] = await Promise.all([bundleFiles(undefined), bundleFiles('en')]);
    for (const file of ['SUBMISSION.md', 'CHECKLIST.md', 'checklist.json']) expect(absent.text(file)).toBe(en.text(file));
  });

  it.each(OTHERS)('%s: the same files, manifest keys and snippets as the English bundle; the listing keeps its language', async (language) => {
    const [en, other] = await Promise.all([bundleFiles('en'), bundleFiles(language)]);
    expect([...other.outcome.bundle.files.keys()].sort()).toEqual([...en.outcome.bundle.files.keys()].sort());
    expect(Object.keys(other.outcome.bundle.manifest)).toEqual(Object.keys(en.outcome.bundle.manifest));
    for (const file of [...en.outcome.bundle.files.keys()].filter((path) => path.startsWith('user-agent/'))) expect(other.text(file), file).toBe(en.text(file));
    expect(JSON.parse(other.text('listing.json'))).toMatchObject({ language });
  });

  it('a German run with an English listing: English files, German notes', async () => {
    const { outcome, text } = await bundleFiles('en', 'de');
    expect(text('SUBMISSION.md')).toContain('## 2. Product name');
    expect(text('CHECKLIST.md')).toContain('## Sources');
    expect(outcome.bundle.notes).toEqual(['Die Dateien des Pakets sind auf Englisch, wie es „language“ im Eintrag vorgibt.']);
  });

  it('an English run with an English listing has no note about the language', async () => {
    expect((await bundleFiles('en')).outcome.bundle.notes).toEqual([]);
  });
});

describe('preview.html labels in the listing\'s language', () => {
  const pngs = new Map([[192, Buffer.from('png192')], [32, Buffer.from('png32')]]);
  it.each([
    ['en', 'Contoso Cognito — partner tile preview', 'Contoso Cognito logo', 'on dark', 'own layout may differ.'],
    ['de', 'Contoso Cognito — Vorschau der Partnerkachel', 'Logo von Contoso Cognito', 'auf dunklem Grund', 'Das Layout im Portal kann abweichen.'],
    ['fr', 'Contoso Cognito — aperçu de la vignette partenaire', 'Logo de Contoso Cognito', 'sur fond sombre', 'La mise en page du portail peut différer.'],
    ['ja', 'Contoso Cognito — パートナー タイルのプレビュー', 'Contoso Cognito のロゴ', '暗い背景', 'ポータルでの実際のレイアウトとは異なる場合があります。'],
  ] as const)('%s', async (language, title, alt, onDark, note) => {
    const words = await loadBundle(language);
    const html = previewPage(example, pngs, { categories: words.categories['security-information-and-analytics'], toolVersion: '9.9.9', words });
    expect(html).toContain(`<html lang="${language}">`);
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toContain(`alt="${alt}"`);
    expect(html).toContain(`<figcaption>${onDark}</figcaption>`);
    expect(html).toContain(note);
    expect(html).toContain(`<p class="categories">${words.categories['security-information-and-analytics']}</p>`);
    expect(html).not.toMatch(/\{\{|undefined/);
  });

  it('escapes a product name in the translated labels too', async () => {
    const html = previewPage({ ...example, productName: '<b>"X"</b>' }, pngs, { categories: '', toolVersion: '9.9.9', words: await loadBundle('ja') });
    expect(html).toContain('<title>&lt;b&gt;&quot;X&quot;&lt;/b&gt; — パートナー タイルのプレビュー</title>');
  });
});

describe('the listing field "language"', () => {
  const validate = (value: unknown) => validateListingText(JSON.stringify({ ...example, language: value }), { baseDir: exampleDir, render: false });

  it.each(LOCALES)('"%s" is accepted', async (value) => {
    const result = await validate(value);
    expect(result.findings.filter((f) => f.field === '/language')).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it.each([
    ['es', 'LISTING_VALUE_NOT_ALLOWED'],
    ['de-DE', 'LISTING_VALUE_NOT_ALLOWED'],
    ['EN', 'LISTING_VALUE_NOT_ALLOWED'],
    [7, 'LISTING_FIELD_TYPE'],
  ])('%j is the schema finding %s on /language', async (value, code) => {
    const result = await validate(value);
    expect(result.ok).toBe(false);
    expect(result.findings).toContainEqual(expect.objectContaining({ code, field: '/language' }));
  });
});

// ---- Completeness of the two parts: every key in every language, worded, nothing left in English. ----

/** Arguments for every function of the two parts (each takes the names it needs). */
const SAMPLE = {
  productName: 'Contoso Cognito', toolVersion: '1.2.3', docsDate: '26. März 2025', partnerPage: 'https://learn.microsoft.com/x',
  sha256: 'abc123', page: '`preview.html`', pngs: '`a.png`', words: '15', days: '10', url: 'https://learn.microsoft.com/y',
  kib: '12', error: 'svgo error', language: 'X', dir: 'out/', zip: 'out.zip', files: '17', file: 'out/CHECKLIST.md',
  command: 'mde-partner bundle', what: 'X', target: '/tmp/out', found: 'X', todo: 'X', kept: 'X.', path: '/tmp/p',
  code: 'EACCES', folder: '/tmp', detail: 'X', out: 'out', why: 'X', listingFile: 'mde-partner.json', where: 'X',
  bundle: 'out.zip', listing: 'mde-partner.json', verified: '6', failing: '0', open: '3', codes: 'SVG_TEXT',
  day: '2025', date: '2025', earliest: '2025', reviewStart: '2025', lang: 'de', current: true, n: 1, title: 'T', heading: 'H', ref: 'R', changed: 'C',
};
/** The same without the optional arguments, for the other branch of each function. */
const { date: _d, changed: _c, why: _w, ...SAMPLE_WITHOUT_OPTIONAL } = SAMPLE;
void _d; void _c; void _w;

const isPlural = (value: unknown): value is PluralForms => !!value && typeof value === 'object' && 'other' in value && typeof (value as PluralForms).other === 'string';

/** Every text of a part, by its path: strings as they are, functions called with the samples, plural forms for several counts. */
function texts(words: unknown, locale: Locale, path = ''): Array<[string, string]> {
  if (typeof words === 'string') return [[path, words]];
  if (typeof words === 'function') {
    return [[path, String(words(SAMPLE))], [`${path}()`, String(words({ ...SAMPLE_WITHOUT_OPTIONAL, current: false }))]];
  }
  if (isPlural(words)) return [0, 1, 2, 5, 21].map((n) => [`${path}[${n}]`, formatFor(locale).plural(n, words)]);
  if (words && typeof words === 'object') return Object.entries(words).flatMap(([key, value]) => texts(value, locale, path ? `${path}.${key}` : key));
  return [];
}

/** Names that stay as they are in every language (products, programs, pages' own titles, code). */
const NAMES = [
  'Become a Microsoft Defender for Endpoint partner', 'Partner applications in Microsoft Defender for Endpoint',
  'Partner access through Microsoft Defender for Endpoint APIs', 'Microsoft Defender for Endpoint partner opportunities and scenarios',
  'Microsoft Intelligent Security Association', 'Microsoft Defender Security Center', 'Microsoft Defender XDR',
  'Microsoft Defender for Endpoint', 'Defender for Endpoint', 'Microsoft Entra ID', 'Threat Intelligence', 'User-Agent',
];
/** Values that may equal the English ones (a name, a code, a word both languages share). */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  de: ['linksLabel', 'linkTitles.misa', 'files.submission.userAgentHeading', 'language', 'separator', 'text.summary'],
  fr: ['sourcesHeading', 'linkTitles.misa', 'files.submission.userAgentHeading', 'language', 'text.summary'],
  ja: ['files.submission.userAgentHeading', 'language'],
};
const ENGLISH_WORDS = /\b(the|and|is|are|of|with|to|this|that|not|was|were|your|you|from|which|should|been)\b/i;

const parts = {
  checklist: loadChecklist,
  bundle: loadBundle,
} as const;

describe.each(Object.entries(parts))('completeness of the %s words', (_part, load) => {
  it.each(LOCALES)('%s: every text is worded, with no placeholder or "undefined" left', async (locale) => {
    const all = texts(await load(locale), locale);
    expect(all.length).toBeGreaterThan(30);
    for (const [path, text] of all) {
      expect(text.trim(), path).not.toBe('');
      expect(text, path).not.toMatch(/\$\{|\{\{|\}\}|\bundefined\b|\bNaN\b|\[object /);
      if (path.endsWith(']')) expect(text, path).not.toContain('#');
    }
  });

  it.each(OTHERS)('%s has the English keys (by construction) and no English left', async (locale) => {
    const english = new Map(texts(await load('en'), 'en'));
    // Only translated step titles say which page they are worded after (English titles are ours).
    const own = texts(await load(locale), locale).filter(([path]) => !/^steps\.\w+\.titleFrom\./.test(path));
    expect(own.map(([path]) => path)).toEqual([...english.keys()]);
    const allowed = SAME_AS_ENGLISH[locale]!;
    for (const [path, text] of own) {
      const key = path.replace(/\(\)$|\[\d+\]$/, '');
      // Page titles and section names quote the pages themselves: the English page's own title is a name.
      if (key.startsWith('sourceTitles.')) continue;
      if (!allowed.includes(key)) expect(text, `${locale} ${path} is the English text`).not.toBe(english.get(path));
      const withoutNames = NAMES.reduce((rest, name) => rest.split(name).join(''), text)
        .replace(/«[^»]*»|"[^"]*"|„[^“]*“|「[^」]*」|`[^`]*`|<[^>]*>/g, '');
      expect(withoutNames, `${locale} ${path}`).not.toMatch(ENGLISH_WORDS);
    }
  });
});
