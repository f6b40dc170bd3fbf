import { getLocale, type Locale } from './locale.js';
import { wordsPart } from './part.js';
import type { CodeMessages } from './types.js';

/**
 * The words of the finding codes, one language at a time, loaded the first time a run has something
 * to say (a run without findings loads none).
 */
const part = wordsPart<CodeMessages>({
  en: async () => (await import('./en/codes.js')).messages,
  de: async () => (await import('./de/codes.js')).messages,
  fr: async () => (await import('./fr/codes.js')).messages,
  ja: async () => (await import('./ja/codes.js')).messages,
});

export const loadCodeMessages = part.load;

/** The words already loaded for a language, for code that cannot wait (a prompt's validation); its caller loaded them first. */
export function loadedCodeMessages(locale: Locale = getLocale()): CodeMessages {
  const messages = part.loaded(locale);
  if (!messages) throw new Error(`the words of the finding codes (${locale}) are used before loadCodeMessages()`);
  return messages;
}
