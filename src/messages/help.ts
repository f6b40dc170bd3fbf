import type { HelpWords } from './en/help.js';
import { getLocale, type Locale } from './locale.js';

export type { HelpWords } from './en/help.js';

/** One chunk per language (static paths, split by esbuild): a run loads only its own. */
const modules: Record<Locale, () => Promise<{ help: HelpWords }>> = {
  en: () => import('./en/help.js'),
  de: () => import('./de/help.js'),
  fr: () => import('./fr/help.js'),
  ja: () => import('./ja/help.js'),
};

const loaded = new Map<Locale, HelpWords>();

/** The command line's words (`--help`, commander's titles and parse errors) in a language. */
export async function loadHelp(locale: Locale = getLocale()): Promise<HelpWords> {
  let words = loaded.get(locale);
  if (!words) loaded.set(locale, (words = (await modules[locale]()).help));
  return words;
}
