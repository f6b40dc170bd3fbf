/**
 * Untrusted text goes into terminals, CI logs and XML. `show` quotes it with every control,
 * bidirectional-override and invisible character escaped, and cuts it to a readable length, so a
 * hostile listing can neither move the cursor nor disguise what it contains.
 *
 * Escaped, by Unicode property rather than by a hand list, so that a newer Unicode version cannot
 * leave a gap: controls (Cc: C0, DEL, C1), format characters (Cf: bidi embeddings and isolates,
 * zero-width characters, tag characters U+E0000–E007F, interlinear annotation), line and paragraph
 * separators (Zl, Zp), Bidi_Control, every Default_Ignorable_Code_Point (variation selectors,
 * Hangul fillers U+115F/U+1160/U+3164/U+FFA0, U+034F, U+1D173–1D17A, U+2060–206F, U+FFF0–FFF8, ...)
 * and lone surrogates (Cs), which a terminal cannot show either.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Bidi_Control}\p{Default_Ignorable_Code_Point}]/gu;

/** One code point as an escape: \u00ad for the BMP, \u{e0041} beyond it. */
function escapeCodePoint(ch: string): string {
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  const codePoint = ch.codePointAt(0)!;
  return codePoint > 0xffff ? `\\u{${codePoint.toString(16)}}` : `\\u${codePoint.toString(16).padStart(4, '0')}`;
}

export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE, escapeCodePoint);
}

/** Multi-line text whose line breaks are ours: each line escaped, the breaks kept. */
export function escapeLines(text: string): string {
  return text.split('\n').map(escapeUnsafe).join('\n');
}

/** The first `max` code points of a value, and whether there were more (without splitting the whole string). */
export function elide(value: string, max: number): string {
  if (value.length <= max) return value;
  let count = 0;
  let end = 0;
  for (const ch of value) {
    if (count === max) return `${value.slice(0, end)}…`;
    count++;
    end += ch.length;
  }
  return value;
}

export function show(value: string, max = 80): string {
  return `"${escapeUnsafe(elide(value, max)).replace(/"/g, '\\"')}"`;
}

/** C0 and C1 controls and DEL; tab counts too, because none of the listing fields is multi-line. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;

export function findControlCharacter(text: string): { index: number; char: string } | undefined {
  const match = CONTROL.exec(text);
  return match ? { index: match.index, char: escapeUnsafe(match[0]) } : undefined;
}

/**
 * Typo suggestions are made only for names up to this many characters: no code or field name is
 * longer, and Levenshtein costs length × length, so a megabyte-long key is never compared.
 */
export const MAX_SUGGESTION_INPUT = 64;

/** Levenshtein distance, for "did you mean" on unknown fields and codes. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate nearest to `word`, when it is near enough to be a typo. Bounded: words longer than
 * MAX_SUGGESTION_INPUT get no suggestion, and a candidate whose length alone puts it out of reach
 * is not compared (the distance is at least the difference in length).
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > MAX_SUGGESTION_INPUT) return undefined;
  const reach = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) > Math.min(reach, bestDistance)) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= reach ? best : undefined;
}

/** Unknown names in one input that get a suggestion; the rest are reported without one, so 100,000 unknown keys cost 20 searches. */
const MAX_SUGGESTIONS = 20;

/** `closest` with a budget: the first `limit` calls search, later calls return undefined. */
export function suggester(limit: number = MAX_SUGGESTIONS): (word: string, candidates: readonly string[]) => string | undefined {
  let left = limit;
  return (word, candidates) => (left-- > 0 ? closest(word, candidates) : undefined);
}

/** A word for a POSIX shell: as it is when it is plain, else in single quotes (for commands users paste). */
export const shellQuote = (value: string): string => (/^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`);
