import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../src/checks/catalog.js';
import type { Issue } from '../../src/checks/finding.js';
import { checkLogoBytes } from '../../src/checks/logo/index.js';
import { checkLogo } from '../../src/edge/logo.js';
import { LogoRenderer } from '../../src/edge/render.js';
import { loadCodeMessages } from '../../src/messages/codes.js';

/** The English words of the codes (the tests read what English says). */
const { codes: words } = await loadCodeMessages('en');

/**
 * The logo checks on logos nobody here wrote: every icon of the npm packages simple-icons and
 * super-tiny-icons (the acceptance corpora) and the real editor exports in test/fixtures/svg/editors,
 * first with the static checks alone, then drawn (the rendered checks on, as `validate` runs them).
 * A valid logo with an error is a false positive; the one file that gets an error is a true positive.
 * Warnings are listed exactly, so a new warning on real logos is a decision, not an accident.
 */
const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const CORPORA = [
  { name: 'simple-icons', dir: root('node_modules/simple-icons/icons'), atLeast: 3000 },
  { name: 'super-tiny-icons', dir: root('node_modules/super-tiny-icons/images/svg'), atLeast: 300 },
  { name: 'editors', dir: root('test/fixtures/svg/editors'), atLeast: 26 },
] as const;

/** Errors by file: super-tiny-icons' calendar.svg fills in today's date with a <script>. */
const EXPECTED_ERRORS: Record<string, string[]> = {
  'super-tiny-icons/calendar.svg': ['SVG_SCRIPT'],
};

/** Files by warning (or info) code. */
const EXPECTED_WARNINGS: Record<string, string[]> = {
  // Over 32 KiB of path data: true, and only a warning.
  SVG_SIZE_OVER_32KB: ['simple-icons/composer.svg', 'simple-icons/elsevier.svg'],
  // Live <text>: calendar's date, jquery's "write less, do more." slogan, and the live-text sources
  // of the editors' outlined exports.
  SVG_TEXT: [
    'super-tiny-icons/calendar.svg', 'super-tiny-icons/jquery.svg',
    'editors/text-app-tile.svg', 'editors/text-bold-wordmark.svg', 'editors/text-circle-glyph.svg', 'editors/text-corner-letters.svg',
    'editors/text-potrace-tile.svg', 'editors/text-square-letter.svg', 'editors/text-wordmark.svg',
  ],
};

interface Checked {
  file: string;
  issues: Issue[];
}

const isError = (issue: Issue) => catalog[issue.code].severity === 'error';
const place = (issue: Issue) => (issue.line !== undefined ? `${issue.line}:${issue.column}` : '-');
const describeIssue = (issue: Issue) => `${issue.code} at ${place(issue)}: ${words[issue.code].message(issue.args ?? {})}`;

/** The codes the rendered checks report (drawn and measured). */
const RENDERED_CODES = new Set(['SVG_RENDER_EMPTY', 'SVG_OCCUPANCY_LOW', 'SVG_NOT_CENTRED', 'SVG_CONTENT_NOT_SQUARE', 'SVG_RENDER_TIMEOUT', 'SVG_RENDER_FAILED', 'SVG_RENDER_UNAVAILABLE']);

/** Error codes by file, and every error that is not expected, described. */
function errorsOf(list: Checked[]) {
  const byFile = Object.fromEntries(list
    .map(({ file, issues }) => [file, [...new Set(issues.filter(isError).map((issue) => issue.code))].sort()] as const)
    .filter(([, codes]) => codes.length > 0));
  const unexpected = list.flatMap(({ file, issues }) => issues
    .filter((issue) => isError(issue) && !EXPECTED_ERRORS[file]?.includes(issue.code))
    .map((issue) => `  ${file}: ${describeIssue(issue)}`));
  return { byFile, unexpected: unexpected.join('\n') };
}

let checked: Checked[] = [];
const counts: Record<string, number> = {};

beforeAll(() => {
  checked = CORPORA.flatMap(({ name, dir }) => {
    const files = readdirSync(dir).filter((file) => file.endsWith('.svg')).sort();
    counts[name] = files.length;
    return files.map((file) => ({ file: `${name}/${file}`, issues: checkLogoBytes(readFileSync(join(dir, file)), { file }) }));
  });
}, 120_000);

describe('real-world logos: static checks', () => {
  it.each(CORPORA.map(({ name, atLeast }) => [name, atLeast] as const))('reads every SVG of %s (at least %i)', (name, atLeast) => {
    expect(counts[name]).toBeGreaterThanOrEqual(atLeast);
  });

  it('no errors, except the true positive', () => {
    const { byFile, unexpected } = errorsOf(checked);
    expect(byFile, `false positives on real logos:\n${unexpected}\n`).toEqual(EXPECTED_ERRORS);
  });

  it('warnings are the expected ones, file for file', () => {
    const warnings: Record<string, string[]> = {};
    for (const { file, issues } of checked) {
      for (const code of new Set(issues.filter((issue) => !isError(issue)).map((issue) => issue.code))) (warnings[code] ??= []).push(file);
    }
    const unexpected = checked.flatMap(({ file, issues }) => issues
      .filter((issue) => !isError(issue) && !EXPECTED_WARNINGS[issue.code]?.includes(file))
      .map((issue) => `  ${file}: ${describeIssue(issue)}`));
    expect(warnings, `unexpected warnings on real logos:\n${unexpected.join('\n')}\n`).toEqual(EXPECTED_WARNINGS);
  });

  it('editor exports have no finding but SVG_TEXT, and that only with live text', () => {
    for (const { file, issues } of checked.filter(({ file }) => file.startsWith('editors/'))) {
      const live = /<text[\s>]/.test(readFileSync(join(root('test/fixtures/svg/editors'), file.slice('editors/'.length)), 'utf8'));
      const allowed = live ? ['SVG_TEXT'] : [];
      expect(issues.map((issue) => issue.code).filter((code) => !allowed.includes(code)), `${file}: ${issues.map(describeIssue).join('; ')}`).toEqual([]);
    }
  });

  it('the true positive is found where it is', () => {
    const calendar = checked.find(({ file }) => file === 'super-tiny-icons/calendar.svg')!;
    expect(calendar.issues.filter(isError)).toEqual([expect.objectContaining({ code: 'SVG_SCRIPT', file: 'calendar.svg', line: 4 })]);
  });
});

describe('real-world logos: editor exports, drawn', () => {
  // The rendered checks are policy and must hold on what editors produce (the render child is
  // dist/render-child.cjs, built by `npm test`).
  const renderer = new LogoRenderer();
  afterAll(() => renderer.close());
  const dir = root('test/fixtures/svg/editors');
  const files = readdirSync(dir).filter((file) => file.endsWith('.svg')).sort();
  const check = (file: string) => checkLogo(readFileSync(join(dir, file)), { file, render: { renderer } });
  const rendered = (issues: Issue[]) => [...new Set(issues.map((issue) => issue.code).filter((code) => RENDERED_CODES.has(code)))].sort();

  it.each(files)('%s: no error', async (file) => {
    const issues = await check(file);
    expect(issues.filter(isError).map(describeIssue)).toEqual([]);
  }, 30_000);

  // Lettering as live text and the same file with its text outlined by a real tool (Inkscape's
  // --export-text-to-path, cairo, potrace of a bitmap): live text is drawn with the bundled font, so
  // both get the same rendered verdict; outlining the text never changes it (no SVG_TEXT paradox).
  const pairs = files.filter((file) => /^text-.*-outlined\.svg$/.test(file))
    .map((outlined) => [outlined.replace(/-(inkscape-1\.2|cairo)?-?outlined\.svg$/, '.svg'), outlined] as const);

  it('every outlined export has its live-text source', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(11);
    for (const [text] of pairs) expect(files).toContain(text);
  });

  it.each(pairs)('%s and its outlined export %s get the same rendered verdict', async (text, outlined) => {
    const live = await check(text);
    const paths = await check(outlined);
    expect(live.map((issue) => issue.code)).toContain('SVG_TEXT');
    expect(paths.map((issue) => issue.code)).not.toContain('SVG_TEXT');
    expect(rendered(paths), `${outlined}: ${paths.map(describeIssue).join('; ')}\n${text}: ${live.map(describeIssue).join('; ')}`).toEqual(rendered(live));
  }, 30_000);
});

/**
 * Every logo of the three corpora validated as a listing's logo is: static checks, then drawn by the
 * default (shared) renderer. Errors are the static ones above and nothing else; the rendered warnings
 * are compared file for file with test/fixtures/svg/real-world-warnings.json, so a change in any
 * verdict fails here and names the files. After a deliberate change of the rendered checks, rewrite
 * the fixture with `UPDATE_REAL_WORLD_WARNINGS=1 npx vitest run test/checks/logo-real-world.test.ts`
 * and look at the difference (and at `node scripts/contact-sheet.mjs CODE`) before committing it.
 */
const WARNINGS_FIXTURE = root('test/fixtures/svg/real-world-warnings.json');

interface RenderedWarnings {
  [code: string]: { count: number; byCorpus: Record<string, number>; files: string[] };
}

describe('real-world logos: every logo drawn', () => {
  let drawn: Checked[] = [];
  let ms = 0;

  beforeAll(async () => {
    const files = CORPORA.flatMap(({ name, dir }) => readdirSync(dir).filter((file) => file.endsWith('.svg')).sort()
      .map((file) => ({ file: `${name}/${file}`, path: join(dir, file) })));
    const start = performance.now();
    // The renderer queues the requests (one child, one logo at a time); chunks bound the memory.
    for (let i = 0; i < files.length; i += 500) {
      drawn.push(...await Promise.all(files.slice(i, i + 500).map(async ({ file, path }) => ({
        file, issues: await checkLogo(readFileSync(path), { file: file.slice(file.indexOf('/') + 1) }),
      }))));
    }
    ms = performance.now() - start;
    drawn = drawn.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  }, 120_000);

  const renderedWarnings = (): RenderedWarnings => {
    const table: RenderedWarnings = {};
    for (const { file, issues } of drawn) {
      for (const code of new Set(issues.filter((issue) => RENDERED_CODES.has(issue.code) && !isError(issue)).map((issue) => issue.code))) {
        const entry = (table[code] ??= { count: 0, byCorpus: {}, files: [] });
        const corpus = file.slice(0, file.indexOf('/'));
        entry.count += 1;
        entry.byCorpus[corpus] = (entry.byCorpus[corpus] ?? 0) + 1;
        entry.files.push(file);
      }
    }
    return Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : 1)));
  };

  it('draws every logo, concurrently, in well under 30 s', () => {
    expect(drawn.length).toBe(Object.values(counts).reduce((a, b) => a + b, 0));
    expect(ms).toBeLessThan(30_000);
  });

  it('no errors with rendering on, except the true positive', () => {
    const { byFile, unexpected } = errorsOf(drawn);
    expect(byFile, `false positives on real logos with rendering on:\n${unexpected}\n`).toEqual(EXPECTED_ERRORS);
  });

  it('live text is found (true positives) and drawn without an error', () => {
    const codes = (file: string) => drawn.find((entry) => entry.file === file)!.issues.map((issue) => issue.code);
    expect(codes('super-tiny-icons/jquery.svg')).toContain('SVG_TEXT');
    expect(codes('super-tiny-icons/calendar.svg')).toContain('SVG_TEXT');
    expect(drawn.filter(({ issues }) => issues.some((issue) => issue.code === 'SVG_TEXT')).map(({ file }) => file).sort())
      .toEqual([...EXPECTED_WARNINGS.SVG_TEXT!].sort());
  });

  it('rendered warnings are the expected ones, file for file (test/fixtures/svg/real-world-warnings.json)', () => {
    const actual = renderedWarnings();
    if (process.env.UPDATE_REAL_WORLD_WARNINGS) writeFileSync(WARNINGS_FIXTURE, `${JSON.stringify(actual, null, 2)}\n`);
    const expected = JSON.parse(readFileSync(WARNINGS_FIXTURE, 'utf8')) as RenderedWarnings;
    const codes = [...new Set([...Object.keys(actual), ...Object.keys(expected)])].sort();
    const changes = codes.flatMap((code) => {
      const now = new Set(actual[code]?.files ?? []);
      const before = new Set(expected[code]?.files ?? []);
      const issueOf = (file: string) => drawn.find((entry) => entry.file === file)!.issues.find((issue) => issue.code === code)!;
      return [
        ...[...now].filter((file) => !before.has(file)).map((file) => `  + ${file}: ${describeIssue(issueOf(file))}`),
        ...[...before].filter((file) => !now.has(file)).map((file) => `  - ${file}: ${code} no longer reported`),
      ];
    });
    expect(actual, `rendered verdicts changed on real logos:\n${changes.join('\n')}\n`).toEqual(expected);
  });
});
