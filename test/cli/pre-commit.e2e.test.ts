import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

/**
 * The hook of .pre-commit-hooks.yaml run by the real pre-commit (Debian's package; `.ci/run`
 * installs it), as a partner's .pre-commit-config.yaml names it: pre-commit clones this repository at
 * its HEAD commit, installs it as a node hook once (npm install, npm pack, npm install -g of the
 * tarball) and runs it on the files of a commit. (Uncommitted changes of the checkout are not in it.)
 */
const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const available = preCommit.status === 0;
const work = mkdtempSync(join(tmpdir(), 'mde-pre-commit-'));
const env = { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key))), PRE_COMMIT_HOME: join(work, 'cache'), NO_COLOR: '1' };
const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=Partner', '-c', 'user.email=partner@example.com', ...args], { cwd, env, stdio: 'pipe' });

const head = available ? execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim() : '';
const config = `repos:\n  - repo: ${JSON.stringify(repoRoot)}\n    rev: ${head}\n    hooks:\n      - id: mde-partner\n`;

function partnerRepo(name: string, example: string): string {
  const dir = join(work, name);
  cpSync(join(repoRoot, 'examples', example), dir, { recursive: true });
  writeFileSync(join(dir, 'README.md'), 'Partner integration\n');
  writeFileSync(join(dir, '.pre-commit-config.yaml'), config);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'listing');
  return dir;
}

function hook(cwd: string, files: string[]) {
  const result = spawnSync('pre-commit', ['run', '--files', ...files], { cwd, env, encoding: 'utf8', timeout: 240_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  if (!available) console.warn('pre-commit is not installed (Debian: apt-get install pre-commit): the hook tests are skipped.');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!available)('the pre-commit hook', () => {
  it('passes a valid listing when it changes', () => {
    const result = hook(partnerRepo('valid', 'valid'), ['mde-partner.json']);
    expect(result.output).toMatch(/mde-partner validate\.+Passed/);
    expect(result.status).toBe(0);
  }, 240_000);

  it.each([
    ['the listing changes', ['mde-partner.json']],
    ['the logo changes', ['logo.svg']],
  ])('fails a broken listing when %s, with its findings', (_, files) => {
    const result = hook(partnerRepo(`broken-${files[0]}`, 'broken'), files);
    expect(result.output).toMatch(/mde-partner validate\.+Failed/);
    expect(result.output).toContain('DESCRIPTION_TOO_LONG');
    expect(result.status).toBe(1);
  }, 240_000);

  it('does not run when neither the listing nor an SVG changes', () => {
    const result = hook(partnerRepo('unrelated', 'broken'), ['README.md']);
    expect(result.output).toMatch(/mde-partner validate\.+\(no files to check\)Skipped/);
    expect(result.status).toBe(0);
  }, 240_000);
});
