import type { styleText } from 'node:util';

type Format = Parameters<typeof styleText>[0];

export interface Style {
  error: (s: string) => string;
  warning: (s: string) => string;
  info: (s: string) => string;
  ok: (s: string) => string;
  dim: (s: string) => string;
  bold: (s: string) => string;
}

/**
 * Whether to color is decided once, by shouldColor; styleText must not decide again (by default it
 * drops the colors when process.stdout is not a terminal, which would defeat --color in a pipe).
 */
const make = (enabled: boolean) => (format: Format) => (s: string) => (enabled ? paint(format, s) : s);

/** node:util costs about 6 ms to load; output without color never loads it. */
const paint = (format: Format, s: string) => process.getBuiltinModule('node:util').styleText(format, s, { validateStream: false });

export function createStyle(enabled: boolean): Style {
  const style = make(enabled);
  return { error: style('red'), warning: style('yellow'), info: style('cyan'), ok: style('green'), dim: style('dim'), bold: style('bold') };
}

/**
 * Whether to color a stream: the flags win (--color forces it, in a pipe too; --no-color turns it
 * off), as no-color.org asks of command-line arguments; then NO_COLOR turns it off and FORCE_COLOR
 * (not "0"/"false") on; otherwise only a terminal that is not "dumb" gets color.
 */
export function shouldColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return stream.isTTY === true && env.TERM !== 'dumb';
}
