import {
  AtKeyword, BadString, BadUrl, Colon, Comment, Function as FunctionToken, Ident, LeftCurlyBracket, LeftParenthesis,
  LeftSquareBracket, RightCurlyBracket, RightParenthesis, RightSquareBracket, Semicolon, String as StringToken, Url,
  WhiteSpace, consumeEscaped, decodeEscaped, isValidEscape, tokenize,
} from 'css-tree/tokenizer';
import { ALLOWED_AT_RULES, URL_FUNCTIONS, URL_STRING_FUNCTIONS } from './profile.js';

/**
 * CSS is read as a browser reads it: css-tree's tokenizer (CSS Syntax Level 3) turns the text into
 * tokens, resolving comments, escapes and strings, and the constructs that load something or run
 * something are recognised as tokens, never as spellings: a url token, a function token named url
 * or src (however escaped), a string inside image-set(), an at-keyword. Everything is one forward
 * pass over the tokens, so hostile input of any shape stays linear and nothing recurses.
 */
export type CssFinding =
  | { kind: 'reference'; value: string; offset: number }
  | { kind: 'import'; offset: number }
  | { kind: 'expression'; offset: number }
  | { kind: 'animation'; offset: number }
  | { kind: 'at-rule'; name: string; offset: number };

/** Enough of a URL to classify and show it; the rest of a megabyte-long data: URI is not needed. */
const MAX_URL_KEPT = 2048;
/** Names longer than this cannot be an at-rule or function of interest; only their start is decoded. */
const MAX_NAME = 64;

const BACKSLASH = 0x5c;

/** Text with its CSS escapes resolved (an escaped newline, valid only in strings, is dropped). */
function unescapeCss(raw: string): string {
  if (!raw.includes('\\')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    if (raw.charCodeAt(i) !== BACKSLASH) {
      out += raw[i];
      continue;
    }
    const next = raw.charCodeAt(i + 1);
    if (isValidEscape(BACKSLASH, next)) {
      const end = consumeEscaped(raw, i);
      out += decodeEscaped(raw.slice(i + 1, end));
      i = end - 1;
    } else if (next === 0x0d && raw.charCodeAt(i + 2) === 0x0a) i += 2;
    else if (next === 0x0a || next === 0x0c || next === 0x0d) i += 1;
  }
  return out;
}

const nameOf = (raw: string) => unescapeCss(raw.slice(0, MAX_NAME * 8)).toLowerCase();

/** The value of a url token: `url(` as written, white space, the URL, white space, `)`. */
function urlTokenValue(raw: string): string {
  const open = raw.indexOf('(');
  const inner = raw.slice(open + 1, raw.endsWith(')') ? -1 : undefined);
  return unescapeCss(inner.slice(0, MAX_URL_KEPT * 2).trim()).slice(0, MAX_URL_KEPT);
}

/** The value of a string token, quotes removed. */
function stringValue(raw: string): string {
  const quote = raw[0];
  const inner = raw.slice(1, raw.length > 1 && raw.endsWith(quote!) ? -1 : undefined);
  return unescapeCss(inner.slice(0, MAX_URL_KEPT * 2)).slice(0, MAX_URL_KEPT);
}

/** `animation`, `animation-name` and their vendor-prefixed forms. */
const ANIMATION_PROPERTY = /^(-[a-z]+-)?animation(-name)?$/;
/** `@keyframes` and its vendor-prefixed forms. */
const KEYFRAMES = /^(-[a-z]+-)?keyframes$/;

interface OpenGroup {
  /** Lower-cased function name, or '' for a bracket, parenthesis or block. */
  name: string;
  /** For url()/src(): where its argument starts, and the one string token it holds, if any. */
  argumentStart?: number;
  offset: number;
  strings?: number;
  string?: string;
  other?: boolean;
}

export function scanCss(css: string): CssFinding[] {
  const findings: CssFinding[] = [];
  const open: OpenGroup[] = [];
  /** The last token that is not white space or a comment, for `property :` and the end of an @namespace prelude. */
  let previous = { type: -1, start: 0, end: 0 };
  /** Inside the prelude of an @namespace rule, whose url() names a namespace and loads nothing. */
  let inNamespacePrelude = false;

  const innermost = () => open[open.length - 1];
  const close = (end: number) => {
    const group = open.pop();
    if (!group || !URL_FUNCTIONS.has(group.name) || inNamespacePrelude) return;
    // url("...") / src("..."): the string; url(unquoted) written with an escaped name: the raw argument.
    const value = group.strings === 1 && !group.other ? group.string! : unescapeCss(css.slice(group.argumentStart!, Math.min(end, group.argumentStart! + MAX_URL_KEPT * 2)).trim());
    findings.push({ kind: 'reference', value: value.slice(0, MAX_URL_KEPT), offset: group.offset });
  };

  tokenize(css, (type, start, end) => {
    if (type === WhiteSpace || type === Comment) return;
    const group = innermost();
    if (group && URL_FUNCTIONS.has(group.name) && type !== RightParenthesis) {
      if (type === StringToken || type === BadString) {
        group.strings = (group.strings ?? 0) + 1;
        group.string = stringValue(css.slice(start, end));
      } else group.other = true;
    }
    switch (type) {
      case Url:
      case BadUrl:
        if (!inNamespacePrelude) findings.push({ kind: 'reference', value: urlTokenValue(css.slice(start, end)), offset: start });
        break;
      case FunctionToken: {
        const name = nameOf(css.slice(start, end - 1));
        open.push({ name, offset: start, argumentStart: end });
        if (name === 'expression') findings.push({ kind: 'expression', offset: start });
        break;
      }
      case LeftParenthesis: {
        // `url (x)` and `expression (x)` are not functions to CSS Syntax, but older engines read them as
        // such: they are judged as the function they spell.
        const name = previous.type === Ident ? nameOf(css.slice(previous.start, previous.end)) : '';
        const spelled = URL_FUNCTIONS.has(name) || name === 'expression';
        open.push({ name: spelled ? name : '', offset: spelled ? previous.start : start, argumentStart: end });
        if (name === 'expression') findings.push({ kind: 'expression', offset: previous.start });
        break;
      }
      case LeftSquareBracket:
      case LeftCurlyBracket:
        open.push({ name: '', offset: start });
        inNamespacePrelude = false;
        break;
      case RightParenthesis:
      case RightSquareBracket:
      case RightCurlyBracket:
        close(start);
        break;
      case StringToken:
      case BadString:
        if (group && URL_STRING_FUNCTIONS.has(group.name)) findings.push({ kind: 'reference', value: stringValue(css.slice(start, end)), offset: start });
        break;
      case AtKeyword: {
        const name = nameOf(css.slice(start + 1, end));
        if (name === 'import') findings.push({ kind: 'import', offset: start });
        else if (KEYFRAMES.test(name)) findings.push({ kind: 'animation', offset: start });
        else if (!ALLOWED_AT_RULES.has(name)) findings.push({ kind: 'at-rule', name: css.slice(start, Math.min(end, start + MAX_NAME)), offset: start });
        inNamespacePrelude = name === 'namespace';
        break;
      }
      case Semicolon:
        inNamespacePrelude = false;
        break;
      case Colon:
        if (previous.type === Ident && ANIMATION_PROPERTY.test(nameOf(css.slice(previous.start, previous.end)))) {
          findings.push({ kind: 'animation', offset: previous.start });
        }
        break;
      default:
        break;
    }
    previous = { type, start, end };
  });
  // An unclosed url( at the end of the text is still a reference.
  while (open.length > 0) close(css.length);
  return findings.sort((a, b) => a.offset - b.offset);
}
