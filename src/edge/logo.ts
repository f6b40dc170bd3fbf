/**
 * A logo from a file, checked, and drawn when the static checks allow it: the part of the logo
 * pipeline that reads the disk and hands the logo to a renderer (render.ts). What is found in the
 * bytes, and what a drawing means, is decided in src/checks/logo/.
 */
import type { Code } from '../checks/catalog.js';
import type { Issue } from '../checks/finding.js';
import { staticLogoChecks, type LogoOptions } from '../checks/logo/index.js';
import { MAX_BOUNDED_LENGTH } from '../checks/logo/render-bound.js';
import { judgeRender, type RenderThresholds } from '../checks/logo/rendered.js';
import { policy } from '../domain/requirements.js';
import { readBounded, sizeArgs } from './read-bounded.js';
import type { LogoRenderer, RenderOptions } from './render.js';

export interface RenderedLogoOptions extends LogoOptions {
  /**
   * The rendered checks (on by default): the logo is drawn in a child process and measured. `false`
   * skips them; an object sets the time and memory limits, or hands over a renderer to use.
   */
  render?: boolean | (RenderOptions & { renderer?: LogoRenderer });
  /** Thresholds of the rendered checks (default: policy.logo.render). */
  thresholds?: RenderThresholds;
  /**
   * Whether a code counts as an error for this logo (default: the catalog's severity). The logo is
   * drawn only when the static checks find no error, so a listing's `rules` decide that here too.
   */
  isError?: (code: Code) => boolean;
}

export type ReadResult = { bytes: Buffer } | { issues: Issue[] };

/** Reads the logo with the shared bounded reader; what it cannot read becomes LOGO_NOT_FOUND. */
export async function readLogoFile(path: string, shownPath: string, maxBytes: number): Promise<ReadResult> {
  const read = await readBounded(path, maxBytes);
  if ('unreadable' in read) return { issues: [{ code: 'LOGO_NOT_FOUND', field: '/logo', args: { path: shownPath, reason: read.unreadable, errno: read.errno } }] };
  if ('tooLarge' in read) return { issues: [{ code: 'SVG_INPUT_TOO_LARGE', file: shownPath, args: { ...sizeArgs(read), limit: maxBytes } }] };
  return read;
}

/**
 * The renderer a call uses: the caller's, or the process-wide one for these limits. The renderer's
 * module is loaded here, on the first call that draws: `--no-render` never loads it.
 */
export async function rendererFor(render: RenderedLogoOptions['render']): Promise<LogoRenderer | undefined> {
  if (render === false) return undefined;
  if (typeof render === 'object' && render.renderer) return render.renderer;
  const { sharedRenderer } = await import('./render.js');
  return sharedRenderer(typeof render === 'object' ? render : undefined);
}

/**
 * Static checks, then the rendered ones. The logo reaches the renderer only when staticLogoChecks
 * allows it (no error), so a logo with a script, an external reference or foreign content is never drawn.
 */
export async function checkLogo(bytes: Uint8Array, options: RenderedLogoOptions = {}): Promise<Issue[]> {
  const { issues, draw } = staticLogoChecks(bytes, options);
  const renderer = draw ? await rendererFor(options.render) : undefined;
  if (!draw || !renderer) return issues;
  return [...issues, ...judgeRender(await renderer.request(draw.text).result, { file: options.file ?? 'logo.svg', hasText: draw.hasText, thresholds: options.thresholds })];
}

/** Reads a logo from disk (size checked with stat before reading) and checks it, rendered checks included. */
export async function checkLogoFile(path: string, options: RenderedLogoOptions = {}): Promise<Issue[]> {
  const file = options.file ?? path;
  const read = await readLogoFile(path, file, options.maxBytes ?? policy.logo.maxBytes);
  if ('issues' in read) return read.issues;
  // A logo that will not be drawn in this process (too long to be bounded: render-bound.ts) gets the
  // render child now, so that its start-up overlaps with the static checks, longest on such logos.
  const renderer = await rendererFor(options.render);
  if (renderer && (!renderer.inProcess || read.bytes.length > MAX_BOUNDED_LENGTH)) renderer.start();
  return checkLogo(read.bytes, { ...options, file });
}
