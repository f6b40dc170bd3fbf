import { catalog } from '../../checks/catalog.js';
import type { Finding } from '../../checks/finding.js';
import { escapeUnsafe } from '../../checks/text.js';
import { failsWith, type Report, type ReportOptions } from '../report.js';
import { createStyle, type Style } from '../style.js';

export interface TextOptions extends ReportOptions {
  color?: boolean;
  /** Only failing findings and the summary. */
  quiet?: boolean;
  /** What each report entry is, for the summary line ("listing", "User-Agent"). */
  subject?: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function location(finding: Finding): string {
  if (!finding.file) return '';
  return finding.line !== undefined ? `${finding.file}:${finding.line}:${finding.column ?? 1}` : finding.file;
}

/**
 * Field pointers, paths and messages can carry text from the listing, the logo or a received bundle
 * (a JSON key, a file name in a zip). Every piece is escaped here, where it meets the terminal, so
 * no control or bidi character gets through, whichever check forgot to quote a value.
 */
function renderFinding(finding: Finding, style: Style): string {
  const paint = style[finding.severity];
  const label = paint(finding.severity.padEnd(7));
  const policy = catalog[finding.code].basis === 'policy' ? style.dim(' (mde-partner policy)') : '';
  const where = escapeUnsafe([finding.field, location(finding)].filter(Boolean).join('  '));
  const lines = [`  ${label} ${style.bold(finding.code)}${policy}${where ? `  ${style.dim(where)}` : ''}`, `          ${escapeUnsafe(finding.message)}`];
  if (finding.hint) lines.push(`          ${style.dim('fix:')} ${escapeUnsafe(finding.hint)}`);
  return lines.join('\n');
}

export function formatText(report: Report, options: TextOptions = {}): string {
  const style = createStyle(options.color === true);
  const out: string[] = [];
  for (const listing of report.listings) {
    const shown = options.quiet ? listing.findings.filter((f) => failsWith(f, options)) : listing.findings;
    if (options.quiet && shown.length === 0) continue;
    const mark = listing.ok ? style.ok('✔') : style.error('✖');
    out.push(`${mark} ${style.bold(escapeUnsafe(listing.path))}${listing.findings.length === 0 ? style.dim('  no problems') : ''}`);
    for (const finding of shown) out.push(renderFinding(finding, style));
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
