import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The package's exports (the built dist/index.js, as an embedder imports it) and docs/api.md agree. */
const root = resolve(__dirname, '..');

function documented(): string[] {
  const doc = readFileSync(join(root, 'docs/api.md'), 'utf8');
  const table = doc.slice(doc.indexOf('| export | what it is |'));
  const rows = table.split('\n').filter((line) => line.startsWith('| `'));
  return rows.flatMap((row) => [...row.split(' | ')[0]!.matchAll(/`(\w+)/g)].map((match) => match[1]!)).sort();
}

describe('the library API', () => {
  it('exports exactly the values docs/api.md lists', async () => {
    const api = await import(join(root, 'dist/index.js')) as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(documented());
  });

  it('documents every type it exports', () => {
    const index = readFileSync(join(root, 'src/index.ts'), 'utf8');
    const types = [...index.matchAll(/\btype (\w+)/g)].map((match) => match[1]!);
    const doc = readFileSync(join(root, 'docs/api.md'), 'utf8');
    const listed = doc.slice(doc.indexOf('Types:'));
    expect(types.filter((type) => !listed.includes(`\`${type}\``))).toEqual([]);
  });
});
