import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { action, INPUT, runAction, STEP_OUTPUT, work } from './action-runner.js';
import { repoRoot } from './helpers.js';

describe('action.yml', () => {
  it('is a composite action whose steps are bash scripts without expressions in them', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs).sort()).toEqual(['format', 'listings', 'sarif', 'strict']);
    expect(Object.keys(action.outputs).sort()).toEqual(['errors', 'ok', 'sarif', 'warnings']);
    for (const step of action.runs.steps) {
      expect(step.uses).toBeUndefined();
      expect(step.shell).toBe('bash');
      expect(step.run).not.toContain('${{');
      for (const value of Object.values(step.env ?? {})) expect(value).toMatch(INPUT);
    }
    for (const { value } of Object.values(action.outputs)) expect(value).toMatch(STEP_OUTPUT);
  });

  it('every step script is valid bash', () => {
    for (const step of action.runs.steps) {
      const result = spawnSync('bash', ['-n'], { input: step.run, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    }
  });
});

describe('the action, run as the runner runs it', () => {
  it('a valid listing: exit 0, outputs, the job summary, no install in a built checkout', () => {
    const run = runAction({ listings: 'valid' });
    expect(run.status).toBe(0);
    expect(run.log).toContain('mde-partner: installed and built already');
    expect(run.ran).toHaveLength(action.runs.steps.length);
    expect(run.outputs).toEqual({ ok: 'true', errors: '0', warnings: expect.stringMatching(/^\d+$/), sarif: '' });
    expect(run.summary).toMatch(/^## mde-partner: 1 listing\n\n✅ \*\*Passed\*\*: 0 errors, /);
  });

  it('the broken listing: exit 1, annotations in the log, counts, a table in the summary, SARIF', () => {
    const run = runAction({ listings: 'valid\nbroken', sarif: 'reports/mde-partner.sarif' });
    expect(run.status).toBe(1);
    const annotations = run.log.split('\n').filter((line) => /^::(error|warning|notice) file=/.test(line));
    expect(annotations.some((line) => line.startsWith('::error file=broken/mde-partner.json,line='))).toBe(true);
    expect(run.outputs.ok).toBe('false');
    expect(run.outputs.sarif).toBe('reports/mde-partner.sarif');
    const errors = Number(run.outputs.errors);
    const warnings = Number(run.outputs.warnings);
    expect(errors).toBeGreaterThan(0);
    expect(errors + warnings).toBe(annotations.filter((line) => !line.startsWith('::notice')).length);
    expect(run.summary).toContain('## mde-partner: 2 listings');
    expect(run.summary).toContain('| | Code | Severity | Place | Message | Fix |');
    expect(run.summary.split('\n').filter((line) => line.startsWith('| ❌ |'))).toHaveLength(errors);
    expect(run.summary.match(/^## /gm)).toHaveLength(1);
    const sarif = JSON.parse(readFileSync(join(run.workspace, 'reports/mde-partner.sarif'), 'utf8')) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results).toHaveLength(errors + warnings);
  });

  it('space-separated listings, text in the log', () => {
    const run = runAction({ listings: ' valid  broken ', format: 'text' });
    expect(run.status).toBe(1);
    expect(run.log).not.toMatch(/^::error/m);
    expect(run.log).toMatch(/broken\/mde-partner\.json/);
    expect(run.summary).toContain('## mde-partner: 2 listings');
  });

  describe('strict', () => {
    const listing = JSON.parse(readFileSync(join(repoRoot, 'examples/valid/mde-partner.json'), 'utf8')) as Record<string, unknown>;
    const warnOnly = join(work, 'warn-only');
    mkdirSync(warnOnly);
    cpSync(join(repoRoot, 'examples/valid/logo.svg'), join(warnOnly, 'logo.svg'));
    writeFileSync(join(warnOnly, 'mde-partner.json'), JSON.stringify({ ...listing, $schema: undefined, description: 'Stops account takeover.' }));

    it.each([
      ['false', 0, 'true', '✅ **Passed**'],
      ['true', 1, 'false', '❌ **Failed**'],
    ])('strict: %s, a listing with warnings only: exit %i', (strict, status, ok, verdict) => {
      const run = runAction({ listings: 'warn', strict }, { listings: { warn: warnOnly } });
      expect(run.status).toBe(status);
      expect(run.outputs.ok).toBe(ok);
      expect(run.outputs.errors).toBe('0');
      expect(Number(run.outputs.warnings)).toBeGreaterThan(0);
      expect(run.summary).toContain(verdict);
    });
  });

  it.each([
    ['a listing that does not exist', { listings: 'nowhere' }, /nowhere/],
    ['strict that is not a boolean', { strict: 'yes' }, /::error title=mde-partner::the strict input must be true or false/],
    ['an unknown format', { format: 'sarif' }, /::error title=mde-partner::the format input must be github or text/],
  ])('%s: exit 2, ok false, no counts', (_, inputs, message) => {
    const run = runAction(inputs);
    expect(run.status).toBe(2);
    expect(run.log).toMatch(message);
    expect(run.outputs).toEqual({ ok: 'false', errors: '', warnings: '', sarif: '' });
  });

  it('a path that looks like an option or a glob is taken as written', () => {
    const run = runAction({ listings: '--help *' });
    expect(run.status).toBe(2);
    expect(run.log).not.toContain('Usage:');
  });
});

// Installs the locked dependencies and builds in a copy of the sources, as a runner's checkout of
// the action is: the network (or a warm npm cache) and about a minute. Run with MDE_PARTNER_ACTION_INSTALL=1.
describe.runIf(process.env.MDE_PARTNER_ACTION_INSTALL === '1')('the action from a bare checkout', () => {
  it('installs, builds and checks', () => {
    const checkout = join(work, 'checkout');
    const files = spawnSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
    for (const file of files) if (existsSync(join(repoRoot, file))) cpSync(join(repoRoot, file), join(checkout, file));
    const run = runAction({ listings: 'broken' }, { actionPath: checkout });
    expect(run.log).not.toContain('installed and built already');
    expect(existsSync(join(checkout, 'dist/cli.js'))).toBe(true);
    expect(run.status).toBe(1);
    expect(run.outputs.ok).toBe('false');
    expect(Number(run.outputs.errors)).toBeGreaterThan(0);
  }, 600_000);
});
