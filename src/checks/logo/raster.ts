/**
 * What a rendered logo looks like, measured from its pixels: where the drawing is, and whether a
 * uniform background surrounds it. Pure: it runs in the render child on the pixels, and in tests on
 * hand-made ones.
 */

/** Pixels more transparent than this (of 255) are not part of the drawing: anti-aliasing fringes. */
export const VISIBLE_ALPHA = 16;
/** Largest difference per colour channel (of 255) between two pixels of "one colour". */
export const COLOUR_TOLERANCE = 24;
/**
 * A border colour is taken as background when visible pixels make up at least this share of the
 * border ring and, of those, at least BACKGROUND_UNIFORMITY have that colour. A full-canvas rect
 * qualifies, and so does one with rounded corners (its transparent corners are the rest of the ring);
 * a drawing that merely touches the edge of a transparent canvas does not.
 */
export const BACKGROUND_BORDER_SHARE = 0.5;
export const BACKGROUND_UNIFORMITY = 0.95;

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
  /** The drawing's bounding box in pixels, background excluded; absent when nothing is drawn. */
  box?: PixelBox;
  /** The colour taken as background, as #rrggbb, when the border is one colour. */
  background?: string;
}

type Rgb = [number, number, number];

/** Straight (not premultiplied) colour of pixel i of premultiplied RGBA data. */
function colourAt(rgba: Uint8Array, i: number): Rgb {
  const a = rgba[i + 3]!;
  const straight = (c: number) => Math.min(255, Math.round((c * 255) / a));
  return [straight(rgba[i]!), straight(rgba[i + 1]!), straight(rgba[i + 2]!)];
}

const near = (a: Rgb, b: Rgb) => Math.abs(a[0] - b[0]) <= COLOUR_TOLERANCE && Math.abs(a[1] - b[1]) <= COLOUR_TOLERANCE && Math.abs(a[2] - b[2]) <= COLOUR_TOLERANCE;

/** Indexes (into RGBA data) of the outermost ring of pixels, each once. */
function borderIndexes(width: number, height: number): number[] {
  const indexes: number[] = [];
  for (let x = 0; x < width; x++) {
    indexes.push(x * 4);
    if (height > 1) indexes.push(((height - 1) * width + x) * 4);
  }
  for (let y = 1; y < height - 1; y++) {
    indexes.push(y * width * 4);
    if (width > 1) indexes.push((y * width + width - 1) * 4);
  }
  return indexes;
}

/** The background colour, when the visible border pixels are (nearly) all one colour. */
function uniformBorderColour(rgba: Uint8Array, width: number, height: number): Rgb | undefined {
  const border = borderIndexes(width, height);
  const visible = border.filter((i) => rgba[i + 3]! >= VISIBLE_ALPHA).map((i) => ({ colour: colourAt(rgba, i), opaque: rgba[i + 3] === 255 }));
  if (visible.length === 0 || visible.length < BACKGROUND_BORDER_SHARE * border.length) return undefined;
  // The most common colour, bucketed coarsely so that anti-aliasing noise falls in one bucket.
  // Its colour is taken from an opaque pixel where there is one: those are exact, fringes are rounded.
  const buckets = new Map<number, { count: number; colour: Rgb; opaque: boolean }>();
  for (const { colour, opaque } of visible) {
    const key = ((colour[0] >> 4) << 8) | ((colour[1] >> 4) << 4) | (colour[2] >> 4);
    const bucket = buckets.get(key);
    if (!bucket) buckets.set(key, { count: 1, colour, opaque });
    else {
      bucket.count++;
      if (opaque && !bucket.opaque) Object.assign(bucket, { colour, opaque });
    }
  }
  const candidate = [...buckets.values()].reduce((best, bucket) => (bucket.count > best.count ? bucket : best)).colour;
  const matching = visible.filter(({ colour }) => near(colour, candidate)).length;
  return matching >= BACKGROUND_UNIFORMITY * visible.length ? candidate : undefined;
}

const hex = (colour: Rgb) => `#${colour.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/**
 * Measures premultiplied RGBA pixels (as resvg renders them): the bounding box of every visible
 * pixel that is not the background colour.
 */
export function measureRaster(rgba: Uint8Array, width: number, height: number): RasterMeasure {
  if (rgba.length < width * height * 4) throw new Error(`expected ${width * height * 4} bytes of RGBA, got ${rgba.length}`);
  const background = uniformBorderColour(rgba, width, height);
  let left = width;
  let top = height;
  let right = 0;
  let bottom = 0;
  // The hot loop: no allocation per pixel (it runs before the JIT has warmed up, in a fresh process).
  const [br, bg, bb] = background ?? [0, 0, 0];
  for (let y = 0; y < height; y++) {
    for (let x = 0, i = y * width * 4; x < width; x++, i += 4) {
      const a = rgba[i + 3]!;
      if (a < VISIBLE_ALPHA) continue;
      if (background
        && Math.abs(Math.min(255, Math.round((rgba[i]! * 255) / a)) - br) <= COLOUR_TOLERANCE
        && Math.abs(Math.min(255, Math.round((rgba[i + 1]! * 255) / a)) - bg) <= COLOUR_TOLERANCE
        && Math.abs(Math.min(255, Math.round((rgba[i + 2]! * 255) / a)) - bb) <= COLOUR_TOLERANCE) continue;
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
    ...(background ? { background: hex(background) } : {}),
  };
}
