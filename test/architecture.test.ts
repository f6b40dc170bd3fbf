import { readdirSync, readFileSync } from 'node:fs';
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
  ])('%s never imports %s (%s)', (from, to) => {
    const offending = [...graph].filter(([module, imports]) => module.startsWith(from) && imports.some((target) => target.startsWith(to)));
    expect(offending.map(([module]) => module)).toEqual([]);
  });
});
