import type { Args } from '../../../checks/args.js';
import type { ValueType } from '../../../checks/catalog/values.js';
import { sentenceStartFrom, wordsFor, type Phrase } from '../../types.js';

/** Une valeur JSON que décrit un message: son type (`foundType`), et la valeur elle-même (`found`) si c’est un scalaire. */
const VALUE_TYPES = {
  null: () => 'null',
  array: () => 'un tableau',
  object: () => 'un objet',
  string: (a) => `une chaîne (${a.found})`,
  number: (a) => `un nombre (${a.found})`,
  boolean: (a) => `un booléen (${a.found})`,
} satisfies Record<ValueType, Phrase>;

/** « une chaîne ("x") », « un tableau », « null ». */
export const describeFound = (a: Args) => wordsFor(VALUE_TYPES, a, 'foundType');

/** La même chose en début de phrase: une chaîne est montrée telle quelle, le reste est décrit (« Un objet », « Un nombre (5) »). */
export const startFound = sentenceStartFrom(describeFound);
