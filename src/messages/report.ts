import { getLocale, type Locale } from './locale.js';
import type { ReportWords } from './en/report.js';

export type { ReportWords };

/**
 * The words of the reports, one module per language: static paths, so each is its own chunk and a
 * run loads only the language it speaks.
 */
const modules: Record<Locale, () => Promise<{ report: ReportWords }>> = {
  en: () => import('./en/report.js'),
  de: () => import('./de/report.js'),
  fr: () => import('./fr/report.js'),
  ja: () => import('./ja/report.js'),
};

const loaded = new Map<Locale, ReportWords>();

/** The report words of a language (the run's, by default). */
export async function loadReport(locale: Locale = getLocale()): Promise<ReportWords> {
  let words = loaded.get(locale);
  if (!words) loaded.set(locale, (words = (await modules[locale]()).report));
  return words;
}
