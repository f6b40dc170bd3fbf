import type { Args } from '../../../checks/args.js';
import type { ValueType } from '../../../checks/catalog/values.js';
import { sentenceStartFrom, wordsFor, type Phrase } from '../../types.js';

/** A JSON value a message describes: its type (`foundType`), and the value itself (`found`) when it is a scalar. */
const VALUE_TYPES = {
  null: () => 'null',
  array: () => 'an array',
  object: () => 'an object',
  string: (a) => `a string (${a.found})`,
  number: (a) => `a number (${a.found})`,
  boolean: (a) => `a boolean (${a.found})`,
} satisfies Record<ValueType, Phrase>;

/** "a string (\"x\")", "an array", "null". */
export const describeFound = (a: Args) => wordsFor(VALUE_TYPES, a, 'foundType');

/** The same, starting a sentence: a string is shown as it is, anything else described ("An object", "A number (5)"). */
export const startFound = sentenceStartFrom(describeFound);
