import type { Args } from '../checks/args.js';

/** Words for one id an argument can take (a reason, a kind). */
export type Phrase = (a: Args) => string;

/** What a person reads about one finding code, in one language. */
export interface CodeWords {
  title: string;
  explanation: string;
  fix: string;
  /**
   * The basis in words: for a `reading` or `policy` rule why it is so; for a `standard` rule the
   * sections it rests on. A `microsoft` rule has none: Microsoft's quoted sentence speaks for itself.
   */
  why?: string;
  message: (a: Args) => string;
  hint?: (a: Args) => string | undefined;
}
