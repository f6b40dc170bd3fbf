import type { ChecklistWords } from './en/checklist.js';
import { wordsPart } from './part.js';

export type { ChecklistWords } from './en/checklist.js';

/** The checklist's words (steps, items, states, sources) in a language: the run's by default. */
export const loadChecklist = wordsPart<ChecklistWords>({
  en: async () => (await import('./en/checklist.js')).checklist,
  de: async () => (await import('./de/checklist.js')).checklist,
  fr: async () => (await import('./fr/checklist.js')).checklist,
  ja: async () => (await import('./ja/checklist.js')).checklist,
}).load;
