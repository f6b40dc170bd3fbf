import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Io, OnlineFlag, OutputOptions } from './io.js';
import { show } from '../checks/text.js';
import { loadCodeMessages } from '../messages/codes.js';
import { loadReport, type ReportWords } from '../messages/report.js';
import type { OnlineOptions } from '../online/landing-page.js';
import { formatterFor } from '../report/formatters/by-name.js';
import { getExitCode, type Report, type ReportSubject } from '../report/report.js';
import { shouldColor } from '../report/style.js';
import { formatSummary } from '../report/summary.js';

/**
 * Renders a report in the chosen format on stdout, in the run's language, and returns the exit code
 * for its findings. In GitHub Actions (`GITHUB_STEP_SUMMARY` set) it also appends the report to the
 * job summary.
 */
export async function emitReport(report: Report, options: OutputOptions, io: Io, subject?: ReportSubject): Promise<number> {
  const words = await loadReport();
  const color = options.format === 'text' && shouldColor(io.stdout, io.env, options.color);
  // SARIF describes each rule it reports; the words of the codes are loaded only when there is one.
  const codes = options.format === 'sarif' && report.listings.some((listing) => listing.findings.length > 0) ? await loadCodeMessages() : undefined;
  io.stdout.write((await formatterFor(options.format))(report, { strict: options.strict, quiet: options.quiet, color, subject, cwd: io.cwd, words, codes }));
  appendJobSummary(report, options, io, words, subject);
  return getExitCode(report);
}

/**
 * The job summary is a courtesy: a path that cannot be written costs a one-line warning, never the
 * run's exit code, and stdout is left as every format defines it.
 */
function appendJobSummary(report: Report, options: OutputOptions, io: Io, words: ReportWords, subject?: ReportSubject): void {
  const path = io.env.GITHUB_STEP_SUMMARY;
  if (!path) return;
  try {
    appendFileSync(resolve(io.cwd, path), formatSummary(report, { strict: options.strict, subject, words }));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    io.stderr.write(`${words.summaryNotWritten({ path: show(path), reason })}\n`);
  }
}

/** What `--online` means for the checks: off, on with the defaults, or on with the Io's settings. */
export function onlineSetting(flag: OnlineFlag, io: Io): boolean | OnlineOptions {
  return flag.online === true ? (io.online ?? true) : false;
}
