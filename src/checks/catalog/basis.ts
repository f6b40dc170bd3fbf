import type { Args, Severity } from '../args.js';
import { requirements, sources, type SourceId } from '../../domain/requirements.js';

/**
 * Where a rule comes from, with what shows it. Four kinds, and nothing of ours is passed off as
 * Microsoft's:
 * - `microsoft`: a sentence of Microsoft's partner page says it (quoted verbatim, page and date cited);
 * - `standard`: an RFC or specification section says it;
 * - `reading`: our interpretation of a sentence of the page: which sentence, and why we read it so;
 * - `policy`: ours alone, with the reason.
 */
export type Basis =
  | { kind: 'microsoft'; source: SourceId; quote: string }
  | { kind: 'standard'; cite: string }
  | { kind: 'reading'; source: SourceId; quote: string; why: string }
  | { kind: 'policy'; why: string };

export type BasisKind = Basis['kind'];

export interface CodeInfo {
  title: string;
  severity: Severity;
  basis: Basis;
  /**
   * A security property: hostile content, header or terminal injection, a bound on time and memory,
   * nothing read outside the input, or the integrity of what a bundle carries. SARIF gives these a
   * security-severity.
   */
  security?: true;
  /**
   * A listing's `rules` can raise a locked rule but not relax it. Only security properties, and input
   * that cannot be read at all, are locked: a `reading` or `policy` rule is locked only when `security`.
   */
  locked?: true;
  explanation: string;
  fix: string;
  message: (args: Args) => string;
  hint?: (args: Args) => string | undefined;
  /**
   * The arguments whose value is an id from a fixed set (a reason, a kind), with that set: the
   * keys of the table of words the message picks from. A check hands over the id, never the words.
   */
  ids?: Readonly<Record<string, readonly string[]>>;
}

/** Words for each id an argument can take; the ids are the table's keys, so a check naming another does not compile. */
export type WordTable<Id extends string = string> = Readonly<Record<Id, (a: Args) => string>>;

/** The words of the id in `a[key]`; an id the table does not know (from an older report) is shown as it is. */
export function wordsFor(table: WordTable, a: Args, key = 'reason'): string {
  const id = String(a[key]);
  return Object.hasOwn(table, id) ? table[id]!(a) : id;
}

export const idsOf = (table: WordTable): readonly string[] => Object.keys(table);

/** The sentences of Microsoft's partner page that a basis quotes. */
export const Q = requirements.quotes;
export const microsoft = (quote: string, source: SourceId = 'current'): Basis => ({ kind: 'microsoft', source, quote });
export const standard = (cite: string): Basis => ({ kind: 'standard', cite });
export const reading = (quote: string, why: string, source: SourceId = 'current'): Basis => ({ kind: 'reading', source, quote, why });
export const ours = (why: string): Basis => ({ kind: 'policy', why });

/** Reasons shared by several `policy` rules. */
export const BOUNDS = 'Security: it bounds the time and memory a hostile file can cost; a real one is far below the limit.';
export const HOSTILE = 'Security: a logo is shown inside a security portal, so it may not run, load or embed anything. The profile follows SVG Tiny 1.2 and SVG Tiny PS (the profile BIMI requires for brand logos).';
export const CONTROL = 'Security: control characters are invisible in a form and, in a name that goes into an HTTP header, allow header injection.';
export const WHITESPACE = 'Leading or trailing spaces are invisible in a form and make names compare unequal. Hence a warning.';
export const FILE_FORMAT = 'mde-partner.json is this tool\'s file format (schemas/listing.schema.json).';
export const INTEGRITY = 'Security (integrity): a bundle carries only what was read and checked, and its listing.json validates against the published schema.';
export const BUNDLE = 'Security (integrity): a received bundle is what its manifest lists, byte for byte.';
export const OUTSIDE = 'Security: nothing outside the bundle is read or written.';
export const RENDERED = 'Judged from the drawing, with thresholds of ours that a listing can change: hence a warning.';

/** Where a basis comes from, in one line: "Microsoft: Become a … partner (en, 2025-03-26)", "RFC 9110 §5.5", … */
export function basisSource(basis: Basis): string {
  if (basis.kind === 'standard') return basis.cite;
  if (basis.kind === 'policy') return 'mde-partner policy';
  const page = sources[basis.source];
  return `${page.title} (${page.lang}${page.date ? `, ${page.date}` : ''})`;
}

/** The basis in a few sentences, for `explain`, the README and SARIF help. */
export function describeBasis(basis: Basis): string {
  switch (basis.kind) {
    case 'microsoft': return `Microsoft: "${basis.quote}" (${basisSource(basis)}).`;
    case 'standard': return `Standard: ${basis.cite}.`;
    case 'reading': return `Our reading of "${basis.quote}" (${basisSource(basis)}): ${basis.why}`;
    case 'policy': return `mde-partner policy: ${basis.why}`;
  }
}
