import type { Severity } from '../args.js';
import { requirements, type SourceId } from '../../domain/requirements.js';

/**
 * Where a rule comes from, with what shows it. Four kinds, and nothing of ours is passed off as
 * Microsoft's:
 * - `microsoft`: a sentence of Microsoft's partner page says it (quoted verbatim, page and date cited);
 * - `standard`: an RFC or specification section says it (which, in the code's words: `why`);
 * - `reading`: our interpretation of a sentence of the page: which sentence, and why we read it so;
 * - `policy`: ours alone, with the reason.
 * The reasons (`why`) are words, in each language's code words (src/messages/<language>/codes/).
 */
export type Basis =
  | { kind: 'microsoft'; source: SourceId; quote: string }
  | { kind: 'standard' }
  | { kind: 'reading'; source: SourceId; quote: string }
  | { kind: 'policy' };

export type BasisKind = Basis['kind'];

/** What a finding code is, in any language: how much it counts and where it comes from. */
export interface CodeRule {
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
  /**
   * The arguments whose value is an id from a fixed set (a reason, a kind), with that set: the keys
   * of the table of words the message picks from, in every language. A check hands over the id,
   * never the words.
   */
  ids?: Readonly<Record<string, readonly string[]>>;
}

/** The sentences of Microsoft's partner page that a basis quotes (verbatim, in English). */
export const Q = requirements.quotes;
export const microsoft = (quote: string, source: SourceId = 'current'): Basis => ({ kind: 'microsoft', source, quote });
export const standard = (): Basis => ({ kind: 'standard' });
export const reading = (quote: string, source: SourceId = 'current'): Basis => ({ kind: 'reading', source, quote });
export const ours = (): Basis => ({ kind: 'policy' });
