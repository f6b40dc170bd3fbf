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
}

export const defaultSvgLimits: SvgLimits = {
  maxDepth: policy.logo.maxDepth,
  maxAttributesPerElement: policy.logo.maxAttributesPerElement,
};

/** Thrown from a handler to stop the parser at once (depth limit, first well-formedness error). */
class StopParsing extends Error {}

type Scheme = 'internal' | 'javascript' | 'data' | 'external' | 'empty';

/** What a URL in an attribute or CSS points at, with case, white space and controls ignored. */
function classify(value: string): Scheme {
  const compact = value.replace(/[\s\u0000-\u001f\u007f]+/g, '').toLowerCase();
  if (compact === '') return 'empty';
  if (compact.startsWith('#')) return 'internal';
  if (compact.startsWith('javascript:') || compact.startsWith('vbscript:') || compact.startsWith('livescript:')) return 'javascript';
  if (compact.startsWith('data:')) return 'data';
  return 'external';
}

function isReferenceAttribute(attribute: SaxesAttributeNS): boolean {
  const { local, uri } = attribute;
  return (local === 'href' && (uri === '' || uri === XLINK_NS)) || (local === 'src' && uri === '') || (local === 'base' && uri === XML_NS);
}

/** 1-based line and column of an offset inside a string that starts at (line, column). */
function advance(text: string, offset: number, line: number, column: number): { line: number; column: number } {
  let lastNewline = -1;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastNewline = i;
    }
  }
  return lastNewline < 0 ? { line, column: column + offset } : { line, column: offset - lastNewline };
}

interface Place { line: number; column: number }

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
  const add = (code: Code, place: Place, args?: Args) => {
    const count = (counts.get(code) ?? 0) + 1;
    counts.set(code, count);
    if (count <= MAX_PER_CODE) issues.push({ code, file, line: place.line, column: place.column, ...(args ? { args } : {}) });
  };

  const entity = text.indexOf('<!ENTITY');
  if (entity >= 0) {
    add('SVG_XML_ENTITY_DECLARATION', advance(text, entity, 1, 1));
    return issues;
  }

  const parser = new SaxesParser({ xmlns: true, position: true });
  let depth = 0;
  let attributeCount = 0;
  let tagStart: Place = { line: 1, column: 1 };
  let tagName = '';
  /** Where the last event ended: the start of the next text or CDATA chunk. */
  let lastEnd: Place = { line: 1, column: 1 };
  let style: { chunks: Array<{ text: string; at: Place }> } | undefined;
  const here = (): Place => ({ line: parser.line, column: parser.column + 1 });

  /** `where` is a phrase such as "<style>" or "attribute style of <rect>". */
  const checkCss = (css: string, at: Place, where: string) => {
    if (!MAY_HOLD_CSS.test(css)) return;
    for (const found of scanCss(css)) {
      const place = advance(css, found.offset, at.line, at.column);
      if (found.kind === 'import') add('SVG_STYLE_IMPORT', place, { where });
      else if (found.kind === 'expression') add('SVG_SCRIPT', place, { what: `CSS expression() in ${where}` });
      else if (found.kind === 'animation') add('SVG_ANIMATION', place, { what: `CSS animation in ${where}` });
      else checkReference(found.value ?? '', place, `url() in ${where}`);
    }
  };

  const checkReference = (value: string, place: Place, where: string, isImage = false) => {
    const scheme = classify(value);
    if (scheme === 'javascript') add('SVG_JAVASCRIPT_URL', place, { scheme: `${value.replace(/[\s\u0000-\u001f]+/g, '').split(':')[0]!.toLowerCase()}:`, where });
    else if (scheme === 'external') add('SVG_EXTERNAL_REFERENCE', place, { value: show(value), where });
    else if (scheme === 'data' && !(isImage && RASTER_DATA.test(value.trim().toLowerCase()))) add('SVG_DATA_URI', place, { where });
  };

  parser.on('doctype', (doctype) => {
    // Reached only without "<!ENTITY" in the text; an internal subset may still declare nothing harmful.
    lastEnd = here();
    if (doctype.includes('<!ENTITY')) add('SVG_XML_ENTITY_DECLARATION', lastEnd);
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

    for (const attribute of Object.values(tag.attributes)) {
      const { local: attrLocal, uri, value } = attribute;
      const where = `attribute ${bare(attribute.name)} of <${name}>`;
      if (uri === '' && /^on./i.test(attrLocal)) {
        add('SVG_EVENT_HANDLER', at, { name: bare(attribute.name), element: name });
        continue;
      }
      if (isReferenceAttribute(attribute) || (animatesReference && ['to', 'from', 'by', 'values'].includes(attrLocal) && uri === '')) {
        for (const part of attrLocal === 'values' ? value.split(';') : [value]) checkReference(part, at, where, isImage);
        continue;
      }
      if (classify(value) === 'javascript') {
        checkReference(value, at, where);
        continue;
      }
      if (attrLocal === 'style' || MAY_HOLD_CSS.test(value)) checkCss(value, at, where);
    }

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
