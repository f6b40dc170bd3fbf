/**
 * What a command gets from the outside world, and what it answers with: the streams, the
 * environment, the working directory, the output options and the exit codes. Commands import these
 * from here; src/cli.ts builds them from the process and the parsed flags.
 */

/** Exit codes of DESIGN §3. */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3, cancelled: 130 } as const;

export interface OutputOptions {
  format: 'text' | 'json' | 'sarif' | 'junit' | 'github';
  strict?: boolean;
  quiet?: boolean;
  color?: boolean;
  /** false with --no-render: the rendered logo checks (and the bundle's previews) are skipped. */
  render?: boolean;
}

/** `--online` of init, validate, bundle and checklist. */
export interface OnlineFlag {
  online?: boolean;
}

export interface Io {
  stdin?: { isTTY?: boolean };
  stdout: { write: (s: string) => unknown; isTTY?: boolean };
  stderr: { write: (s: string) => unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /**
   * Limits and seams of the `--online` fetch (how hosts resolve, which CA is trusted). Only code can
   * set them — tests use them to reach a server on 127.0.0.1; no flag or variable does.
   */
  online?: import('../online/landing-page.js').OnlineOptions;
}
