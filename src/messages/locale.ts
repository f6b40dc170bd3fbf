/**
 * The languages everything a person reads comes in, and how one is chosen. Codes, keys and ids of
 * the machine formats never change with it.
 */
export const LOCALES = ['en', 'de', 'fr', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** The language of a POSIX locale name: `de_DE.UTF-8` → de, `ja_JP` → ja, `C`, `POSIX` or any other → en. */
export function localeOfPosix(value: string): Locale {
  const language = value.split(/[_.@-]/, 1)[0]!.toLowerCase();
  return isLocale(language) ? language : 'en';
}

/** Where the language came from, so a wrong value can be named with its source. */
export type LocaleChoice = { locale: Locale; from: 'flag' | 'MDE_PARTNER_LANG' | 'LC_ALL' | 'LC_MESSAGES' | 'LANG' | 'default' };

/**
 * The language of a run: `--lang`, else MDE_PARTNER_LANG, else the POSIX order LC_ALL, LC_MESSAGES,
 * LANG (the first that is set and not empty decides, as setlocale(3) does; C, POSIX and languages we
 * do not speak give English). `--lang` and MDE_PARTNER_LANG name a language we speak or are refused
 * (`{ invalid }`): they are asked for by name, so a typo should not silently give English.
 */
export function chooseLocale(flag: string | undefined, env: NodeJS.ProcessEnv): LocaleChoice | { invalid: string; from: 'flag' | 'MDE_PARTNER_LANG' } {
  if (flag !== undefined) return isLocale(flag) ? { locale: flag, from: 'flag' } : { invalid: flag, from: 'flag' };
  const own = env.MDE_PARTNER_LANG;
  if (own !== undefined && own !== '') return isLocale(own) ? { locale: own, from: 'MDE_PARTNER_LANG' } : { invalid: own, from: 'MDE_PARTNER_LANG' };
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (value !== undefined && value !== '') return { locale: localeOfPosix(value), from: name };
  }
  return { locale: 'en', from: 'default' };
}

let current: Locale = 'en';

/** The language of this process's words (set once by the command line from chooseLocale; a library caller may set it). */
export function setLocale(locale: Locale): void {
  current = locale;
}

export function getLocale(): Locale {
  return current;
}
