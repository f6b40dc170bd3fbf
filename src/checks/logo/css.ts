/**
 * Finds what matters for safety in CSS (style attributes, <style> elements, and presentation
 * attributes that take url()): url()/src() references, @import, expression() and animations.
 * CSS escapes ("\75 rl(") and comments are resolved first, so they cannot hide anything. Every
 * step is a single forward pass: hostile input of any shape stays linear.
 */
export type CssFindingKind = 'reference' | 'import' | 'expression' | 'animation';

export interface CssFinding {
  kind: CssFindingKind;
  /** For references: the URL as written (after unescaping). */
  value?: string;
  /** Offset into the original text, for line and column. */
  offset: number;
}

interface Decoded {
  text: string;
  /** Original offset of each decoded character. */
  origin: Int32Array;
}

function decode(css: string): Decoded {
  const out: string[] = [];
  const origin = new Int32Array(css.length + 1);
  let n = 0;
  let i = 0;
  while (i < css.length) {
    const ch = css[i]!;
    if (ch === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 2;
      out.push(' ');
      origin[n++] = i - 1;
      continue;
    }
    if (ch === '\\' && i + 1 < css.length) {
      const hex = /^[0-9a-fA-F]{1,6}/.exec(css.slice(i + 1, i + 7))?.[0];
      origin[n++] = i;
      if (hex) {
        const codePoint = parseInt(hex, 16);
        out.push(codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '\ufffd');
        i += 1 + hex.length;
        if (css[i] === ' ' || css[i] === '\t' || css[i] === '\n') i++;
      } else {
        out.push(css[i + 1]!);
        i += 2;
      }
      continue;
    }
    out.push(ch);
    origin[n++] = i;
    i++;
  }
  return { text: out.join(''), origin };
}

const TRIGGERS = /(url|src)\s*\(|@import\b|expression\s*\(|@(-[a-z]+-)?keyframes\b|(^|[\s;{])(-[a-z]+-)?animation(-name)?\s*:/gi;

/** Enough of a URL to classify and show it; the rest of a megabyte-long data: URI is not needed. */
const MAX_URL_SHOWN = 2048;

/**
 * For every position, where the next `)`, `"` and `'` are (-1: none). Built in one backward pass so
 * that finding the end of each url( costs O(1) even when the closers are far away or missing.
 */
function nextCloserTable(text: string): Record<string, Int32Array> {
  const table: Record<string, Int32Array> = {};
  for (const closer of [')', '"', "'"]) {
    const next = new Int32Array(text.length + 1);
    let last = -1;
    for (let i = text.length; i >= 0; i--) {
      if (text[i] === closer) last = i;
      next[i] = last;
    }
    table[closer] = next;
  }
  return table;
}

export function scanCss(css: string): CssFinding[] {
  const { text, origin } = decode(css);
  const findings: CssFinding[] = [];
  let next: Record<string, Int32Array> | undefined;
  for (const match of text.matchAll(TRIGGERS)) {
    const at = match.index;
    const word = match[0].toLowerCase().trimStart();
    const offset = origin[at + (match[0].length - match[0].trimStart().length)] ?? 0;
    if (word.startsWith('@import')) findings.push({ kind: 'import', offset });
    else if (word.startsWith('expression')) findings.push({ kind: 'expression', offset });
    else if (word.startsWith('url') || word.startsWith('src')) {
      let i = at + match[0].length;
      while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r' || text[i] === '\f') i++;
      const quote = text[i];
      const quoted = quote === '"' || quote === "'";
      const start = quoted ? i + 1 : i;
      const closer = quoted ? quote : ')';
      const end = (next ??= nextCloserTable(text))[closer]![start]!;
      const value = text.slice(start, Math.min(end < 0 ? text.length : end, start + MAX_URL_SHOWN)).trim();
      findings.push({ kind: 'reference', value, offset });
    } else findings.push({ kind: 'animation', offset });
  }
  return findings;
}
