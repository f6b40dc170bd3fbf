import { catalog, type Code } from '../catalog.js';
import type { Issue } from '../finding.js';
import { decodeLogo, readLogoFile } from './bytes.js';
import { MAX_BOUNDED_LENGTH } from './render-bound.js';
import { sharedRenderer, type LogoRenderer, type RenderOptions } from './render.js';
import { judgeRender, type RenderThresholds } from './rendered.js';
import { checkSvgText, defaultSvgLimits, type SvgLimits } from './svg.js';
import { policy } from '../../domain/requirements.js';

export interface LogoOptions extends Partial<SvgLimits> {
  /** How the file is named in findings (defaults to the path, or "logo.svg" for bytes). */
  file?: string;
  maxBytes?: number;
}

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

/** The logo pipeline on bytes already in memory: byte checks, one streaming parse, size warning. */
export function checkLogoBytes(bytes: Uint8Array, options: LogoOptions = {}): Issue[] {
  return staticChecks(bytes, options).issues;
}

function staticChecks(bytes: Uint8Array, options: LogoOptions): { issues: Issue[]; text?: string } {
  const file = options.file ?? 'logo.svg';
  const maxBytes = options.maxBytes ?? policy.logo.maxBytes;
  if (bytes.length > maxBytes) return { issues: [{ code: 'SVG_INPUT_TOO_LARGE', file, args: { size: bytes.length, limit: maxBytes } }] };
  const decoded = decodeLogo(bytes, file);
  if ('issues' in decoded) return { issues: decoded.issues };
  const limits: SvgLimits = {
    maxDepth: options.maxDepth ?? defaultSvgLimits.maxDepth,
    maxAttributesPerElement: options.maxAttributesPerElement ?? defaultSvgLimits.maxAttributesPerElement,
    maxElements: options.maxElements ?? defaultSvgLimits.maxElements,
  };
  const issues = checkSvgText(decoded.text, file, limits);
  if (bytes.length > policy.logo.warnBytes) issues.push({ code: 'SVG_SIZE_OVER_32KB', file, args: { size: bytes.length } });
  return { issues, text: decoded.text };
}

/** The renderer a call uses: the caller's, or the process-wide one for these limits. */
export function rendererFor(render: RenderedLogoOptions['render']): LogoRenderer | undefined {
  if (render === false) return undefined;
  if (render === true || render === undefined) return sharedRenderer();
  return render.renderer ?? sharedRenderer(render);
}

/**
 * Static checks, then the rendered ones. The logo reaches the renderer only after the static checks
 * found no error (with the listing's `rules` applied; hostile-content codes cannot be relaxed), so a
 * logo with a script, an external reference or foreign content is never drawn.
 */
export async function checkLogo(bytes: Uint8Array, options: RenderedLogoOptions = {}): Promise<Issue[]> {
  const { issues, text } = staticChecks(bytes, options);
  const renderer = rendererFor(options.render);
  if (text === undefined || !renderer) return issues;
  const isError = options.isError ?? ((code: Code) => catalog[code].severity === 'error');
  if (issues.some((issue) => isError(issue.code))) return issues;
  const hasText = issues.some((issue) => issue.code === 'SVG_TEXT');
  return [...issues, ...judgeRender(await renderer.request(text).result, { file: options.file ?? 'logo.svg', hasText, thresholds: options.thresholds })];
}

/** Reads a logo from disk (size checked with stat before reading) and checks it, rendered checks included. */
export async function checkLogoFile(path: string, options: RenderedLogoOptions = {}): Promise<Issue[]> {
  const file = options.file ?? path;
  const read = await readLogoFile(path, file, options.maxBytes ?? policy.logo.maxBytes);
  if ('issues' in read) return read.issues;
  // A logo that will not be drawn in this process (too long to be bounded: render-bound.ts) gets the
  // render child now, so that its start-up overlaps with the static checks, longest on such logos.
  const renderer = rendererFor(options.render);
  if (renderer && (!renderer.inProcess || read.bytes.length > MAX_BOUNDED_LENGTH)) renderer.start();
  return checkLogo(read.bytes, { ...options, file });
}
