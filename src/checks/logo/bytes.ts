import { isUtf8 } from 'node:buffer';
import type { Issue } from '../finding.js';
import type { NotSvgKind } from '../catalog/logo.js';

const SIGNATURES: ReadonlyArray<[number[], NotSvgKind]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'png'],
  [[0xff, 0xd8, 0xff], 'jpeg'],
  [[0x47, 0x49, 0x46, 0x38], 'gif'],
  [[0x25, 0x50, 0x44, 0x46], 'pdf'],
  [[0x50, 0x4b, 0x03, 0x04], 'zip'],
  [[0x52, 0x49, 0x46, 0x46], 'riff'],
  [[0x00, 0x00, 0x01, 0x00], 'ico'],
  [[0x49, 0x49, 0x2a, 0x00], 'tiff'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'tiff'],
  [[0x42, 0x4d], 'bmp'],
  [[0x25, 0x21, 0x50, 0x53], 'postscript'],
  [[0x7f, 0x45, 0x4c, 0x46], 'elf'],
  [[0x4d, 0x5a], 'pe'],
];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** 1-based line and column of a byte offset, for findings made before the text is decoded. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    const second = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += need + 1;
  }
  return -1;
}

export type DecodeResult = { text: string } | { issues: Issue[] };

/** Byte checks, then UTF-8 decoding: the parser only ever sees text that passed all of them. */
export function decodeLogo(bytes: Uint8Array, file: string): DecodeResult {
  const fail = (issue: Omit<Issue, 'file'>): DecodeResult => ({ issues: [{ ...issue, file }] });
  if (bytes.length === 0) return fail({ code: 'SVG_INPUT_EMPTY' });
  if (startsWith(bytes, [0x1f, 0x8b])) return fail({ code: 'SVG_INPUT_COMPRESSED' });
  if (startsWith(bytes, [0x00, 0x00, 0xfe, 0xff]) || startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) {
    return fail({ code: 'SVG_ENCODING_UNSUPPORTED', args: { encoding: 'utf-32' } });
  }
  if (startsWith(bytes, [0xfe, 0xff]) || (bytes[0] === 0x00 && bytes[1] === 0x3c)) {
    return fail({ code: 'SVG_ENCODING_UNSUPPORTED', args: { encoding: 'utf-16be' } });
  }
  if (startsWith(bytes, [0xff, 0xfe]) || (bytes[0] === 0x3c && bytes[1] === 0x00)) {
    return fail({ code: 'SVG_ENCODING_UNSUPPORTED', args: { encoding: 'utf-16le' } });
  }
  const signature = SIGNATURES.find(([sig]) => startsWith(bytes, sig));
  if (signature) return fail({ code: 'SVG_INPUT_NOT_SVG', args: { kind: signature[1] } });
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) return fail({ code: 'SVG_INPUT_NOT_SVG', args: { kind: 'binary' }, ...bytePosition(body, nul) });
  if (!isUtf8(body)) {
    const offset = firstInvalidUtf8(body);
    return fail({ code: 'SVG_ENCODING_INVALID_UTF8', args: { offset }, ...bytePosition(body, offset) });
  }
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  const start = text.search(/\S/);
  if (start < 0) return fail({ code: 'SVG_INPUT_EMPTY' });
  if (text[start] !== '<') return fail({ code: 'SVG_INPUT_NOT_SVG', args: { kind: 'text' } });
  // A declared encoding is judged by the parser's xmldecl event (svg.ts): anything but UTF-8/US-ASCII is refused.
  return { text };
}
