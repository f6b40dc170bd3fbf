import { getLocale, type Locale } from './locale.js';
import type { CodeMessages } from './types.js';

/**
 * The words of the finding codes, one language at a time: each language is its own chunk, loaded the
 * first time a run has something to say (a run without findings loads none).
 */
const loaders: Record<Locale, () => Promise<{ messages: CodeMessages }>> = {
  en: () => import('./en/codes.js'),
  de: () => import('./de/codes.js'),
  fr: () => import('./fr/codes.js'),
  ja: () => import('./ja/codes.js'),
};

const loaded = new Map<Locale, CodeMessages>();

/** The words already loaded for a language, for code that cannot wait (a prompt's validation); its caller loaded them first. */
export function loadedCodeMessages(locale: Locale = getLocale()): CodeMessages {
  const messages = loaded.get(locale);
  if (!messages) throw new Error(`the words of the finding codes (${locale}) are used before loadCodeMessages()`);
  return messages;
}

export async function loadCodeMessages(locale: Locale = getLocale()): Promise<CodeMessages> {
  let messages = loaded.get(locale);
  if (!messages) loaded.set(locale, (messages = (await loaders[locale]()).messages));
  return messages;
}
