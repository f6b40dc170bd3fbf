import type { Args } from '../../../checks/args.js';
import type { ValueType } from '../../../checks/catalog/values.js';
import { sentenceStartFrom, wordsFor, type Phrase } from '../../types.js';

/** A JSON value a message describes: its type (`foundType`), and the value itself (`found`) when it is a scalar. */
const VALUE_TYPES = {
  null: () => 'null',
  array: () => '配列',
  object: () => 'オブジェクト',
  string: (a) => `文字列（${a.found}）`,
  number: (a) => `数値（${a.found}）`,
  boolean: (a) => `ブール値（${a.found}）`,
} satisfies Record<ValueType, Phrase>;

/** "文字列 (\"x\")", "配列", "null". */
export const describeFound = (a: Args) => wordsFor(VALUE_TYPES, a, 'foundType');

/** The same, starting a sentence: a string is shown as it is, anything else described ("オブジェクト", "数値 (5)"). */
export const startFound = sentenceStartFrom(describeFound);
