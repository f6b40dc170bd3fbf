import type { ErrorWords } from './en/errors.js';
import { getLocale, type Locale } from './locale.js';

export type { ErrorWords } from './en/errors.js';

/** One chunk per language (static paths, split by esbuild): a run loads only its own. */
const modules: Record<Locale, () => Promise<{ errors: ErrorWords }>> = {
  en: () => import('./en/errors.js'),
  de: () => import('./de/errors.js'),
  fr: () => import('./fr/errors.js'),
  ja: () => import('./ja/errors.js'),
};

const loaded = new Map<Locale, ErrorWords>();

/** The messages that stop a run (exit 2, 3, 130) in a language. */
export async function loadErrors(locale: Locale = getLocale()): Promise<ErrorWords> {
  let words = loaded.get(locale);
  if (!words) loaded.set(locale, (words = (await modules[locale]()).errors));
  return words;
}
