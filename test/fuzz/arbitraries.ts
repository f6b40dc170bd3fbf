import fc from 'fast-check';

/**
 * Characters that break naive code: controls and header-injection bytes, white space of many kinds,
 * bidi overrides, zero-width and BOM, lone surrogates, separators, letters that change under NFKD
 * or case mapping, digits of other scripts.
 */
export const HOSTILE_CHARS = [
  '\r', '\n', '\0', '\t', '\u000b', '\u001b', '\u007f', '\u0085', ' ', '\u00a0', '\u2003', '\u3000', '\u2028', '\u2029',
  '\u202e', '\u2066', '\u200b', '\u200d', '\u00ad', '\ufeff', '\ud800', '\udfff', '\ufffd',
  '-', '/', '"', "'", '\\', '<', '>', '&', ':', '@', '%', '#', '?', '.', '—', '…',
  'é', 'e\u0301', 'ß', 'İ', 'ı', 'ﬃ', '①', 'Ⅻ', '𝔸', 'Ａ', '٣', '本', 'ไ', '가', '🙂', '👩‍💻',
];

/** One "character" of hostile text: a hostile one, any grapheme, or any UTF-16 unit (lone surrogates too). */
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_CHARS) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) },
);

/** Any text a hostile or careless listing may hold. */
export const anyText = (maxLength = 40) => fc.string({ unit, maxLength });

/** RFC 9110 tchar. */
export const TCHAR = "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
export const token = (maxLength = 12) => fc.string({ unit: fc.constantFrom(...TCHAR), minLength: 1, maxLength });

/** Versions: SemVer-like, other tokens, and anything. */
export const version = fc.oneof(
  fc.tuple(fc.nat(99), fc.nat(99), fc.nat(99)).map(([a, b, c]) => `${a}.${b}.${c}`),
  token(),
  anyText(12),
);

/** Display names: realistic ones and anything. */
export const displayName = fc.oneof(
  fc.constantFrom('Contoso', 'Contoso Cognito', 'Microsoft Security Add-On', 'Société Générale', 'Straße', '株式会社 Contoso', 'マイクロソフト', '7-Zip', ''),
  anyText(30),
);

/** A JSON value of any shape, shallow enough to stay under the listing depth limit most of the time. */
export const jsonValue = fc.jsonValue({ maxDepth: 4 });

/** What must never reach a terminal or a CI log raw: C0/C1 controls (but the newlines between lines), DEL, bidi and invisible characters. */
export const UNSAFE_IN_OUTPUT = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;
