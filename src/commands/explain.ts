import type { Io } from './io.js';
import { catalog, codes, describeBasis, isCode, type Basis, type Code } from '../checks/catalog.js';
import { sources } from '../domain/requirements.js';
import { closest, show } from '../checks/text.js';
import { UsageError } from '../errors.js';

/** The basis as JSON: its kind and fields, with the cited page's title, date and URL spelled out. */
function basisJson(basis: Basis) {
  if (basis.kind !== 'microsoft' && basis.kind !== 'reading') return basis;
  const page = sources[basis.source];
  return { ...basis, page: { title: page.title, lang: page.lang, date: page.date, url: page.url } };
}

function describe(code: Code) {
  const info = catalog[code];
  return {
    code,
    title: info.title,
    severity: info.severity,
    basis: basisJson(info.basis),
    security: info.security === true,
    locked: info.locked === true,
    explanation: info.explanation,
    fix: info.fix,
  };
}

/** The basis for a person: the kind, then what shows it; the cited page's address on its own line. */
function basisLines(basis: Basis): string[] {
  const lines = [`basis:    ${basis.kind} — ${describeBasis(basis)}`];
  if (basis.kind === 'microsoft' || basis.kind === 'reading') {
    const page = sources[basis.source];
    if (page.url) lines.push(`          ${page.url}`);
  }
  return lines;
}

export function runExplain(code: string | undefined, options: { list?: boolean; format: 'text' | 'json' }, io: Io): number {
  if (options.list || code === undefined) {
    if (options.format === 'json') io.stdout.write(`${JSON.stringify(codes.map(describe), null, 2)}\n`);
    else io.stdout.write(`${codes.map((c) => `${c.padEnd(34)} ${catalog[c].severity.padEnd(8)} ${catalog[c].basis.kind.padEnd(10)} ${catalog[c].title}`).join('\n')}\n`);
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
    ...basisLines(catalog[wanted].basis),
    '',
    entry.explanation,
    '',
    `How to fix: ${entry.fix}`,
    '',
  ].join('\n'));
  return 0;
}
