/**
 * Drawing a logo with resvg and measuring it: the one implementation behind both ways a logo is drawn,
 * in the render child (render-child.ts) and, for a logo whose cost is bounded
 * (checks/logo/render-bound.ts), in the CLI's own process (render.ts). It loads a native module, so it
 * belongs to the edge; what it measures is judged in checks/logo/rendered.ts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { measureRaster, type RasterMeasure } from '../checks/logo/raster.js';

export type ResvgModule = typeof import('@resvg/resvg-js');

const MUSL_LOADER = { x64: '/lib/ld-musl-x86_64.so.1', arm64: '/lib/ld-musl-aarch64.so.1' } as Partial<Record<string, string>>;

/**
 * Loads resvg as `from` (a file path or URL) resolves it. resvg-js's own loader asks
 * process.report.getReport() whether the C library is musl, about 4 ms on Linux; on a Linux without
 * musl's loader its glibc binary is loaded directly, from where the package itself would load it, and
 * given the options as the package's wrapper gives them (JSON). Anything else, or any failure, goes
 * through the package.
 */
export function loadResvg(from: string): ResvgModule {
  // node:module is loaded here, when a logo is first drawn, not with every start (about 2 ms).
  const { createRequire } = process.getBuiltinModule('node:module');
  const requireFrom = createRequire(from);
  const musl = MUSL_LOADER[process.arch];
  if (process.platform === 'linux' && musl && !existsSync(musl)) {
    try {
      const fromPackage = createRequire(requireFrom.resolve('@resvg/resvg-js'));
      const native = fromPackage(`@resvg/resvg-js-linux-${process.arch}-gnu`) as { Resvg: new (svg: string, options: string) => InstanceType<ResvgModule['Resvg']> };
      class Resvg extends native.Resvg {
        constructor(svg: string, options: object) {
          super(svg, JSON.stringify(options));
        }
      }
      return { Resvg } as unknown as ResvgModule;
    } catch {
      // The package decides.
    }
  }
  return requireFrom('@resvg/resvg-js') as ResvgModule;
}

export type Drawing = { measure: RasterMeasure; pngs: Map<number, Buffer> } | { error: string };

const HAS_TEXT = /<(?:[\w.-]+:)?text[\s/>]/;

/**
 * The one font text is drawn with: DejaVu Sans, regular and bold, shipped in the package (fonts/), so
 * a logo with live text is drawn the same on every machine and judged like the same logo with its text
 * outlined. No system font is ever loaded; every font-family falls back to this one.
 */
function fontOptions(svg: string, fontsDir: string) {
  const files = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) => join(fontsDir, name));
  if (!HAS_TEXT.test(svg) || !files.every((file) => existsSync(file))) return { loadSystemFonts: false };
  const family = 'DejaVu Sans';
  return { loadSystemFonts: false, fontFiles: files, defaultFontFamily: family, serifFamily: family, sansSerifFamily: family, monospaceFamily: family, cursiveFamily: family, fantasyFamily: family };
}

/** Renders with the longer side `size` px. */
function render(resvg: ResvgModule, svg: string, size: number, fontsDir: string) {
  const options = { font: fontOptions(svg, fontsDir), logLevel: 'off' as const };
  // Parsed once for a logo that is at least as wide as tall (a square one); a tall one is parsed again.
  let parsed = new resvg.Resvg(svg, { ...options, fitTo: { mode: 'width', value: size } });
  if (parsed.height > parsed.width) parsed = new resvg.Resvg(svg, { ...options, fitTo: { mode: 'height', value: size } });
  return parsed.render();
}

/** Draws `svg` measured at `size` px (longer side), with PNGs at `pngSizes`; resvg's refusal is an error. */
export function drawLogo(resvg: ResvgModule, svg: string, size: number, pngSizes: readonly number[], fontsDir: string): Drawing {
  try {
    const image = render(resvg, svg, size, fontsDir);
    const measure = measureRaster(image.pixels, image.width, image.height);
    const pngs = new Map<number, Buffer>();
    for (const pngSize of pngSizes) pngs.set(pngSize, (pngSize === size ? image : render(resvg, svg, pngSize, fontsDir)).asPng());
    return { measure, pngs };
  } catch (error) {
    return { error: (error as Error).message.split('\n')[0]! };
  }
}
