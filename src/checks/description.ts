import type { Issue } from './finding.js';
import { findControlCharacter } from './text.js';
import { requirements } from '../domain/requirements.js';

/** Scripts written without spaces between words: a white-space piece there holds many words. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

let segmenter: Intl.Segmenter | undefined;

/**
 * Counts words as a word processor does: split on white space; a piece is one word when it has a
 * letter or digit ("AI-driven" = 1, "24/7" = 1, a lone "—" = 0). Pieces in scripts written without
 * spaces are counted by Unicode word segmentation instead.
 */
export function countDescriptionWords(text: string): number {
  let count = 0;
  for (const piece of text.split(/\s+/u)) {
    if (!LETTER_OR_DIGIT.test(piece)) continue;
    if (!UNSPACED_SCRIPT.test(piece)) {
      count++;
      continue;
    }
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
    for (const segment of segmenter.segment(piece)) {
      // The segmenter calls some symbols words ("㋐"); like a piece, a segment needs a letter or digit.
      if (segment.isWordLike && LETTER_OR_DIGIT.test(segment.segment)) count++;
    }
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
