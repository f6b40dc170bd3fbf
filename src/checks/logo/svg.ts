import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { Code } from '../catalog.js';
import type { DoctypeProblem } from '../catalog/logo.js';
import { IssueCollector, type Args, type Issue } from '../finding.js';
import { show } from '../text.js';
import { scanCss } from './css.js';
import { checkGeometry, type RootAttributes } from './geometry.js';
import {
  ACTIVE_NAMESPACES, ALLOWED_ENCODINGS, EDITOR_NAMESPACES, INERT_METADATA_PIS, PRESENTATION_ATTRIBUTES, SVG_DTDS, SVG_NS,
  XLINK_NS, XML_NS, svgElementRole, type SvgElementRole,
} from './profile.js';
import { policy } from '../../domain/requirements.js';

const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const RASTER_DATA = /^data:image\/(png|jpe?g|gif|webp|bmp|avif|x-icon|vnd\.microsoft\.icon|tiff)[;,]/;

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

/**
 * 1-based line and column of an offset inside a string whose offset `from` (default: its start) is at
 * (line, column). Callers with many offsets in one string pass the previous one as `from`, so that
 * placing all of them costs one pass over the string, not one pass each.
 */
function advance(text: string, offset: number, line: number, column: number, from = 0): Place {
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

/** What an attribute is to a logo, decided by its namespace URI and local name, never by its prefix. */
type AttributeKind = 'handler' | 'reference' | 'css' | 'foreign' | 'namespace' | 'plain';

function attributeKind(uri: string, local: string): AttributeKind {
  if (uri === XMLNS_NS) return 'namespace';
  if (ACTIVE_NAMESPACES.has(uri)) return 'foreign';
  if (uri === '' && /^on/i.test(local)) return 'handler';
  if ((local === 'href' && (uri === '' || uri === XLINK_NS)) || (local === 'src' && uri === '') || (local === 'base' && uri === XML_NS)) return 'reference';
  if (uri === '' && (local === 'style' || PRESENTATION_ATTRIBUTES.has(local))) return 'css';
  return 'plain';
}

/**
 * What an animation's attributeName makes its values (values, from, to, by) into. Prefixes are
 * resolved like any attribute name; a name that cannot be resolved is judged by its local part
 * alone, so that no spelling turns an animated href or handler into plain text.
 */
function animatedKind(target: string, resolve: (prefix: string) => string | undefined): AttributeKind {
  const colon = target.indexOf(':');
  const local = target.slice(colon + 1);
  const uri = colon < 0 ? '' : resolve(target.slice(0, colon));
  if (/^on/i.test(local)) return 'handler';
  if (['href', 'src', 'base'].includes(local)) return 'reference';
  return uri === undefined ? attributeKind('', local) : attributeKind(uri, local);
}

/** An element or attribute name, escaped and cut like any untrusted text but without quotes. */
const bare = (name: string) => show(name, 40).slice(1, -1);

/** The attributes whose values an animation writes into its target. */
const ANIMATION_VALUES = ['values', 'from', 'to', 'by'];

const QUOTED = /^(?:"([^"]*)"|'([^']*)')/;

/**
 * Where in the logo a value was found, as the catalog's `where` words it: an attribute of an element
 * (and the attribute an animation sets with it), or a <style> element; `inUrl` when inside url().
 */
type Where = { attribute: string; of: string; animating?: string; inUrl?: 1 } | { inStyle: 1; inUrl?: 1 };

/**
 * The DOCTYPE as the profile allows it: a root name, at most one of the published W3C SVG DTDs as
 * external identifier, and an internal subset that declares nothing (white space and comments).
 * Returns what is not allowed, with its offset in the doctype text; nothing is interpreted.
 */
function doctypeProblem(doctype: string): { offset: number; args: { what: DoctypeProblem } & Args } | undefined {
  let i = /^\s*[^\s[>]*\s*/.exec(doctype)![0].length;
  const keyword = /^(PUBLIC|SYSTEM)\s*/.exec(doctype.slice(i));
  if (keyword) {
    const at = i;
    i += keyword[0].length;
    const literals: string[] = [];
    for (let n = keyword[1] === 'PUBLIC' ? 2 : 1; n > 0; n--) {
      const literal = QUOTED.exec(doctype.slice(i));
      if (!literal) return { offset: at, args: { what: 'incomplete-external-id' } };
      literals.push(literal[1] ?? literal[2] ?? '');
      i += literal[0].length;
      i += /^\s*/.exec(doctype.slice(i))![0].length;
    }
    const systemId = literals[literals.length - 1]!;
    const allowed = keyword[1] === 'PUBLIC' ? SVG_DTDS.get(literals[0]!) === systemId : [...SVG_DTDS.values()].includes(systemId);
    if (!allowed) return { offset: at, args: { what: 'external-dtd', dtd: show(literals.join(' '), 120) } };
  }
  if (doctype[i] !== '[') return undefined;
  // The internal subset: only white space and comments; the first thing that is neither is refused.
  i++;
  while (i < doctype.length) {
    const rest = doctype.slice(i, i + 4);
    if (/^\s/.test(rest)) i++;
    else if (rest === '<!--') {
      const end = doctype.indexOf('-->', i + 4);
      i = end < 0 ? doctype.length : end + 3;
    } else if (rest.startsWith(']')) return undefined;
    else {
      const declaration = /^(<!\w+|<\?|%)/.exec(doctype.slice(i, i + 20))?.[0] ?? doctype[i]!;
      return { offset: i, args: { what: 'declaration', declaration: show(declaration, 20) } };
    }
  }
  return undefined;
}

interface OpenElement {
  role: SvgElementRole | 'editor' | 'foreign-content' | 'unknown';
  inMetadata: boolean;
}

/**
 * The streaming pass over the logo: one saxes parse, namespace-aware, strict about well-formedness,
 * with no DTD processing. Every element, attribute, processing instruction and DOCTYPE is judged
 * against the logo profile (profile.ts) as it is parsed; limits are enforced in the handlers, so a
 * hostile file is stopped at the element that crosses them rather than after it is read into a tree.
 */
export function checkSvgText(text: string, file: string, limits: SvgLimits = defaultSvgLimits): Issue[] {
  const collector = new IssueCollector(MAX_PER_CODE);
  /** `args` may be a function: it is only called for findings that are reported, not the counted rest. */
  const add = (code: Code, place: Place, args?: Args | (() => Args)) => collector.addLazily(code, () => {
    const resolved = typeof args === 'function' ? args() : args;
    return { code, file, line: place.line, column: place.column, ...(resolved ? { args: resolved } : {}) };
  });

  const entity = text.indexOf('<!ENTITY');
  if (entity >= 0) {
    add('SVG_XML_ENTITY_DECLARATION', advance(text, entity, 1, 1));
    return collector.finish();
  }

  const parser = new SaxesParser({ xmlns: true, position: true });
  let attributeCount = 0;
  let elementCount = 0;
  let tagStart: Place = { line: 1, column: 1 };
  let tagName = '';
  /** Where the last event ended: the start of the next text or CDATA chunk. */
  let lastEnd: Place = { line: 1, column: 1 };
  /** The namespace the root is in, when it is <svg> without the SVG namespace: its elements are judged as SVG. */
  let drawingNs = SVG_NS;
  const open: OpenElement[] = [];
  /**
   * The text and CDATA children of each open <style>, joined as the browser joins them (comments and
   * child elements left out). A <style> inside another is a style sheet of its own.
   */
  const styles: Array<{ depth: number; chunks: Array<{ text: string; at: Place }> }> = [];
  const styleChildOf = (depth: number) => (styles[styles.length - 1]?.depth === depth ? styles[styles.length - 1] : undefined);
  const here = (): Place => ({ line: parser.line, column: parser.column + 1 });

  const checkReference = (value: string, place: Place, where: Where, isImage = false) => {
    const scheme = classify(value);
    if (scheme === 'javascript') add('SVG_JAVASCRIPT_URL', place, () => ({ scheme: `${value.replace(/[\s\u0000-\u001f\u007f]+/g, '').split(':')[0]!.toLowerCase()}:`, ...where }));
    else if (scheme === 'external') add('SVG_EXTERNAL_REFERENCE', place, () => ({ value: show(value), ...where }));
    else if (scheme === 'data' && !(isImage && RASTER_DATA.test(value.trim().toLowerCase()))) add('SVG_DATA_URI', place, where);
  };

  /** CSS text that starts at `at`, or at the places of its chunks (a <style> split by comments and CDATA sections). */
  const checkCss = (chunks: ReadonlyArray<{ text: string; at: Place }>, where: Where) => {
    const css = chunks.length === 1 ? chunks[0]!.text : chunks.map((chunk) => chunk.text).join('');
    const found = scanCss(css);
    if (found.length === 0) return;
    let chunk = 0;
    let chunkStart = 0;
    let last = { offset: 0, ...chunks[0]!.at };
    for (const finding of found) {
      // Findings come in text order: find the chunk each one is in, and place it from the previous one.
      while (chunk < chunks.length - 1 && finding.offset >= chunkStart + chunks[chunk]!.text.length) {
        chunkStart += chunks[chunk]!.text.length;
        chunk++;
        last = { offset: 0, ...chunks[chunk]!.at };
      }
      const offset = finding.offset - chunkStart;
      const from = offset >= last.offset ? last : { offset: 0, ...chunks[chunk]!.at };
      const place = advance(chunks[chunk]!.text, offset, from.line, from.column, from.offset);
      last = { offset, ...place };
      if (finding.kind === 'import') add('SVG_STYLE_IMPORT', place, where);
      else if (finding.kind === 'expression') add('SVG_SCRIPT', place, { css: 'expression', ...where });
      else if (finding.kind === 'animation') add('SVG_ANIMATION', place, { css: 'animation', ...where });
      else if (finding.kind === 'at-rule') add('SVG_STYLE_AT_RULE', place, { name: show(finding.name, 40), ...where });
      else checkReference(finding.value, place, { ...where, inUrl: 1 });
    }
  };

  /** A value of the given kind: an attribute's own, or one an animation sets. */
  const checkValue = (kind: AttributeKind, value: string, at: Place, where: Where, isImage = false) => {
    if (kind === 'reference') checkReference(value, at, where, isImage);
    else if (kind === 'css') checkCss([{ text: value, at }], where);
    if (kind !== 'reference' && classify(value) === 'javascript') checkReference(value, at, where);
  };

  parser.on('xmldecl', (declaration) => {
    lastEnd = here();
    const encoding = declaration.encoding;
    if (encoding !== undefined && !ALLOWED_ENCODINGS.has(encoding.toLowerCase())) add('SVG_ENCODING_UNSUPPORTED', { line: 1, column: 1 }, { declared: show(encoding, 40) });
  });

  parser.on('doctype', (doctype) => {
    // Reached only without "<!ENTITY" in the text.
    const problem = doctypeProblem(doctype);
    if (problem) {
      const start = text.indexOf('<!DOCTYPE') + '<!DOCTYPE'.length;
      add('SVG_XML_DOCTYPE_NOT_ALLOWED', advance(text, start + problem.offset, 1, 1), problem.args);
    }
    lastEnd = here();
  });

  parser.on('processinginstruction', (pi) => {
    const at = here();
    lastEnd = at;
    if (!(open[open.length - 1]?.inMetadata && INERT_METADATA_PIS.has(pi.target))) add('SVG_PROCESSING_INSTRUCTION', at, { target: bare(pi.target) });
  });

  parser.on('opentagstart', (tag) => {
    attributeCount = 0;
    tagName = tag.name;
    tagStart = { line: parser.line, column: Math.max(1, parser.column - tag.name.length - 1) };
    if (open.length + 1 > limits.maxDepth) {
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

  /** The role of an element in the profile, with the finding its role calls for. */
  const judgeElement = (tag: SaxesTagNS, at: Place, parent: OpenElement | undefined): OpenElement['role'] => {
    const { uri, local } = tag;
    const name = bare(tag.name);
    if (local === 'script') {
      add('SVG_SCRIPT', at, { element: name });
      return 'script';
    }
    if (uri !== drawingNs) {
      if (EDITOR_NAMESPACES.has(uri)) return 'editor';
      // Inside <metadata>, vocabularies of any namespace are data; the active ones (XHTML, XSLT, ...) never are.
      if (parent?.inMetadata && !ACTIVE_NAMESPACES.has(uri)) return 'editor';
      // Inside an element already refused as foreign, its own vocabulary is not reported again.
      if (parent?.role === 'foreign-content') return 'foreign-content';
      add('SVG_FOREIGN_CONTENT', at, { element: name, namespace: uri === '' ? undefined : show(uri, 60) });
      return 'foreign-content';
    }
    const role = svgElementRole(local);
    if (role === undefined) add('SVG_ELEMENT_UNKNOWN', at, { element: name });
    else if (role === 'script') add('SVG_SCRIPT', at, { element: name });
    else if (role === 'animation') add('SVG_ANIMATION', at, { element: name });
    else if (role === 'foreign') add('SVG_FOREIGN_OBJECT', at, { element: name });
    else if (role === 'image') add('SVG_IMAGE_ELEMENT', at, { element: name });
    else if (role === 'text' && ['text', 'flowRoot', 'textArea'].includes(local)) add('SVG_TEXT', at);
    else if (local === 'feImage') {
      const href = Object.values(tag.attributes).find((a) => a.local === 'href' && (a.uri === '' || a.uri === XLINK_NS));
      if (classify(href?.value ?? '#') !== 'internal') add('SVG_IMAGE_ELEMENT', at, { element: name });
    }
    return role ?? 'unknown';
  };

  parser.on('opentag', (tag: SaxesTagNS) => {
    lastEnd = here();
    const at = tagStart;
    const name = bare(tag.name);
    const parent = open[open.length - 1];

    if (!parent) {
      if (tag.local !== 'svg') add('SVG_ROOT_NOT_SVG', at, { name });
      else if (tag.uri !== SVG_NS) {
        add('SVG_NAMESPACE_MISSING', at, { uri: tag.uri ? show(tag.uri) : undefined });
        if (!ACTIVE_NAMESPACES.has(tag.uri)) drawingNs = tag.uri;
      }
      if (tag.local === 'svg') {
        const attr = (key: string) => tag.attributes[key]?.value;
        const root: RootAttributes = { viewBox: attr('viewBox'), width: attr('width'), height: attr('height'), preserveAspectRatio: attr('preserveAspectRatio') };
        for (const issue of checkGeometry(root, { file, line: at.line, column: at.column })) add(issue.code, at, issue.args);
      }
    }

    const role = judgeElement(tag, at, parent);
    const isImage = role === 'image' || tag.local === 'feImage';
    // An animation writes its values into the attribute it names: they are judged as that attribute.
    const target = role === 'animation' ? Object.values(tag.attributes).find((a) => a.uri === '' && a.local === 'attributeName')?.value.trim() : undefined;
    const animated = target ? animatedKind(target, (prefix) => parser.resolve(prefix)) : 'plain';
    if (target && animated === 'handler') add('SVG_EVENT_HANDLER', at, { animatedAttribute: show(target, 40), element: name });
    for (const attribute of Object.values(tag.attributes)) {
      const isAnimatedValue = role === 'animation' && attribute.uri === '' && ANIMATION_VALUES.includes(attribute.local);
      const kind = isAnimatedValue ? animated : attributeKind(attribute.uri, attribute.local);
      const where: Where = { attribute: bare(attribute.name), of: name, ...(target && isAnimatedValue ? { animating: show(target, 40) } : {}) };
      if (isAnimatedValue) {
        for (const part of attribute.local === 'values' ? attribute.value.split(';') : [attribute.value]) checkValue(kind, part, at, where);
      } else if (kind === 'handler') add('SVG_EVENT_HANDLER', at, { name: bare(attribute.name), element: name });
      else if (kind === 'foreign') add('SVG_FOREIGN_CONTENT', at, { element: name, attribute: bare(attribute.name), namespace: show(attribute.uri, 60) });
      else if (kind !== 'namespace') checkValue(kind, attribute.value, at, where, isImage);
    }

    open.push({ role, inMetadata: (parent?.inMetadata ?? false) || role === 'metadata' });
    if (role === 'style') styles.push({ depth: open.length, chunks: [] });
  });

  parser.on('text', (chunk) => {
    styleChildOf(open.length)?.chunks.push({ text: chunk, at: lastEnd });
    lastEnd = here();
  });

  parser.on('cdata', (chunk) => {
    styleChildOf(open.length)?.chunks.push({ text: chunk, at: { line: lastEnd.line, column: lastEnd.column + '<![CDATA['.length } });
    lastEnd = here();
  });

  parser.on('comment', () => {
    lastEnd = here();
  });

  parser.on('closetag', () => {
    lastEnd = here();
    const style = styleChildOf(open.length);
    if (style) {
      styles.pop();
      if (style.chunks.length > 0) checkCss(style.chunks, { inStyle: 1 });
    }
    open.pop();
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

  return collector.finish();
}
