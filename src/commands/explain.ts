import type { Io } from '../cli.js';
import { catalog, codes, isCode, type Code } from '../checks/catalog.js';
import { closest, show } from '../checks/text.js';
import { UsageError } from '../errors.js';

const BASIS = { microsoft: "Microsoft's partner requirements", standard: 'a standard (RFC / platform limit)', policy: 'mde-partner policy' } as const;

function describe(code: Code) {
  const info = catalog[code];
  return { code, title: info.title, severity: info.severity, basis: info.basis, locked: info.locked === true, explanation: info.explanation, fix: info.fix };
}

export function runExplain(code: string | undefined, options: { list?: boolean; format: 'text' | 'json' }, io: Io): number {
  if (options.list || code === undefined) {
    if (options.format === 'json') io.stdout.write(`${JSON.stringify(codes.map(describe), null, 2)}\n`);
    else io.stdout.write(`${codes.map((c) => `${c.padEnd(34)} ${catalog[c].severity.padEnd(8)} ${catalog[c].title}`).join('\n')}\n`);
    return 0;
  }
  const wanted = code.toUpperCase().replace(/-/g, '_');
  if (!isCode(wanted)) {
    const suggestion = closest(wanted, codes);
    throw new UsageError(`unknown code ${show(code, 80)}.${suggestion ? ` Did you mean ${suggestion}?` : ''} Run "mde-partner explain --list" for every code.`);
  }
  const entry = describe(wanted);
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify(entry, null, 2)}\n`);
    return 0;
  }
  io.stdout.write([
    `${entry.code} — ${entry.title}`,
    `severity: ${entry.severity}${entry.locked ? ' (locked: "rules" can raise it but not relax it)' : ''}`,
    `source:   ${BASIS[entry.basis]}`,
    '',
    entry.explanation,
    '',
    `How to fix: ${entry.fix}`,
    '',
  ].join('\n'));
  return 0;
}
