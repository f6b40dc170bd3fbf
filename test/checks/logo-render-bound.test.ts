import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLogo } from '../../src/edge/logo.js';
import { isBoundedLogo, MAX_BOUNDED_ELEMENTS, MAX_BOUNDED_LENGTH, MAX_BOUNDED_STOPS } from '../../src/checks/logo/render-bound.js';
import { renderers } from '../helpers/renderers.js';

/**
 * Logos whose drawing cost is bounded by construction are drawn in the CLI's own process; every other
 * logo goes to the render child, which has a deadline. What is bounded, that the worst bounded logos
 * are drawn quickly, and that in-process drawing measures what the child measures.
 */
const RENDER = fileURLToPath(new URL('../fixtures/svg/render/', import.meta.url));
const ICONS = fileURLToPath(new URL('../../node_modules/simple-icons/icons/', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../../examples/valid/logo.svg', import.meta.url));
const svg = (body: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"${attributes}>${body}</svg>`;
const stops = (n: number) => Array.from({ length: n }, (_, i) => `<stop offset="${i / n}" stop-color="#${(i * 7919).toString(16).padStart(6, '0').slice(-6)}" stop-opacity=".5"/>`).join('');

const renderer = renderers();

describe('a logo whose drawing is bounded', () => {
  it('is the example, and every simple-icons logo up to 32 KiB but one whose title names a property', () => {
    expect(isBoundedLogo(readFileSync(EXAMPLE, 'utf8'))).toBe(true);
    const icons = readdirSync(ICONS).filter((file) => readFileSync(join(ICONS, file), 'utf8').length <= MAX_BOUNDED_LENGTH);
    expect(icons.length).toBeGreaterThan(3400);
    // <title>MetaFilter</title>: properties are looked for anywhere in the text.
    expect(icons.filter((file) => !isBoundedLogo(readFileSync(join(ICONS, file), 'utf8')))).toEqual(['metafilter.svg']);
  });

  it('may carry editor data, comments and CDATA', () => {
    expect(isBoundedLogo(svg('<sodipodi:namedview xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"/><metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata><!-- <b> --><path d="M0 0h9v9z"/>'))).toBe(true);
  });

  it.each([
    ['a <use>', '<path id="p" d="M0 0h9v9z"/><use href="#p"/>'],
    ['a filter', '<filter id="f"><feGaussianBlur stdDeviation="9"/></filter><path d="M0 0h9v9z" filter="url(#f)"/>'],
    ['a CSS filter function', '<path d="M0 0h9v9z" style="filter: blur(9px)"/>'],
    ['a filter spelled with a character reference', '<path d="M0 0h9v9z" style="&#102;ilter: blur(9px)"/>'],
    ['a property spelled with a CSS escape', '<path d="M0 0h9v9z" style="fil\\74 er: blur(9px)"/>'],
    ['a CSS escape spelled with a character reference', '<path d="M0 0h9v9z" style="fil&#92;74 er: blur(9px)"/>'],
    ['stroke-dasharray', '<path d="M0 0h9v9z" stroke="red" stroke-dasharray="0.001"/>'],
    ['stroke-dasharray in style', '<path d="M0 0h9v9z" style="stroke:red;Stroke-DashArray:.001"/>'],
    ['a <style> sheet', '<style>path{fill:red}</style><path d="M0 0h9v9z"/>'],
    ['a mask', '<mask id="m"><rect width="9" height="9" fill="#fff"/></mask><path d="M0 0h9v9z" mask="url(#m)"/>'],
    ['a clip path', '<clipPath id="c"><rect width="9" height="9"/></clipPath><path d="M0 0h9v9z" clip-path="url(#c)"/>'],
    ['a pattern', '<pattern id="p" width="1" height="1"><rect width="1" height="1"/></pattern><path d="M0 0h9v9z" fill="url(#p)"/>'],
    ['a marker', '<marker id="m"><rect width="1" height="1"/></marker><path d="M0 0h9v9z" marker-mid="url(#m)"/>'],
    ['text', '<text y="50">C</text>'],
    ['an SVG element under a prefix', '<s:filter xmlns:s="http://www.w3.org/2000/svg" id="f"/><path d="M0 0h9v9z"/>'],
    ['an element the drawing profile does not know, unprefixed', '<blink/><path d="M0 0h9v9z"/>'],
    [`more than ${MAX_BOUNDED_ELEMENTS} elements`, '<g/>'.repeat(MAX_BOUNDED_ELEMENTS)],
    [`more than ${MAX_BOUNDED_STOPS} gradient stops`, `<linearGradient id="g">${stops(MAX_BOUNDED_STOPS + 1)}</linearGradient>`],
    [`more than ${MAX_BOUNDED_LENGTH} characters`, `<path d="M0 0${' l1 1'.repeat(MAX_BOUNDED_LENGTH / 5)}"/>`],
    ['an unclosed comment', '<!-- <filter'],
  ])('is not one with %s', (_, body) => {
    expect(isBoundedLogo(svg(body))).toBe(false);
  });

  it('is not one with an entity declaration', () => {
    expect(isBoundedLogo(`<!DOCTYPE svg [<!ENTITY u "x">]>${svg('<path d="M0 0h9v9z"/>')}`)).toBe(false);
  });
});

describe('drawing in this process', () => {
  it('starts no render child for a bounded logo, and measures what the child measures', async () => {
    const here = renderer();
    const child = renderer({ inProcess: false });
    const files = readdirSync(RENDER).filter((file) => isBoundedLogo(readFileSync(join(RENDER, file), 'utf8')));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of [...files.map((name) => join(RENDER, name)), EXAMPLE]) {
      const text = readFileSync(file, 'utf8');
      const [inProcess, inChild] = await Promise.all([here.request(text, [128]).result, child.request(text, [128]).result]);
      expect(inProcess.status).toBe('ok');
      expect(inProcess).toEqual(inChild);
    }
    expect(here.pid).toBeUndefined();
  });

  it('sends a logo drawn at a larger size (bundle previews) to the child', async () => {
    const here = renderer();
    expect((await here.request(readFileSync(EXAMPLE, 'utf8'), [512]).result).status).toBe('ok');
    expect(here.pid).toBeDefined();
  });

  it('is quick for the worst logos within the bounds: many full-canvas layers with gradients, or one long path across the canvas', async () => {
    const gradient = `<defs><radialGradient id="g" fx=".1" fy=".1" r=".05" spreadMethod="reflect">${stops(MAX_BOUNDED_STOPS)}</radialGradient></defs>`;
    const layer = '<rect width="100" height="100" fill="url(#g)" stroke="url(#g)" stroke-width="40" opacity=".5"/>';
    const layers = layer.repeat(MAX_BOUNDED_ELEMENTS - MAX_BOUNDED_STOPS - 3);
    // Each its own layer, composited by a non-separable blend mode; each a viewport clipped to the canvas.
    const blended = layer.replace('/>', ' style="mix-blend-mode:luminosity"/>').repeat(MAX_BOUNDED_ELEMENTS - MAX_BOUNDED_STOPS - 3);
    const viewports = `<svg width="100" height="100" opacity=".7">${layer}</svg>`.repeat(Math.floor((MAX_BOUNDED_ELEMENTS - MAX_BOUNDED_STOPS - 3) / 2));
    const nested = `${'<g opacity=".9">'.repeat(60)}${'<rect width="100" height="100" fill="url(#g)" opacity=".5"/>'.repeat(MAX_BOUNDED_ELEMENTS - MAX_BOUNDED_STOPS - 64)}${'</g>'.repeat(60)}`;
    const path = (segment: (i: number) => string) => {
      let d = 'M0 0';
      for (let i = 0; d.length < MAX_BOUNDED_LENGTH - 2000; i++) d += segment(i);
      return `${gradient}<path d="${d}" fill="url(#g)" stroke="url(#g)" stroke-width="30" stroke-linejoin="round" stroke-linecap="round"/>`;
    };
    const worst = {
      layers: svg(gradient + layers),
      blended: svg(gradient + blended),
      viewports: svg(gradient + viewports),
      nested: svg(gradient + nested),
      zigzag: svg(path((i) => (i % 2 ? ' 0 100' : ' 100 0'))),
      squares: svg(path(() => 'M0 0H100V100H0Z')),
      arcs: svg(path((i) => ` A1e9 1 45 1 1 ${i % 2 ? '0 100' : '100 0'}`)),
      huge: svg(path((i) => ` c 1e30 -1e30 -1e30 1e30 ${i % 2 ? '0 100' : '100 0'}`)),
    };
    const here = renderer();
    for (const [name, logo] of Object.entries(worst)) {
      expect(isBoundedLogo(logo), name).toBe(true);
      const start = performance.now();
      const result = await here.request(logo).result;
      const elapsed = performance.now() - start;
      expect(result.status, name).toBe('ok');
      // 40–70 ms each on a 2-core machine; far from the seconds an unbounded logo can take.
      expect(elapsed, name).toBeLessThan(1000);
    }
    expect(here.pid).toBeUndefined();
  });
});

describe('a logo that is not bounded', () => {
  it('is drawn in the child and stopped at its deadline: a 427-byte <style> that resvg matches by backtracking', async () => {
    const bomb = svg(`<style>x ${'g '.repeat(10)}rect{fill:red}</style>${'<g>'.repeat(40)}<rect width="9" height="9"/>${'</g>'.repeat(40)}`);
    expect(await checkLogo(Buffer.from(bomb), { render: false })).toEqual([]);
    expect(isBoundedLogo(bomb)).toBe(false);
    const limited = renderer({ timeoutMs: 400 });
    expect(await checkLogo(Buffer.from(bomb), { render: { renderer: limited } })).toEqual([{ code: 'SVG_RENDER_TIMEOUT', file: 'logo.svg', args: { seconds: 0.4 } }]);
  });

  it('includes every hostile fixture that needs a deadline', () => {
    expect(isBoundedLogo(readFileSync(join(RENDER, 'filter-bomb.svg'), 'utf8'))).toBe(false);
  });
});
