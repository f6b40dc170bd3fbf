/**
 * The logo profile: what a logo may contain. It is modelled on SVG Tiny 1.2 and on SVG Tiny
 * Portable/Secure (the profile BIMI requires for brand logos: no script, no animation, no external
 * references, no foreign content), widened only for what real editor exports carry: SVG 1.1 and
 * SVG 2 drawing elements (filters, masks, markers, mesh gradients, Inkscape's flowed text) and
 * editor metadata in its own namespaces, which browsers ignore whole. Names are looked up by
 * namespace URI, never by prefix. What is not here is a finding.
 */

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const XLINK_NS = 'http://www.w3.org/1999/xlink';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** What an element of the SVG namespace is to a logo. */
export type SvgElementRole = 'drawing' | 'text' | 'style' | 'metadata' | 'script' | 'animation' | 'foreign' | 'image';

const roles: Record<Exclude<SvgElementRole, 'drawing'>, readonly string[]> = {
  text: ['text', 'tspan', 'textPath', 'tref', 'textArea', 'tbreak', 'altGlyph', 'altGlyphDef', 'altGlyphItem', 'glyphRef',
    'flowRoot', 'flowRegion', 'flowRegionExclude', 'flowPara', 'flowSpan', 'flowDiv', 'flowLine'],
  style: ['style'],
  metadata: ['metadata'],
  script: ['script', 'handler', 'listener'],
  animation: ['animate', 'animateColor', 'animateMotion', 'animateTransform', 'set', 'mpath', 'discard'],
  /** Elements that embed other documents or media: HTML, video, audio, another SVG. */
  foreign: ['foreignObject', 'video', 'audio', 'animation', 'iframe', 'embed', 'object', 'canvas'],
  image: ['image'],
};

const drawing = [
  // structure and linking (hrefs must stay inside the file; checked on every element)
  'svg', 'g', 'defs', 'desc', 'title', 'symbol', 'use', 'switch', 'a', 'view',
  // shapes
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  // paint servers, clipping, masking, markers
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'solidColor', 'solidcolor', 'meshgradient', 'meshGradient',
  'meshrow', 'meshRow', 'meshpatch', 'meshPatch', 'hatch', 'hatchpath', 'clipPath', 'mask', 'marker',
  // filters (feImage is judged by what it points at)
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting',
  'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR',
  'feGaussianBlur', 'feImage', 'feMerge', 'feMergeNode', 'feMorphology', 'feOffset', 'fePointLight',
  'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
  // SVG fonts (glyph outlines drawn from the file itself) and the rest of SVG 1.1
  'font', 'glyph', 'missing-glyph', 'hkern', 'vkern', 'font-face', 'font-face-src', 'font-face-uri', 'font-face-format',
  'font-face-name', 'definition-src', 'cursor', 'color-profile', 'prefetch',
];

const svgElements = new Map<string, SvgElementRole>([
  ...drawing.map((name) => [name, 'drawing'] as const),
  ...Object.entries(roles).flatMap(([role, names]) => names.map((name) => [name, role as SvgElementRole] as const)),
]);

/** The role of an SVG-namespace element, or undefined for a name no SVG version defines. */
export const svgElementRole = (local: string): SvgElementRole | undefined => svgElements.get(local);

/**
 * Namespaces of editor data: Inkscape, Sodipodi, Illustrator and its plug-ins, Sketch, Affinity,
 * Boxy SVG, Vectornator, CorelDRAW, and the RDF / Dublin Core / Creative Commons / XMP vocabularies
 * of <metadata>. No browser gives their elements any behaviour; the SVG and XHTML elements inside
 * them are still checked like any other.
 */
export const EDITOR_NAMESPACES: ReadonlySet<string> = new Set([
  'http://www.inkscape.org/namespaces/inkscape',
  'http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd',
  'http://inkscape.sourceforge.net/DTD/sodipodi-0.dtd',
  'http://ns.adobe.com/AdobeIllustrator/10.0/',
  'http://ns.adobe.com/AdobeSVGViewerExtensions/3.0/',
  'http://ns.adobe.com/Extensibility/1.0/',
  'http://ns.adobe.com/Flows/1.0/',
  'http://ns.adobe.com/Graphs/1.0/',
  'http://ns.adobe.com/ImageReplacement/1.0/',
  'http://ns.adobe.com/SaveForWeb/1.0/',
  'http://ns.adobe.com/Variables/1.0/',
  'http://ns.adobe.com/GenericCustomNamespace/1.0/',
  'http://ns.adobe.com/XPath/1.0/',
  'adobe:ns:meta/',
  'http://www.bohemiancoding.com/sketch/ns',
  'http://www.serif.com/',
  'https://boxy-svg.com',
  'http://www.vectornator.io',
  'http://www.corel.com/coreldraw/odm/2003',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  'http://purl.org/dc/elements/1.1/',
  'http://purl.org/dc/terms/',
  'http://creativecommons.org/ns#',
  'http://web.resource.org/cc/',
]);

/**
 * Namespaces whose elements browsers or XML tools act on: XHTML (images, forms, scripts, meta
 * refresh), MathML (links), XSLT, XInclude (includes files), XML Events (attaches handlers). Their
 * elements and attributes are foreign content wherever they are, <metadata> included.
 */
export const ACTIVE_NAMESPACES: ReadonlySet<string> = new Set([
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/XSL/Transform',
  'http://www.w3.org/2001/XInclude',
  'http://www.w3.org/2003/XInclude',
  'http://www.w3.org/2001/xml-events',
]);

/**
 * Processing instructions other than the XML declaration are refused; the XMP packet wrapper
 * (`<?xpacket?>`, ISO 16684-1) is inert metadata and allowed inside <metadata> only.
 */
export const INERT_METADATA_PIS: ReadonlySet<string> = new Set(['xpacket']);

/** The published W3C SVG DTDs: public identifier → system identifier. No other external id is allowed. */
export const SVG_DTDS: ReadonlyMap<string, string> = new Map([
  ['-//W3C//DTD SVG 1.0//EN', 'http://www.w3.org/TR/2001/REC-SVG-20010904/DTD/svg10.dtd'],
  ['-//W3C//DTD SVG 20010904//EN', 'http://www.w3.org/TR/2001/REC-SVG-20010904/DTD/svg10.dtd'],
  ['-//W3C//DTD SVG 20001102//EN', 'http://www.w3.org/TR/2000/CR-SVG-20001102/DTD/svg-20001102.dtd'],
  ['-//W3C//DTD SVG 20000303 Stylable//EN', 'http://www.w3.org/TR/2000/03/WD-SVG-20000303/DTD/svg-20000303-stylable.dtd'],
  ['-//W3C//DTD SVG 1.1//EN', 'http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd'],
  ['-//W3C//DTD SVG 1.1 Basic//EN', 'http://www.w3.org/Graphics/SVG/1.1/DTD/svg11-basic.dtd'],
  ['-//W3C//DTD SVG 1.1 Tiny//EN', 'http://www.w3.org/Graphics/SVG/1.1/DTD/svg11-tiny.dtd'],
]);

/** Encodings a logo may declare. The bytes are UTF-8 in any case; a declaration of anything else is refused. */
export const ALLOWED_ENCODINGS: ReadonlySet<string> = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);

/**
 * SVG presentation attributes (SVG 1.1 and SVG 2): their values are CSS values, read with the CSS
 * tokenizer like a style sheet, so url() in `fill` or `filter` is found however it is spelled.
 */
export const PRESENTATION_ATTRIBUTES: ReadonlySet<string> = new Set([
  'alignment-baseline', 'baseline-shift', 'clip', 'clip-path', 'clip-rule', 'color', 'color-interpolation',
  'color-interpolation-filters', 'color-profile', 'color-rendering', 'cursor', 'direction', 'display', 'dominant-baseline',
  'enable-background', 'fill', 'fill-opacity', 'fill-rule', 'filter', 'flood-color', 'flood-opacity', 'font',
  'font-family', 'font-size', 'font-size-adjust', 'font-stretch', 'font-style', 'font-variant', 'font-weight',
  'glyph-orientation-horizontal', 'glyph-orientation-vertical', 'image-rendering', 'kerning', 'letter-spacing',
  'lighting-color', 'marker', 'marker-end', 'marker-mid', 'marker-start', 'mask', 'mask-type', 'opacity', 'overflow',
  'paint-order', 'pointer-events', 'shape-rendering', 'stop-color', 'stop-opacity', 'stroke', 'stroke-dasharray',
  'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'stroke-opacity', 'stroke-width',
  'text-anchor', 'text-decoration', 'text-overflow', 'text-rendering', 'transform', 'transform-origin', 'unicode-bidi',
  'vector-effect', 'visibility', 'white-space', 'word-spacing', 'writing-mode', 'mix-blend-mode', 'isolation',
]);

/** At-rules a logo's style sheet may use; @import and @keyframes have codes of their own, anything else is refused. */
export const ALLOWED_AT_RULES: ReadonlySet<string> = new Set(['charset', 'media', 'supports', 'layer', 'container', 'font-face', 'namespace']);

/** CSS functions whose string arguments are URLs (a plain string in image-set() is fetched like url()). */
export const URL_STRING_FUNCTIONS: ReadonlySet<string> = new Set(['image-set', '-webkit-image-set', 'image', 'cross-fade', '-webkit-cross-fade']);

/** CSS functions that are url() under another name. */
export const URL_FUNCTIONS: ReadonlySet<string> = new Set(['url', 'src']);
