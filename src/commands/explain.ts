import type { Io } from './io.js';
import { catalog, codes, isCode, type Basis, type Code } from '../checks/catalog.js';
import { sources } from '../domain/requirements.js';
import { closest, show } from '../checks/text.js';
import { UsageError } from '../errors.js';
import { describeBasis } from '../messages/basis.js';
import { loadCodeMessages } from '../messages/codes.js';
import { loadErrors } from '../messages/errors.js';
import { loadReport, type ReportWords } from '../messages/report.js';
import { columns } from '../report/formatters/text.js';
import type { CodeMessages } from '../messages/types.js';

/** The basis as JSON: its kind and fields, with the cited page's title, date and URL spelled out. */
function basisJson(basis: Basis) {
  if (basis.kind !== 'microsoft' && basis.kind !== 'reading') return basis;
  const page = sources[basis.source];
  return { ...basis, page: { title: page.title, lang: page.lang, date: page.date, url: page.url } };
}

/** A code as `explain --format json` gives it: its rule, and its words in the run's language (`why`: the basis in words). */
function describe(code: Code, messages: CodeMessages) {
  const rule = catalog[code];
  const words = messages.codes[code];
  return {
    code,
    title: words.title,
    severity: rule.severity,
    basis: { ...basisJson(rule.basis), ...(words.why === undefined ? {} : { why: words.why }) },
    security: rule.security === true,
    locked: rule.locked === true,
    explanation: words.explanation,
    fix: words.fix,
  };
}

/** The basis for a person: the kind, then what shows it; the cited page's address on its own line. */
function basisLines(basis: Basis, why: string | undefined, messages: CodeMessages, label: (text: string) => string, words: ReportWords): string[] {
  const lines = [`${label(words.explain.basis)}${basis.kind} — ${describeBasis(basis, why, messages.basis)}`];
  if (basis.kind === 'microsoft' || basis.kind === 'reading') {
    const page = sources[basis.source];
    if (page.url) lines.push(`${label('')}${page.url}`);
  }
  return lines;
}

export async function runExplain(code: string | undefined, options: { list?: boolean; format: 'text' | 'json' }, io: Io): Promise<number> {
  const messages = await loadCodeMessages();
  if (options.list || code === undefined) {
    if (options.format === 'json') io.stdout.write(`${JSON.stringify(codes.map((c) => describe(c, messages)), null, 2)}\n`);
    else io.stdout.write(`${codes.map((c) => `${c.padEnd(34)} ${catalog[c].severity.padEnd(8)} ${catalog[c].basis.kind.padEnd(10)} ${messages.codes[c].title}`).join('\n')}\n`);
    return 0;
  }
  const wanted = code.toUpperCase().replace(/-/g, '_');
  if (!isCode(wanted)) {
    const suggestion = closest(wanted, codes);
    throw new UsageError((await loadErrors()).unknownCode({ code: show(code, 80), ...(suggestion ? { suggestion } : {}) }));
  }
  const entry = describe(wanted, messages);
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify(entry, null, 2)}\n`);
    return 0;
  }
  const words = await loadReport();
  const { explain } = words;
  // The labels in a column of their own, as wide as the widest (Japanese characters take two columns).
  const width = Math.max(columns(explain.severity), columns(explain.basis)) + 1;
  const label = (text: string) => text + ' '.repeat(width - columns(text));
  io.stdout.write([
    `${entry.code} — ${entry.title}`,
    `${label(explain.severity)}${words.severity[entry.severity]}${entry.locked ? explain.locked : ''}`,
    ...basisLines(catalog[wanted].basis, messages.codes[wanted].why, messages, label, words),
    '',
    entry.explanation,
    '',
    `${words.howToFix} ${entry.fix}`,
    '',
  ].join('\n'));
  return 0;
}
