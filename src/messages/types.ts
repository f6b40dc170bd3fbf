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

/** The words of the id in `a[key]`; an id the table does not know (from an older report) is shown as it is. */
export function wordsFor(table: Readonly<Record<string, Phrase>>, a: Args, key = 'reason'): string {
  const id = String(a[key]);
  return Object.hasOwn(table, id) ? table[id]!(a) : id;
}

/** How the basis of a rule is said (src/checks/catalog/basis.ts has the kinds). */
export interface BasisWords {
  /** What a `policy` rule's source is called. */
  policyName: string;
  /** A page of Microsoft's: title, language, date (may be empty). */
  page: (title: string, lang: string, date: string) => string;
  microsoft: (quote: string, source: string) => string;
  standard: (why: string) => string;
  reading: (quote: string, source: string, why: string) => string;
  policy: (why: string) => string;
}

/**
 * Everything a language says about findings: each code's words, the basis, and the phrases that
 * messages outside findings share (a file that cannot be read, a JSON syntax error, a JSON value).
 */
export interface CodeMessages {
  codes: Readonly<Record<import('../checks/catalog.js').Code, CodeWords>>;
  basis: BasisWords;
  /** "does not exist", "is a folder, not a file" … of `a.reason` (an UnreadableReason): the end of a sentence that starts with a path. */
  unreadable: (a: Args) => string;
  /** A JSON syntax error: what was found and, for a known cause, how to fix it. */
  jsonSyntax: (a: Args) => { found: string; fix?: string };
  /** "a string (\"x\")", "an array", "null" of `a.foundType`/`a.found`. */
  describeFound: (a: Args) => string;
  /** Why a host is not public (`a.reason` a NonPublicReason). */
  notPublic: (a: Args) => string;
  /** "more than 5000" when `a.over`, else the number of `a[key]`. */
  atLeast: (a: Args, key?: string) => string;
  /** " (3 more like this not shown)": the end of a message whose code was capped. */
  more: (n: number) => string;
}

/** What each report entry is, as the summaries count them ("1 listing checked", "2 captures"): an id each language words. */
export type ReportSubject = 'listing' | 'bundle' | 'User-Agent' | 'capture';

/** What a language says about one likely cause of a JSON syntax error: what was found, and the fix. */
export type JsonSyntaxWords = { found: Phrase; fix: Phrase };

/**
 * A JSON syntax error in a language's words: the likely cause (`a.cause`, one of the table's) with
 * its fix, else the parser's own error (`a.parseError`) in words.
 */
export function jsonSyntaxFrom(table: Readonly<Record<string, JsonSyntaxWords>>, parseErrorWords: (code: unknown) => string) {
  return (a: Args): { found: string; fix?: string } => {
    const words = typeof a.cause === 'string' && Object.hasOwn(table, a.cause) ? table[a.cause]! : undefined;
    return words ? { found: words.found(a), fix: words.fix(a) } : { found: parseErrorWords(a.parseError) };
  };
}

/**
 * A JSON value starting a sentence: a string shown as it is, anything else described (`describe`),
 * with a capital where the language has capitals ("An object", "Une valeur nulle", "オブジェクト").
 */
export function sentenceStartFrom(describe: Phrase) {
  return (a: Args): string => {
    if (a.foundType === 'string') return String(a.found);
    const described = describe(a);
    return described.charAt(0).toUpperCase() + described.slice(1);
  };
}
