import type { WizardWords } from './en/wizard.js';
import { wordsPart } from './part.js';

export type { WizardWords } from './en/wizard.js';

/** The words of `init` (the wizard, its summary and next steps, its exit-2 messages) in a language. */
export const loadWizard = wordsPart<WizardWords>({
  en: async () => (await import('./en/wizard.js')).wizard,
  de: async () => (await import('./de/wizard.js')).wizard,
  fr: async () => (await import('./fr/wizard.js')).wizard,
  ja: async () => (await import('./ja/wizard.js')).wizard,
}).load;
