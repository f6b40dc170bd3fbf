import type { Report } from '../report.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif, type SarifOptions } from './sarif.js';
import { formatText, type TextOptions } from './text.js';

export const FORMATS = ['text', 'json', 'sarif', 'junit', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

/** What a formatter may be told besides the report; each reads the options that concern it. */
export type FormatOptions = TextOptions & SarifOptions;

/**
 * The formatters by name, as the CLI calls them: pure, a report and the words of the run's language
 * in, a string out. Nothing here imports words, so a run loads only its own language's.
 */
export const render: Record<FormatName, (report: Report, options: FormatOptions) => string> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
};
