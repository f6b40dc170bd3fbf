import type { BundleWords } from './en/bundle.js';
import { wordsPart } from './part.js';

export type { BundleWords } from './en/bundle.js';

/** The bundle's words in a language: the run's by default (terminal output, exit-2 messages); the bundle's files take the listing's `language` instead. */
export const loadBundle = wordsPart<BundleWords>({
  en: async () => (await import('./en/bundle.js')).bundle,
  de: async () => (await import('./de/bundle.js')).bundle,
  fr: async () => (await import('./fr/bundle.js')).bundle,
  ja: async () => (await import('./ja/bundle.js')).bundle,
}).load;
