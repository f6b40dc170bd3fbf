import type { ChecklistWords } from './en/checklist.js';
import { getLocale, type Locale } from './locale.js';

export type { ChecklistWords } from './en/checklist.js';

/** Each language's checklist words in a chunk of its own: only the language asked for is loaded. */
const LOADERS: Record<Locale, () => Promise<ChecklistWords>> = {
  en: async () => (await import('./en/checklist.js')).checklist,
  de: async () => (await import('./de/checklist.js')).checklist,
  fr: async () => (await import('./fr/checklist.js')).checklist,
  ja: async () => (await import('./ja/checklist.js')).checklist,
};

const loaded = new Map<Locale, Promise<ChecklistWords>>();

/** The checklist's words (steps, items, states, sources) in a language: the run's by default. */
export function loadChecklist(locale: Locale = getLocale()): Promise<ChecklistWords> {
  let words = loaded.get(locale);
  if (!words) loaded.set(locale, (words = LOADERS[locale]()));
  return words;
}
