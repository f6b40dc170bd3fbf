import { describe, expect, it } from 'vitest';
import { meta, sourcesLoadedBy } from '../helpers/build-meta.js';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, run } from './helpers.js';
import { fileURLToPath } from 'node:url';
import { compileFunction } from 'node:vm';

/**
 * What each command loads at start-up, read from the build's metafile (dist/meta.json, written by
 * `npm run build`): the sources of every file a command's chunk imports statically, transitively.
 * Start-up time is mostly loading code, so a command that pulls in another's checks gets slower for
 * nothing; these tests say which sources must stay out.
 */

/** What a command loads beyond the CLI itself (whose sources --help's test judges). */
const commandLoads = (command: string) => {
  const cli = new Set(sourcesLoadedBy('src/cli.ts'));
  return sourcesLoadedBy(`src/commands/${command}.ts`).filter((source) => !cli.has(source));
};

describe('what start-up loads', () => {
  it('--help: commander, the program definition and the little it needs, no command', () => {
    const sources = sourcesLoadedBy('src/cli.ts');
    expect(sources.filter((source) => source.startsWith('node_modules/') && !source.startsWith('node_modules/commander/'))).toEqual([]);
    // commands/io.ts: the exit codes and output options the program definition names; listing/fields.ts:
    // the field table it makes init's flags from (data, importing nothing).
    expect(sources.filter((source) => /^src\/(commands\/(?!io\.ts)|checks\/(?!text\.ts)|listing\/(?!fields\.ts)|edge|report|bundle|wizard|har|online|domain)/.test(source))).toEqual([]);
  });

  it('ua check: the User-Agent checks and the report, not the listing validator, the logo checks, the renderer or the schema', () => {
    const sources = commandLoads('ua');
    for (const unwanted of ['src/listing/', 'src/checks/logo/', 'src/edge/logo.ts', 'src/edge/render.ts', 'src/edge/draw.ts', 'node_modules/saxes/', 'node_modules/css-tree/', 'node_modules/ipaddr.js/', 'node_modules/jsonc-parser/']) {
      expect(sources.filter((source) => source.startsWith(unwanted)), unwanted).toEqual([]);
    }
  });

  it('validate: the renderer and the formats other than text are loaded only when used', () => {
    const sources = commandLoads('validate');
    for (const lazy of ['src/edge/render.ts', 'src/edge/draw.ts', 'src/report/formatters/json.ts', 'src/report/formatters/sarif.ts', 'src/report/formatters/junit.ts', 'src/report/formatters/github.ts']) {
      expect(sources, lazy).not.toContain(lazy);
    }
    expect(sources).toContain('src/report/formatters/text.ts');
  });

  it('validate: no optimizer, zip, prompt or full CSS parser', () => {
    const sources = commandLoads('validate');
    for (const unwanted of ['node_modules/svgo/', 'node_modules/yazl/', 'node_modules/yauzl/', 'node_modules/@inquirer/', 'node_modules/ajv/', 'src/bundle/', 'src/wizard/', 'src/har/']) {
      expect(sources.filter((source) => source.startsWith(unwanted)), unwanted).toEqual([]);
    }
    expect(sources.filter((source) => source.startsWith('node_modules/css-tree/') && !source.startsWith('node_modules/css-tree/lib/tokenizer/'))).toEqual([]);
  });

  it('validate: the render child is not started before the CLI loads (bin/ requires the CLI alone)', () => {
    const bin = readFileSync(fileURLToPath(new URL('../../bin/mde-partner.js', import.meta.url)), 'utf8');
    expect([...bin.matchAll(/(?:require|import)\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1])).toEqual(['node:path', '../dist/code-cache.cjs', '../dist/cli.cjs']);
  });

  it('bin/ and every file of the CLI are CommonJS: a start never goes through the ES module loader', () => {
    expect(JSON.parse(readFileSync(fileURLToPath(new URL('../../bin/package.json', import.meta.url)), 'utf8'))).toEqual({ type: 'commonjs' });
    const files = ['bin/mde-partner.js', ...Object.keys(meta.outputs).filter((file) => file.endsWith('.cjs'))];
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const code = readFileSync(fileURLToPath(new URL(`../../${file}`, import.meta.url)), 'utf8').replace(/^#!.*/, '');
      // A static import or export is a syntax error in a CommonJS function body; a dynamic import()
      // would start the ES module loader.
      expect(() => compileFunction(code, ['exports', 'require', 'module', '__filename', '__dirname']), file).not.toThrow();
      expect(code.match(/\bimport\s*\(/g), file).toBeNull();
    }
  });

  it('a copy that was never built: exit 2, what is missing and what to run, no stack trace', () => {
    const copy = mkdtempSync(join(tmpdir(), 'mde-unbuilt-'));
    try {
      cpSync(join(repoRoot, 'bin'), join(copy, 'bin'), { recursive: true });
      const result = run(['validate'], { bin: join(copy, 'bin/mde-partner.js'), cwd: copy });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`mde-partner: this copy is not built: expected ${join(copy, 'dist/cli.cjs')}, found no such file. Run \`npm ci\` (or \`npm run build\`) in ${copy}, then run the command again.\n`);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
