import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** esbuild's record of the build (dist/meta.json): every output file, the sources in it and what it imports. */
export interface Meta {
  outputs: Record<string, { entryPoint?: string; imports: Array<{ path: string; kind: string; external?: boolean }>; inputs: Record<string, unknown> }>;
}

export const meta = JSON.parse(readFileSync(fileURLToPath(new URL('../../dist/meta.json', import.meta.url)), 'utf8')) as Meta;

/** The output built for a source that is an entry point or a lazily imported chunk. */
export function outputOf(entry: string): string {
  const output = Object.keys(meta.outputs).find((file) => meta.outputs[file]!.entryPoint === entry);
  if (!output) throw new Error(`no output for ${entry} in dist/meta.json`);
  return output;
}

/** The sources an output loads before any dynamic import: its own and its static imports', transitively. */
export function staticallyLoaded(start: string): string[] {
  const seen = new Set<string>();
  const pending = [start];
  while (pending.length > 0) {
    const output = pending.pop()!;
    if (seen.has(output) || !meta.outputs[output]) continue;
    seen.add(output);
    for (const imported of meta.outputs[output]!.imports) if (imported.kind === 'import-statement' && !imported.external) pending.push(imported.path);
  }
  return [...seen].flatMap((output) => Object.keys(meta.outputs[output]!.inputs));
}

/** The sources loaded when `entry` (a source) is loaded. */
export const sourcesLoadedBy = (entry: string): string[] => staticallyLoaded(outputOf(entry));
