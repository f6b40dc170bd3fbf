import { report as english, type ReportWords } from '../../messages/en/report.js';
import type { Report } from '../report.js';
import { FORMATS, type Formatter, type FormatName, type FormatOptions } from './by-name.js';
import { formatGithub as github } from './github.js';
import { formatJson as json } from './json.js';
import { formatJunit as junit } from './junit.js';
import { formatSarif as sarif } from './sarif.js';
import { formatText as text } from './text.js';

const render: Record<FormatName, Formatter> = { text, json, sarif, junit, github };

export { FORMATS, type FormatName };

/** The library's options: as the CLI's, the words optional (English when not given). */
export type LibraryFormatOptions = Omit<FormatOptions, 'words'> & { words?: ReportWords };

/**
 * The formatters of the library API: a report in, a string out, in English unless `words` are given
 * (`await loadReport('de')`). The CLI calls `formatterFor` (./by-name.ts) with the words of its language,
 * so English is not loaded beside another language.
 */
const withWords = (format: FormatName) => (report: Report, options: LibraryFormatOptions = {}): string =>
  render[format](report, { ...options, words: options.words ?? english });

export const formatters: Record<FormatName, (report: Report, options?: LibraryFormatOptions) => string> = {
  text: withWords('text'),
  json: withWords('json'),
  sarif: withWords('sarif'),
  junit: withWords('junit'),
  github: withWords('github'),
};

export const { text: formatText, json: formatJson, sarif: formatSarif, junit: formatJunit, github: formatGithub } = formatters;
