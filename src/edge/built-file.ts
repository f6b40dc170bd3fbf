import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A file the build writes into dist/ beside the bundled code (a script started as a process or a
 * worker), found from any dist/ chunk, or from src/ in tests; undefined when there is none.
 */
export function builtFile(name: string): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'dist', name);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, name)) && dir.endsWith('dist')) return join(dir, name);
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
