/**
 * Which logos may be drawn in the CLI's own process: those whose drawing cost is bounded by what the
 * text is made of, so that the worst case is small by construction and no deadline is needed. The
 * rest are drawn in the render child, which can be killed (native code cannot be interrupted).
 *
 * At the measuring size (128 px, at most 16,384 pixels) resvg's work on a logo is at most:
 * - per element: a few passes over the canvas (fill, stroke, a group's opacity layer), each pixel
 *   costing at most the stops of one gradient (resvg finds a pixel's stop by a linear scan);
 * - per path segment: its edges stepped down the canvas (4 × 128 rows, anti-aliased); a curve is cut
 *   into at most 64 lines, an arc into at most four curves; the segments are bounded by the length;
 * - parsing and style attributes: linear in the length.
 * What can multiply that is left out, by element and by property: <use> and <symbol> (a reference can
 * draw a subtree many times, and references of references exponentially), filters (a primitive can
 * cost far more than a pass, and CSS filter functions need no <filter>), masks, clip paths, patterns
 * and markers (each draws its content again for every element that refers to it), text (shaping),
 * stroke-dasharray (dashes are as many as the path's length over the dash period, which has no
 * bound), and <style> (resvg matches descendant selectors by backtracking: a 427-byte logo with
 * `x g g g g g g g g g g rect` over 40 nested groups takes 30 s to draw).
 * With the limits below, the worst logos built from what is allowed (128 full-canvas elements with
 * 16-stop gradients, opacity and wide strokes; 32 KiB of one path that crosses the canvas at every
 * segment) take 40–70 ms each on a 2-core machine (test/checks/logo-render-bound.test.ts), and every
 * simple-icons logo at most 2 ms. The bound is one of the canvas too: at the bundle's preview sizes
 * (512 px, 16 times the pixels) the same logos take well over a second, so those go to the child.
 */
import { svgElementRole } from './profile.js';

/** Characters of text: policy.logo.warnBytes, over which a logo is already heavier than it needs to be. */
export const MAX_BOUNDED_LENGTH = 32 * 1024;
/** Elements, each a few passes over the canvas. */
export const MAX_BOUNDED_ELEMENTS = 128;
/** Gradient stops in all: the most a pixel of any element can cost. */
export const MAX_BOUNDED_STOPS = 16;

/** The elements whose cost is one element's: structure, shapes and gradients. */
const BOUNDED_ELEMENTS = new Set([
  'svg', 'g', 'a', 'switch', 'defs', 'title', 'desc', 'metadata',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'linearGradient', 'radialGradient', 'stop',
]);

/**
 * Properties that are looked for in lower case anywhere in the text, with character references
 * decoded (they spell attribute values, and so style attributes, as XML reads them), so a comment or
 * an id that names one only sends the logo to the child. A CSS escape could spell one in a way the
 * look-up would not see, and an entity declaration could hide elements: either sends the logo there too.
 */
const UNBOUNDED_PROPERTIES = ['dasharray', 'filter'];
const CHARACTER_REFERENCE = /&#(x[0-9a-f]+|[0-9]+);/gi;
const decodeReference = (_: string, code: string) => {
  const point = code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : Number(code);
  return point <= 0x10ffff ? String.fromCodePoint(point) : '';
};
/** An element's name, read from just after its `<` (a `<` ends it, so a run of them is read in one pass). */
const NAME = /[^\s/><]+/y;

/**
 * Whether drawing `svg` at no more than policy.logo.render.measureSize px is bounded (see above).
 * Decided on the text alone, without trusting that the static checks ran: every element of
 * well-formed XML starts with `<` followed by its name (outside comments, CDATA and processing
 * instructions, `<` cannot appear in text or attribute values), and text that is not well-formed is
 * refused by resvg's parser before anything is drawn. Names are judged by their local part whatever
 * their prefix; a prefixed name that is no SVG element (editor data: sodipodi:namedview, rdf:RDF) is
 * skipped by resvg, as it skips every element it does not know.
 */
export function isBoundedLogo(svg: string): boolean {
  if (svg.length > MAX_BOUNDED_LENGTH || svg.includes('<!ENTITY')) return false;
  const decoded = svg.includes('&#') ? svg.replace(CHARACTER_REFERENCE, decodeReference) : svg;
  if (decoded.includes('\\')) return false;
  const lower = decoded.toLowerCase();
  if (UNBOUNDED_PROPERTIES.some((property) => lower.includes(property))) return false;
  let elements = 0;
  let stops = 0;
  for (let at = svg.indexOf('<'); at >= 0; at = svg.indexOf('<', at + 1)) {
    const end = svg.startsWith('<!--', at) ? '-->' : svg.startsWith('<![CDATA[', at) ? ']]>' : svg.startsWith('<?', at) ? '?>' : undefined;
    if (end) {
      const close = svg.indexOf(end, at);
      if (close < 0) return false;
      at = close;
      continue;
    }
    // A closing tag, or a DOCTYPE (which declares nothing without <!ENTITY; a `<` inside it is judged as a tag).
    if (svg[at + 1] === '/' || svg[at + 1] === '!') continue;
    NAME.lastIndex = at + 1;
    const name = NAME.exec(svg)?.[0] ?? '';
    const colon = name.lastIndexOf(':');
    const local = name.slice(colon + 1);
    if (!BOUNDED_ELEMENTS.has(local) && (colon < 0 || svgElementRole(local) !== undefined)) return false;
    if (++elements > MAX_BOUNDED_ELEMENTS) return false;
    if (local === 'stop' && ++stops > MAX_BOUNDED_STOPS) return false;
  }
  return true;
}
