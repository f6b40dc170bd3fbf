import { styleText } from 'node:util';

type Format = Parameters<typeof styleText>[0];

export interface Style {
  error: (s: string) => string;
  warning: (s: string) => string;
  info: (s: string) => string;
  ok: (s: string) => string;
  dim: (s: string) => string;
  bold: (s: string) => string;
}

const make = (enabled: boolean) => (format: Format) => (s: string) => (enabled ? styleText(format, s) : s);

export function createStyle(enabled: boolean): Style {
  const style = make(enabled);
  return { error: style('red'), warning: style('yellow'), info: style('cyan'), ok: style('green'), dim: style('dim'), bold: style('bold') };
}

/**
 * Whether to color a stream: --no-color and NO_COLOR turn it off, FORCE_COLOR (not "0"/"false")
 * turns it on, otherwise only a terminal that is not "dumb" gets color.
 */
export function shouldColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (flag === true) return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}
