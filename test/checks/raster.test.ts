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

describe('measureRaster', () => {
  it('boxes the drawing on a transparent canvas', () => {
    const pixels = canvas(100, 100, (x, y) => (inRect(x, y, 20, 30, 70, 90) ? BLUE : undefined));
    expect(measureRaster(pixels, 100, 100)).toEqual({ width: 100, height: 100, box: { left: 20, top: 30, right: 70, bottom: 90 } });
  });

  it('finds nothing on an empty canvas', () => {
    expect(measureRaster(new Uint8Array(64 * 64 * 4), 64, 64)).toEqual({ width: 64, height: 64 });
  });

  it('ignores nearly invisible pixels (anti-aliasing fringes)', () => {
    const pixels = canvas(50, 50, (x, y) => (inRect(x, y, 10, 10, 40, 40) ? BLUE : [0, 0, 0, VISIBLE_ALPHA - 1]));
    expect(measureRaster(pixels, 50, 50).box).toEqual({ left: 10, top: 10, right: 40, bottom: 40 });
  });

  it('leaves out a full-canvas background and measures what is on it', () => {
    const pixels = canvas(100, 100, (x, y) => (inRect(x, y, 40, 40, 60, 60) ? BLUE : PALE));
    expect(measureRaster(pixels, 100, 100)).toEqual({ width: 100, height: 100, box: { left: 40, top: 40, right: 60, bottom: 60 }, background: '#f3f6fc' });
  });

  it('leaves out a background with rounded (transparent) corners', () => {
    const radius = 20;
    const inside = (x: number, y: number) => {
      const cx = Math.min(Math.max(x + 0.5, radius), 100 - radius);
      const cy = Math.min(Math.max(y + 0.5, radius), 100 - radius);
      return (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= radius ** 2;
    };
    const pixels = canvas(100, 100, (x, y) => (inRect(x, y, 30, 25, 70, 75) ? BLUE : inside(x, y) ? PALE : undefined));
    expect(measureRaster(pixels, 100, 100)).toMatchObject({ box: { left: 30, top: 25, right: 70, bottom: 75 }, background: '#f3f6fc' });
  });

  it('tolerates small colour noise in the background (gradients of a few steps, dithering)', () => {
    const pixels = canvas(100, 100, (x, y) => (inRect(x, y, 45, 45, 55, 55) ? BLUE : [243 - (x % 8), 246, 252 - (y % 8), 255]));
    expect(measureRaster(pixels, 100, 100).box).toEqual({ left: 45, top: 45, right: 55, bottom: 55 });
  });

  it('does not take a drawing that touches the edge of a transparent canvas for a background', () => {
    const pixels = canvas(100, 100, (x, y) => (inRect(x, y, 0, 0, 30, 30) ? BLUE : undefined));
    expect(measureRaster(pixels, 100, 100)).toEqual({ width: 100, height: 100, box: { left: 0, top: 0, right: 30, bottom: 30 } });
  });

  it('takes no background when the border has several colours (a full-bleed drawing)', () => {
    const pixels = canvas(100, 100, (x) => (x < 50 ? BLUE : PALE));
    expect(measureRaster(pixels, 100, 100)).toEqual({ width: 100, height: 100, box: { left: 0, top: 0, right: 100, bottom: 100 } });
  });

  it('reports a canvas that holds only a background as empty, naming the background', () => {
    const pixels = canvas(40, 40, () => [22, 58, 138, 255]);
    expect(measureRaster(pixels, 40, 40)).toEqual({ width: 40, height: 40, background: '#163a8a' });
  });

  it('refuses pixel data of the wrong length', () => {
    expect(() => measureRaster(new Uint8Array(10), 4, 4)).toThrow(/expected 64 bytes/);
  });
});
