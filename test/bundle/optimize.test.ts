import { mkdtempSync, readFileSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { optimize } from 'svgo';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle, optimizeLogo, SVGO_CONFIG } from '../../src/bundle/bundle.js';
import { validateListing } from '../../src/listing/validate.js';
import { copyExample, repoRoot } from '../cli/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'mde-partner-optimize-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The valid example with another logo. */
const listingWithLogo = (name: string, svg: string) => join(copyExample(join(dir, name), { logo: svg }), 'mde-partner.json');

/** Valid, small enough to pass every check, and slow for svgo: 20,000 CSS rules times 2,000 elements. */
const slowForSvgo = () => {
  const rules = Array.from({ length: 20_000 }, (_, i) => `.c${i} rect{fill:#${(i % 4096).toString(16).padStart(3, '0')}}`);
  const groups = Array.from({ length: 2_000 }, (_, i) => `<g class="c${i}"><rect width="1" height="1"/></g>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><style>${rules.join('\n')}</style>${groups.join('')}</svg>`;
};

describe('the bundle\'s svgo run is bounded', () => {
  it.each([
    ['time', { timeoutMs: 300, maxMemoryMb: 512 }, 'svgo took longer than 0.3 s'],
    ['memory', { timeoutMs: 60_000, maxMemoryMb: 4 }, 'svgo needed more than 4 MiB'],
  ] as const)('a logo svgo cannot finish within the %s limit: BUNDLE_LOGO_NOT_OPTIMIZED, nothing to write', async (name, limits, reason) => {
    const result = await validateListing(listingWithLogo(name, slowForSvgo()), { render: false });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const started = performance.now();
    const outcome = await buildBundle(result, undefined, { optimize: limits, render: false });
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.findings).toMatchObject([{ code: 'BUNDLE_LOGO_NOT_OPTIMIZED', severity: 'error', field: '/logo', message: `The logo could not be optimized: ${reason}.` }]);
    // A hang guard, not a benchmark: the worker is stopped, not waited for.
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('a logo svgo finishes in time is optimized in the worker, with the default limits', async () => {
    const result = await validateListing(listingWithLogo('quick', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect   width="10" height="10" fill="#ff0000"/></svg>'), { render: false });
    const outcome = await buildBundle(result, undefined, { render: false });
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && outcome.bundle.files.get('logo.svg')!.toString()).toBe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path fill="red" d="M0 0h10v10H0z"/></svg>');
  });

  it('a logo that grew past the size cap after it was checked is refused, not read whole', async () => {
    const listing = listingWithLogo('grown', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>');
    const result = await validateListing(listing, { render: false });
    expect(result.ok).toBe(true);
    truncateSync(result.logoPath!, 12 * 1024 * 1024);
    const outcome = await buildBundle(result, undefined, { render: false });
    expect(outcome.ok ? [] : outcome.findings.map((f) => f.code)).toEqual(['SVG_INPUT_TOO_LARGE']);
  });
});

describe('the bundle\'s svgo worker', () => {
  // The worker is built with svgo, and csso loaded on first use (scripts/build.mjs): it must give what
  // svgo itself gives, for logos without CSS, with style attributes (csso.minifyBlock) and with a
  // <style> sheet (csso.minify and csso's selector specificity).
  it.each([
    'examples/valid/logo.svg',
    'node_modules/simple-icons/icons/github.svg',
    'test/fixtures/svg/editors/inkscape-1.2-inkscape-svg.svg',
    'test/fixtures/svg/editors/illustrator-2023-style-element.svg',
    'test/fixtures/svg/editors/matplotlib.svg',
  ])('optimizes %s as svgo does', async (file) => {
    const svg = readFileSync(join(repoRoot, file), 'utf8');
    expect(await optimizeLogo(svg)).toEqual({ data: optimize(svg, SVGO_CONFIG).data });
  });
});
