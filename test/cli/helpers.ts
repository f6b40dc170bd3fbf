import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '../..');
export const bin = resolve(repoRoot, 'bin/mde-partner.js');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary as a user would: a fresh process, no terminal, no color unless asked. */
/** `bin` runs another copy of the CLI (e.g. one installed without its optional dependencies). */
export function run(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string; bin?: string } = {}): RunResult {
  const env = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, DEBUG: undefined, ...options.env };
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

/** Output with the tool version replaced, so snapshots survive a release. */
export function normalize(text: string, version: string): string {
  return text.split(version).join('<version>');
}
