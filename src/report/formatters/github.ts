import { escapeUnsafe } from '../../checks/text.js';
import type { Report } from '../report.js';
import type { TextOptions, WordsOption } from './text.js';

/**
 * Workflow-command escaping: without it a hostile message could end the annotation and inject another
 * command. Control and bidi characters are escaped first (the log shows ANSI sequences as colors).
 */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub Actions annotations: one `::error file=…,line=…::` line per finding. */
export function formatGithub(report: Report, options: Pick<TextOptions, 'subject'> & WordsOption): string {
  const { words } = options;
  const lines: string[] = [];
  for (const listing of report.listings) {
    for (const finding of listing.findings) {
      const properties = [`file=${escapeProperty(escapeUnsafe(finding.file ?? listing.path))}`];
      if (finding.line !== undefined) properties.push(`line=${finding.line}`);
      if (finding.column !== undefined) properties.push(`col=${finding.column}`);
      properties.push(`title=${escapeProperty(`mde-partner ${finding.code}`)}`);
      const body = finding.hint ? `${escapeUnsafe(finding.message)}\n${words.fix} ${escapeUnsafe(finding.hint)}` : escapeUnsafe(finding.message);
      lines.push(`::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeData(body)}`);
    }
  }
  const { errors, warnings } = report.summary;
  lines.push(words.githubTotals({ subject: options.subject ?? 'listing', count: report.listings.length, errors, warnings, failing: !report.ok }));
  return `${lines.join('\n')}\n`;
}
