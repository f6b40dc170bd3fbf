import type { Report } from '../report.js';
import type { SarifOptions } from './sarif.js';
import { formatText, type TextOptions } from './text.js';

export const FORMATS = ['text', 'json', 'sarif', 'junit', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

/** What a formatter may be told besides the report; each reads the options that concern it. */
export type FormatOptions = TextOptions & SarifOptions;

export type Formatter = (report: Report, options: FormatOptions) => string;

/**
 * The formatter of a format, as the CLI calls it: pure, a report and the words of the run's language
 * in, a string out. Text, the default, is at hand; the others are loaded when asked for, so a run
 * loads only the one it writes. Nothing here imports words, so a run loads only its own language's.
 */
export async function formatterFor(format: FormatName): Promise<Formatter> {
  switch (format) {
    case 'text': return formatText;
    case 'json': return (await import('./json.js')).formatJson;
    case 'sarif': return (await import('./sarif.js')).formatSarif;
    case 'junit': return (await import('./junit.js')).formatJunit;
    case 'github': return (await import('./github.js')).formatGithub;
  }
}
