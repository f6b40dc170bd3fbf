/** The part of css-tree used here: its CSS Syntax Level 3 tokenizer (no parser, no lexer data). */
declare module 'css-tree/tokenizer' {
  export function tokenize(source: string, onToken: (type: number, start: number, end: number) => void): void;
  /** Offset just past an escape that starts with the backslash at `offset`. */
  export function consumeEscaped(source: string, offset: number): number;
  /** The code point an escape stands for, given the text after its backslash. */
  export function decodeEscaped(escaped: string): string;
  export function isValidEscape(first: number, second: number): boolean;
  export const Ident: number;
  export const Function: number;
  export const AtKeyword: number;
  export const String: number;
  export const BadString: number;
  export const Url: number;
  export const BadUrl: number;
  export const WhiteSpace: number;
  export const Colon: number;
  export const Semicolon: number;
  export const LeftParenthesis: number;
  export const RightParenthesis: number;
  export const LeftSquareBracket: number;
  export const RightSquareBracket: number;
  export const LeftCurlyBracket: number;
  export const RightCurlyBracket: number;
  export const Comment: number;
}
