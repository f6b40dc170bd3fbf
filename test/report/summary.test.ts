import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/checks/finding.js';
import { escapeUnsafe } from '../../src/checks/text.js';
import { validateListing } from '../../src/listing/validate.js';
import { buildReport, type Report } from '../../src/report/report.js';
import { report as en } from '../../src/messages/en/report.js';
import { formatSummary as formatWithWords, markdownText, type SummaryOptions } from '../../src/report/summary.js';
import { repoRoot } from '../cli/helpers.js';

/** The job summary in English, as these tests read it. */
const formatSummary = (report: Report, options: Omit<SummaryOptions, 'words'> = {}) => formatWithWords(report, { ...options, words: en });

const work = mkdtempSync(join(tmpdir(), 'mde-summary-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What GitHub would show: GFM (tables, autolinks, strikethrough, tag filter) with raw HTML let through. */
const render = (markdown: string) => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });

const decode = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The table body as cells; each cell's HTML as rendered. */
function tableRows(html: string): string[][] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((cell) => cell[1]!));
}

/** Every element in the rendered summary is one the summary itself writes. */
const OUR_TAGS = new Set(['h2', 'p', 'strong', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'br']);
const tags = (html: string) => new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase()));

const validate = async (dir: string) => validateListing(join(dir, 'mde-partner.json'), { displayRoot: repoRoot, render: false });

const finding = (change: Partial<Finding> = {}): Finding => ({
  code: 'DESCRIPTION_TOO_LONG', severity: 'error', field: '/description', message: 'The description has 31 words.',
  hint: 'Cut it to 15 words.', file: 'mde-partner.json', line: 6, column: 18, ...change,
});

describe('formatSummary on real listings', () => {
  it('a valid listing: the verdict, no table', async () => {
    const report = buildReport([await validate(join(repoRoot, 'examples/valid'))]);
    const markdown = formatSummary(report);
    const html = render(markdown);
    expect(markdown).toMatch(/^## mde-partner: 1 listing\n\n✅ \*\*Passed\*\*: 0 errors, \d+ warnings?, \d+ infos?\n/);
    expect(html).not.toContain('<table>');
    expect(markdown.endsWith('\n\n')).toBe(true);
  });

  it('the broken example: one row per finding, six cells each, in report order', async () => {
    const result = await validate(join(repoRoot, 'examples/broken'));
    const report = buildReport([result]);
    const html = render(formatSummary(report));
    expect(html).toContain('❌ <strong>Failed</strong>');
    const rows = tableRows(html);
    expect(rows).toHaveLength(result.findings.length);
    expect(result.findings.length).toBeGreaterThan(3);
    rows.forEach((cells, i) => {
      const f = result.findings[i]!;
      expect(cells).toHaveLength(6);
      expect(cells[1]).toBe(`<code>${f.code}</code>`);
      expect(cells[2]).toBe(f.severity);
      const at = f.line !== undefined ? `${f.file ?? result.path}:${f.line}:${f.column ?? 1}` : f.file ?? result.path;
      expect(decode(cells[3]!)).toBe([at, ...(f.field ? [f.field] : [])].map((s) => escapeUnsafe(s)).join('<br>'));
      expect(decode(cells[4]!)).toBe(escapeUnsafe(f.message));
      expect(decode(cells[5]!)).toBe(escapeUnsafe(f.hint ?? ''));
    });
    expect([...tags(html)].filter((tag) => !OUR_TAGS.has(tag))).toEqual([]);
  });

  it('valid and broken together: a line per listing, counts per listing', async () => {
    const valid = await validate(join(repoRoot, 'examples/valid'));
    const broken = await validate(join(repoRoot, 'examples/broken'));
    const markdown = formatSummary(buildReport([valid, broken]));
    expect(markdown).toMatch(/^## mde-partner: 2 listings$/m);
    const items = [...render(markdown).matchAll(/<li>(.*?)<\/li>/g)].map((m) => decode(m[1]!));
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^✅ examples\/valid\/mde-partner\.json: 0 errors, /);
    expect(items[1]).toMatch(/^❌ examples\/broken\/mde-partner\.json: [1-9]\d* errors?, /);
  });

  it('a listing whose values are hostile: they show as text, cell for cell', async () => {
    const dir = join(work, 'hostile');
    const listing = JSON.parse(readFileSync(join(repoRoot, 'examples/valid/mde-partner.json'), 'utf8')) as Record<string, unknown>;
    // An unknown key and the logo path are quoted in the findings' messages and pointers.
    const hostile = 'x | `x` <script>alert(1)</script> **b** [a](javascript:alert(1)) $x$ ~~s~~ <img src=x onerror=alert(1)>';
    mkdirSync(dir);
    writeFileSync(join(dir, 'mde-partner.json'), JSON.stringify({ ...listing, $schema: undefined, [hostile]: 1, [`${hostile}\n2`]: 2, logo: `${hostile}.svg` }));
    const result = await validate(dir);
    expect(result.findings.filter((f) => f.message.includes('<script>') && f.message.includes('|') && f.message.includes('`'))).toHaveLength(3);
    const html = render(formatSummary(buildReport([result])));
    expect([...tags(html)].filter((tag) => !OUR_TAGS.has(tag))).toEqual([]);
    const rows = tableRows(html);
    expect(rows).toHaveLength(result.findings.length);
    rows.forEach((cells, i) => {
      expect(cells).toHaveLength(6);
      expect(decode(cells[4]!)).toBe(escapeUnsafe(result.findings[i]!.message));
    });
  });
});

describe('formatSummary on hostile findings', () => {
  const HOSTILE: [string, string][] = [
    ['a pipe ends no cell', 'a | b || c \\| d'],
    ['backticks start no code', 'run `rm -rf /` or ``x``'],
    ['HTML stays text', '<script>alert(1)</script><img src=x onerror=alert(1)><b>bold</b><!-- c -->'],
    ['line breaks stay in the cell', 'one\ntwo\r\nthree\u2028four'],
    ['emphasis, links, images, strikethrough, math stay text', '**b** _i_ [l](https://evil.example) ![i](x.png) ~~s~~ $x^2$ \\*'],
    ['entities stay text', '&lt;script&gt; &#124; &amp;'],
    ['terminal escapes and bidi overrides are shown escaped', '\u001b[31mred\u001b[0m \u202eevil'],
    ['a heading or list marker at the start', '# h\n- item\n> quote'],
  ];
  it.each(HOSTILE)('%s', (_, text) => {
    const report = buildReport([{ path: `dir|${text}`, findings: [finding({ message: text, hint: text, field: `/${text}`, file: text })] }]);
    const markdown = formatSummary(report);
    const html = render(markdown);
    expect([...tags(html)].filter((tag) => !OUR_TAGS.has(tag))).toEqual([]);
    expect(html).not.toMatch(/&lt;(script|img|b)[^&]*>/);
    const rows = tableRows(html);
    expect(rows).toHaveLength(1);
    const cells = rows[0]!;
    expect(cells).toHaveLength(6);
    expect(decode(cells[3]!)).toBe(`${escapeUnsafe(text)}:6:18<br>/${escapeUnsafe(text)}`);
    expect(decode(cells[4]!)).toBe(escapeUnsafe(text));
    expect(decode(cells[5]!)).toBe(escapeUnsafe(text));
    expect(markdown.split('\n').filter((line) => line.startsWith('| ❌'))).toHaveLength(1);
  });

  it('cuts a long value', () => {
    const long = 'x'.repeat(10_000);
    expect(markdownText(long)).toBe(`${'x'.repeat(300)}…`);
    const markdown = formatSummary(buildReport([{ path: 'p', findings: [finding({ message: long })] }]));
    expect(markdown.length).toBeLessThan(1000);
  });
});

describe('formatSummary: verdicts, strict and the row cap', () => {
  const warning = finding({ code: 'DESCRIPTION_TOO_SHORT', severity: 'warning', message: 'Short.' });
  const cases: { name: string; report: Report; strict?: boolean; verdict: RegExp; icon?: string }[] = [
    { name: 'a warning passes', report: buildReport([{ path: 'a', findings: [warning] }]), verdict: /^✅ \*\*Passed\*\*: 0 errors, 1 warning, 0 infos$/m, icon: '⚠️' },
    { name: 'a warning fails with strict', report: buildReport([{ path: 'a', findings: [warning] }], { strict: true }), strict: true, verdict: /^❌ \*\*Failed\*\*: 0 errors, 1 warning, 0 infos \(strict: warnings fail\)$/m, icon: '❌' },
    { name: 'an info', report: buildReport([{ path: 'a', findings: [finding({ severity: 'info' })] }]), verdict: /^✅ \*\*Passed\*\*: 0 errors, 0 warnings, 1 info$/m, icon: 'ℹ️' },
  ];
  it.each(cases)('$name', ({ report, strict, verdict, icon }) => {
    const markdown = formatSummary(report, { strict });
    expect(markdown).toMatch(verdict);
    expect(markdown).toContain(`| ${icon} |`);
  });

  it('shows the first 100 findings and counts the rest', () => {
    const findings = Array.from({ length: 250 }, (_, i) => finding({ message: `finding ${i}` }));
    const html = render(formatSummary(buildReport([{ path: 'a', findings }])));
    const rows = tableRows(html);
    expect(rows).toHaveLength(100);
    expect(decode(rows[99]![4]!)).toBe('finding 99');
    expect(html).toContain('…and 150 more findings');
  });

  it('names the subject of other commands', () => {
    expect(formatSummary(buildReport([{ path: 'MdePartner-A-B/1', findings: [] }]), { subject: 'User-Agent' })).toMatch(/^## mde-partner: 1 User-Agent\n/);
    expect(formatSummary(buildReport([{ path: 'a.har', findings: [] }, { path: 'b.har', findings: [] }]), { subject: 'capture' })).toMatch(/^## mde-partner: 2 captures\n/);
  });
});
