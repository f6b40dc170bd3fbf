import type { ErrorWords } from './en/errors.js';
import { wordsPart } from './part.js';

export type { ErrorWords } from './en/errors.js';

/** The messages that stop a run (exit 2, 3, 130) in a language. */
export const loadErrors = wordsPart<ErrorWords>({
  en: async () => (await import('./en/errors.js')).errors,
  de: async () => (await import('./de/errors.js')).errors,
  fr: async () => (await import('./fr/errors.js')).errors,
  ja: async () => (await import('./ja/errors.js')).errors,
}).load;
