import { ours, type CodeRule } from './basis.js';

/** The ids each id-valued argument can take (the words are in src/messages/<language>/codes/). */
export const SHAPES = ['wide', 'tall'] as const;
export const RENDER_FAILED = ['resvg', 'not-json', 'overflow', 'memory', 'stopped'] as const;
export type RenderFailure = (typeof RENDER_FAILED)[number];
export const RENDER_UNAVAILABLE = ['not-loaded', 'child-missing', 'not-started', 'could-not-start', 'backstop'] as const;
export type RenderUnavailability = (typeof RENDER_UNAVAILABLE)[number];


export const renderedCodes = {
  SVG_RENDER_EMPTY: {
    severity: 'error',
    basis: ours(),
  },
  SVG_OCCUPANCY_LOW: {
    severity: 'warning',
    basis: ours(),
  },
  SVG_NOT_CENTRED: {
    severity: 'warning',
    basis: ours(),
  },
  SVG_CONTENT_NOT_SQUARE: {
    severity: 'warning',
    basis: ours(),
    ids: { wide: SHAPES },
  },
  SVG_RENDER_TIMEOUT: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  SVG_RENDER_FAILED: {
    severity: 'error',
    basis: ours(),
    ids: { reason: RENDER_FAILED },
  },
  SVG_RENDER_UNAVAILABLE: {
    severity: 'warning',
    basis: ours(),
    ids: { reason: RENDER_UNAVAILABLE },
  },
} satisfies Record<string, CodeRule>;
