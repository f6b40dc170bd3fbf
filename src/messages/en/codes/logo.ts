import type * as IDS from '../../../checks/catalog/logo.js';
import type { logoCodes } from '../../../checks/catalog/logo.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import type { Args } from '../../../checks/args.js';
import { BOUNDS, HOSTILE } from './reasons.js';
import { wordsFor, type Phrase } from '../../types.js';
import { unreadableWords } from './files.js';
import { atLeast, KIB, thousands } from './words.js';

/** What a file that is not SVG is, told from its first bytes. */
const NOT_SVG = {
  png: () => 'a PNG image',
  jpeg: () => 'a JPEG image',
  gif: () => 'a GIF image',
  pdf: () => 'a PDF document',
  zip: () => 'a ZIP archive',
  riff: () => 'a RIFF (WebP) image',
  ico: () => 'an ICO icon',
  tiff: () => 'a TIFF image',
  bmp: () => 'a BMP image',
  postscript: () => 'a PostScript document',
  elf: () => 'an executable (ELF)',
  pe: () => 'an executable (PE)',
  binary: () => 'binary data (it contains NUL bytes)',
  text: () => 'text that is not XML',
} satisfies Record<(typeof IDS.NOT_SVG)[number], Phrase>;


/** Encodings told from the first bytes (`encoding`); one the XML declaration names is handed over quoted, as it is (`declared`). */
const ENCODINGS = {
  'utf-32': () => 'UTF-32',
  'utf-16be': () => 'UTF-16 (big-endian)',
  'utf-16le': () => 'UTF-16 (little-endian)',
} satisfies Record<(typeof IDS.ENCODINGS)[number], Phrase>;

/** Where in the logo a value was found (src/checks/logo/svg.ts `Where`): "attribute href of <a>", "url() in <style>". */
function where(a: Args): string {
  const place = a.inStyle ? '<style>' : `attribute ${a.attribute} of <${a.of}>${a.animating ? ` (animating ${a.animating})` : ''}`;
  return a.inUrl ? `url() in ${place}` : place;
}

/** What a script or an animation is: an element, or CSS (`css`) at a place. */
const CSS_FOUND = {
  expression: (a) => `CSS expression() in ${where(a)}`,
  animation: (a) => `CSS animation in ${where(a)}`,
} satisfies Record<(typeof IDS.CSS_FOUND)[number], Phrase>;
const scriptOrAnimation = (a: Args) => (a.css === undefined ? `<${a.element}> element` : wordsFor(CSS_FOUND, a, 'css'));

/** What a DOCTYPE has that the profile does not allow. */
const DOCTYPE_PROBLEMS = {
  'incomplete-external-id': () => 'an incomplete external identifier',
  'external-dtd': (a) => `the external DTD ${a.dtd}`,
  declaration: (a) => `the declaration ${a.declaration} in the internal subset`,
} satisfies Record<(typeof IDS.DOCTYPE_PROBLEMS)[number], Phrase>;


/** Why a viewBox is not four numbers with a positive width and height. */
const VIEWBOX_REASONS = {
  separator: () => 'numbers are separated by white space or a single comma',
  count: (a) => `expected 4 numbers, found ${a.count}`,
  'not-number': () => 'it contains something that is not a number',
  'not-positive': () => 'width and height must be positive',
} satisfies Record<(typeof IDS.VIEWBOX_REASONS)[number], Phrase>;


/** Finding codes of the logo file: reading it, parsing it and the SVG profile. */
export const logoWords = {
  LOGO_NOT_FOUND: {
    title: 'Logo file not found',
    explanation: 'logo is a path to the SVG logo, relative to the listing file.',
    fix: 'Check the path (it is relative to the folder of mde-partner.json).',
    message: (a) => `Logo ${a.path} ${unreadableWords(a)}.`,
  },
  SVG_INPUT_EMPTY: {
    title: 'Logo file is empty',
    explanation: 'The logo file has no content.',
    fix: 'Export the logo again as SVG.',
    message: () => 'The logo file is empty.',
  },
  SVG_INPUT_TOO_LARGE: {
    title: 'Logo file is too large to check',
    why: BOUNDS,
    explanation: `Logos larger than ${KIB(policy.logo.maxBytes)} are refused before reading (size checked with stat): a logo never needs that much, and it bounds time and memory on hostile files.`,
    fix: 'Simplify the drawing or optimize it (e.g. with svgo); embedded fonts and rasters are the usual cause.',
    message: (a) => `The logo has ${atLeast(a)} bytes; the limit is ${a.limit} bytes.`,
  },
  SVG_INPUT_COMPRESSED: {
    title: 'Logo is compressed (gzip / .svgz)',
    why: 'Security: compressed data is never inflated, since it could expand to any size.',
    explanation: 'Compressed SVG (.svgz) is never inflated: it could expand to any size. The submission needs plain SVG.',
    fix: 'Save as plain SVG (gunzip the .svgz).',
    message: () => 'The logo is gzip-compressed (.svgz); expected plain SVG text.',
  },
  SVG_INPUT_NOT_SVG: {
    title: 'Logo is not an SVG file',
    explanation: 'Microsoft asks for an SVG logo. Raster images (PNG, JPEG, GIF), PDF and other binary files are not SVG, whatever their name.',
    fix: 'Export the logo as SVG from the design tool; a renamed PNG is still a PNG.',
    message: (a) => `The logo is ${wordsFor(NOT_SVG, a, 'kind')}, not SVG.`,
  },
  SVG_ENCODING_UNSUPPORTED: {
    title: 'Logo is not UTF-8',
    why: 'Security: one encoding, read the way every consumer reads it; an encoding is never guessed, so no two programs can see different text.',
    explanation: 'Logos are read as UTF-8 (or ASCII). UTF-16, UTF-32 and other declared encodings are refused rather than guessed.',
    fix: 'Save the SVG as UTF-8.',
    message: (a) => `The logo is encoded as ${a.declared ?? wordsFor(ENCODINGS, a, 'encoding')}; expected UTF-8.`,
  },
  SVG_ENCODING_INVALID_UTF8: {
    title: 'Logo has bytes that are not valid UTF-8',
    why: 'XML 1.0 §4.3.3 (character encoding in entities)',
    explanation: 'XML requires a correctly encoded document; invalid byte sequences are often a file saved in another encoding or corrupted.',
    fix: 'Save the SVG as UTF-8.',
    message: (a) => `Invalid UTF-8 byte sequence at byte ${a.offset}.`,
  },
  SVG_XML_MALFORMED: {
    title: 'Logo is not well-formed XML',
    why: 'XML 1.0 §2.1 (well-formed XML documents)',
    explanation: 'An SVG file is an XML document: one root element, matching tags, quoted attributes, no undefined entities.',
    fix: 'Fix the XML at the line and column shown, or export the logo again.',
    message: (a) => `The logo is not well-formed XML: ${a.detail}`,
  },
  SVG_XML_ENTITY_DECLARATION: {
    title: 'Logo declares XML entities',
    why: HOSTILE,
    explanation: 'Any <!ENTITY declaration is refused before anything is expanded: entities are how XXE (reading local files) and "billion laughs" (exponential expansion) attacks work, and a logo needs none.',
    fix: 'Remove the DOCTYPE internal subset; re-export with presentation attributes, or run the file through svgo.',
    message: () => 'The logo declares an XML entity (<!ENTITY).',
  },
  SVG_XML_TOO_DEEP: {
    title: 'Logo nesting is too deep',
    why: BOUNDS,
    explanation: `Elements nested more than ${policy.logo.maxDepth} levels deep are refused while parsing; deep nesting is a denial-of-service pattern and no logo needs it.`,
    fix: 'Flatten groups (e.g. svgo\'s collapseGroups).',
    message: (a) => `Elements are nested deeper than ${a.limit} levels.`,
  },
  SVG_XML_TOO_MANY_ATTRIBUTES: {
    title: 'An element has too many attributes',
    why: BOUNDS,
    explanation: `More than ${policy.logo.maxAttributesPerElement} attributes on one element is refused while parsing; it is a denial-of-service pattern.`,
    fix: 'Move presentation attributes into a style or simplify the element.',
    message: (a) => `<${a.element}> has more than ${a.limit} attributes.`,
  },
  SVG_XML_TOO_MANY_ELEMENTS: {
    title: 'The logo has too many elements',
    why: BOUNDS,
    explanation: `More than ${thousands(policy.logo.maxElements)} elements are refused while parsing: real logos have hundreds at most, and optimizing the bundle's copy (svgo) takes time that grows with the square of the number of sibling elements.`,
    fix: 'Merge paths that share a style (svgo\'s mergePaths, or your editor\'s "combine" / "compound path"), and remove hidden or empty elements.',
    message: (a) => `The logo has more than ${thousands(Number(a.limit))} elements.`,
  },
  SVG_ROOT_NOT_SVG: {
    title: 'Root element is not <svg>',
    why: 'SVG 1.1 §5.1.1 (an SVG document fragment has an svg element as its root)',
    explanation: 'An SVG document has <svg> in the SVG namespace (http://www.w3.org/2000/svg) as its root element.',
    fix: 'Export the logo as SVG.',
    message: (a) => `The root element is <${a.name}>; expected <svg>.`,
  },
  SVG_NAMESPACE_MISSING: {
    title: 'Root <svg> is not in the SVG namespace',
    why: 'SVG 1.1 §5.1.2 and Namespaces in XML 1.0 (the SVG namespace is http://www.w3.org/2000/svg)',
    explanation: 'Without xmlns="http://www.w3.org/2000/svg" a browser treats the file as unknown XML and shows nothing when the SVG is used as an image.',
    fix: 'Add xmlns="http://www.w3.org/2000/svg" to the <svg> element.',
    message: (a) => `<svg> is in namespace ${a.uri ?? 'none'}; expected "http://www.w3.org/2000/svg".`,
  },
  SVG_SCRIPT: {
    title: 'Logo contains script',
    why: HOSTILE,
    explanation: 'A logo is shown inside a security portal; <script> (in any namespace), <handler>, <listener> and CSS expression() run code.',
    fix: 'Remove the script; a logo is a static drawing.',
    message: (a) => `Script found: ${scriptOrAnimation(a)}.`,
  },
  SVG_EVENT_HANDLER: {
    title: 'Logo has an event handler',
    why: HOSTILE,
    explanation: 'on* attributes (onload, onclick, ...) run script, also when set by <set> or <animate attributeName="on...">.',
    fix: 'Remove the attribute.',
    message: (a) => `Event handler ${a.animatedAttribute === undefined ? a.name : `attributeName=${a.animatedAttribute}`} on <${a.element}>.`,
  },
  SVG_JAVASCRIPT_URL: {
    title: 'Logo has a javascript: URL',
    why: HOSTILE,
    explanation: 'javascript: (and vbscript:) URLs run script; they are detected also when hidden with case, white space, control characters or character references.',
    fix: 'Remove the link or the attribute.',
    message: (a) => `${a.scheme} URL in ${where(a)}.`,
  },
  SVG_EXTERNAL_REFERENCE: {
    title: 'Logo references an external resource',
    why: HOSTILE,
    explanation: 'A logo must be self-contained: href (plain or XLink, whatever its prefix), src, xml:base, CSS url() and src() (however escaped), plain strings in image-set(), and the values an animation writes into any of them, must start with "#" (an element of the same file). Anything else loads files or tracks viewers, and breaks when the logo is copied. CSS is read with a CSS tokenizer, as a browser reads it.',
    fix: 'Embed what is referenced as vector shapes, or point to an element in the same file ("#id").',
    message: (a) => `External reference ${a.value} in ${where(a)}.`,
  },
  SVG_DATA_URI: {
    title: 'Logo embeds content as a data: URI',
    why: HOSTILE,
    explanation: 'data: URIs embed other documents (SVG, HTML, fonts) that these checks cannot see into.',
    fix: 'Replace the embedded content with shapes in the SVG itself.',
    message: (a) => `data: URI in ${where(a)}.`,
  },
  SVG_STYLE_IMPORT: {
    title: 'Logo style sheet uses @import',
    why: HOSTILE,
    explanation: '@import loads another style sheet from elsewhere; a logo must be self-contained.',
    fix: 'Inline the rules you need in the <style> element, or use presentation attributes.',
    message: (a) => `@import in ${where(a)}.`,
  },
  SVG_STYLE_AT_RULE: {
    title: 'Logo style sheet has an at-rule outside the profile',
    why: 'The profile allows the at-rules whose effect can be checked; others are refused rather than guessed at. Not locked: none of them is known to load or run anything.',
    explanation: 'A logo\'s CSS may use @media, @supports, @layer, @container, @font-face, @namespace and @charset. Other at-rules (@document, @page, @property, vendor rules, ones no browser knows yet) are refused rather than guessed at: what a browser does with them cannot be checked here. (@import and @keyframes have codes of their own.)',
    fix: 'Remove the at-rule, or replace it with plain rules and presentation attributes.',
    message: (a) => `At-rule ${a.name} in ${where(a)} is not allowed in a logo.`,
  },
  SVG_FOREIGN_OBJECT: {
    title: 'Logo embeds another document',
    why: HOSTILE,
    explanation: '<foreignObject> embeds HTML inside the SVG, which can carry forms, links and scripts and renders differently everywhere; <video>, <audio>, <iframe>, <embed>, <object>, <canvas> and SVG Tiny\'s <animation> embed media or other documents. None is part of a logo (SVG Tiny PS, the profile BIMI requires for brand logos, has none of them).',
    fix: 'Replace it with SVG shapes (convert text to outlines).',
    message: (a) => `<${a.element ?? 'foreignObject'}> found.`,
  },
  SVG_FOREIGN_CONTENT: {
    title: 'Logo has elements of another XML vocabulary',
    why: HOSTILE,
    explanation: 'A logo holds SVG elements, plus editor data in the namespaces editors use (Inkscape, Sodipodi, Illustrator, Sketch, Affinity, RDF and other metadata inside <metadata>). Elements of any other namespace are refused: XHTML (images with srcset, forms, meta refresh, scripts), MathML (links), XSLT, XInclude (includes files), XML Events (attaches handlers), and namespaces no tool knows. Names are resolved by namespace URI, so a prefix cannot disguise them.',
    fix: 'Remove the element; a logo is drawn with SVG shapes only. If an editor wrote it, export again as plain SVG.',
    message: (a) => `<${a.element}${a.attribute === undefined ? '' : ` ${a.attribute}=`}> is in ${a.namespace ?? 'no namespace'}, not SVG.`,
  },
  SVG_PROCESSING_INSTRUCTION: {
    title: 'Logo has a processing instruction',
    why: HOSTILE,
    explanation: 'Apart from the XML declaration (<?xml version="1.0"?>), a logo has no processing instructions: <?xml-stylesheet?> loads a CSS or XSLT style sheet (from the file itself or from anywhere), and others mean something only to tools we cannot see into. The XMP packet wrapper <?xpacket?> inside <metadata> is inert editor metadata and allowed.',
    fix: 'Remove the <?…?> instruction; put styles in a <style> element or in attributes.',
    message: (a) => `Processing instruction <?${a.target}?> found.`,
  },
  SVG_XML_DOCTYPE_NOT_ALLOWED: {
    title: 'Logo DOCTYPE is not a plain SVG DOCTYPE',
    why: HOSTILE,
    explanation: 'A DOCTYPE is allowed with no external identifier or with one of the published W3C SVG 1.0/1.1 DTDs (as Illustrator and matplotlib write it), and with an internal subset that declares nothing. Other DTDs may be fetched by validating parsers, and declarations (<!ATTLIST> defaults add attributes such as onload or href to elements; <!ELEMENT>, <!NOTATION>, parameter entities) change the document in parsers that read the DTD. They are refused, not interpreted.',
    fix: 'Remove the DOCTYPE (it is optional), or keep only <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">.',
    message: (a) => `The DOCTYPE has ${wordsFor(DOCTYPE_PROBLEMS, a, 'what')}.`,
  },
  SVG_IMAGE_ELEMENT: {
    title: 'Logo embeds a raster image',
    why: 'We read "SVG" as a vector drawing: a bitmap wrapped in SVG blurs when the portal scales it.',
    explanation: 'An <image> (or <feImage> with a picture) makes the logo a bitmap in an SVG wrapper: it blurs when scaled. A logo must be vector.',
    fix: 'Redraw or trace the logo as vector shapes.',
    message: (a) => `<${a.element}> embeds a raster image.`,
  },
  SVG_ANIMATION: {
    title: 'Logo is animated',
    why: 'A partner logo is a static mark; animation distracts, and can change the logo after it was reviewed.',
    explanation: 'A partner logo is a static mark; animation elements (<animate>, <set>, ...) and CSS animations are distracting and can change the logo after review.',
    fix: 'Remove the animation.',
    message: (a) => `Animation found: ${scriptOrAnimation(a)}.`,
  },
  SVG_ELEMENT_UNKNOWN: {
    title: 'Logo has an element no SVG version defines',
    why: 'An element no SVG version defines is drawn by no browser; usually a typo. Hence a warning.',
    explanation: 'An element in the SVG namespace whose name is not in SVG 1.1, SVG Tiny 1.2 or SVG 2 is not drawn by any browser; it is usually a typo or data of a tool. Its attributes and children are checked like any other.',
    fix: 'Remove the element, or check its spelling (names are case-sensitive: linearGradient, not lineargradient).',
    message: (a) => `<${a.element}> is not an SVG element; browsers ignore it.`,
  },
  SVG_VIEWBOX_MISSING: {
    title: 'Logo has no viewBox',
    why: 'The portal shows the logo at a size of its own: a logo must scale, and an SVG without a viewBox does not.',
    explanation: 'The portal shows the logo at its own size; without a viewBox an SVG does not scale, it is cropped or padded.',
    fix: 'Add a square viewBox (the hint gives one from width and height, the drawing centred).',
    message: () => '<svg> has no viewBox attribute.',
    hint: (a) => (a.suggestion
      ? `Add viewBox="${a.suggestion}" to <svg>${a.drawingWidth !== undefined ? `: a square with the ${a.drawingWidth} × ${a.drawingHeight} drawing in its middle` : ''}.`
      : 'Add a square viewBox="0 0 S S" around the drawing.'),
  },
  SVG_VIEWBOX_INVALID: {
    title: 'Logo viewBox is invalid',
    why: 'SVG 1.1 §7.7 (the viewBox attribute)',
    explanation: 'viewBox is four numbers "min-x min-y width height" with a positive width and height.',
    fix: 'Set viewBox="0 0 W H" with the drawing\'s size.',
    message: (a) => `viewBox ${a.value} is invalid: ${wordsFor(VIEWBOX_REASONS, a)}.`,
  },
  SVG_VIEWBOX_NOT_SQUARE: {
    title: 'Logo viewBox is not square',
    explanation: 'Microsoft asks for a square logo: the viewBox width and height must be equal.',
    fix: 'Make the artboard square (pad the shorter side) and export again.',
    message: (a) => `viewBox is ${a.width} × ${a.height}; expected a square.`,
    hint: (a) => (a.suggestion ? `For example viewBox="${a.suggestion}" centres the drawing on a square.` : undefined),
  },
  SVG_DIMENSIONS_NOT_SQUARE: {
    title: 'Logo width and height are not equal',
    explanation: 'Microsoft asks for a square logo: width and height (converted to px from pt, mm, cm, in, pc, Q) must be equal.',
    fix: 'Make width and height equal, or remove them and keep a square viewBox.',
    message: (a) => `width ${a.width} and height ${a.height} (${a.widthPx} × ${a.heightPx} px) are not equal.`,
  },
  SVG_DIMENSIONS_INVALID: {
    title: 'Logo width or height is invalid',
    why: 'SVG 1.1 §7.10 (units) and CSS Values and Units (lengths)',
    explanation: 'width and height are a positive number with an optional CSS unit.',
    fix: 'Use e.g. width="512" height="512", or remove them.',
    message: (a) => `${a.name} ${a.value} is not a valid length.`,
  },
  SVG_SIZE_RELATIVE_UNIT: {
    title: 'Logo size uses a relative unit',
    why: 'A relative size depends on the page the logo is shown in, so squareness cannot be checked from the file. Hence a warning.',
    explanation: 'Relative units (%, em, rem, vw, ...) depend on where the logo is shown, so squareness cannot be checked from the file.',
    fix: 'Use absolute sizes (px) or remove width and height and keep a square viewBox.',
    message: (a) => `${a.name} ${a.value} is relative; it cannot be resolved without a page.`,
  },
  SVG_STRETCHED: {
    title: 'Logo is stretched',
    why: 'A square logo drawn stretched is no longer the shape that was drawn: preserveAspectRatio="none" with unequal ratios distorts it.',
    explanation: 'preserveAspectRatio="none" with a viewBox whose shape differs from width × height distorts the drawing.',
    fix: 'Remove preserveAspectRatio="none" or make the ratios equal.',
    message: (a) => `preserveAspectRatio="none" stretches a ${a.viewBoxWidth} × ${a.viewBoxHeight} viewBox to ${a.width} × ${a.height} px.`,
  },
  SVG_TEXT: {
    title: 'Logo uses text',
    why: 'Live text is drawn with the viewer\'s fonts, so the logo looks different everywhere. Hence a warning.',
    explanation: 'Text is drawn with whatever fonts the viewer has; the logo can look different everywhere. The rendered checks draw it with one bundled font (DejaVu Sans), so a logo with live text gets the same rendered verdict as the same logo with its text outlined.',
    fix: 'Convert text to outlines (Inkscape: Path › Object to Path; Illustrator: Type › Create Outlines).',
    message: () => '<text> found; it renders with the viewer\'s fonts.',
  },
  SVG_SIZE_OVER_32KB: {
    title: 'Logo file is larger than 32 KiB',
    why: `A logo over ${KIB(policy.logo.warnBytes)} usually carries editor data or needless precision. Hence a warning.`,
    explanation: `A logo over ${KIB(policy.logo.warnBytes)} usually carries editor data, embedded fonts or needless precision.`,
    fix: 'Optimize it (the bundle step does with svgo) or simplify the paths.',
    message: (a) => `The logo has ${a.size} bytes; logos are usually under ${KIB(policy.logo.warnBytes)}.`,
  },
} satisfies Record<keyof typeof logoCodes, CodeWords>;
