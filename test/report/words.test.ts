import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/checks/finding.js';
import { emitReport } from '../../src/commands/output.js';
import { report as en, type ReportWords } from '../../src/messages/en/report.js';
import { formatFor } from '../../src/messages/format.js';
import { LOCALES, setLocale, type Locale } from '../../src/messages/locale.js';
import { loadReport } from '../../src/messages/report.js';
import { loadCodeMessages } from '../../src/messages/codes.js';
import { formatters as render } from '../../src/report/formatters/index.js';
import { columns } from '../../src/report/formatters/text.js';
import { buildReport, type CaptureAudit, type Report, type ReportSubject } from '../../src/report/report.js';
import { formatSummary } from '../../src/report/summary.js';
import { outputOf, staticallyLoaded } from '../helpers/build-meta.js';

/**
 * The reports' own words in every language: one fixed report rendered by every format that writes
 * words, the summary line's plurals, the job summary, and the completeness of each language's part.
 * (The findings' messages come from the catalog and are kept in English here: they are not this part.)
 */
const words = Object.fromEntries(await Promise.all(LOCALES.map(async (locale) => [locale, await loadReport(locale)]))) as Record<Locale, ReportWords>;

const finding = (change: Partial<Finding> & Pick<Finding, 'code' | 'severity'>): Finding => ({ message: 'A message from the catalog.', ...change });

/** One listing with an error of each basis kind, a warning and a note; one without findings. */
const listing: Report = buildReport([
  {
    path: 'examples/broken/mde-partner.json',
    findings: [
      finding({ code: 'LISTING_FIELD_UNKNOWN', severity: 'error', field: '/descripton', file: 'examples/broken/mde-partner.json', line: 5, column: 3, message: 'Unknown field "descripton".', hint: 'Did you mean "description"?' }),
      finding({ code: 'DESCRIPTION_TOO_LONG', severity: 'error', field: '/description', file: 'examples/broken/mde-partner.json', line: 6, column: 3, message: 'The description has 21 words; Microsoft asks for 15.', hint: 'Remove 6 words.' }),
      finding({ code: 'SVG_TEXT', severity: 'warning', file: 'examples/broken/logo.svg', line: 6, column: 3, message: '<text> found; it renders with the viewer\'s fonts.', hint: 'Convert text to outlines.' }),
      finding({ code: 'ENTRA_APP_NAME_UNUSED', severity: 'info', field: '/entraAppName', file: 'examples/broken/mde-partner.json', line: 9, column: 3, message: 'entraAppName is set but multiTenant is false.' }),
    ],
  },
  { path: 'examples/valid/mde-partner.json', findings: [] },
]);

const audit: CaptureAudit = {
  expectedUserAgent: 'MdePartner-Contoso-ContosoCognito/1.0.0',
  entries: 12,
  partnerRequests: 3,
  corsPreflightsSkipped: 2,
  batchesNotInspected: 1,
  hosts: [
    { host: 'us.api.security.microsoft.com', api: 'mde', requests: 2, rightAgent: 1, wrongAgent: 1 },
    { host: 'graph.microsoft.com', api: 'graph-security', requests: 1, rightAgent: 1, wrongAgent: 0 },
  ],
};
const capture: Report = buildReport([{
  path: 'capture.har',
  findings: [finding({ code: 'USER_AGENT_NOT_SENT', severity: 'error', field: '/log/entries/4/request/headers', file: 'capture.har', line: 40, message: 'POST https://us.api.security.microsoft.com/api/advancedqueries/run sent no User-Agent.', hint: 'Send User-Agent: MdePartner-Contoso-ContosoCognito/1.0.0.' })],
  audit,
}]);

describe.each(LOCALES)('the formats in %s', (locale) => {
  const options = { words: words[locale], color: false, cwd: '/work/checkout' };

  it('text', () => {
    expect(render.text(listing, options)).toMatchSnapshot();
    expect(render.text(listing, { ...options, strict: true, quiet: true })).toMatchSnapshot();
    expect(render.text(capture, { ...options, subject: 'capture' })).toMatchSnapshot();
  });

  it('junit', () => {
    const xml = render.junit(listing, options);
    expect(xml).toMatchSnapshot();
    // Test case names are ids CI tools key on: English in every language.
    expect(xml).toContain('name="listing is valid"');
  });

  it('github', () => {
    expect(render.github(listing, options)).toMatchSnapshot();
  });

  it('sarif: the message texts and the help text\'s label', async () => {
    const sarif = JSON.parse(render.sarif(listing, { ...options, codes: await loadCodeMessages(locale) })) as { runs: [{ results: Array<{ ruleId: string; message: { text: string } }>; tool: { driver: { rules: Array<{ id: string; help: { text: string; markdown: string } }> } } }] };
    const [run] = sarif.runs;
    expect(run.results.map((result) => `${result.ruleId}: ${result.message.text}`)).toMatchSnapshot();
    for (const rule of run.tool.driver.rules) {
      expect(rule.help.text).toContain(`\n\n${words[locale].howToFix} `);
      expect(rule.help.markdown).toContain(`\n\n**${words[locale].howToFix}** `);
    }
    // Rule ids and names stay as they are.
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual(['DESCRIPTION_TOO_LONG', 'ENTRA_APP_NAME_UNUSED', 'LISTING_FIELD_UNKNOWN', 'SVG_TEXT']);
  });

  it('the job summary', () => {
    expect(formatSummary(listing, { words: words[locale] })).toMatchSnapshot();
    expect(formatSummary(listing, { words: words[locale], strict: true, maxRows: 2 })).toMatchSnapshot();
    expect(formatSummary(capture, { words: words[locale], subject: 'capture' })).toMatchSnapshot();
  });
});

describe('the text report aligns its columns in every language', () => {
  it.each(LOCALES)('%s: messages start one column after the widest severity label; the host table lines up', (locale) => {
    const text = render.text(listing, { words: words[locale], color: false });
    const labels = Object.values(words[locale].severity);
    const width = Math.max(...labels.map(columns));
    const lines = text.split('\n');
    const findingLines = lines.filter((line) => labels.some((label) => line.startsWith(`  ${label}`)));
    expect(findingLines).toHaveLength(4);
    // The code starts in the same terminal column on every finding line.
    for (const line of findingLines) expect(columns(line.slice(0, line.search(/[A-Z_]{6,}/)))).toBe(width + 3);
    const auditLines = render.text(capture, { words: words[locale], color: false, subject: 'capture' }).split('\n');
    const header = auditLines.findIndex((line) => line.startsWith(`  ${words[locale].hostTable.host} `));
    const table = auditLines.slice(header, header + 3);
    expect(table[1]).toMatch(/^ {2}us\.api\.security\.microsoft\.com {2}MDE API/);
    expect(new Set(table.map(columns)).size).toBe(1);
  });

  it('counts wide characters as two columns', () => {
    expect([columns('error'), columns('エラー'), columns('警告'), columns('(mde-partner のポリシー)')]).toEqual([5, 6, 4, 24]);
  });
});

/** A report with `n` errors and `n` warnings in one listing. */
const withCounts = (n: number) => buildReport([{
  path: 'a.json',
  findings: [
    ...Array.from({ length: n }, () => finding({ code: 'DESCRIPTION_TOO_LONG', severity: 'error' })),
    ...Array.from({ length: n }, () => finding({ code: 'SVG_TEXT', severity: 'warning' })),
  ],
}]);
const lastLine = (report: Report, locale: Locale, subject?: ReportSubject, strict?: boolean) => render.text(report, { words: words[locale], subject, strict }).trimEnd().split('\n').filter((line) => /^[✔✖]/.test(line)).at(-1);

describe('the summary line: plurals through Intl.PluralRules', () => {
  const cases: Array<[Locale, number, string]> = [
    ['en', 0, '✔ 1 listing checked: 0 errors, 0 warnings.'],
    ['en', 1, '✖ 1 listing checked: 1 error, 1 warning; 1 failing.'],
    ['en', 2, '✖ 1 listing checked: 2 errors, 2 warnings; 1 failing.'],
    ['en', 5, '✖ 1 listing checked: 5 errors, 5 warnings; 1 failing.'],
    ['de', 0, '✔ 1 Eintrag geprüft: 0 Fehler, 0 Warnungen.'],
    ['de', 1, '✖ 1 Eintrag geprüft: 1 Fehler, 1 Warnung; 1 nicht bestanden.'],
    ['de', 2, '✖ 1 Eintrag geprüft: 2 Fehler, 2 Warnungen; 1 nicht bestanden.'],
    ['de', 5, '✖ 1 Eintrag geprüft: 5 Fehler, 5 Warnungen; 1 nicht bestanden.'],
    // French: 0 and 1 take the singular.
    ['fr', 0, '✔ 1 fiche vérifiée : 0 erreur, 0 avertissement.'],
    ['fr', 1, '✖ 1 fiche vérifiée : 1 erreur, 1 avertissement ; 1 en échec.'],
    ['fr', 2, '✖ 1 fiche vérifiée : 2 erreurs, 2 avertissements ; 1 en échec.'],
    ['fr', 5, '✖ 1 fiche vérifiée : 5 erreurs, 5 avertissements ; 1 en échec.'],
    ['ja', 0, '✔ 掲載情報 1 件を確認しました：エラー 0 件、警告 0 件。'],
    ['ja', 1, '✖ 掲載情報 1 件を確認しました：エラー 1 件、警告 1 件。うち 1 件が不合格です。'],
    ['ja', 2, '✖ 掲載情報 1 件を確認しました：エラー 2 件、警告 2 件。うち 1 件が不合格です。'],
    ['ja', 5, '✖ 掲載情報 1 件を確認しました：エラー 5 件、警告 5 件。うち 1 件が不合格です。'],
  ];
  it.each(cases)('%s, %i errors and warnings', (locale, n, line) => {
    expect(lastLine(withCounts(n), locale)).toBe(line);
  });

  const entries: Array<[Locale, ReportSubject, number, string]> = [
    ['en', 'capture', 2, '2 captures checked'],
    ['de', 'bundle', 2, '2 Pakete geprüft'],
    ['de', 'capture', 1, '1 Mitschnitt geprüft'],
    ['fr', 'bundle', 2, '2 dossiers vérifiés'],
    ['fr', 'capture', 0, '0 capture vérifiée'],
    ['fr', 'User-Agent', 5, '5 User-Agent vérifiés'],
    ['ja', 'capture', 2, 'キャプチャ 2 件を確認しました'],
  ];
  it.each(entries)('%s: %s × %i', (locale, subject, n, start) => {
    const report = buildReport(Array.from({ length: n }, (_, i) => ({ path: `p${i}`, findings: [] })));
    expect(lastLine(report, locale, subject)).toMatch(new RegExp(`^✔ ${start} ?[:：]`));
  });

  it.each([
    ['en', '✖ 1 listing checked: 0 errors, 2 warnings; 1 failing (--strict: warnings fail).'],
    ['de', '✖ 1 Eintrag geprüft: 0 Fehler, 2 Warnungen; 1 nicht bestanden (--strict: Warnungen zählen als Fehler).'],
    ['fr', '✖ 1 fiche vérifiée : 0 erreur, 2 avertissements ; 1 en échec (--strict : les avertissements comptent comme des erreurs).'],
    ['ja', '✖ 掲載情報 1 件を確認しました：エラー 0 件、警告 2 件。うち 1 件が不合格です（--strict のため警告も不合格になります）。'],
  ] as Array<[Locale, string]>)('%s: --strict says why warnings fail', (locale, line) => {
    const report = buildReport([{ path: 'a', findings: [finding({ code: 'SVG_TEXT', severity: 'warning' }), finding({ code: 'SVG_TEXT', severity: 'warning' })] }], { strict: true });
    expect(lastLine(report, locale, undefined, true)).toBe(line);
  });

  it.each([
    ['en', 'mde-partner: 5 listing(s), 5 error(s), 5 warning(s) — failing'],
    ['de', 'mde-partner: 5 Einträge, 5 Fehler, 5 Warnungen – nicht bestanden'],
    ['fr', 'mde-partner: 5 fiches, 5 erreurs, 5 avertissements – en échec'],
    ['ja', 'mde-partner: 掲載情報 5 件、エラー 5 件、警告 5 件 — 不合格'],
  ] as Array<[Locale, string]>)('%s: the last line of the annotations', (locale, line) => {
    const report = buildReport(Array.from({ length: 5 }, (_, i) => ({ path: `p${i}`, findings: i === 0 ? withCounts(5).listings[0]!.findings : [] })));
    expect(render.github(report, { words: words[locale] }).trimEnd().split('\n').at(-1)).toBe(line);
  });

  it('whole numbers below 1000 (written without Intl.NumberFormat, which costs start-up time) are what Intl writes', () => {
    for (const locale of LOCALES) {
      const intl = new Intl.NumberFormat(locale);
      const differ = Array.from({ length: 1001 }, (_, n) => n).filter((n) => formatFor(locale).number(n) !== intl.format(n));
      expect(differ, locale).toEqual([]);
    }
    expect(formatFor('de').number(1000)).toBe('1.000');
  });

  it('numbers are written as the language writes them', () => {
    const many = buildReport(Array.from({ length: 1200 }, (_, i) => ({ path: `p${i}`, findings: [] })));
    expect(LOCALES.map((locale) => lastLine(many, locale))).toEqual([
      '✔ 1,200 listings checked: 0 errors, 0 warnings.',
      '✔ 1.200 Einträge geprüft: 0 Fehler, 0 Warnungen.',
      '✔ 1\u202f200 fiches vérifiées : 0 erreur, 0 avertissement.',
      '✔ 掲載情報 1,200 件を確認しました：エラー 0 件、警告 0 件。',
    ]);
  });
});

/** Sample arguments for every function of the part (the type makes a new function need samples). */
type Samples = { [K in keyof ReportWords]: ReportWords[K] extends (a: infer A) => string ? A[] : null };
const counts = [0, 1, 2, 5, 21];
const subjects: ReportSubject[] = ['listing', 'bundle', 'User-Agent', 'capture'];
const SAMPLES: Samples = {
  severity: null, basis: null, fix: null, at: null, noProblems: null, explainHint: null, expectedUserAgent: null, note: null,
  hostTable: null, sarifFix: null, howToFix: null, summaryPassed: null, summaryFailed: null, summaryStrict: null, summaryColumns: null,
  checked: subjects.flatMap((subject) => counts.map((n) => ({ subject, count: n, errors: n, warnings: n, notes: n }))),
  passed: [{ checked: 'X' }],
  failed: [{ checked: 'X', failing: 1, strictWarnings: false }, { checked: 'X', failing: 2, strictWarnings: true }],
  requestsOf: counts.map((n) => ({ requests: n, entries: n + 1 })),
  preflightsSkipped: counts.map((count) => ({ count })),
  batchesNotInspected: counts.map((count) => ({ count })),
  githubTotals: subjects.flatMap((subject) => counts.map((n) => ({ subject, count: n, errors: n, warnings: n, failing: n > 1 }))),
  summaryHeading: subjects.flatMap((subject) => counts.map((count) => ({ subject, count }))),
  summaryCounts: counts.flatMap((n) => [{ errors: n, warnings: n }, { errors: n, warnings: n, infos: n }]),
  summaryMoreEntries: subjects.flatMap((subject) => counts.map((count) => ({ subject, count }))),
  summaryMoreFindings: counts.map((count) => ({ count })),
  summaryNotWritten: [{ path: '"/tmp/summary.md"', reason: 'EACCES' }],
};

/** Every text of a language's part, by key: strings, nested strings, and each function on each sample. */
function renderAll(part: ReportWords): Array<[string, string]> {
  return Object.entries(part).flatMap(([key, value]): Array<[string, string]> => {
    if (typeof value === 'string') return [[key, value]];
    if (typeof value === 'function') {
      const samples = SAMPLES[key as keyof ReportWords] as unknown[] | null;
      if (!samples) throw new Error(`no samples for ${key}`);
      return samples.map((sample, i) => [`${key}#${i}`, (value as (a: unknown) => string)(sample)]);
    }
    return Object.entries(value as Record<string, string>).map(([inner, text]) => [`${key}.${inner}`, text]);
  });
}

/** What may stay as in English: names, codes, flags, formats (and words that are the same in the language). */
const NAMES = /mde-partner explain CODE|mde-partner|User-Agents?|MdePartner-\S+|--strict|--format (sarif|json)|\$batch|OPTIONS|CORS|Graph|JSON|SARIF|HAR|APIs?|base64|EACCES|"\/tmp\/summary\.md"|\bstrict\b/gi;
const SAME_AS_ENGLISH: Record<Exclude<Locale, 'en'>, string[]> = {
  de: ['summaryColumns.code', 'hostTable.api', 'passed'],
  fr: ['summaryColumns.code', 'summaryColumns.message', 'hostTable.api', 'severity.info', 'passed'],
  ja: ['hostTable.api'],
};
/** Words of an English sentence that none of de, fr or ja uses. */
const ENGLISH = /\b(The|the|and|of|not|with|was|for|checked|errors?|warnings?|failing|fix|more|requests?|listings?|entries|entry|passed|failed|notes?|how|run|judged|policy|reading|problems?|expected|right|wrong|findings?)\b/;
/** Nothing but names, numbers and punctuation ("mde-partner: 1 User-Agent" is the same in French). */
const SAME_WORDS: Record<Locale, RegExp> = { en: /^$/, de: /^$/, fr: /\bcaptures?\b/g, ja: /^$/ };
const onlyNames = (text: string, locale: Locale) => text.replace(NAMES, '').replace(SAME_WORDS[locale], '').replace(/[\d\s\p{P}\p{S}]/gu, '') === '';

describe('completeness of the report part', () => {
  const english = new Map(renderAll(en));

  it.each(LOCALES)('%s: every text is there, with no placeholder left', (locale) => {
    const texts = renderAll(words[locale]);
    expect(texts.map(([key]) => key)).toEqual([...english.keys()]);
    for (const [key, text] of texts) {
      expect(text.trim(), key).not.toBe('');
      expect(text, key).not.toMatch(/\$\{|\{|#|undefined|NaN|\[object/);
    }
  });

  it.each(LOCALES.filter((locale) => locale !== 'en') as Array<Exclude<Locale, 'en'>>)('%s: no English left but names and codes', (locale) => {
    for (const [key, text] of renderAll(words[locale])) {
      const base = key.split('#')[0]!;
      if (!SAME_AS_ENGLISH[locale].includes(base) && !onlyNames(text, locale)) expect(text, key).not.toBe(english.get(key));
      expect(text.replace(NAMES, ''), key).not.toMatch(ENGLISH);
    }
  });

  it('the checks would catch an untranslated text', () => {
    expect('1 listing checked: 0 errors'.replace(NAMES, '')).toMatch(ENGLISH);
    expect('# Fehler'.replace(NAMES, '')).toMatch(/#/);
  });
});

describe('emitReport: the words of the run\'s language', () => {
  const work = mkdtempSync(join(tmpdir(), 'mde-words-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  afterEach(() => setLocale('en'));

  const io = (env: NodeJS.ProcessEnv) => {
    const out = { stdout: '', stderr: '' };
    return { out, io: { stdout: { write: (s: string) => (out.stdout += s) }, stderr: { write: (s: string) => (out.stderr += s) }, env, cwd: work } };
  };

  it.each([
    ['en', '✖ 2 listings checked:', '## mde-partner: 2 listings'],
    ['de', '✖ 2 Einträge geprüft:', '## mde-partner: 2 Einträge'],
    ['fr', '✖ 2 fiches vérifiées :', '## mde-partner: 2 fiches'],
    ['ja', '✖ 掲載情報 2 件を確認しました：', '## mde-partner: 掲載情報 2 件'],
  ] as Array<[Locale, string, string]>)('%s: stdout and the job summary', async (locale, line, heading) => {
    setLocale(locale);
    const path = join(work, `summary-${locale}.md`);
    const { out, io: fake } = io({ GITHUB_STEP_SUMMARY: path });
    expect(await emitReport(listing, { format: 'text', color: false }, fake)).toBe(1);
    expect(out.stdout).toContain(`\n${line}`);
    expect(readFileSync(path, 'utf8')).toMatch(new RegExp(`^${heading}\n`));
    expect(out.stderr).toBe('');
  });

  it.each([
    ['de', 'mde-partner: Warnung: Die Auftragszusammenfassung wurde nicht nach'],
    ['ja', 'mde-partner: 警告：ジョブの概要を'],
  ] as Array<[Locale, string]>)('%s: a job summary that cannot be written is said in the language, the exit code stays', async (locale, start) => {
    setLocale(locale);
    const { out, io: fake } = io({ GITHUB_STEP_SUMMARY: work });
    expect(await emitReport(buildReport([{ path: 'a', findings: [] }]), { format: 'json' }, fake)).toBe(0);
    expect(out.stderr.startsWith(start)).toBe(true);
    expect(JSON.parse(out.stdout).ok).toBe(true);
  });
});

describe('the build: one language per run', () => {
  const reportWords = (sources: string[]) => sources.filter((source) => /^src\/messages\/\w+\/report\.ts$/.test(source));

  it.each(LOCALES)('%s: loading the report words loads that language\'s and no other', (locale) => {
    expect(reportWords(staticallyLoaded(outputOf(`src/messages/${locale}/report.ts`)))).toEqual([`src/messages/${locale}/report.ts`]);
  });

  it.each(['cli', 'commands/validate', 'commands/ua', 'commands/verify', 'commands/bundle', 'commands/ua-audit', 'commands/init'])('%s loads no report words until the run\'s language is known', (entry) => {
    expect(reportWords(staticallyLoaded(outputOf(`src/${entry}.ts`)))).toEqual([]);
  });
});
