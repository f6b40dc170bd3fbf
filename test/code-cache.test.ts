import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './cli/helpers.js';
import { meta, outputOf } from './helpers/build-meta.js';

/**
 * The V8 code cache of the CLI (src/code-cache.ts, built to dist/code-cache.cjs): made in one
 * process (the build), used in another (every start), so each side runs in a process of its own.
 */
const HOOK = join(repoRoot, 'dist/code-cache.cjs');
const work = mkdtempSync(join(tmpdir(), 'mde-code-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `script` in a fresh Node with the hook as `hook`; returns what it prints as JSON. */
function node(script: string): unknown {
  const result = spawnSync(process.execPath, ['-e', `const hook = require(${JSON.stringify(HOOK)}); ${script}`], { encoding: 'utf8', timeout: 20_000 });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

describe('the code cache hook', () => {
  const dir = join(work, 'lib');
  const outside = join(work, 'outside.cjs');
  mkdirSync(dir);
  // Each module says what it got: its own path and folder, a working require (relative, built-in).
  const module = (value: number) => `const b = require('./b.cjs'); module.exports = { value: ${value} + b.one, file: __filename, dir: __dirname, path: typeof require('node:path').join };`;
  writeFileSync(join(dir, 'b.cjs'), 'exports.one = 1;');
  for (const [name, value] of [['a', 41], ['c', 1], ['d', 2], ['e', 3], ['f', 4]] as const) writeFileSync(join(dir, `${name}.cjs`), module(value));
  writeFileSync(outside, 'module.exports = 7;');

  it('records in one process, and another uses each cache that fits its file and refuses the rest', () => {
    const saved = node(`const record = new Map(); hook.useCodeCache(${JSON.stringify(dir)}, { record });
      require(${JSON.stringify(join(dir, 'a.cjs'))}); require(${JSON.stringify(outside)});
      console.log(JSON.stringify(hook.saveCodeCache(record)));`) as string[];
    expect(saved.sort()).toEqual([join(dir, 'a.cjs.cache'), join(dir, 'b.cjs.cache')]);

    writeFileSync(join(dir, 'c.cjs.cache'), Buffer.from('not a code cache at all, just some bytes'.repeat(8)));
    copyFileSync(join(dir, 'a.cjs.cache'), join(dir, 'd.cjs.cache'));
    writeFileSync(join(dir, 'd.cjs'), `${module(2)} // another length`);
    const whole = readFileSync(join(dir, 'b.cjs.cache'));
    writeFileSync(join(dir, 'f.cjs.cache'), whole.subarray(0, whole.length >> 1));
    // e.cjs has no cache.

    const seen = node(`const uses = {}; hook.useCodeCache(${JSON.stringify(dir)}, { onLoad: (file, use) => { uses[require('node:path').basename(file)] = use; } });
      const exports = Object.fromEntries(['a', 'c', 'd', 'e', 'f'].map((name) => [name, require(${JSON.stringify(dir)} + '/' + name + '.cjs')]));
      exports.outside = require(${JSON.stringify(outside)});
      console.log(JSON.stringify({ uses, exports }));`) as { uses: Record<string, string>; exports: Record<string, unknown> };
    expect(seen.uses).toEqual({ 'a.cjs': 'used', 'b.cjs': 'used', 'c.cjs': 'rejected', 'd.cjs': 'rejected', 'e.cjs': 'none', 'f.cjs': 'rejected' });
    for (const [name, value] of [['a', 42], ['c', 2], ['d', 3], ['e', 4], ['f', 5]] as const) {
      expect(seen.exports[name], name).toEqual({ value, file: join(dir, `${name}.cjs`), dir, path: 'function' });
    }
    expect(seen.exports.outside).toBe(7);
  });
});

describe('the built CLI', () => {
  /** The files a start of --help, ua check and validate loads: the CLI's and the two commands' static imports. */
  const startFiles = () => {
    const files = new Set<string>();
    const pending = ['src/cli.ts', 'src/commands/ua.ts', 'src/commands/validate.ts'].map(outputOf);
    while (pending.length > 0) {
      const file = pending.pop()!;
      if (files.has(file)) continue;
      files.add(file);
      for (const imported of meta.outputs[file]!.imports) if (imported.kind === 'import-statement' && !imported.external) pending.push(imported.path);
    }
    return [...files];
  };

  it('has a cache for every file a start of --help, ua check or validate loads, and a fresh Node uses each', () => {
    const files = startFiles();
    expect(files.length).toBeGreaterThan(8);
    const dist = join(repoRoot, 'dist');
    const uses = node(`const uses = {}; hook.useCodeCache(${JSON.stringify(dist)}, { onLoad: (file, use) => { uses[require('node:path').relative(${JSON.stringify(repoRoot)}, file)] = use; } });
      for (const file of ${JSON.stringify(files)}) require(require('node:path').join(${JSON.stringify(repoRoot)}, file));
      console.log(JSON.stringify(uses));`) as Record<string, string>;
    expect(Object.keys(uses).sort()).toEqual([...files].sort());
    expect(Object.entries(uses).filter(([, use]) => use !== 'used')).toEqual([]);
  });

  it("has a cache for bundle's svgo worker, which a fresh worker uses", () => {
    const script = join(repoRoot, 'dist/optimize-worker.cjs');
    const seen = node(`const { Worker } = require('node:worker_threads');
      const code = "const { workerData, parentPort } = require('node:worker_threads'); let use; require(workerData.hook).useCodeCache(workerData.dist, { onLoad: (file, how) => { use = how; } }); const post = parentPort.postMessage.bind(parentPort); parentPort.postMessage = (outcome) => post({ use, outcome }); require(workerData.script);";
      const worker = new Worker(code, { eval: true, workerData: { hook: ${JSON.stringify(HOOK)}, dist: ${JSON.stringify(join(repoRoot, 'dist'))}, script: ${JSON.stringify(script)}, svg: '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>', config: {} } });
      worker.once('message', (message) => { console.log(JSON.stringify(message)); worker.terminate(); });`) as { use: string; outcome: { data?: string } };
    expect(seen.use).toBe('used');
    expect(seen.outcome.data).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"><path d="M0 0h1v1H0z"\/><\/svg>$/);
  });
});
