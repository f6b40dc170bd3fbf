import type { HelpWords } from './en/help.js';
import { wordsPart } from './part.js';

export type { HelpWords } from './en/help.js';

/** The command line's words (`--help`, commander's titles and parse errors) in a language. */
export const loadHelp = wordsPart<HelpWords>({
  en: async () => (await import('./en/help.js')).help,
  de: async () => (await import('./de/help.js')).help,
  fr: async () => (await import('./fr/help.js')).help,
  ja: async () => (await import('./ja/help.js')).help,
}).load;
