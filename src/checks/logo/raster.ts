/**
 * What a rendered logo looks like, measured from its pixels: where the visible drawing is, and whether
 * it shows anything at all. Pure: it runs in the render child on the pixels, and in tests on
 * hand-made ones.
 *
 * The whole visible drawing is measured, a tile or a background shape included: a mark that fills
 * its square, a tile with a glyph in a corner, and a solid mark with cut-outs are all what the
 * portal shows in its square, and are judged as such. A drawing "shows nothing" when no pixel is
 * visible, or when every pixel of the square is the same colour (a blank tile).
 */

/** Pixels more transparent than this (of 255) are not part of the drawing: anti-aliasing fringes. */
export const VISIBLE_ALPHA = 16;
/** Largest difference per colour channel (of 255) between two pixels of "one colour". */
const COLOUR_TOLERANCE = 24;

export interface PixelBox {
  left: number;
  top: number;
  /** Exclusive. */
  right: number;
  /** Exclusive. */
  bottom: number;
}

export interface RasterMeasure {
  width: number;
  height: number;
  /** The bounding box of every visible pixel; absent when nothing is visible. */
  box?: PixelBox;
  /** The colour of every pixel, as #rrggbb, when the whole square is painted in that one colour. */
  uniform?: string;
  /** Visible pixels, as a share of the square. */
  coverage: number;
}

const straight = (c: number, a: number) => Math.min(255, Math.round((c * 255) / a));
const hex = (rgb: readonly number[]) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/**
 * Measures premultiplied RGBA pixels (as resvg renders them): the bounding box of every visible
 * pixel, the share of the square they cover, and whether the square is one colour throughout.
 */
export function measureRaster(rgba: Uint8Array, width: number, height: number): RasterMeasure {
  if (rgba.length < width * height * 4) throw new Error(`expected ${width * height * 4} bytes of RGBA, got ${rgba.length}`);
  let left = width;
  let top = height;
  let right = 0;
  let bottom = 0;
  let visible = 0;
  // One colour throughout: every pixel opaque-ish and within the tolerance of the first one.
  let uniform = width * height > 0 && rgba[3]! >= 255 - COLOUR_TOLERANCE;
  const first = uniform ? [straight(rgba[0]!, rgba[3]!), straight(rgba[1]!, rgba[3]!), straight(rgba[2]!, rgba[3]!)] : [0, 0, 0];
  const [r0, g0, b0] = first as [number, number, number];
  // The hot loop: no allocation per pixel (it runs before the JIT has warmed up, in a fresh process).
  for (let y = 0; y < height; y++) {
    for (let x = 0, i = y * width * 4; x < width; x++, i += 4) {
      const a = rgba[i + 3]!;
      if (a < VISIBLE_ALPHA) {
        uniform = false;
        continue;
      }
      visible++;
      if (uniform && (a < 255 - COLOUR_TOLERANCE
        || Math.abs(straight(rgba[i]!, a) - r0) > COLOUR_TOLERANCE
        || Math.abs(straight(rgba[i + 1]!, a) - g0) > COLOUR_TOLERANCE
        || Math.abs(straight(rgba[i + 2]!, a) - b0) > COLOUR_TOLERANCE)) uniform = false;
      if (x < left) left = x;
      if (x >= right) right = x + 1;
      if (y < top) top = y;
      if (y >= bottom) bottom = y + 1;
    }
  }
  return {
    width,
    height,
    ...(right > left ? { box: { left, top, right, bottom } } : {}),
    ...(uniform ? { uniform: hex(first) } : {}),
    coverage: width * height > 0 ? visible / (width * height) : 0,
  };
}
