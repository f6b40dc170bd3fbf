import { catalog, type Code } from '../catalog.js';
import type { Issue } from '../finding.js';
import { decodeLogo } from './bytes.js';
import { checkSvgText, defaultSvgLimits, type SvgLimits } from './svg.js';
import { policy } from '../../domain/requirements.js';

export interface LogoOptions extends Partial<SvgLimits> {
  /** How the file is named in findings (defaults to the path, or "logo.svg" for bytes). */
  file?: string;
  maxBytes?: number;
}

/** What the static checks found, and the logo to draw when the rendered checks may see it. */
export interface StaticLogoResult {
  issues: Issue[];
  /** Present only when no issue is an error: the decoded text, and whether it has live text (SVG_TEXT). */
  draw?: { text: string; hasText: boolean };
}

/** The logo pipeline on bytes already in memory: byte checks, one streaming parse, size warning. */
export function checkLogoBytes(bytes: Uint8Array, options: LogoOptions = {}): Issue[] {
  return staticLogoChecks(bytes, options).issues;
}

/**
 * The static checks, and whether the logo may be drawn: only when they found no error (with the
 * listing's `rules` applied through `isError`; hostile-content codes cannot be relaxed), so a logo with
 * a script, an external reference or foreign content never reaches a renderer (src/edge/logo.ts).
 */
export function staticLogoChecks(bytes: Uint8Array, options: LogoOptions & { isError?: (code: Code) => boolean } = {}): StaticLogoResult {
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
  const isError = options.isError ?? ((code: Code) => catalog[code].severity === 'error');
  if (issues.some((issue) => isError(issue.code))) return { issues };
  return { issues, draw: { text: decoded.text, hasText: issues.some((issue) => issue.code === 'SVG_TEXT') } };
}
