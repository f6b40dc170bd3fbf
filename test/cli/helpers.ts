import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Io } from '../../src/cli.js';

export const repoRoot = resolve(__dirname, '../..');
export const bin = resolve(repoRoot, 'bin/mde-partner.js');

/**
 * The valid listing every test starts from: a copy of examples/valid in `dir`, with some listing
 * fields changed (undefined removes one), optionally another logo, and other files beside it (paths
 * relative to `dir`). The listing stays laid out as a person writes it, so findings have their lines.
 * Returns `dir`.
 */
export function copyExample(
  dir: string,
  change: { listing?: Record<string, unknown>; logo?: string | Buffer; files?: Record<string, string | Buffer> } = {},
): string {
  cpSync(join(repoRoot, 'examples/valid'), dir, { recursive: true });
  if (change.listing) {
    const listing = JSON.parse(readFileSync(join(dir, 'mde-partner.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'mde-partner.json'), `${JSON.stringify({ ...listing, ...change.listing }, null, 2)}\n`);
  }
  if (change.logo !== undefined) writeFileSync(join(dir, 'logo.svg'), change.logo);
  for (const [path, data] of Object.entries(change.files ?? {})) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), data);
  }
  return dir;
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built binary as a user would: a fresh process, no terminal, no color unless asked. Only for
 * what needs a process of its own (the exit code as the shell sees it, stdout apart from stderr, the
 * environment it starts with, a kill, a hang that must not take the test run with it); the rest uses
 * cliInProcess. `bin` runs another copy of the CLI (e.g. one installed without its optional
 * dependencies).
 */
export function run(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string; bin?: string } = {}): RunResult {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, DEBUG: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [options.bin ?? bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Output with the tool version and the checkout's location replaced, so snapshots survive a release and a move. */
export function normalize(text: string, version: string): string {
  return text.split(version).join('<version>').split(pathToFileURL(`${repoRoot}/`).href).join('file:///<checkout>/');
}

export interface InProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The CLI run in this process (`main` from src/cli.ts) with captured output and no terminal: for
 * tests of behaviour, where the process boundary itself is not what is tested.
 */
export async function cliInProcess(argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; online?: Io['online'] } = {}): Promise<InProcessResult> {
  const { main } = await import('../../src/cli.js');
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdin: { isTTY: false },
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: options.env ?? {},
    cwd: options.cwd ?? repoRoot,
    online: options.online,
  });
  return { code, stdout, stderr };
}
