import { isAbsolute, relative } from 'node:path';

/** A path as findings and messages show it: relative to `root` when inside it, else absolute. */
export function displayPath(path: string, root = process.cwd()): string {
  const shown = relative(root, path);
  return shown === '' ? '.' : shown.startsWith('..') || isAbsolute(shown) ? path : shown;
}

