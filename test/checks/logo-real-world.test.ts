import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../src/checks/catalog.js';
import type { Issue } from '../../src/checks/finding.js';
import { checkLogo, checkLogoBytes } from '../../src/checks/logo/index.js';
import { LogoRenderer } from '../../src/checks/logo/render.js';

/**
 * The static logo checks on logos nobody here wrote: every icon of the npm packages simple-icons and
 * super-tiny-icons (the acceptance corpora) and the real editor exports in test/fixtures/svg/editors.
 * A valid logo with an error is a false positive; the one file that gets an error is a true positive.
 * Warnings are listed exactly, so a new warning on real logos is a decision, not an accident.
 */
const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const CORPORA = [
  { name: 'simple-icons', dir: root('node_modules/simple-icons/icons'), atLeast: 3000 },
  { name: 'super-tiny-icons', dir: root('node_modules/super-tiny-icons/images/svg'), atLeast: 300 },
  { name: 'editors', dir: root('test/fixtures/svg/editors'), atLeast: 9 },
] as const;

/** Errors by file: super-tiny-icons' calendar.svg fills in today's date with a <script>. */
const EXPECTED_ERRORS: Record<string, string[]> = {
  'super-tiny-icons/calendar.svg': ['SVG_SCRIPT'],
};

/** Files by warning (or info) code. */
const EXPECTED_WARNINGS: Record<string, string[]> = {
  // Over 32 KiB of path data: true, and only a warning.
  SVG_SIZE_OVER_32KB: ['simple-icons/composer.svg', 'simple-icons/elsevier.svg'],
  // Live <text>: calendar's date, jquery's "write less, do more." slogan.
  SVG_TEXT: ['super-tiny-icons/calendar.svg', 'super-tiny-icons/jquery.svg'],
};

interface Checked {
  file: string;
  issues: Issue[];
}

const isError = (issue: Issue) => catalog[issue.code].severity === 'error';
const place = (issue: Issue) => (issue.line !== undefined ? `${issue.line}:${issue.column}` : '-');
const describeIssue = (issue: Issue) => `${issue.code} at ${place(issue)}: ${catalog[issue.code].message(issue.args ?? {})}`;

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
    const errors = Object.fromEntries(checked
      .map(({ file, issues }) => [file, [...new Set(issues.filter(isError).map((issue) => issue.code))].sort()] as const)
      .filter(([, codes]) => codes.length > 0));
    const unexpected = checked.flatMap(({ file, issues }) => issues
      .filter((issue) => isError(issue) && !EXPECTED_ERRORS[file]?.includes(issue.code))
      .map((issue) => `  ${file}: ${describeIssue(issue)}`));
    expect(errors, `false positives on real logos:\n${unexpected.join('\n')}\n`).toEqual(EXPECTED_ERRORS);
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

  it.each(readdirSync(dir).filter((file) => file.endsWith('.svg')).sort())('%s', async (file) => {
    const issues = await checkLogo(readFileSync(join(dir, file)), { file, render: { renderer } });
    expect(issues.map(describeIssue)).toEqual([]);
  }, 30_000);
});
