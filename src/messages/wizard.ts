import type { WizardWords } from './en/wizard.js';
import { getLocale, type Locale } from './locale.js';

export type { WizardWords };

/** Each language's words in a chunk of its own: only the chosen one is loaded. */
const TABLE: Record<Locale, () => Promise<{ wizard: WizardWords }>> = {
  en: () => import('./en/wizard.js'),
  de: () => import('./de/wizard.js'),
  fr: () => import('./fr/wizard.js'),
  ja: () => import('./ja/wizard.js'),
};

const loaded = new Map<Locale, WizardWords>();

/** The words of `init` (the wizard, its summary and next steps, its exit-2 messages) in a language. */
export async function loadWizard(locale: Locale = getLocale()): Promise<WizardWords> {
  let words = loaded.get(locale);
  if (!words) loaded.set(locale, (words = (await TABLE[locale]()).wizard));
  return words;
}
