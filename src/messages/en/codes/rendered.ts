import type * as IDS from '../../../checks/catalog/rendered.js';
import type { renderedCodes } from '../../../checks/catalog/rendered.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import type { Args } from '../../../checks/args.js';
import { BOUNDS, RENDERED } from './reasons.js';
import { wordsFor, type Phrase } from '../../types.js';

/** The drawing's share of the square's width and height ("40% × 30%"). */
const size = (a: Args) => `${a.width} × ${a.height}`;
/** What the drawing comes to in the portal's 32 px tile. */
const tile = (a: Args) => `${a.tileWidth} × ${a.tileHeight} px`;
/** How far off the centre the drawing sits: the share of the side towards each direction that is over the limit. */
const offset = (a: Args) => [
  a.left !== undefined ? `${a.left} of the side to the left` : a.right !== undefined ? `${a.right} of the side to the right` : '',
  a.up !== undefined ? `${a.up} up` : a.down !== undefined ? `${a.down} down` : '',
].filter(Boolean).join(' and ');

/** Which way a drawing that is not square is long. */
const SHAPES = {
  wide: () => 'wide as it is tall',
  tall: () => 'tall as it is wide',
} satisfies Record<(typeof IDS.SHAPES)[number], Phrase>;

/** Finding codes of the rendered logo (resvg in a child process, with the bundled font only). */
/** Why the renderer could not draw a logo (`detail`: resvg's or the system's own words, passed on). */
export const RENDER_FAILED = {
  resvg: (a) => `resvg: ${a.detail}`,
  'not-json': () => 'the renderer answered with something that is not JSON',
  overflow: (a) => `the renderer's answer exceeded ${a.bytes} bytes`,
  memory: (a) => `drawing it needs more than the ${a.mib} MiB memory limit`,
  stopped: (a) => `the renderer stopped: ${a.how}${a.detail ? ` (${a.detail})` : ''}`,
} satisfies Record<(typeof IDS.RENDER_FAILED)[number], Phrase>;

/** Why the rendered checks could not run on this machine (nothing about the logo). */
export const RENDER_UNAVAILABLE = {
  /** The renderer's module could not be loaded: the loader's own message. */
  'not-loaded': (a) => String(a.detail),
  'child-missing': () => 'dist/render-child.cjs was not found next to the installed package',
  'not-started': (a) => (a.detail ? String(a.detail) : `the renderer did not start: ${a.how}`),
  'could-not-start': () => 'the renderer could not be started',
  backstop: (a) => `the renderer did not finish in ${a.wallSeconds} s of wall-clock time, having used only ${a.cpuSeconds} s of the ${a.limitSeconds} s of CPU time a logo may take: the machine is too busy, or the render process was suspended`,
} satisfies Record<(typeof IDS.RENDER_UNAVAILABLE)[number], Phrase>;


export const renderedWords = {
  SVG_RENDER_EMPTY: {
    title: 'Logo shows nothing',
    why: 'Drawn, the logo shows nothing: no logo at all. The rendered checks are ours; this is the one that is an error.',
    explanation: 'Rendered, the logo shows nothing: no pixel is visible (the shapes are transparent, unfilled, hidden or outside the viewBox), or the whole square is one colour, a blank tile with nothing on it. Everything else is shown as drawn: a tile, a background shape, a mark with cut-outs or one that fills the square is a drawing. Live text is drawn with the bundled font (DejaVu Sans); text in a script that font lacks is not an error here (SVG_TEXT warns about live text).',
    fix: 'Make sure the shapes lie inside the viewBox and are filled or stroked in a colour that differs from the rest of the square.',
    message: (a) => (a.colour ? `Rendered, the whole square is one colour (${a.colour}): nothing is drawn on it.` : 'Rendered, the logo draws nothing visible.'),
  },
  SVG_OCCUPANCY_LOW: {
    title: 'Logo drawing is small in its square',
    why: RENDERED,
    explanation: `Everything visible (a tile or background shape included) spans less than ${Math.round(policy.logo.render.minOccupancy * 100)}% of the side in both directions, so the portal shows a small mark in an empty square: at a 32 px tile it is under ${Math.round(32 * policy.logo.render.minOccupancy)} px. A warning, our policy; change the threshold with "rules": {"SVG_OCCUPANCY_LOW": {"threshold": 0.4}} or turn it off.`,
    fix: 'If the empty space is not intended, scale the drawing up or make the square viewBox smaller around it (keep it square).',
    message: (a) => `The drawing spans ${size(a)} of the square; shown at 32 px it is ${tile(a)}. At least ${a.min} in one direction is expected.`,
  },
  SVG_NOT_CENTRED: {
    title: 'Logo drawing is off centre',
    why: RENDERED,
    explanation: `The centre of everything visible (a tile or background shape included, so a tile with lettering in a corner is centred) lies more than ${Math.round(policy.logo.render.maxCentreOffset * 100)}% of the side from the centre of the square, so the logo sits lopsided in its tile. Marks centred by eye move their box only a few percent. A warning, our policy; change the threshold with "rules": {"SVG_NOT_CENTRED": {"threshold": 0.2}} or turn it off.`,
    fix: 'If it is not intended, centre the drawing in the viewBox (Inkscape: Align and Distribute, relative to page).',
    message: (a) => `The drawing (${size(a)} of the square) sits ${offset(a)} of the centre; at most ${a.max} is expected.`,
  },
  SVG_CONTENT_NOT_SQUARE: {
    title: 'Logo drawing is far from square',
    why: RENDERED,
    explanation: `The drawing is more than ${policy.logo.render.maxContentAspect} times as wide as it is tall (or the reverse), typically a wordmark padded onto a square canvas: in a square tile it becomes a thin strip. A warning, our policy; change the threshold with "rules": {"SVG_CONTENT_NOT_SQUARE": {"threshold": 4}} or turn it off.`,
    fix: 'If the brand has one, use its square version (the symbol, or symbol above wordmark).',
    message: (a) => `The drawing spans ${size(a)} of the square, ${a.ratio} times as ${wordsFor(SHAPES, a, 'wide')}; shown at 32 px it is ${tile(a)}. At most ${a.max} times is expected.`,
  },
  SVG_RENDER_TIMEOUT: {
    title: 'Logo takes too long to draw',
    why: BOUNDS,
    explanation: `Drawing the logo took more than ${policy.logo.render.cpuTimeoutMs / 1000} s of CPU time, and the renderer was stopped. The time counted is the processor time the drawing used, not the time it waited for a busy machine, so load never turns a valid logo into this error. Stacked filters (blur, turbulence) on a large canvas can take minutes to draw, in the portal as here.`,
    fix: 'Remove filters (feGaussianBlur, feTurbulence, ...) or replace them with plain shapes and gradients.',
    message: (a) => `Drawing the logo took more than ${a.seconds} s of CPU time; it was stopped.`,
  },
  SVG_RENDER_FAILED: {
    title: 'Logo cannot be drawn',
    why: 'A logo the renderer refuses is likely to fail elsewhere too.',
    explanation: `The renderer (resvg) refused the logo, or stopped while drawing it, e.g. because it needed more than the ${policy.logo.render.memoryLimitMiB} MiB memory limit.`,
    fix: 'Export the logo again as plain SVG; simplify filters, masks and patterns.',
    message: (a) => `The logo could not be drawn: ${wordsFor(RENDER_FAILED, a)}.`,
  },
  SVG_RENDER_UNAVAILABLE: {
    title: 'Logo could not be rendered on this machine',
    why: 'The rendered checks could not run here; this says nothing about the logo, hence a warning.',
    explanation: `The rendered checks need @resvg/resvg-js, whose prebuilt binary is an optional dependency for each platform. When it cannot be loaded, or when the render process has not finished after ${policy.logo.render.backstopMs / 1000} s of wall-clock time without having used its CPU time (a machine too busy to give it any, or a suspended process), the rendered checks are skipped; this says nothing about the logo.`,
    fix: 'Reinstall without --omit=optional (npm ci); on a busy machine, run again; or skip the rendered checks with --no-render.',
    message: (a) => `The rendered checks were skipped: ${wordsFor(RENDER_UNAVAILABLE, a)}.`,
  },
} satisfies Record<keyof typeof renderedCodes, CodeWords>;
