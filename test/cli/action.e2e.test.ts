import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

/**
 * Runs action.yml as GitHub's runner runs a composite action: each step's `run:` script through
 * `bash --noprofile --norc -eo pipefail`, in order, in the workspace, with GITHUB_ACTION_PATH, a
 * GITHUB_OUTPUT file per step and one GITHUB_STEP_SUMMARY for the job; `${{ inputs.x }}` in a step's
 * `env:` replaced by the input or its default; the action's outputs resolved from the steps'
 * outputs. The action keeps expressions out of its scripts, so this substitution is the runner's.
 */

interface ActionInput { description: string; required?: boolean; default?: string }
interface ActionStep { name?: string; id?: string; shell?: string; run?: string; uses?: string; env?: Record<string, string> }
interface Action {
  name: string;
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as Action;
const work = mkdtempSync(join(tmpdir(), 'mde-action-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const INPUT = /^\$\{\{ inputs\.([a-z][a-z0-9_-]*) \}\}$/;
const STEP_OUTPUT = /^\$\{\{ steps\.([a-z][a-z0-9_-]*)\.outputs\.([a-z][a-z0-9_-]*) \}\}$/;

/** `name=value` lines and `name<<DELIMITER` blocks, as the runner reads GITHUB_OUTPUT. */
function readOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

interface ActionRun {
  status: number;
  log: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
  /** Names of the steps that ran (a failing step ends the action, as on the runner). */
  ran: string[];
}

let runs = 0;
function runAction(inputs: Record<string, string>, options: { actionPath?: string; listings?: Record<string, string> } = {}): ActionRun {
  const root = join(work, `run-${runs++}`);
  const workspace = join(root, 'workspace');
  mkdirSync(workspace, { recursive: true });
  for (const [name, source] of Object.entries(options.listings ?? { valid: 'examples/valid', broken: 'examples/broken' })) {
    cpSync(resolve(repoRoot, source), join(workspace, name), { recursive: true });
  }
  const summaryPath = join(root, 'step-summary.md');
  writeFileSync(summaryPath, '');
  for (const name of Object.keys(inputs)) expect(action.inputs, `unknown input ${name}`).toHaveProperty(name);
  const inputValue = (name: string) => inputs[name] ?? action.inputs[name]?.default ?? '';

  const stepOutputs: Record<string, Record<string, string>> = {};
  const ran: string[] = [];
  let log = '';
  let status = 0;
  action.runs.steps.forEach((step, index) => {
    if (status !== 0) return;
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_ACTION_PATH: options.actionPath ?? repoRoot,
      GITHUB_OUTPUT: join(root, `output-${index}`),
      GITHUB_STEP_SUMMARY: summaryPath,
      RUNNER_TEMP: root,
    };
    for (const [key, value] of Object.entries(step.env ?? {})) {
      const match = INPUT.exec(value);
      expect(match, `env ${key} of step "${step.name}" is one input expression`).not.toBeNull();
      env[key] = inputValue(match![1]!);
    }
    writeFileSync(env.GITHUB_OUTPUT!, '');
    const script = join(root, `step-${index}.sh`);
    writeFileSync(script, step.run!);
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: workspace, env, encoding: 'utf8', timeout: 300_000 });
    log += result.stdout + result.stderr;
    ran.push(step.name ?? String(index));
    status = result.status ?? 128;
    if (step.id) stepOutputs[step.id] = readOutputFile(readFileSync(env.GITHUB_OUTPUT!, 'utf8'));
  });
  const outputs: Record<string, string> = {};
  for (const [name, { value }] of Object.entries(action.outputs)) {
    const [, step, output] = STEP_OUTPUT.exec(value)!;
    outputs[name] = stepOutputs[step!]?.[output!] ?? '';
  }
  return { status, log, outputs, summary: readFileSync(summaryPath, 'utf8'), workspace, ran };
}

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
