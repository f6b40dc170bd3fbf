import type { BundleWords } from './en/bundle.js';
import { getLocale, type Locale } from './locale.js';

export type { BundleWords } from './en/bundle.js';

/** Each language's bundle words in a chunk of its own: only the languages asked for are loaded. */
const LOADERS: Record<Locale, () => Promise<BundleWords>> = {
  en: async () => (await import('./en/bundle.js')).bundle,
  de: async () => (await import('./de/bundle.js')).bundle,
  fr: async () => (await import('./fr/bundle.js')).bundle,
  ja: async () => (await import('./ja/bundle.js')).bundle,
};

const loaded = new Map<Locale, Promise<BundleWords>>();

/**
 * The bundle's words in a language: the run's by default (terminal output, exit-2 messages); the
 * bundle's files take the listing's `language` instead.
 */
export function loadBundle(locale: Locale = getLocale()): Promise<BundleWords> {
  let words = loaded.get(locale);
  if (!words) loaded.set(locale, (words = LOADERS[locale]()));
  return words;
}
