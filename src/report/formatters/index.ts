import { report as english, type ReportWords } from '../../messages/en/report.js';
import type { Report } from '../report.js';
import { FORMATS, render, type FormatName, type FormatOptions } from './by-name.js';

export { FORMATS, type FormatName };

/** The library's options: as the CLI's, the words optional (English when not given). */
export type LibraryFormatOptions = Omit<FormatOptions, 'words'> & { words?: ReportWords };

/**
 * The formatters of the library API: a report in, a string out, in English unless `words` are given
 * (`await loadReport('de')`). The CLI calls `render` (./by-name.ts) with the words of its language,
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
