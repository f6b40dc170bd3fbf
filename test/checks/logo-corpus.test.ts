import { describe, it, expect, vi, beforeAll, afterAll } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, open, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { checkLogoBytes } from '../../src/checks/logo/index.js';
import { checkLogoFile } from '../../src/edge/logo.js';
import { catalog, codes, isCode, type Code } from '../../src/checks/catalog.js';
import type { Issue } from '../../src/checks/finding.js';
import { hasThreshold } from '../../src/checks/logo/rendered.js';

/**
 * The SVG corpus: test/fixtures/svg/bad holds hostile and broken logos, test/fixtures/svg/good real
 * editor exports. expected.json gives, for every bad file (and for good files that may warn, under a
 * "good/" key), the exact sorted set of codes the pipeline reports.
 */
const ROOT = fileURLToPath(new URL('../fixtures/svg/', import.meta.url));
const BAD = join(ROOT, 'bad');
const GOOD = join(ROOT, 'good');
const expected = JSON.parse(readFileSync(join(ROOT, 'expected.json'), 'utf8')) as Record<string, string[]>;
const badFiles = readdirSync(BAD).sort();
const goodFiles = readdirSync(GOOD).sort();

const codesOf = (issues: readonly Issue[]): string[] => [...new Set(issues.map((issue) => issue.code))].sort();
const check = (dir: string, name: string): Issue[] => checkLogoBytes(readFileSync(join(dir, name)), { file: name });

/** Byte-level findings are made before there is any text to point into. */
const WITHOUT_POSITION = new Set<Code>(['SVG_INPUT_EMPTY', 'SVG_INPUT_TOO_LARGE', 'SVG_INPUT_COMPRESSED', 'SVG_INPUT_NOT_SVG', 'SVG_ENCODING_UNSUPPORTED', 'SVG_SIZE_OVER_32KB']);

/** Codes that only the generated cases below can produce (files too large or absent to commit). */
const GENERATED: Code[] = ['SVG_INPUT_TOO_LARGE', 'LOGO_NOT_FOUND', 'SVG_XML_TOO_DEEP', 'SVG_XML_TOO_MANY_ELEMENTS', 'SVG_XML_ENTITY_DECLARATION', 'SVG_SCRIPT', 'SVG_EXTERNAL_REFERENCE'];

/** The hang guard for hostile input: generous, not a benchmark. */
const HANG_GUARD_MS = 2000;

async function timed<T>(run: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await run();
  return { result, ms: performance.now() - start };
}

describe('expected.json', () => {
  it('has an entry for every bad file and a file for every entry', () => {
    const badKeys = Object.keys(expected).filter((key) => !key.startsWith('good/')).sort();
    expect(badKeys).toEqual(badFiles);
    const goodKeys = Object.keys(expected).filter((key) => key.startsWith('good/')).map((key) => key.slice('good/'.length));
    for (const name of goodKeys) expect(goodFiles).toContain(name);
  });

  it('lists known codes, sorted and without duplicates', () => {
    for (const [name, list] of Object.entries(expected)) {
      expect(list.length, name).toBeGreaterThan(0);
      expect(list, name).toEqual([...new Set(list)].sort());
      for (const code of list) expect(isCode(code), `${name}: ${code}`).toBe(true);
    }
  });

  it('has at least 45 bad and 6 good files', () => {
    expect(badFiles.length).toBeGreaterThanOrEqual(45);
    expect(goodFiles.length).toBeGreaterThanOrEqual(6);
  });
});

describe('bad corpus', () => {
  it.each(badFiles)('%s', (name) => {
    expect(codesOf(check(BAD, name))).toEqual(expected[name]);
  });

  it('places every finding in the file, with line and column for all but byte-level codes', () => {
    for (const name of badFiles) {
      for (const issue of check(BAD, name)) {
        expect(issue.file, `${name} ${issue.code}`).toBe(name);
        if (WITHOUT_POSITION.has(issue.code)) continue;
        expect(Number.isInteger(issue.line) && issue.line! >= 1, `${name} ${issue.code} line ${issue.line}`).toBe(true);
        expect(Number.isInteger(issue.column) && issue.column! >= 1, `${name} ${issue.code} column ${issue.column}`).toBe(true);
      }
    }
  });

  it.each([
    // [file, code, line, column]: the finding points at the element (or byte) that causes it.
    ['script-element.svg', 'SVG_SCRIPT', 3, 3],
    ['onload.svg', 'SVG_EVENT_HANDLER', 1, 1],
    ['javascript-char-refs.svg', 'SVG_JAVASCRIPT_URL', 2, 3],
    ['xxe-file.svg', 'SVG_XML_ENTITY_DECLARATION', 3, 3],
    ['deep-65.svg', 'SVG_XML_TOO_DEEP', 2, 190],
    ['invalid-utf8.svg', 'SVG_ENCODING_INVALID_UTF8', 2, 19],
    ['css-escaped-url.svg', 'SVG_EXTERNAL_REFERENCE', 3, 18],
    ['style-element-url.svg', 'SVG_EXTERNAL_REFERENCE', 3, 18],
    ['css-comment-hidden.svg', 'SVG_EXTERNAL_REFERENCE', 3, 56],
    ['no-viewbox.svg', 'SVG_VIEWBOX_MISSING', 1, 1],
  ] as const)('%s: %s at %i:%i', (name, code, line, column) => {
    const issue = check(BAD, name).find((found) => found.code === code);
    expect(issue).toMatchObject({ line, column });
  });

  it('reports every hidden javascript: URL, not just the first', () => {
    expect(check(BAD, 'javascript-char-refs.svg').filter((issue) => issue.code === 'SVG_JAVASCRIPT_URL')).toHaveLength(3);
    expect(check(BAD, 'javascript-obfuscated-case-whitespace.svg').filter((issue) => issue.code === 'SVG_JAVASCRIPT_URL')).toHaveLength(2);
    expect(check(BAD, 'animate-href-javascript.svg').filter((issue) => issue.code === 'SVG_JAVASCRIPT_URL')).toHaveLength(2);
  });

  it('suggests a viewBox from width and height', () => {
    expect(check(BAD, 'no-viewbox.svg')[0]?.args).toEqual({ suggestion: '0 0 100 100', drawing: undefined });
  });
});

describe('good corpus', () => {
  it.each(goodFiles)('%s has no error', (name) => {
    const issues = check(GOOD, name);
    expect(issues.filter((issue) => catalog[issue.code].severity === 'error')).toEqual([]);
    expect(codesOf(issues)).toEqual(expected[`good/${name}`] ?? []);
  });

  it('warnings listed for good files are warnings', () => {
    for (const [key, list] of Object.entries(expected)) {
      if (!key.startsWith('good/')) continue;
      for (const code of list) expect(catalog[code as Code].severity, `${key} ${code}`).toBe('warning');
    }
  });
});

describe('coverage', () => {
  it('every SVG_* code in the catalog is shown by the corpus or a generated case', () => {
    const covered = new Set<string>([...Object.values(expected).flat(), ...GENERATED]);
    // The codes of the drawn logo have their own fixtures, in logo-render.test.ts.
    const drawn = (code: string) => code.startsWith('SVG_RENDER_') || hasThreshold(code);
    const missing = codes.filter((code) => code.startsWith('SVG_') && !drawn(code) && !covered.has(code));
    expect(missing).toEqual([]);
    expect(covered.has('LOGO_NOT_FOUND')).toBe(true);
  });
});

describe('generated hostile input', () => {
  let dir = '';
  const MiB = 1024 * 1024;
  const svg = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">${inner}</svg>`;
  const write = async (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    await writeFile(path, content);
    return path;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mde-partner-svg-'));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('a 12 MB file is refused by stat, without reading it', async () => {
    const path = await write('huge.svg', svg(''));
    await truncate(path, 12 * MiB);
    const handle = await open(path, 'r');
    const fileHandle = Object.getPrototypeOf(handle) as { read: (...args: unknown[]) => unknown };
    await handle.close();
    const read = vi.spyOn(fileHandle, 'read');
    try {
      const { result, ms } = await timed(() => checkLogoFile(path, { file: 'huge.svg' }));
      expect(result).toEqual([{ code: 'SVG_INPUT_TOO_LARGE', file: 'huge.svg', args: { size: 12 * MiB, limit: MiB } }]);
      expect(read).not.toHaveBeenCalled();
      expect(ms).toBeLessThan(HANG_GUARD_MS);
    } finally {
      read.mockRestore();
    }
  });

  it('bytes over the limit are refused before they are decoded', () => {
    const issues = checkLogoBytes(Buffer.alloc(MiB + 1, 0x20), { file: 'big.svg' });
    expect(issues).toEqual([{ code: 'SVG_INPUT_TOO_LARGE', file: 'big.svg', args: { size: MiB + 1, limit: MiB } }]);
  });

  it('100,000-deep nesting stops at the depth limit while parsing', async () => {
    const depth = 100_000;
    const path = await write('deep.svg', svg(`${'<g>'.repeat(depth)}${'</g>'.repeat(depth)}`));
    const { result, ms } = await timed(() => checkLogoFile(path, { file: 'deep.svg' }));
    expect(codesOf(result)).toEqual(['SVG_SIZE_OVER_32KB', 'SVG_XML_TOO_DEEP']);
    expect(result.filter((issue) => issue.code === 'SVG_XML_TOO_DEEP')).toEqual([
      // <svg ...> (62 characters) is depth 1; the 64th <g> is depth 65, the first one past the limit.
      { code: 'SVG_XML_TOO_DEEP', file: 'deep.svg', line: 1, column: 62 + 63 * 3 + 1, args: { limit: 64 } },
    ]);
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('depth 64 and 64 attributes are still accepted; one more is not', () => {
    // <svg> is depth 1: n nested <g> around a <rect> put the rect at depth n + 2.
    const nested = (n: number) => svg(`${'<g>'.repeat(n)}<rect width="1" height="1"/>${'</g>'.repeat(n)}`);
    const wide = (n: number) => svg(`<rect ${Array.from({ length: n }, (_, i) => `data-a${i}="${i}"`).join(' ')}/>`);
    expect(checkLogoBytes(Buffer.from(nested(62)))).toEqual([]);
    expect(codesOf(checkLogoBytes(Buffer.from(nested(63))))).toEqual(['SVG_XML_TOO_DEEP']);
    expect(checkLogoBytes(Buffer.from(wide(64)))).toEqual([]);
    expect(codesOf(checkLogoBytes(Buffer.from(wide(65))))).toEqual(['SVG_XML_TOO_MANY_ATTRIBUTES']);
  });

  it('5,000 elements are still accepted; one more is not', () => {
    // <svg> is one element: n - 1 empty groups beside it make n.
    const many = (n: number) => svg('<g/>'.repeat(n - 1));
    expect(checkLogoBytes(Buffer.from(many(5000)))).toEqual([]);
    expect(checkLogoBytes(Buffer.from(many(5001)), { file: 'many.svg' })).toEqual([
      { code: 'SVG_XML_TOO_MANY_ELEMENTS', file: 'many.svg', line: 1, column: 62 + 4999 * 4 + 1, args: { limit: 5000 } },
    ]);
  });

  it('a megabyte of sibling elements stops at the element limit while parsing', async () => {
    const path = await write('siblings.svg', svg('<g/>'.repeat(MiB / 4 - 100)));
    const { result, ms } = await timed(() => checkLogoFile(path, { file: 'siblings.svg' }));
    expect(codesOf(result)).toEqual(['SVG_SIZE_OVER_32KB', 'SVG_XML_TOO_MANY_ELEMENTS']);
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('a billion laughs with 10 levels is refused before anything expands', async () => {
    const levels = ['<!ENTITY lol0 "lol">'];
    for (let i = 1; i <= 10; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    const path = await write('laughs.svg', `<?xml version="1.0"?>\n<!DOCTYPE svg [\n${levels.join('\n')}\n]>\n${svg('<desc>&lol10;</desc>')}`);
    const { result, ms } = await timed(() => checkLogoFile(path, { file: 'laughs.svg' }));
    expect(result).toEqual([{ code: 'SVG_XML_ENTITY_DECLARATION', file: 'laughs.svg', line: 3, column: 1 }]);
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('4,000 <script> elements are reported 10 times, the last with the count of the rest', async () => {
    const path = await write('scripts.svg', svg('<script>alert(1)</script>\n'.repeat(4_000)));
    const { result, ms } = await timed(() => checkLogoFile(path, { file: 'scripts.svg' }));
    const scripts = result.filter((issue) => issue.code === 'SVG_SCRIPT');
    expect(scripts).toHaveLength(10);
    expect(scripts.slice(0, 9).every((issue) => issue.args?.more === undefined)).toBe(true);
    expect(scripts[9]!.args).toMatchObject({ more: 3990 });
    expect(scripts[9]).toMatchObject({ line: 10, column: 1 });
    expect(codesOf(result)).toEqual(['SVG_SCRIPT', 'SVG_SIZE_OVER_32KB']);
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('a 1 MiB style sheet of "url(" without closers is one url token, read in linear time', async () => {
    // As CSS Syntax reads it (and browsers do): an unquoted url( runs to the first ")", so this is one bad url token.
    const css = 'url('.repeat(MiB / 4);
    const path = await write('urls.svg', svg(`<style>${css}</style>`));
    const { result, ms } = await timed(() => checkLogoFile(path, { file: 'urls.svg', maxBytes: 2 * MiB }));
    expect(result.filter((issue) => issue.code === 'SVG_EXTERNAL_REFERENCE')).toHaveLength(1);
    expect(codesOf(result)).toEqual(['SVG_EXTERNAL_REFERENCE', 'SVG_SIZE_OVER_32KB']);
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it.each([
    ['url(x)', 'unquoted'],
    ["url('x'", 'quoted, never closed'],
    ["image-set('x'", 'image-set() strings, never closed'],
    ['u\\72l(x)', 'escaped function name'],
  ])('a 1 MiB style attribute of %s (%s) is counted in one pass', async (unit) => {
    const count = Math.floor(MiB / unit.length);
    const path = await write('url-attr.svg', svg(`<rect style="${unit.repeat(count)}"/>`));
    const { result, ms } = await timed(() => checkLogoFile(path, { file: 'url-attr.svg', maxBytes: 2 * MiB }));
    const references = result.filter((issue) => issue.code === 'SVG_EXTERNAL_REFERENCE');
    expect(references).toHaveLength(10);
    expect(references[9]!.args!.more).toBeGreaterThan(0);
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('38,000 <!ATTLIST> declarations are refused at the first, without being read', async () => {
    const path = await write('attlist.svg', `<!DOCTYPE svg [\n${'<!ATTLIST a onx CDATA "x">\n'.repeat(38_000)}]>\n${svg('<a/>')}`);
    const { result, ms } = await timed(() => checkLogoFile(path, { file: 'attlist.svg' }));
    expect(result).toMatchObject([{ code: 'SVG_XML_DOCTYPE_NOT_ALLOWED', line: 2, column: 1 }, { code: 'SVG_SIZE_OVER_32KB' }]);
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('a missing file is LOGO_NOT_FOUND', async () => {
    const { result, ms } = await timed(() => checkLogoFile(join(dir, 'missing.svg'), { file: 'missing.svg' }));
    expect(result).toEqual([{ code: 'LOGO_NOT_FOUND', field: '/logo', args: { path: 'missing.svg', reason: 'missing' } }]);
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('a folder is LOGO_NOT_FOUND', async () => {
    const path = join(dir, 'folder.svg');
    await mkdir(path);
    const { result, ms } = await timed(() => checkLogoFile(path, { file: 'folder.svg' }));
    expect(result).toEqual([{ code: 'LOGO_NOT_FOUND', field: '/logo', args: { path: 'folder.svg', reason: 'folder' } }]);
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it.skipIf(process.platform === 'win32')('a device is LOGO_NOT_FOUND, and is not read', async () => {
    const { result, ms } = await timed(() => checkLogoFile('/dev/zero', { file: 'zero.svg' }));
    expect(result).toEqual([{ code: 'LOGO_NOT_FOUND', field: '/logo', args: { path: 'zero.svg', reason: 'device' } }]);
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('a good logo read from disk gives the same result as from bytes', async () => {
    const path = await write('good.svg', readFileSync(join(GOOD, 'inkscape.svg')));
    expect(await checkLogoFile(path)).toEqual([]);
  });
});
