import type { Args } from '../../../checks/args.js';
import type { ValueType } from '../../../checks/catalog/values.js';
import { sentenceStartFrom, wordsFor, type Phrase } from '../../types.js';

/** A JSON value a message describes: its type (`foundType`), and the value itself (`found`) when it is a scalar. */
const VALUE_TYPES = {
  null: () => 'null',
  array: () => 'ein Array',
  object: () => 'ein Objekt',
  string: (a) => `eine Zeichenfolge (${a.found})`,
  number: (a) => `eine Zahl (${a.found})`,
  boolean: (a) => `ein boolescher Wert (${a.found})`,
} satisfies Record<ValueType, Phrase>;

/** „eine Zeichenfolge ("x")“, „ein Array“, „null“. */
export const describeFound = (a: Args) => wordsFor(VALUE_TYPES, a, 'foundType');

/** The same, starting a sentence: a string is shown as it is, anything else described ("Ein Objekt", "Eine Zahl (5)"). */
export const startFound = sentenceStartFrom(describeFound);
