import { readFileSync } from 'node:fs';

declare const __MDE_PARTNER_VERSION__: string | undefined;

/** Inlined by the bundler; read from package.json when running from source (tests). */
export const toolVersion: string =
  typeof __MDE_PARTNER_VERSION__ === 'string'
    ? __MDE_PARTNER_VERSION__
    : (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export const toolName = 'mde-partner';
