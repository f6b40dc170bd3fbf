import { describe, expect, it } from 'vitest';
import { measureRaster, VISIBLE_ALPHA } from '../../src/checks/logo/raster.js';

/** A width × height canvas of premultiplied RGBA, as resvg renders it, painted by `paint(x, y)`. */
function canvas(width: number, height: number, paint: (x: number, y: number) => [number, number, number, number] | undefined): Uint8Array {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const pixel = paint(x, y);
      if (!pixel) continue;
      const [r, g, b, a] = pixel;
      data.set([Math.round((r * a) / 255), Math.round((g * a) / 255), Math.round((b * a) / 255), a], (y * width + x) * 4);
    }
  }
  return data;
}

const inRect = (x: number, y: number, left: number, top: number, right: number, bottom: number) => x >= left && x < right && y >= top && y < bottom;
const BLUE: [number, number, number, number] = [47, 111, 222, 255];
const PALE: [number, number, number, number] = [243, 246, 252, 255];

const roundedTile = (radius: number) => (x: number, y: number) => {
  const cx = Math.min(Math.max(x + 0.5, radius), 100 - radius);
  const cy = Math.min(Math.max(y + 0.5, radius), 100 - radius);
  return (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= radius ** 2;
};

describe('measureRaster', () => {
  it.each<[string, Uint8Array, object]>([
    ['a drawing on a transparent canvas', canvas(100, 100, (x, y) => (inRect(x, y, 20, 30, 70, 90) ? BLUE : undefined)),
      { box: { left: 20, top: 30, right: 70, bottom: 90 }, coverage: 0.3 }],
    ['a full-canvas background with a small glyph: the tile is what is shown', canvas(100, 100, (x, y) => (inRect(x, y, 40, 40, 60, 60) ? BLUE : PALE)),
      { box: { left: 0, top: 0, right: 100, bottom: 100 }, coverage: 1 }],
    ['a rounded tile with a glyph in its corner', canvas(100, 100, (x, y) => (inRect(x, y, 60, 60, 90, 90) ? PALE : roundedTile(20)(x, y) ? BLUE : undefined)),
      { box: { left: 0, top: 0, right: 100, bottom: 100 } }],
    ['a solid mark with cut-outs that touches every edge', canvas(100, 100, (x, y) => (inRect(x, y, 30, 30, 70, 70) ? undefined : BLUE)),
      { box: { left: 0, top: 0, right: 100, bottom: 100 }, coverage: 0.84 }],
    ['a drawing that touches the edge of a transparent canvas', canvas(100, 100, (x, y) => (inRect(x, y, 0, 0, 30, 30) ? BLUE : undefined)),
      { box: { left: 0, top: 0, right: 30, bottom: 30 } }],
    ['nearly invisible pixels (anti-aliasing fringes) are left out', canvas(50, 50, (x, y) => (inRect(x, y, 10, 10, 40, 40) ? BLUE : [0, 0, 0, VISIBLE_ALPHA - 1])),
      { box: { left: 10, top: 10, right: 40, bottom: 40 } }],
  ])('%s', (_name, pixels, expected) => {
    const measure = measureRaster(pixels, Math.sqrt(pixels.length / 4), Math.sqrt(pixels.length / 4));
    expect(measure).toMatchObject(expected);
    expect(measure.uniform).toBeUndefined();
  });

  it('finds nothing on an empty canvas', () => {
    expect(measureRaster(new Uint8Array(64 * 64 * 4), 64, 64)).toEqual({ width: 64, height: 64, coverage: 0 });
  });

  it('names the colour of a square painted in one colour throughout (a blank tile)', () => {
    expect(measureRaster(canvas(40, 40, () => [22, 58, 138, 255]), 40, 40)).toEqual({ width: 40, height: 40, box: { left: 0, top: 0, right: 40, bottom: 40 }, uniform: '#163a8a', coverage: 1 });
  });

  it('takes small noise (a gradient of a few steps, dithering) as one colour, and a real second colour as a drawing', () => {
    expect(measureRaster(canvas(100, 100, (x, y) => [243 - (x % 8), 246, 252 - (y % 8), 255]), 100, 100).uniform).toBe('#f3f6fc');
    expect(measureRaster(canvas(100, 100, (x) => (x < 99 ? PALE : BLUE)), 100, 100).uniform).toBeUndefined();
  });

  it('refuses pixel data of the wrong length', () => {
    expect(() => measureRaster(new Uint8Array(10), 4, 4)).toThrow(/expected 64 bytes/);
  });
});
