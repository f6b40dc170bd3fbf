import type { Issue } from '../finding.js';
import { decodeLogo, readLogoFile } from './bytes.js';
import { checkSvgText, defaultSvgLimits, type SvgLimits } from './svg.js';
import { policy } from '../../domain/requirements.js';

export interface LogoOptions extends Partial<SvgLimits> {
  /** How the file is named in findings (defaults to the path, or "logo.svg" for bytes). */
  file?: string;
  maxBytes?: number;
}

/** The logo pipeline on bytes already in memory: byte checks, one streaming parse, size warning. */
export function checkLogoBytes(bytes: Uint8Array, options: LogoOptions = {}): Issue[] {
  const file = options.file ?? 'logo.svg';
  const maxBytes = options.maxBytes ?? policy.logo.maxBytes;
  if (bytes.length > maxBytes) return [{ code: 'SVG_INPUT_TOO_LARGE', file, args: { size: bytes.length, limit: maxBytes } }];
  const decoded = decodeLogo(bytes, file);
  if ('issues' in decoded) return decoded.issues;
  const limits: SvgLimits = {
    maxDepth: options.maxDepth ?? defaultSvgLimits.maxDepth,
    maxAttributesPerElement: options.maxAttributesPerElement ?? defaultSvgLimits.maxAttributesPerElement,
    maxElements: options.maxElements ?? defaultSvgLimits.maxElements,
  };
  const issues = checkSvgText(decoded.text, file, limits);
  if (bytes.length > policy.logo.warnBytes) issues.push({ code: 'SVG_SIZE_OVER_32KB', file, args: { size: bytes.length } });
  return issues;
}

/** Reads a logo from disk (size checked with stat before reading) and checks it. */
export async function checkLogoFile(path: string, options: LogoOptions = {}): Promise<Issue[]> {
  const file = options.file ?? path;
  const read = await readLogoFile(path, file, options.maxBytes ?? policy.logo.maxBytes);
  if ('issues' in read) return read.issues;
  return checkLogoBytes(read.bytes, { ...options, file });
}
