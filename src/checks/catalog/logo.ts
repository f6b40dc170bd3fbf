import { Q, microsoft, ours, reading, standard, type CodeRule } from './basis.js';
import { UNREADABLE } from './files.js';

/** The ids each id-valued argument can take (the words are in src/messages/<language>/codes/). */
export const NOT_SVG = ['png', 'jpeg', 'gif', 'pdf', 'zip', 'riff', 'ico', 'tiff', 'bmp', 'postscript', 'elf', 'pe', 'binary', 'text'] as const;
export type NotSvgKind = (typeof NOT_SVG)[number];
export const ENCODINGS = ['utf-32', 'utf-16be', 'utf-16le'] as const;
export const CSS_FOUND = ['expression', 'animation'] as const;
export const DOCTYPE_PROBLEMS = ['incomplete-external-id', 'external-dtd', 'declaration'] as const;
export type DoctypeProblem = (typeof DOCTYPE_PROBLEMS)[number];
export const VIEWBOX_REASONS = ['separator', 'count', 'not-number', 'not-positive'] as const;
export type ViewBoxReason = (typeof VIEWBOX_REASONS)[number];

/** Finding codes of the logo file: reading it, parsing it and the SVG profile. */
export const logoCodes = {
  LOGO_NOT_FOUND: {
    severity: 'error',
    basis: microsoft(Q.logo),
    locked: true,
    ids: { reason: UNREADABLE },
  },
  SVG_INPUT_EMPTY: {
    severity: 'error',
    basis: microsoft(Q.logo),
    locked: true,
  },
  SVG_INPUT_TOO_LARGE: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  SVG_INPUT_COMPRESSED: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  SVG_INPUT_NOT_SVG: {
    severity: 'error',
    basis: microsoft(Q.logo),
    locked: true,
    ids: { kind: NOT_SVG },
  },
  SVG_ENCODING_UNSUPPORTED: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
    ids: { encoding: ENCODINGS },
  },
  SVG_ENCODING_INVALID_UTF8: {
    severity: 'error',
    basis: standard(),
    locked: true,
  },
  SVG_XML_MALFORMED: {
    severity: 'error',
    basis: standard(),
    locked: true,
  },
  SVG_XML_ENTITY_DECLARATION: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  SVG_XML_TOO_DEEP: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  SVG_XML_TOO_MANY_ATTRIBUTES: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  SVG_XML_TOO_MANY_ELEMENTS: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  SVG_ROOT_NOT_SVG: {
    severity: 'error',
    basis: standard(),
    locked: true,
  },
  SVG_NAMESPACE_MISSING: {
    severity: 'error',
    basis: standard(),
  },
  SVG_SCRIPT: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
    ids: { css: CSS_FOUND },
  },
  SVG_EVENT_HANDLER: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  SVG_JAVASCRIPT_URL: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  SVG_EXTERNAL_REFERENCE: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  SVG_DATA_URI: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  SVG_STYLE_IMPORT: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  SVG_STYLE_AT_RULE: {
    severity: 'error',
    basis: ours(),
  },
  SVG_FOREIGN_OBJECT: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  SVG_FOREIGN_CONTENT: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  SVG_PROCESSING_INSTRUCTION: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  SVG_XML_DOCTYPE_NOT_ALLOWED: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
    ids: { what: DOCTYPE_PROBLEMS },
  },
  SVG_IMAGE_ELEMENT: {
    severity: 'error',
    basis: reading(Q.logo),
  },
  SVG_ANIMATION: {
    severity: 'error',
    basis: ours(),
    ids: { css: CSS_FOUND },
  },
  SVG_ELEMENT_UNKNOWN: {
    severity: 'warning',
    basis: ours(),
  },
  SVG_VIEWBOX_MISSING: {
    severity: 'error',
    basis: reading(Q.logo),
  },
  SVG_VIEWBOX_INVALID: {
    severity: 'error',
    basis: standard(),
    ids: { reason: VIEWBOX_REASONS },
  },
  SVG_VIEWBOX_NOT_SQUARE: {
    severity: 'error',
    basis: microsoft(Q.logo),
  },
  SVG_DIMENSIONS_NOT_SQUARE: {
    severity: 'error',
    basis: microsoft(Q.logo),
  },
  SVG_DIMENSIONS_INVALID: {
    severity: 'error',
    basis: standard(),
  },
  SVG_SIZE_RELATIVE_UNIT: {
    severity: 'warning',
    basis: ours(),
  },
  SVG_STRETCHED: {
    severity: 'error',
    basis: reading(Q.logo),
  },
  SVG_TEXT: {
    severity: 'warning',
    basis: ours(),
  },
  SVG_SIZE_OVER_32KB: {
    severity: 'warning',
    basis: ours(),
  },
} satisfies Record<string, CodeRule>;
