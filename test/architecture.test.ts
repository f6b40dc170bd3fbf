import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The layers of src/, read from the import statements of its modules. */
const SRC = resolve(__dirname, '../src');

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? modules(path) : /\.(ts|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Static and dynamic imports of a module, as paths relative to src/ (local ones only). */
function importsOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const found = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'(\.{1,2}\/[^']+)'/g)].map((match) => match[1]!);
  return found.map((spec) => relative(SRC, resolve(dirname(path), spec)).replace(/\.js$/, '.ts'));
}

const graph = new Map(modules(SRC).map((path) => [relative(SRC, path), importsOf(path)]));

/** What a getBuiltinModule call whose argument is not a string literal loads: anything. */
const COMPUTED = 'getBuiltinModule(<computed>)';
const BUILTINS = new Set(builtinModules);

/**
 * The Node built-ins a module's text loads, as `node:` names: import statements (type-only ones too),
 * dynamic imports, require calls, and process.getBuiltinModule calls (COMPUTED when the name is not a
 * literal, since that can load any of them).
 */
function builtinsIn(text: string): string[] {
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*|\bgetBuiltinModule\s*\(\s*)(['"`])([^'"`]+)\1/g)].map((match) => match[2]!);
  const found = specifiers.filter((spec) => spec.startsWith('node:') || BUILTINS.has(spec)).map((spec) => (spec.startsWith('node:') ? spec : `node:${spec}`));
  if (/\bgetBuiltinModule\s*\((?!\s*['"`])/.test(text)) found.push(COMPUTED);
  return [...new Set(found)].sort();
}

const builtins = new Map(modules(SRC).map((path) => [relative(SRC, path), builtinsIn(readFileSync(path, 'utf8'))]));

/** The modules under `from` that load `builtin`. */
const loading = (from: string, builtin: string) => [...builtins].filter(([module, loaded]) => module.startsWith(from) && loaded.includes(builtin)).map(([module]) => module);

function cycles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'visiting') {
      found.push([...stack.slice(stack.indexOf(node)), node]);
      return;
    }
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of graph.get(node) ?? []) if (graph.has(next)) visit(next);
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) visit(node);
  return found;
}

describe('the layers of src/', () => {
  it('reads the imports of every module (the graph is not empty)', () => {
    expect(graph.get('cli.ts')).toContain('commands/io.ts');
    expect(graph.size).toBeGreaterThan(40);
  });

  it('has no import cycles', () => {
    expect(cycles()).toEqual([]);
  });

  it.each([
    ['commands/', 'cli.ts', 'commands get their types from commands/io.ts, not from the entry point'],
    ['report/', 'listing/', 'findings and reports do not depend on how a listing is read'],
    ['checks/', 'commands/', 'checks do not know about commands'],
    ['checks/', 'report/', 'checks return issues; wording and reports come after them'],
    ['har/', 'listing/', 'a capture is not a listing'],
    ['checks/', 'edge/', 'checks are pure: the edge reads files and starts processes, then hands checks the data'],
    ['checks/', 'listing/', 'checks do not depend on how a listing is read'],
    ['edge/', 'commands/', 'the edge serves commands; it does not know them'],
    ['checks/', 'messages/', 'checks return codes and data; every word a person reads is in messages/'],
    ['messages/', 'report/', 'words know the codes and ids they word, not the reports that show them'],
    ['messages/', 'commands/', 'words do not know the commands that say them'],
    ['messages/', 'edge/', 'words read no files and start no processes'],
  ])('%s never imports %s (%s)', (from, to) => {
    const offending = [...graph].filter(([module, imports]) => module.startsWith(from) && imports.some((target) => target.startsWith(to)));
    expect(offending.map(([module]) => module)).toEqual([]);
  });

  it.each([
    ['import { open } from \'node:fs/promises\';', ['node:fs/promises']],
    ['import type { ChildProcess } from "node:child_process";', ['node:child_process']],
    ['import { readFileSync } from \'fs\';', ['node:fs']],
    ['import \'node:worker_threads\';', ['node:worker_threads']],
    ['const { spawn } = await import(\'child_process\');', ['node:child_process']],
    ['const require = createRequire(import.meta.url); require(\'node:fs\');', ['node:fs']],
    ['process.getBuiltinModule(\'node:module\').createRequire(x);', ['node:module']],
    ['process.getBuiltinModule( "fs/promises" );', ['node:fs/promises']],
    ['const load = (id) => process.getBuiltinModule(id);', [COMPUTED]],
    ['import { show } from \'./text.js\'; import saxes from \'saxes\';', []],
  ])('finds the built-ins of %s', (text, expected) => {
    expect(builtinsIn(text)).toEqual(expected);
  });

  it('reads the built-ins of every module (imports and getBuiltinModule calls)', () => {
    expect(builtins.get('edge/read-bounded.ts')).toContain('node:fs/promises');
    expect(builtins.get('edge/draw.ts')).toContain('node:module');
    expect(builtins.get('edge/render.ts')).toEqual(expect.arrayContaining(['node:child_process', COMPUTED]));
    expect(builtins.get('report/style.ts')).toContain('node:util');
  });

  it.each([
    ['node:fs'],
    ['node:fs/promises'],
    ['node:child_process'],
    ['node:module'],
    ['node:worker_threads'],
    [COMPUTED],
  ])('checks/ never loads %s (files and processes belong to edge/)', (builtin) => {
    expect(loading('checks/', builtin)).toEqual([]);
  });
});
