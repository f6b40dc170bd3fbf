/**
 * Untrusted text goes into terminals, CI logs and XML. `show` quotes it with every control,
 * bidirectional-override and invisible character escaped, and cuts it to a readable length, so a
 * hostile listing can neither move the cursor nor disguise what it contains.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/gu;

export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return '\\t';
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

export function show(value: string, max = 80): string {
  const chars = Array.from(value);
  const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : value;
  return `"${escapeUnsafe(cut).replace(/"/g, '\\"')}"`;
}

/** C0 and C1 controls and DEL; tab counts too, because none of the listing fields is multi-line. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;

export function findControlCharacter(text: string): { index: number; char: string } | undefined {
  const match = CONTROL.exec(text);
  return match ? { index: match.index, char: escapeUnsafe(match[0]) } : undefined;
}

/** Levenshtein distance, for "did you mean" on unknown fields and codes. */
export function editDistance(a: string, b: string): number {
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

export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
