import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import type { Code } from '../catalog.js';
import type { Args, Issue } from '../finding.js';
import { show } from '../text.js';
import { scanCss } from './css.js';
import { checkGeometry, type RootAttributes } from './geometry.js';
import { policy } from '../../domain/requirements.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

const ANIMATION_ELEMENTS = new Set(['animate', 'animateTransform', 'animateMotion', 'animateColor', 'set', 'discard']);
const RASTER_DATA = /^data:image\/(png|jpe?g|gif|webp|bmp|avif|x-icon|vnd\.microsoft\.icon|tiff)[;,]/;
/** Only these are worth running the CSS scanner on; everything else cannot hold a url() or @import. */
const MAY_HOLD_CSS = /url|src|@import|expression|keyframes|animation|\\/i;

/** The same code is reported at most this often per logo; the last one says how many more there were. */
const MAX_PER_CODE = 10;

export interface SvgLimits {
  maxDepth: number;
  maxAttributesPerElement: number;
  maxElements: number;
}

export const defaultSvgLimits: SvgLimits = {
  maxDepth: policy.logo.maxDepth,
  maxAttributesPerElement: policy.logo.maxAttributesPerElement,
  maxElements: policy.logo.maxElements,
};

/** Thrown from a handler to stop the parser at once (depth limit, first well-formedness error). */
class StopParsing extends Error {}

type Scheme = 'internal' | 'javascript' | 'data' | 'external' | 'empty';

/** The longest scheme classify() looks for ("livescript:"): nothing after it matters. */
const SCHEME_PREFIX = 11;

/**
 * What a URL in an attribute or CSS points at, with case, white space and controls ignored. Only
 * the first characters that are not white space or controls are looked at, so classifying every
 * url() of a hostile megabyte style sheet stays linear.
 */
function classify(value: string): Scheme {
  let compact = '';
  for (let i = 0; i < value.length && compact.length < SCHEME_PREFIX; i++) {
    const code = value.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f || /\s/.test(value[i]!)) continue;
    compact += value[i]!.toLowerCase();
  }
  if (compact === '') return 'empty';
  if (compact.startsWith('#')) return 'internal';
  if (compact.startsWith('javascript:') || compact.startsWith('vbscript:') || compact.startsWith('livescript:')) return 'javascript';
  if (compact.startsWith('data:')) return 'data';
  return 'external';
}

function isReferenceAttribute(attribute: Pick<SaxesAttributeNS, 'local' | 'uri'>): boolean {
  const { local, uri } = attribute;
  return (local === 'href' && (uri === '' || uri === XLINK_NS)) || (local === 'src' && uri === '') || (local === 'base' && uri === XML_NS);
}

/**
 * 1-based line and column of an offset inside a string whose offset `from` (default: its start) is at
 * (line, column). Callers with many offsets in one string pass the previous one as `from`, so that
 * placing all of them costs one pass over the string, not one pass each.
 */
function advance(text: string, offset: number, line: number, column: number, from = 0): { line: number; column: number } {
  let lastNewline = -1;
  for (let i = from; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastNewline = i;
    }
  }
  return lastNewline < 0 ? { line, column: column + offset - from } : { line, column: offset - lastNewline };
}

interface Place { line: number; column: number }

type DeclaredAttribute = Pick<SaxesAttributeNS, 'name' | 'local' | 'uri' | 'value'>;

/** The namespace a DTD-processing parser would most likely give a prefixed name in an <!ATTLIST>. */
const DECLARED_PREFIXES: Readonly<Record<string, string>> = { xlink: XLINK_NS, xml: XML_NS };

/** Tokens of an <!ATTLIST> declaration; an unclosed quote or bracket runs to the end, so it stays linear. */
const ATTLIST_TOKEN = /"[^"]*"?|'[^']*'?|\([^)]*\)?|>|[^\s>"'()]+/g;

const resolveCharRefs = (value: string) => value.replace(/&#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}));/g, (ref, hex?: string, dec?: string) => {
  const codePoint = hex ? parseInt(hex, 16) : Number(dec);
  return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : ref;
});

/**
 * Attribute defaults declared in the DOCTYPE internal subset (<!ATTLIST svg onload CDATA "...">).
 * saxes does no DTD processing, but parsers that do (expat in Firefox, for one) add these attributes
 * to every element of that name, so they are checked as if they were written on it.
 */
function declaredDefaults(doctype: string): Array<{ element: string; attribute: DeclaredAttribute; offset: number }> {
  const found: Array<{ element: string; attribute: DeclaredAttribute; offset: number }> = [];
  let start = doctype.indexOf('<!ATTLIST');
  while (start >= 0) {
    ATTLIST_TOKEN.lastIndex = start + '<!ATTLIST'.length;
    const tokens: Array<{ text: string; index: number }> = [];
    let end = doctype.length;
    for (let match = ATTLIST_TOKEN.exec(doctype); match; match = ATTLIST_TOKEN.exec(doctype)) {
      if (match[0] === '>') {
        end = ATTLIST_TOKEN.lastIndex;
        break;
      }
      tokens.push({ text: match[0], index: match.index });
    }
    const element = tokens[0]?.text ?? '';
    // Each definition is: Name AttType [NOTATION's (list)] DefaultDecl, DefaultDecl = #REQUIRED | #IMPLIED | [#FIXED] "value".
    for (let i = 1; i < tokens.length;) {
      const name = tokens[i++]!;
      if (tokens[i++]?.text === 'NOTATION') i++;
      let declared = tokens[i++]?.text;
      if (declared === '#FIXED') declared = tokens[i++]?.text;
      if (declared === undefined || !/^["']/.test(declared)) continue;
      const [prefix, local] = name.text.includes(':') ? name.text.split(':', 2) as [string, string] : ['', name.text];
      const uri = prefix === '' ? '' : DECLARED_PREFIXES[prefix] ?? `prefix ${prefix}`;
      const value = declared.length > 1 && declared.endsWith(declared[0]!) ? declared.slice(1, -1) : declared.slice(1);
      found.push({ element, attribute: { name: name.text, local, uri, value: resolveCharRefs(value) }, offset: name.index });
    }
    start = doctype.indexOf('<!ATTLIST', end);
  }
  return found;
}

/** An element or attribute name, escaped and cut like any untrusted text but without quotes. */
const bare = (name: string) => show(name, 40).slice(1, -1);

/**
 * The streaming pass over the logo: one saxes parse, namespace-aware, strict about well-formedness,
 * with no DTD processing. Limits are enforced in the handlers, so a hostile file is stopped at the
 * element that crosses them rather than after it has been read into a tree.
 */
export function checkSvgText(text: string, file: string, limits: SvgLimits = defaultSvgLimits): Issue[] {
  const issues: Issue[] = [];
  const counts = new Map<Code, number>();
  /** `args` may be a function: it is only called for findings that are reported, not the counted rest. */
  const add = (code: Code, place: Place, args?: Args | (() => Args)) => {
    const count = (counts.get(code) ?? 0) + 1;
    counts.set(code, count);
    if (count > MAX_PER_CODE) return;
    const resolved = typeof args === 'function' ? args() : args;
    issues.push({ code, file, line: place.line, column: place.column, ...(resolved ? { args: resolved } : {}) });
  };

  const entity = text.indexOf('<!ENTITY');
  if (entity >= 0) {
    add('SVG_XML_ENTITY_DECLARATION', advance(text, entity, 1, 1));
    return issues;
  }

  const parser = new SaxesParser({ xmlns: true, position: true });
  let depth = 0;
  let attributeCount = 0;
  let elementCount = 0;
  let tagStart: Place = { line: 1, column: 1 };
  let tagName = '';
  /** Where the last event ended: the start of the next text or CDATA chunk. */
  let lastEnd: Place = { line: 1, column: 1 };
  let style: { chunks: Array<{ text: string; at: Place }> } | undefined;
  const here = (): Place => ({ line: parser.line, column: parser.column + 1 });

  /** `where` is a phrase such as "<style>" or "attribute style of <rect>". */
  const checkCss = (css: string, at: Place, where: string) => {
    if (!MAY_HOLD_CSS.test(css)) return;
    let last = { offset: 0, ...at };
    for (const found of scanCss(css)) {
      // Findings come in text order: place each one from the previous one.
      const from = found.offset >= last.offset ? last : { offset: 0, ...at };
      const place = advance(css, found.offset, from.line, from.column, from.offset);
      last = { offset: found.offset, ...place };
      if (found.kind === 'import') add('SVG_STYLE_IMPORT', place, { where });
      else if (found.kind === 'expression') add('SVG_SCRIPT', place, { what: `CSS expression() in ${where}` });
      else if (found.kind === 'animation') add('SVG_ANIMATION', place, { what: `CSS animation in ${where}` });
      else checkReference(found.value ?? '', place, `url() in ${where}`);
    }
  };

  const checkReference = (value: string, place: Place, where: string, isImage = false) => {
    const scheme = classify(value);
    if (scheme === 'javascript') add('SVG_JAVASCRIPT_URL', place, () => ({ scheme: `${value.replace(/[\s\u0000-\u001f\u007f]+/g, '').split(':')[0]!.toLowerCase()}:`, where }));
    else if (scheme === 'external') add('SVG_EXTERNAL_REFERENCE', place, () => ({ value: show(value), where }));
    else if (scheme === 'data' && !(isImage && RASTER_DATA.test(value.trim().toLowerCase()))) add('SVG_DATA_URI', place, { where });
  };

  /** One attribute, as written on element `name` or defaulted for it by an <!ATTLIST> declaration. */
  const checkAttribute = (attribute: DeclaredAttribute, at: Place, name: string, isImage: boolean, animatesReference = false) => {
    const { local: attrLocal, uri, value } = attribute;
    const where = `attribute ${bare(attribute.name)} of <${name}>`;
    if (uri === '' && /^on./i.test(attrLocal)) {
      add('SVG_EVENT_HANDLER', at, { name: bare(attribute.name), element: name });
      return;
    }
    if (isReferenceAttribute(attribute) || (animatesReference && ['to', 'from', 'by', 'values'].includes(attrLocal) && uri === '')) {
      for (const part of attrLocal === 'values' ? value.split(';') : [value]) checkReference(part, at, where, isImage);
      return;
    }
    if (classify(value) === 'javascript') {
      checkReference(value, at, where);
      return;
    }
    if (attrLocal === 'style' || MAY_HOLD_CSS.test(value)) checkCss(value, at, where);
  };

  parser.on('doctype', (doctype) => {
    // Reached only without "<!ENTITY" in the text; an internal subset may still declare attribute defaults.
    lastEnd = here();
    if (doctype.includes('<!ENTITY')) add('SVG_XML_ENTITY_DECLARATION', lastEnd);
    const start = text.indexOf('<!DOCTYPE') + '<!DOCTYPE'.length;
    let last = { offset: 0, line: 1, column: 1 };
    for (const { element, attribute, offset } of declaredDefaults(doctype)) {
      const place = advance(text, start + offset, last.line, last.column, last.offset);
      last = { offset: start + offset, ...place };
      const local = element.slice(element.indexOf(':') + 1);
      checkAttribute(attribute, place, bare(element), local === 'image' || local === 'feImage');
    }
  });

  parser.on('processinginstruction', (pi) => {
    const at = here();
    lastEnd = at;
    if (pi.target === 'xml-stylesheet') {
      const href = /href\s*=\s*(["'])([^"']*)\1/.exec(pi.body ?? '')?.[2] ?? '';
      checkReference(href, at, 'an xml-stylesheet instruction');
    }
  });

  parser.on('opentagstart', (tag) => {
    depth++;
    attributeCount = 0;
    tagName = tag.name;
    tagStart = { line: parser.line, column: Math.max(1, parser.column - tag.name.length - 1) };
    if (depth > limits.maxDepth) {
      add('SVG_XML_TOO_DEEP', tagStart, { limit: limits.maxDepth });
      throw new StopParsing();
    }
    if (++elementCount > limits.maxElements) {
      add('SVG_XML_TOO_MANY_ELEMENTS', tagStart, { limit: limits.maxElements });
      throw new StopParsing();
    }
  });

  parser.on('attribute', () => {
    attributeCount++;
    if (attributeCount > limits.maxAttributesPerElement) {
      add('SVG_XML_TOO_MANY_ATTRIBUTES', here(), { element: bare(tagName), limit: limits.maxAttributesPerElement });
      throw new StopParsing();
    }
  });

  parser.on('opentag', (tag: SaxesTagNS) => {
    lastEnd = here();
    const at = tagStart;
    const local = tag.local;
    const name = bare(tag.name);
    const inSvg = tag.uri === SVG_NS;

    if (depth === 1) {
      if (local !== 'svg') add('SVG_ROOT_NOT_SVG', at, { name });
      else if (tag.uri !== SVG_NS) add('SVG_NAMESPACE_MISSING', at, { uri: tag.uri ? show(tag.uri) : 'none' });
      if (local === 'svg') {
        const attr = (key: string) => tag.attributes[key]?.value;
        const root: RootAttributes = { viewBox: attr('viewBox'), width: attr('width'), height: attr('height'), preserveAspectRatio: attr('preserveAspectRatio') };
        for (const issue of checkGeometry(root, { file, line: at.line, column: at.column })) add(issue.code, at, issue.args);
      }
    }

    if (local === 'script' || (local === 'handler' && (inSvg || tag.uri === ''))) add('SVG_SCRIPT', at, { what: `<${name}> element` });
    if (local === 'foreignObject') add('SVG_FOREIGN_OBJECT', at);
    if ((inSvg || tag.uri === XHTML_NS) && ['iframe', 'embed', 'object'].includes(local)) add('SVG_FOREIGN_OBJECT', at);
    const isImage = local === 'image' || local === 'feImage';
    if (local === 'image' || (local === 'feImage' && classify(tag.attributes.href?.value ?? tag.attributes['xlink:href']?.value ?? '#') !== 'internal')) {
      add('SVG_IMAGE_ELEMENT', at, { element: name });
    }
    if (inSvg && ANIMATION_ELEMENTS.has(local)) add('SVG_ANIMATION', at, { what: `<${name}> element` });
    if (inSvg && local === 'text') add('SVG_TEXT', at);

    // <set>/<animate> can write an attribute: judge the value they write as that attribute.
    const animated = tag.attributes.attributeName?.value.trim();
    if (animated !== undefined && /^on/i.test(animated)) add('SVG_EVENT_HANDLER', at, { name: `attributeName=${show(animated, 40)}`, element: name });
    const animatesReference = animated !== undefined && /^(xlink:)?href$|^src$/i.test(animated);

    for (const attribute of Object.values(tag.attributes)) checkAttribute(attribute, at, name, isImage, animatesReference);

    if (local === 'style') style = { chunks: [] };
  });

  parser.on('text', (chunk) => {
    if (style) style.chunks.push({ text: chunk, at: lastEnd });
    lastEnd = here();
  });

  parser.on('cdata', (chunk) => {
    if (style) style.chunks.push({ text: chunk, at: { line: lastEnd.line, column: lastEnd.column + '<![CDATA['.length } });
    lastEnd = here();
  });

  parser.on('comment', () => {
    lastEnd = here();
  });

  parser.on('closetag', (tag) => {
    depth--;
    lastEnd = here();
    if (tag.local === 'style' && style) {
      for (const chunk of style.chunks) checkCss(chunk.text, chunk.at, '<style>');
      style = undefined;
    }
  });

  parser.on('error', (error) => {
    const detail = error.message.replace(/^\d+:\d+: /, '');
    add('SVG_XML_MALFORMED', here(), { detail });
    throw new StopParsing();
  });

  try {
    parser.write(text).close();
  } catch (error) {
    if (!(error instanceof StopParsing)) throw error;
  }

  for (const [code, count] of counts) {
    if (count > MAX_PER_CODE) {
      const last = issues.findLast((issue) => issue.code === code)!;
      last.args = { ...last.args, more: count - MAX_PER_CODE };
    }
  }
  return issues;
}
