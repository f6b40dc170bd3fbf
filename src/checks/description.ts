import type { Issue } from './finding.js';
import { findControlCharacter } from './text.js';
import { requirements } from '../domain/requirements.js';

/** Scripts written without spaces between words: a white-space piece there holds many words. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Particles, auxiliaries and verb endings: a segment written in hiragana only (the prolonged sound mark allowed). */
const HIRAGANA_ONLY = /^[\p{Script=Hiragana}\u30fc]+$/u;
/** A loanword or a piece of one: katakana only (with ー and the middle dot). */
const KATAKANA_ONLY = /^[\p{Script=Katakana}\u30fc\u30fb\uff70]+$/u;

let segmenter: Intl.Segmenter | undefined;

/**
 * Words in one white-space piece of a script written without spaces. Japanese (our reading of the
 * 15-word rule, docs/listing.md#words): the independent words count (自立語: nouns, verbs, adjectives,
 * names), the grammar attached to them does not: a segment written only in hiragana (は, を, し, ます …)
 * is not counted, and adjacent katakana segments are one loanword (the segmenter's dictionary splits
 * unfamiliar ones, フ|ィ|ッ|シン|グ). Chinese, Thai and the others count every word segment.
 */
function countUnspaced(piece: string): number {
  // A fixed locale: the segmentation must not depend on the LANG of the machine that validates.
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  let count = 0;
  let afterKatakana = false;
  for (const { segment, isWordLike } of segmenter.segment(piece)) {
    // The segmenter calls some symbols words ("㋐"); like a piece, a segment needs a letter or digit.
    if (!isWordLike || !LETTER_OR_DIGIT.test(segment) || HIRAGANA_ONLY.test(segment)) {
      afterKatakana = false;
      continue;
    }
    const katakana = KATAKANA_ONLY.test(segment);
    if (!(katakana && afterKatakana)) count++;
    afterKatakana = katakana;
  }
  return count;
}

/**
 * Counts words as a word processor does: split on white space; a piece is one word when it has a
 * letter or digit ("AI-driven" = 1, "24/7" = 1, a lone "—" = 0). Pieces in scripts written without
 * spaces are counted by Unicode word segmentation instead, Japanese by its independent words
 * (countUnspaced). `validate`, the wizard's live counter and the bundle all count through this.
 */
export function countDescriptionWords(text: string): number {
  let count = 0;
  for (const piece of text.split(/\s+/u)) {
    if (!LETTER_OR_DIGIT.test(piece)) continue;
    count += UNSPACED_SCRIPT.test(piece) ? countUnspaced(piece) : 1;
  }
  return count;
}

export function checkDescription(description: string): Issue[] {
  const field = '/description';
  const control = findControlCharacter(description);
  const issues: Issue[] = [];
  if (control) {
    issues.push({ code: 'DESCRIPTION_CONTROL_CHARACTER', field, args: { char: control.char, position: control.index + 1 } });
  }
  const count = countDescriptionWords(description);
  const target = requirements.description.words;
  if (count > target) issues.push({ code: 'DESCRIPTION_TOO_LONG', field, args: { count } });
  else if (count < target) issues.push({ code: 'DESCRIPTION_TOO_SHORT', field, args: { count } });
  return issues;
}
