import type { ViewBoxReason } from '../catalog/logo.js';
import type { Issue } from '../finding.js';
import { show } from '../text.js';
import { policy } from '../../domain/requirements.js';

/** CSS absolute units in px (CSS Values and Units §6.2). */
const PX_PER_UNIT: Readonly<Record<string, number>> = {
  '': 1, px: 1, pt: 96 / 72, pc: 16, in: 96, cm: 96 / 2.54, mm: 96 / 25.4, q: 96 / 101.6,
};
const RELATIVE_UNITS = new Set(['%', 'em', 'ex', 'rem', 'ch', 'cap', 'ic', 'lh', 'rlh', 'vw', 'vh', 'vi', 'vb', 'vmin', 'vmax']);
const NUMBER = '[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?';
/** A number and its unit with nothing between them: "100 px" is not a CSS length. */
const LENGTH = new RegExp(`^\\s*(${NUMBER})([a-zA-Z%]*)\\s*$`);
const VIEWBOX_NUMBER = new RegExp(`^${NUMBER}$`);

type Length = { px: number } | { relative: true } | { invalid: true } | undefined;

function parseLength(value: string | undefined): Length {
  if (value === undefined || value.trim() === '' || value.trim() === 'auto') return undefined;
  const match = LENGTH.exec(value);
  if (!match) return { invalid: true };
  const number = Number(match[1]);
  const unit = match[2]!.toLowerCase();
  if (RELATIVE_UNITS.has(unit)) return { relative: true };
  const factor = PX_PER_UNIT[unit];
  if (factor === undefined || !(number > 0) || !Number.isFinite(number)) return { invalid: true };
  return { px: number * factor };
}

interface ViewBox { minX: number; minY: number; width: number; height: number }

/** Why a viewBox is invalid (`count`: how many numbers it has when that is the reason). */
type ViewBoxProblem = { reason: ViewBoxReason; count?: number };

function parseViewBox(value: string): ViewBox | ViewBoxProblem {
  // Numbers are separated by white space and/or one comma; Number() alone would also take "0x64" or "".
  const parts = value.trim() === '' ? [] : value.trim().split(/\s*,\s*|\s+/);
  if (parts.some((p) => p === '')) return { reason: 'separator' };
  if (parts.length !== 4) return { reason: 'count', count: parts.length };
  const numbers = parts.map(Number);
  if (parts.some((p) => !VIEWBOX_NUMBER.test(p)) || numbers.some((n) => !Number.isFinite(n))) return { reason: 'not-number' };
  const [minX, minY, width, height] = numbers as [number, number, number, number];
  if (width <= 0 || height <= 0) return { reason: 'not-positive' };
  return { minX, minY, width, height };
}

const round = (n: number) => Number(n.toFixed(3)).toString();

export function isSquare(a: number, b: number): boolean {
  return Math.abs(a - b) <= policy.logo.squareTolerance * Math.max(a, b);
}

export interface RootAttributes {
  viewBox?: string;
  width?: string;
  height?: string;
  preserveAspectRatio?: string;
}

/** A square viewBox with the box (minX, minY, width, height) in its middle: the shorter side padded. */
function squareAround(minX: number, minY: number, width: number, height: number): string {
  const side = Math.max(width, height);
  return [minX - (side - width) / 2, minY - (side - height) / 2, side, side].map(round).join(' ');
}

/** Squareness and scalability of the root <svg>; `at` places every finding on the root tag. */
export function checkGeometry(root: RootAttributes, at: Pick<Issue, 'file' | 'line' | 'column'>): Issue[] {
  const issues: Issue[] = [];
  const width = parseLength(root.width);
  const height = parseLength(root.height);
  for (const [name, length, raw] of [['width', width, root.width], ['height', height, root.height]] as const) {
    if (length && 'invalid' in length) issues.push({ code: 'SVG_DIMENSIONS_INVALID', ...at, args: { name, value: show(raw ?? '') } });
    if (length && 'relative' in length) issues.push({ code: 'SVG_SIZE_RELATIVE_UNIT', ...at, args: { name, value: show(raw ?? '') } });
  }
  const widthPx = width && 'px' in width ? width.px : undefined;
  const heightPx = height && 'px' in height ? height.px : undefined;
  if (widthPx !== undefined && heightPx !== undefined && !isSquare(widthPx, heightPx)) {
    issues.push({
      code: 'SVG_DIMENSIONS_NOT_SQUARE',
      ...at,
      args: { width: show(root.width ?? ''), height: show(root.height ?? ''), widthPx: round(widthPx), heightPx: round(heightPx) },
    });
  }

  if (root.viewBox === undefined) {
    const known = widthPx !== undefined && heightPx !== undefined;
    const suggestion = known ? squareAround(0, 0, widthPx, heightPx) : undefined;
    const drawing = known && !isSquare(widthPx, heightPx) ? { drawingWidth: round(widthPx), drawingHeight: round(heightPx) } : {};
    issues.push({ code: 'SVG_VIEWBOX_MISSING', ...at, args: { suggestion, ...drawing } });
    return issues;
  }
  const viewBox = parseViewBox(root.viewBox);
  if ('reason' in viewBox) {
    issues.push({ code: 'SVG_VIEWBOX_INVALID', ...at, args: { value: show(root.viewBox), ...viewBox } });
    return issues;
  }
  if (!isSquare(viewBox.width, viewBox.height)) {
    const suggestion = squareAround(viewBox.minX, viewBox.minY, viewBox.width, viewBox.height);
    issues.push({ code: 'SVG_VIEWBOX_NOT_SQUARE', ...at, args: { width: round(viewBox.width), height: round(viewBox.height), suggestion } });
  }
  const stretches = root.preserveAspectRatio?.trim().startsWith('none');
  if (stretches && widthPx !== undefined && heightPx !== undefined
    && !isSquare(widthPx / heightPx, viewBox.width / viewBox.height)) {
    issues.push({
      code: 'SVG_STRETCHED',
      ...at,
      args: { viewBoxWidth: round(viewBox.width), viewBoxHeight: round(viewBox.height), width: round(widthPx), height: round(heightPx) },
    });
  }
  return issues;
}
