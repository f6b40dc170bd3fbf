import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, expect } from 'vitest';
import { repoRoot } from './helpers.js';

/**
 * Runs action.yml as GitHub's runner runs a composite action: each step's `run:` script through
 * `bash --noprofile --norc -eo pipefail`, in order, in the workspace, with GITHUB_ACTION_PATH, a
 * GITHUB_OUTPUT file per step and one GITHUB_STEP_SUMMARY for the job; `${{ inputs.x }}` in a step's
 * `env:` replaced by the input or its default; the action's outputs resolved from the steps'
 * outputs. The action keeps expressions out of its scripts, so this substitution is the runner's.
 */

export interface ActionInput { description: string; required?: boolean; default?: string }
export interface ActionStep { name?: string; id?: string; shell?: string; run?: string; uses?: string; env?: Record<string, string> }
export interface Action {
  name: string;
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

export const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as Action;
/** Each test file that imports this gets its own folder, removed after its tests. */
export const work = mkdtempSync(join(tmpdir(), 'mde-action-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

export const INPUT = /^\$\{\{ inputs\.([a-z][a-z0-9_-]*) \}\}$/;
export const STEP_OUTPUT = /^\$\{\{ steps\.([a-z][a-z0-9_-]*)\.outputs\.([a-z][a-z0-9_-]*) \}\}$/;

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

export interface ActionRun {
  status: number;
  log: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
  /** Names of the steps that ran (a failing step ends the action, as on the runner). */
  ran: string[];
}

let runs = 0;
export interface RunActionOptions {
  /** The action's folder (default: this checkout), or a function that makes it in the workspace and returns it. */
  actionPath?: string | ((workspace: string) => string);
  /** Folders copied into the workspace: name in the workspace → source (relative to the checkout). */
  listings?: Record<string, string>;
}

export function runAction(inputs: Record<string, string>, options: RunActionOptions = {}): ActionRun {
  const root = join(work, `run-${runs++}`);
  const workspace = join(root, 'workspace');
  mkdirSync(workspace, { recursive: true });
  for (const [name, source] of Object.entries(options.listings ?? { valid: 'examples/valid', broken: 'examples/broken' })) {
    cpSync(resolve(repoRoot, source), join(workspace, name), { recursive: true });
  }
  const actionPath = typeof options.actionPath === 'function' ? options.actionPath(workspace) : options.actionPath ?? repoRoot;
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
      GITHUB_ACTION_PATH: actionPath,
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
