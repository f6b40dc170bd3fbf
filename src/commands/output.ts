import type { Io, OnlineFlag, OutputOptions } from '../cli.js';
import type { OnlineOptions } from '../online/landing-page.js';
import { formatters } from '../report/formatters/index.js';
import { getExitCode, type Report } from '../report/report.js';
import { shouldColor } from '../report/style.js';

/** Renders a report in the chosen format on stdout and returns the exit code for its findings. */
export function emitReport(report: Report, options: OutputOptions, io: Io, subject?: string): number {
  const color = options.format === 'text' && shouldColor(io.stdout, io.env, options.color);
  io.stdout.write(formatters[options.format](report, { strict: options.strict, quiet: options.quiet, color, subject, cwd: io.cwd }));
  return getExitCode(report);
}

/** What `--online` means for the checks: off, on with the defaults, or on with the Io's settings. */
export function onlineSetting(flag: OnlineFlag, io: Io): boolean | OnlineOptions {
  return flag.online === true ? (io.online ?? true) : false;
}
