import type { descriptionCodes } from '../../../checks/catalog/description.js';
import type { CodeWords } from '../../types.js';
import { requirements as MS } from '../../../domain/requirements.js';
import { CONTROL } from './reasons.js';
import { words } from './words.js';

/** Finding codes of the description. */
export const descriptionWords = {
  DESCRIPTION_TOO_LONG: {
    title: 'Description has more than 15 words',
    why: `The page asks for "a ${MS.description.words}-word product description" and says no more. We read ${MS.description.words} as the most the description may have, so more is an error; the page does not say that more is refused, so a listing can relax this to a warning.`,
    explanation: `Microsoft asks for a ${MS.description.words}-word product description. Words are counted as a word processor does: pieces between white space that contain a letter or digit ("AI-driven" and "24/7" are one word each; a lone dash is none). Chinese and Thai are split into words by Unicode word segmentation. Japanese is counted by its independent words, which is our reading, not Microsoft's: particles, auxiliaries and verb endings written only in hiragana are not counted, and a katakana loanword counts as one word.`,
    fix: `Shorten the description to ${MS.description.words} words.`,
    message: (a) => `The description has ${words(a.count)}; Microsoft asks for ${MS.description.words}.`,
    hint: (a) => `Remove ${words(Number(a.count) - MS.description.words)}.`,
  },
  DESCRIPTION_TOO_SHORT: {
    title: 'Description has fewer than 15 words',
    why: `The page asks for "a ${MS.description.words}-word product description" and does not say "exactly", so fewer words is a warning, not an error.`,
    explanation: `Microsoft asks for a ${MS.description.words}-word product description; the docs do not say "exactly", so fewer words is a warning.`,
    fix: `Use the full ${MS.description.words} words to say what the integration does.`,
    message: (a) => `The description has ${words(a.count)}; Microsoft asks for ${MS.description.words}.`,
    hint: (a) => `You can add ${words(MS.description.words - Number(a.count))}.`,
  },
  DESCRIPTION_CONTROL_CHARACTER: {
    title: 'Description contains a control character',
    why: CONTROL,
    explanation: 'The description is pasted into a one-line form; control characters are invisible or dangerous there.',
    fix: 'Remove the character shown (use a plain space instead of tabs and newlines).',
    message: (a) => `The description contains the control character ${a.char} at position ${a.position}.`,
  },
} satisfies Record<keyof typeof descriptionCodes, CodeWords>;
