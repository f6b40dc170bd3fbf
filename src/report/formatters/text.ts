import { catalog } from '../../checks/catalog.js';
import type { Finding } from '../../checks/finding.js';
import { escapeUnsafe } from '../../checks/text.js';
import { fails } from '../findings.js';
import type { ReportWords } from '../../messages/en/report.js';
import { placeOf, type CaptureAudit, type HostSummary, type Report, type ReportOptions, type ReportSubject } from '../report.js';
import { createStyle, type Style } from '../style.js';

/** What every formatter that writes words is handed: the report words of the run's language. */
export interface WordsOption {
  words: ReportWords;
}

export interface TextOptions extends ReportOptions, WordsOption {
  color?: boolean;
  /** Only failing findings and the summary. */
  quiet?: boolean;
  /** What each report entry is, for the summary line ("listing", "User-Agent"). */
  subject?: ReportSubject;
}

/** East Asian wide and full-width characters (Hangul, CJK, kana, full-width forms): two columns each. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Columns a string takes in a terminal: East Asian wide and full-width characters take two. */
export function columns(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** `text` padded with spaces to `width` terminal columns, at the end or (numbers) at the start. */
const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - columns(text)));
const padStart = (text: string, width: number) => ' '.repeat(Math.max(0, width - columns(text))) + text;

function location(finding: Finding): string {
  return finding.file ? placeOf(finding) : '';
}

/**
 * Field pointers, paths and messages can carry text from the listing, the logo or a received bundle
 * (a JSON key, a file name in a zip). Every piece is escaped here, where it meets the terminal, so
 * no control or bidi character gets through, whichever check forgot to quote a value.
 */
function renderFinding(finding: Finding, style: Style, words: ReportWords): string {
  const paint = style[finding.severity];
  // The severity column is as wide as the widest of the language's three labels.
  const width = Math.max(...Object.values(words.severity).map(columns));
  const label = paint(padEnd(words.severity[finding.severity], width));
  const indent = ' '.repeat(width + 3);
  const kind = catalog[finding.code].basis.kind;
  const policy = kind === 'policy' || kind === 'reading' ? style.dim(` ${words.basis[kind]}`) : '';
  const where = escapeUnsafe([finding.field, location(finding)].filter(Boolean).join('  '));
  const lines = [`  ${label} ${style.bold(finding.code)}${policy}${where ? `  ${style.dim(where)}` : ''}`, `${indent}${escapeUnsafe(finding.message)}`];
  if (finding.hint) lines.push(`${indent}${style.dim(words.fix)} ${escapeUnsafe(finding.hint)}`);
  return lines.join('\n');
}

const API_NAMES = { mde: 'MDE API', 'graph-security': 'Graph Security' } as const;

/** `ua audit`: the expected value, a table of requests per partner API host, and what was not judged. */
function renderAudit(audit: CaptureAudit, style: Style, words: ReportWords): string[] {
  const lines = [`  ${style.dim(words.expectedUserAgent)} ${escapeUnsafe(audit.expectedUserAgent)}  ${style.dim(words.requestsOf({ requests: audit.partnerRequests, entries: audit.entries }))}`];
  lines.push(...renderHosts(audit.hosts, style, words));
  if (audit.corsPreflightsSkipped > 0) lines.push(`  ${style.dim(words.note)} ${words.preflightsSkipped({ count: audit.corsPreflightsSkipped })}`);
  if (audit.batchesNotInspected > 0) lines.push(`  ${style.dim(words.note)} ${words.batchesNotInspected({ count: audit.batchesNotInspected })}`);
  return lines;
}

function renderHosts(hosts: HostSummary[], style: Style, words: ReportWords): string[] {
  if (hosts.length === 0) return [];
  const lines: string[] = [];
  const { host, api, requests, right, wrong: wrongAgent } = words.hostTable;
  const rows = [[host, api, requests, right, wrongAgent], ...hosts.map((h) => [h.host, API_NAMES[h.api], String(h.requests), String(h.rightAgent), String(h.wrongAgent)])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => columns(row[i]!))));
  rows.forEach((row, r) => {
    const cells = row.map((cell, i) => (i < 2 ? padEnd(cell, widths[i]!) : padStart(cell, widths[i]!)));
    const wrong = r > 0 && row[4] !== '0';
    const text = `  ${cells.join('  ')}`;
    lines.push(r === 0 ? style.dim(text) : wrong ? style.error(text) : text);
  });
  return lines;
}

export function formatText(report: Report, options: TextOptions): string {
  const { words } = options;
  const style = createStyle(options.color === true);
  const out: string[] = [];
  for (const listing of report.listings) {
    const shown = options.quiet ? listing.findings.filter((f) => fails([f], options.strict)) : listing.findings;
    if (options.quiet && shown.length === 0) continue;
    const mark = listing.ok ? style.ok('✔') : style.error('✖');
    out.push(`${mark} ${style.bold(escapeUnsafe(listing.path))}${listing.findings.length === 0 ? style.dim(`  ${words.noProblems}`) : ''}`);
    for (const finding of shown) out.push(renderFinding(finding, style, words));
    if (listing.audit && !options.quiet) out.push(...renderAudit(listing.audit, style, words));
    out.push('');
  }
  const { errors, warnings, infos } = report.summary;
  const failing = report.listings.filter((l) => !l.ok).length;
  const checked = words.checked({ subject: options.subject ?? 'listing', count: report.listings.length, errors, warnings, notes: infos });
  out.push(report.ok
    ? `${style.ok('✔')} ${words.passed({ checked })}`
    : `${style.error('✖')} ${words.failed({ checked, failing, strictWarnings: options.strict === true && warnings > 0 })}`);
  if (!report.ok) out.push(style.dim(`  ${words.explainHint}`));
  return `${out.join('\n')}\n`;
}
