import { getLocale, type Locale } from './locale.js';

/**
 * One part of the words (the codes, the report, the help …) in every language: each language's module
 * is its own chunk (the loaders name static paths, so esbuild splits them), loaded the first time the
 * language is asked for, once.
 */
export function wordsPart<Words>(loaders: Readonly<Record<Locale, () => Promise<Words>>>) {
  const loading = new Map<Locale, Promise<Words>>();
  const ready = new Map<Locale, Words>();
  return {
    /** The part in a language, the run's by default. */
    load(locale: Locale = getLocale()): Promise<Words> {
      let words = loading.get(locale);
      if (!words) {
        loading.set(locale, (words = loaders[locale]().then((loaded) => {
          ready.set(locale, loaded);
          return loaded;
        })));
      }
      return words;
    },
    /** The part when it has been loaded already (for code that cannot wait); undefined when not. */
    loaded: (locale: Locale = getLocale()): Words | undefined => ready.get(locale),
  };
}
