/**
 * The render child: a separate Node process that rasterizes logos with resvg, so that the parent can
 * stop it with SIGKILL at a deadline (native rendering cannot be interrupted any other way) and can
 * run it under a memory limit. Built to dist/render-child.cjs; spawned by render.ts.
 *
 * Protocol, one JSON object per line. Out: {"ready":true} once resvg is loaded, or
 * {"unavailable":"why"} and exit. In: {"id","svg","size","pngSizes"}. Out: {"id","measure","pngs"}
 * (PNGs as base64, keyed by size) or {"id","error"}. The child ends when its stdin ends.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { measureRaster } from './raster.js';

interface Request {
  id: number;
  svg: string;
  /** Longer side, in pixels, of the render that is measured. */
  size: number;
  pngSizes: number[];
}

type ResvgModule = typeof import('@resvg/resvg-js');

const send = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);

function loadResvg(): ResvgModule | undefined {
  try {
    // Resolved from this script's own path (argv[1]): the same in the CommonJS build and in the sources.
    return createRequire(process.argv[1]!)('@resvg/resvg-js') as ResvgModule;
  } catch (error) {
    send({ unavailable: (error as Error).message.split('\n')[0] });
    return undefined;
  }
}


/**
 * The one font text is drawn with: DejaVu Sans, regular and bold, shipped in the package (fonts/), so
 * a logo with live text is drawn the same on every machine and judged like the same logo with its text
 * outlined. No system font is ever loaded; every font-family falls back to this one.
 */
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) => join(dirname(process.argv[1]!), '..', 'fonts', name));
const HAS_TEXT = /<(?:[\w.-]+:)?text[\s/>]/;

/** Renders with the longer side `size` px. */
function render(resvg: ResvgModule, svg: string, size: number) {
  const font = HAS_TEXT.test(svg) && FONTS.every((file) => existsSync(file))
    ? { loadSystemFonts: false, fontFiles: FONTS, defaultFontFamily: 'DejaVu Sans', serifFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans', monospaceFamily: 'DejaVu Sans', cursiveFamily: 'DejaVu Sans', fantasyFamily: 'DejaVu Sans' }
    : { loadSystemFonts: false };
  const options = { font, logLevel: 'off' as const };
  // Parsed once for a logo that is at least as wide as tall (a square one); a tall one is parsed again.
  let parsed = new resvg.Resvg(svg, { ...options, fitTo: { mode: 'width', value: size } });
  if (parsed.height > parsed.width) parsed = new resvg.Resvg(svg, { ...options, fitTo: { mode: 'height', value: size } });
  return parsed.render();
}

function handle(resvg: ResvgModule, request: Request): object {
  try {
    const image = render(resvg, request.svg, request.size);
    const measure = measureRaster(image.pixels, image.width, image.height);
    const pngs: Record<string, string> = {};
    for (const size of request.pngSizes) {
      pngs[size] = (size === request.size ? image : render(resvg, request.svg, size)).asPng().toString('base64');
    }
    return { id: request.id, measure, pngs };
  } catch (error) {
    return { id: request.id, error: (error as Error).message.split('\n')[0] };
  }
}

/** Requests, one per line, answered in order. (readline would cost more start-up than it saves.) */
function serve(resvg: ResvgModule): void {
  let pending = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk: string) => {
    pending += chunk;
    for (let newline = pending.indexOf('\n'); newline >= 0; newline = pending.indexOf('\n')) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      if (line.trim() === '') continue;
      let request: Request;
      try {
        request = JSON.parse(line) as Request;
      } catch {
        send({ id: null, error: 'the request is not JSON' });
        continue;
      }
      send(handle(resvg, request));
    }
  });
}

// Without resvg nothing is read: the process ends on its own once the message is out.
const loaded = loadResvg();
if (loaded) {
  send({ ready: true });
  serve(loaded);
}
