import { catalog } from '../../checks/catalog.js';
import type { Finding } from '../../checks/finding.js';
import { escapeUnsafe } from '../../checks/text.js';
import { fails } from '../findings.js';
import { placeOf, plural, type CaptureAudit, type HostSummary, type Report, type ReportOptions } from '../report.js';
import { createStyle, type Style } from '../style.js';

export interface TextOptions extends ReportOptions {
  color?: boolean;
  /** Only failing findings and the summary. */
  quiet?: boolean;
  /** What each report entry is, for the summary line ("listing", "User-Agent"). */
  subject?: string;
}

function location(finding: Finding): string {
  return finding.file ? placeOf(finding) : '';
}

/**
 * Field pointers, paths and messages can carry text from the listing, the logo or a received bundle
 * (a JSON key, a file name in a zip). Every piece is escaped here, where it meets the terminal, so
 * no control or bidi character gets through, whichever check forgot to quote a value.
 */
function renderFinding(finding: Finding, style: Style): string {
  const paint = style[finding.severity];
  const label = paint(finding.severity.padEnd(7));
  const kind = catalog[finding.code].basis.kind;
  const policy = kind === 'policy' ? style.dim(' (mde-partner policy)') : kind === 'reading' ? style.dim(' (our reading of the docs)') : '';
  const where = escapeUnsafe([finding.field, location(finding)].filter(Boolean).join('  '));
  const lines = [`  ${label} ${style.bold(finding.code)}${policy}${where ? `  ${style.dim(where)}` : ''}`, `          ${escapeUnsafe(finding.message)}`];
  if (finding.hint) lines.push(`          ${style.dim('fix:')} ${escapeUnsafe(finding.hint)}`);
  return lines.join('\n');
}

const API_NAMES = { mde: 'MDE API', 'graph-security': 'Graph Security' } as const;

/** `ua audit`: the expected value, a table of requests per partner API host, and what was not judged. */
function renderAudit(audit: CaptureAudit, style: Style): string[] {
  const lines = [`  ${style.dim('expected User-Agent:')} ${escapeUnsafe(audit.expectedUserAgent)}  ${style.dim(`(${plural(audit.partnerRequests, 'partner API request')} of ${plural(audit.entries, 'entry', 'entries')})`)}`];
  lines.push(...renderHosts(audit.hosts, style));
  if (audit.corsPreflightsSkipped > 0) {
    lines.push(`  ${style.dim('note:')} ${plural(audit.corsPreflightsSkipped, 'CORS preflight')} to partner APIs not judged: the browser sends these OPTIONS requests itself, with its own User-Agent.`);
  }
  if (audit.batchesNotInspected > 0) {
    lines.push(`  ${style.dim('note:')} ${plural(audit.batchesNotInspected, 'Graph $batch request')} not judged: the body was too large, not JSON or base64-encoded, so the calls it carries are unknown.`);
  }
  return lines;
}

function renderHosts(hosts: HostSummary[], style: Style): string[] {
  if (hosts.length === 0) return [];
  const lines: string[] = [];
  const rows = [['host', 'api', 'requests', 'right', 'wrong'], ...hosts.map((h) => [h.host, API_NAMES[h.api], String(h.requests), String(h.rightAgent), String(h.wrongAgent)])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  rows.forEach((row, r) => {
    const cells = row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)));
    const wrong = r > 0 && row[4] !== '0';
    const text = `  ${cells.join('  ')}`;
    lines.push(r === 0 ? style.dim(text) : wrong ? style.error(text) : text);
  });
  return lines;
}

export function formatText(report: Report, options: TextOptions = {}): string {
  const style = createStyle(options.color === true);
  const out: string[] = [];
  for (const listing of report.listings) {
    const shown = options.quiet ? listing.findings.filter((f) => fails([f], options.strict)) : listing.findings;
    if (options.quiet && shown.length === 0) continue;
    const mark = listing.ok ? style.ok('✔') : style.error('✖');
    out.push(`${mark} ${style.bold(escapeUnsafe(listing.path))}${listing.findings.length === 0 ? style.dim('  no problems') : ''}`);
    for (const finding of shown) out.push(renderFinding(finding, style));
    if (listing.audit && !options.quiet) out.push(...renderAudit(listing.audit, style));
    out.push('');
  }
  const { errors, warnings, infos } = report.summary;
  const failing = report.listings.filter((l) => !l.ok).length;
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${infos ? `, ${plural(infos, 'note')}` : ''}`;
  const scope = `${plural(report.listings.length, options.subject ?? 'listing')} checked`;
  out.push(report.ok
    ? `${style.ok('✔')} ${scope}: ${counts}.`
    : `${style.error('✖')} ${scope}: ${counts}; ${failing} failing${options.strict && warnings > 0 ? ' (--strict: warnings fail)' : ''}.`);
  if (!report.ok) out.push(style.dim('  Run `mde-partner explain CODE` for what a code means and how to fix it.'));
  return `${out.join('\n')}\n`;
}
