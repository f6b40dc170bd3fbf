import type { ReportWords } from './en/report.js';
import { wordsPart } from './part.js';

export type { ReportWords } from './en/report.js';

/** The words of the reports (everything but the findings' own words) in a language, the run's by default. */
export const loadReport = wordsPart<ReportWords>({
  en: async () => (await import('./en/report.js')).report,
  de: async () => (await import('./de/report.js')).report,
  fr: async () => (await import('./fr/report.js')).report,
  ja: async () => (await import('./ja/report.js')).report,
}).load;
