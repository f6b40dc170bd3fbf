/**
 * The render child: a separate Node process that rasterizes logos with resvg, so that the parent can
 * stop it with SIGKILL at a deadline (native rendering cannot be interrupted any other way) and can
 * run it under a memory limit. Built to dist/render-child.cjs; spawned by render.ts.
 *
 * Protocol, one JSON object per line. Out: {"ready":true} once resvg is loaded, or
 * {"unavailable":"why"} and exit. In: {"id","svg","size","pngSizes"}. Out: {"id","measure","pngs"}
 * (PNGs as base64, keyed by size) or {"id","error"}. The child ends when its stdin ends.
 */
import { dirname, join } from 'node:path';
import { drawLogo, loadResvg, type ResvgModule } from './draw.js';

interface Request {
  id: number;
  svg: string;
  /** Longer side, in pixels, of the render that is measured. */
  size: number;
  pngSizes: number[];
}

const send = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);

function loadRenderer(): ResvgModule | undefined {
  try {
    // Resolved from this script's own path (argv[1]): the same in the CommonJS build and in the sources.
    return loadResvg(process.argv[1]!);
  } catch (error) {
    send({ unavailable: (error as Error).message.split('\n')[0] });
    return undefined;
  }
}

/** The package's fonts/ folder, next to dist/ (the child runs as dist/render-child.cjs). */
const FONTS_DIR = join(dirname(process.argv[1]!), '..', 'fonts');

function handle(resvg: ResvgModule, request: Request): object {
  const drawing = drawLogo(resvg, request.svg, request.size, request.pngSizes, FONTS_DIR);
  if ('error' in drawing) return { id: request.id, error: drawing.error };
  const pngs = Object.fromEntries([...drawing.pngs].map(([size, png]) => [size, png.toString('base64')]));
  return { id: request.id, measure: drawing.measure, pngs };
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
const loaded = loadRenderer();
if (loaded) {
  send({ ready: true });
  serve(loaded);
}
