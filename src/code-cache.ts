/**
 * A V8 code cache for the CLI's own files, made when the package is built: scripts/build.mjs runs the
 * commands whose start-up time counts (`--help`, `ua check`, `validate`) once, in one process, and
 * saves what V8 compiled for each file beside it as `<file>.cache`. A start then reads the bytecode
 * instead of compiling most of the code again.
 *
 * Nothing is written at run time. V8 refuses a cache made by another V8 version, with other flags, or
 * for a source of another length, and the file is then compiled as Node would have compiled it; a
 * missing or unreadable cache is the same. Built to dist/code-cache.cjs and used by bin/ only: the
 * library (dist/index.js) and the tests compile as usual.
 */
import Module from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import { Script } from 'node:vm';

type Compile = (this: Module, content: string, filename: string) => unknown;
interface Hookable { _compile: Compile }

/** The parameters Node gives a CommonJS module's code (the same wrapper as Node's own). */
const wrap = (content: string) => `(function (exports, require, module, __filename, __dirname) { ${content}\n});`;

const HOOKED = Symbol.for('mde-partner.code-cache');

/** What became of a file's cache: used, refused by V8 (and the file compiled as usual), or none. */
export type CacheUse = 'used' | 'rejected' | 'none';

export interface CodeCacheOptions {
  /** For the build: collect each file's script (to save its cache later) instead of reading caches. */
  record?: Map<string, Script>;
  /** Told, for each file compiled, what became of its cache. */
  onLoad?: (filename: string, use: CacheUse) => void;
}

/**
 * Compiles every CommonJS file (`.cjs`) below `dir` through a vm.Script with the cache beside it.
 * Only the first call in a process takes effect.
 */
export function useCodeCache(dir: string, { record, onLoad }: CodeCacheOptions = {}): void {
  const proto = Module.prototype as unknown as Hookable & { [HOOKED]?: true };
  if (proto[HOOKED]) return;
  proto[HOOKED] = true;
  const compile = proto._compile;
  const below = dir.endsWith(sep) ? dir : dir + sep;
  proto._compile = function compileWithCache(this: Module, content: string, filename: string) {
    if (!filename.startsWith(below) || !filename.endsWith('.cjs')) return compile.call(this, content, filename);
    let cachedData: Buffer | undefined;
    if (!record) {
      try {
        cachedData = readFileSync(`${filename}.cache`);
      } catch {
        // No cache: compiled as usual.
      }
    }
    const script = new Script(wrap(content), { filename, cachedData });
    record?.set(filename, script);
    onLoad?.(filename, cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used');
    const run = script.runInThisContext() as (...args: unknown[]) => unknown;
    return run.call(this.exports, this.exports, Module.createRequire(filename), this, filename, dirname(filename));
  };
}

/** Writes the cache of every recorded script beside its file; returns the files written. */
export function saveCodeCache(recorded: ReadonlyMap<string, Script>): string[] {
  const written: string[] = [];
  for (const [filename, script] of recorded) {
    writeFileSync(`${filename}.cache`, script.createCachedData());
    written.push(`${filename}.cache`);
  }
  return written;
}
