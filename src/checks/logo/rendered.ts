import type { Args } from '../args.js';
import type { Code } from '../catalog.js';
import type { ThresholdRange } from '../catalog/listing.js';
import type { RenderFailure, RenderUnavailability } from '../catalog/rendered.js';
import type { Issue } from '../finding.js';
import { policy } from '../../domain/requirements.js';
import type { RasterMeasure } from './raster.js';

/** What drawing a logo gave (src/edge/render.ts draws it); judgeRender turns it into issues. */
export type RenderResult =
  | { status: 'ok'; measure: RasterMeasure; pngs: ReadonlyMap<number, Buffer> }
  /** The logo used more than `timeoutMs` of CPU time (approximated by wall-clock time where it cannot be read). */
  | { status: 'timeout'; timeoutMs: number }
  /** Why, as an id the catalog words (SVG_RENDER_FAILED), with the values the words need. */
  | { status: 'failed'; reason: RenderFailure; args?: Args }
  /** Why the rendered checks cannot run here (SVG_RENDER_UNAVAILABLE), with the values the words need. */
  | { status: 'unavailable'; reason: RenderUnavailability; args?: Args }
  | { status: 'cancelled' };

/** Our policy's thresholds for the rendered checks (see policy.logo.render). */
export interface RenderThresholds {
  minOccupancy: number;
  maxCentreOffset: number;
  maxContentAspect: number;
}

const defaultRenderThresholds: RenderThresholds = {
  minOccupancy: policy.logo.render.minOccupancy,
  maxCentreOffset: policy.logo.render.maxCentreOffset,
  maxContentAspect: policy.logo.render.maxContentAspect,
};

/** The codes whose threshold a listing may change with `"rules": {"CODE": {"threshold": n}}`, and the values that make sense. */
export const THRESHOLD_RULES = {
  SVG_OCCUPANCY_LOW: { key: 'minOccupancy', min: 0, max: 1, range: 'side-share' },
  SVG_NOT_CENTRED: { key: 'maxCentreOffset', min: 0, max: 0.5, range: 'half-side-share' },
  SVG_CONTENT_NOT_SQUARE: { key: 'maxContentAspect', min: 1, max: Number.MAX_VALUE, range: 'aspect' },
} as const satisfies Partial<Record<Code, { key: keyof RenderThresholds; min: number; max: number; range: ThresholdRange }>>;

export type ThresholdCode = keyof typeof THRESHOLD_RULES;

export const hasThreshold = (code: string): code is ThresholdCode => Object.hasOwn(THRESHOLD_RULES, code);

/** The thresholds a listing's `rules` ask for; values out of range are reported elsewhere and ignored here. */
export function thresholdsFromRules(rules: unknown): RenderThresholds {
  const thresholds = { ...defaultRenderThresholds };
  if (rules === null || typeof rules !== 'object') return thresholds;
  for (const [code, { key, min, max }] of Object.entries(THRESHOLD_RULES)) {
    const rule = (rules as Record<string, unknown>)[code];
    const value = rule !== null && typeof rule === 'object' ? (rule as { threshold?: unknown }).threshold : undefined;
    if (typeof value === 'number' && value >= min && value <= max) thresholds[key] = value;
  }
  return thresholds;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
/** The portal's smallest tile: what a share of the side comes to there, in pixels. */
const TILE_PX = 32;
const atTile = (share: number) => Math.max(0, Math.round(share * TILE_PX));

export interface JudgeContext {
  file: string;
  /**
   * The logo has live text. It is drawn with the bundled font (DejaVu Sans), so it is judged like the
   * same logo with its text outlined; only when nothing at all is drawn (a script the font lacks) is
   * an empty drawing not an error, because a viewer with the right font shows the text.
   */
  hasText: boolean;
  thresholds?: RenderThresholds;
}

/** Findings from one render: what was drawn, where, and whether drawing it worked at all. */
export function judgeRender(result: RenderResult, context: JudgeContext): Issue[] {
  const { file, hasText } = context;
  const t = context.thresholds ?? defaultRenderThresholds;
  switch (result.status) {
    case 'cancelled':
      return [];
    case 'timeout':
      return [{ code: 'SVG_RENDER_TIMEOUT', file, args: { seconds: result.timeoutMs / 1000 } }];
    case 'failed':
      return [{ code: 'SVG_RENDER_FAILED', file, args: { reason: result.reason, ...result.args } }];
    case 'unavailable':
      return [{ code: 'SVG_RENDER_UNAVAILABLE', file, args: { reason: result.reason, ...result.args } }];
  }
  const { measure } = result;
  const box = measure.box;
  if (!box) return hasText ? [] : [{ code: 'SVG_RENDER_EMPTY', file }];
  if (measure.uniform) return [{ code: 'SVG_RENDER_EMPTY', file, args: { colour: measure.uniform } }];
  const issues: Issue[] = [];
  const width = (box.right - box.left) / measure.width;
  const height = (box.bottom - box.top) / measure.height;
  const size = { width: percent(width), height: percent(height) };
  const tile = { tileWidth: atTile(width), tileHeight: atTile(height) };
  if (Math.max(width, height) < t.minOccupancy) {
    issues.push({ code: 'SVG_OCCUPANCY_LOW', file, args: { ...size, ...tile, min: percent(t.minOccupancy) } });
  }
  const dx = (box.left + box.right) / 2 / measure.width - 0.5;
  const dy = (box.top + box.bottom) / 2 / measure.height - 0.5;
  if (Math.max(Math.abs(dx), Math.abs(dy)) > t.maxCentreOffset) {
    // Each direction only where it is over the limit: `left`/`right`, `up`/`down` hold the share of the side.
    const along = {
      ...(Math.abs(dx) > t.maxCentreOffset ? { [dx < 0 ? 'left' : 'right']: percent(Math.abs(dx)) } : {}),
      ...(Math.abs(dy) > t.maxCentreOffset ? { [dy < 0 ? 'up' : 'down']: percent(Math.abs(dy)) } : {}),
    };
    issues.push({ code: 'SVG_NOT_CENTRED', file, args: { ...along, ...size, max: percent(t.maxCentreOffset) } });
  }
  const pixelsWide = box.right - box.left;
  const pixelsHigh = box.bottom - box.top;
  const aspect = Math.max(pixelsWide, pixelsHigh) / Math.min(pixelsWide, pixelsHigh);
  if (aspect > t.maxContentAspect) {
    issues.push({
      code: 'SVG_CONTENT_NOT_SQUARE',
      file,
      // One decimal, or two where one would round down to the threshold ("3.05", not "3.0", over 3).
      args: { ...size, ...tile, ratio: Number(aspect.toFixed(1)) > t.maxContentAspect ? aspect.toFixed(1) : aspect.toFixed(2), wide: pixelsWide >= pixelsHigh ? 'wide' : 'tall', max: String(t.maxContentAspect) },
    });
  }
  return issues;
}
