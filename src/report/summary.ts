import type { Finding, Severity } from '../checks/finding.js';
import { elide, escapeUnsafe } from '../checks/text.js';
import { fails } from './findings.js';
import type { ReportWords } from '../messages/en/report.js';
import { placeOf, type Report, type ReportOptions, type ReportSubject } from './report.js';

export interface SummaryOptions extends ReportOptions {
  /** The report words of the run's language. */
  words: ReportWords;
  /** What each report entry is ("listing", "bundle", "User-Agent", "capture"). */
  subject?: ReportSubject;
  /** Findings shown in the table; the rest are counted. */
  maxRows?: number;
}

/** A job summary has room for a page of findings; the log, SARIF and JSON carry them all. */
const SUMMARY_MAX_ROWS = 100;

/** A cell quoting input is cut here: one hostile value must not fill the summary (GitHub keeps 1 MiB a step). */
const MAX_CELL = 300;

/**
 * Text from a listing, a logo or a bundle as inert Markdown: control, bidi and invisible characters
 * (line breaks included) become visible escapes, then every ASCII punctuation character is
 * backslash-escaped. CommonMark lets any of them be escaped and then shows it literally, so no `|`
 * ends a table cell and no `<`, backtick, `*`, `[` or `$` starts HTML, code, emphasis, a link or math.
 */
export function markdownText(text: string, max = MAX_CELL): string {
  return escapeUnsafe(elide(text, max)).replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

function place(finding: Finding, listingPath: string): string {
  return [markdownText(placeOf(finding, finding.file ?? listingPath)), ...(finding.field ? [markdownText(finding.field)] : [])].join('<br>');
}

function counts(findings: readonly Finding[], words: ReportWords): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return words.summaryCounts({ errors, warnings });
}

/**
 * The job summary section (GitHub's `$GITHUB_STEP_SUMMARY`): a heading, the verdict with its counts,
 * each report entry's verdict when there are several, and a table of the findings in report order,
 * cut at `maxRows`. Pure: the caller appends it to the file.
 */
export function formatSummary(report: Report, options: SummaryOptions): string {
  const { words } = options;
  const subject = options.subject ?? 'listing';
  const maxRows = options.maxRows ?? SUMMARY_MAX_ROWS;
  const { errors, warnings, infos } = report.summary;
  const lines = [
    `## ${words.summaryHeading({ subject, count: report.listings.length })}`,
    '',
    `${report.ok ? `✅ **${words.summaryPassed}**` : `❌ **${words.summaryFailed}**`}: ${words.summaryCounts({ errors, warnings, infos })}${options.strict ? ` ${words.summaryStrict}` : ''}`,
    '',
  ];
  if (report.listings.length > 1) {
    const shown = report.listings.slice(0, maxRows);
    for (const listing of shown) lines.push(`- ${listing.ok ? '✅' : '❌'} ${markdownText(listing.path)}: ${counts(listing.findings, words)}`);
    if (report.listings.length > shown.length) lines.push(`- ${words.summaryMoreEntries({ subject, count: report.listings.length - shown.length })}`);
    lines.push('');
  }
  const rows = report.listings.flatMap((listing) => listing.findings.map((finding) => ({ listing, finding })));
  if (rows.length === 0) return `${lines.join('\n')}\n`;
  const column = words.summaryColumns;
  lines.push(`| | ${column.code} | ${column.severity} | ${column.place} | ${column.message} | ${column.fix} |`, '| --- | --- | --- | --- | --- | --- |');
  for (const { listing, finding } of rows.slice(0, maxRows)) {
    const icon = fails([finding], options.strict) ? '❌' : SEVERITY_ICON[finding.severity];
    lines.push(`| ${icon} | \`${finding.code}\` | ${words.severity[finding.severity]} | ${place(finding, listing.path)} | ${markdownText(finding.message)} | ${finding.hint ? markdownText(finding.hint) : ''} |`);
  }
  if (rows.length > maxRows) {
    lines.push('', words.summaryMoreFindings({ count: rows.length - maxRows }));
  }
  return `${lines.join('\n')}\n\n`;
}
