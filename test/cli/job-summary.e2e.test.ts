import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliInProcess } from './helpers.js';

/** In-process: the environment the CLI sees is exactly the `env` each case gives. */
const run = (argv: string[], options: { env?: NodeJS.ProcessEnv } = {}) => cliInProcess(argv, options);

const work = mkdtempSync(join(tmpdir(), 'mde-job-summary-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;
const summaryFile = (content = '') => {
  const path = join(work, `summary-${n++}.md`);
  writeFileSync(path, content);
  return path;
};

describe('the job summary (GITHUB_STEP_SUMMARY)', () => {
  it.each([
    ['valid', ['validate', 'examples/valid', '--format', 'github'], 0, '✅ **Passed**'],
    ['broken', ['validate', 'examples/broken', '--format', 'github'], 1, '❌ **Failed**'],
    ['broken, json', ['validate', 'examples/broken', '--format', 'json'], 1, '❌ **Failed**'],
    ['ua check', ['ua', 'check', 'MdatpPartner-Contoso-ContosoCognito/1.0.0'], 1, '## mde-partner: 1 User-Agent'],
  ] as const)('%s: stdout and exit code as without it, a section appended to what was there', async (_, args, status, expected) => {
    const path = summaryFile('## an earlier step\n\n');
    const without = await run([...args]);
    const withSummary = await run([...args], { env: { GITHUB_STEP_SUMMARY: path } });
    expect(withSummary.code).toBe(status);
    expect(withSummary.stdout).toBe(without.stdout);
    expect(withSummary.stderr).toBe(without.stderr);
    const summary = readFileSync(path, 'utf8');
    expect(summary.startsWith('## an earlier step\n\n## mde-partner: ')).toBe(true);
    expect(summary).toContain(expected);
  });

  it('the broken example: a table row per finding', async () => {
    const path = summaryFile();
    const findings = (JSON.parse((await run(['validate', 'examples/broken', '--format', 'json'])).stdout) as { listings: { findings: { code: string }[] }[] }).listings[0]!.findings;
    await run(['validate', 'examples/broken'], { env: { GITHUB_STEP_SUMMARY: path } });
    const rows = readFileSync(path, 'utf8').split('\n').filter((line) => /^\| (❌|⚠️|ℹ️) \|/.test(line));
    expect(rows.map((row) => /`([A-Z0-9_]+)`/.exec(row)?.[1])).toEqual(findings.map((f) => f.code));
  });

  it('empty: no summary written', async () => {
    const result = await run(['validate', 'examples/valid'], { env: { GITHUB_STEP_SUMMARY: '' } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  const dir = join(work, 'a-folder');
  mkdirSync(dir);
  const readOnly = summaryFile();
  chmodSync(readOnly, 0o444);
  const unwritable: [string, string][] = [
    ['a folder', dir],
    ['a missing folder', join(work, 'missing', 'summary.md')],
    ...(process.getuid?.() === 0 ? [] : [['a read-only file', readOnly] as [string, string]]),
  ];
  it.each(unwritable)('%s: one warning on stderr, the run unchanged', async (_, path) => {
    for (const [example, status] of [['valid', 0], ['broken', 1]] as const) {
      const without = await run(['validate', `examples/${example}`, '--format', 'github']);
      const result = await run(['validate', `examples/${example}`, '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: path } });
      expect(result.code).toBe(status);
      expect(result.stdout).toBe(without.stdout);
      expect(result.stderr).toMatch(/^mde-partner: warning: the job summary was not written to ".*" \((EISDIR|ENOENT|EACCES)\)\.\n$/);
    }
  });
});
