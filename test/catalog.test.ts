import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog, codes } from '../src/checks/catalog.js';
import { requirements, sources as pages } from '../src/domain/requirements.js';
import { describeBasis } from '../src/messages/basis.js';
import { loadCodeMessages } from '../src/messages/codes.js';

/** The catalog's English words (every language is held to the same by test/messages/completeness.test.ts). */
const { codes: words, basis: basisWords } = await loadCodeMessages('en');

const root = resolve(__dirname, '..');

const catalogDir = join(root, 'src/checks/catalog');

/** The source files that can emit codes: all but the catalog (its index and its areas) that defines them. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === catalogDir ? [] : sources(path);
    return path.endsWith('.ts') && !path.endsWith('catalog.ts') ? [path] : [];
  });
}

describe('the code catalog', () => {
  it('names every code in SCREAMING_SNAKE with a field prefix', () => {
    for (const code of codes) expect(code).toMatch(/^(LISTING|COMPANY_NAME|PRODUCT_NAME|PRODUCT_VERSION|DESCRIPTION|LANDING_PAGE|ENTRA_APP_NAME|ENTRA_MANIFEST|USER_AGENT|ONBOARDING|LOGO|SVG|BUNDLE|HAR)_[A-Z0-9_]+$/);
  });

  it('gives every code a title, explanation, fix and a message that renders without args', () => {
    for (const code of codes) {
      const info = words[code];
      expect(info.title.length, code).toBeGreaterThan(5);
      expect(info.explanation.length, code).toBeGreaterThan(20);
      expect(info.fix.length, code).toBeGreaterThan(5);
      expect(() => info.message({}), code).not.toThrow();
      expect(() => info.hint?.({}), code).not.toThrow();
    }
  });

  it('defines every code in exactly one area of the catalog, and composes every area', async () => {
    const isEntries = (value: unknown) => typeof value === 'object' && value !== null && Object.keys(value).every((key) => /^[A-Z][A-Z0-9_]+$/.test(key));
    const defined: string[] = [];
    for (const name of readdirSync(catalogDir)) {
      const area = (await import(join(catalogDir, name))) as Record<string, unknown>;
      for (const value of Object.values(area)) if (isEntries(value)) defined.push(...Object.keys(value as object));
    }
    expect(defined.sort()).toEqual([...codes].sort());
  });

  it('has every code emitted somewhere in the checks (no dead entries)', () => {
    const text = sources(join(root, 'src')).map((path) => readFileSync(path, 'utf8')).join('\n');
    const unused = codes.filter((code) => !text.includes(`'${code}'`));
    expect(unused).toEqual([]);
  });

  it('is listed in docs/codes.md, row for row, with the same severity and title, each row linking its section', () => {
    const doc = readFileSync(join(root, 'docs/codes.md'), 'utf8');
    const section = doc.slice(doc.indexOf('<!-- codes:start -->'), doc.indexOf('<!-- codes:end -->'));
    const rows = [...section.matchAll(/^\| \[`([A-Z0-9_]+)`\]\(#([a-z0-9_]+)\) \| ([a-z]+)( \(locked\))? \| (?:[^|\\]|\\.)+ \| ([^|]+?)\. /gm)];
    expect(rows.map((row) => row[1])).toEqual(codes);
    const headings = new Set([...doc.matchAll(/^#{2,3} ([A-Z0-9_]+)$/gm)].map((heading) => heading[1]));
    for (const [, code, anchor, severity, locked, title] of rows) {
      const info = catalog[code as keyof typeof catalog];
      expect(severity, code).toBe(info.severity);
      expect(Boolean(locked), code).toBe(info.locked === true);
      expect(title, code).toBe(words[code as keyof typeof catalog].title);
      expect(anchor, code).toBe(code!.toLowerCase());
      expect(headings.has(code!), code).toBe(true);
    }
  });

  it('locks a reading or a policy only when it is a security property', () => {
    const lockedOpinions = codes.filter((code) => {
      const info = catalog[code];
      return info.locked && (info.basis.kind === 'reading' || info.basis.kind === 'policy') && !info.security;
    });
    expect(lockedOpinions).toEqual([]);
  });

  it('quotes the current page only with its own sentences, and names a page that exists for every quote', () => {
    const sentences = Object.values(requirements.quotes);
    for (const code of codes) {
      const basis = catalog[code].basis;
      if (basis.kind !== 'microsoft' && basis.kind !== 'reading') continue;
      expect(pages[basis.source], code).toBeDefined();
      if (basis.source === 'current') expect(sentences.some((sentence) => sentence.includes(basis.quote)), `${code}: ${basis.quote}`).toBe(true);
      if (basis.kind === 'reading') expect(words[code].why?.length ?? 0, code).toBeGreaterThan(20);
    }
  });

  it('gives the reason of every policy and the section of every standard', () => {
    for (const code of codes) {
      const basis = catalog[code].basis;
      const { why } = words[code];
      if (basis.kind === 'policy') expect(why, code).toMatch(/\w.{20,}/);
      if (basis.kind === 'standard') expect(why, code).toMatch(/RFC \d+|SVG|XML|JSON|Unicode|HAR|ZIP|URL|WHATWG|HTTP|Graph|CSS|ECMA/);
      if (basis.kind === 'microsoft') expect(why, `${code}: Microsoft's quote speaks for itself`).toBeUndefined();
      expect(describeBasis(basis, why, basisWords), code).not.toMatch(/undefined/);
    }
  });

  it('has docs/codes.md generated from the catalog (the built package)', () => {
    expect(() => execFileSync(process.execPath, [join(root, 'scripts/readme-codes.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('keeps the schema enums equal to the requirements data', async () => {
    const { requirements } = await import('../src/domain/requirements.js');
    const schema = JSON.parse(readFileSync(join(root, 'schemas/listing.schema.json'), 'utf8')) as { properties: Record<string, { items?: { enum: string[] } }> };
    expect(schema.properties.categories!.items!.enum).toEqual(requirements.categories.map((c) => c.id));
    expect(schema.properties.scenarios!.items!.enum).toEqual(requirements.scenarios.map((s) => s.id));
  });
});
