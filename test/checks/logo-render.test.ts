import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLogo, checkLogoFile } from '../../src/edge/logo.js';
import { judgeRender } from '../../src/checks/logo/rendered.js';
import type { Issue } from '../../src/checks/finding.js';
import { gone } from '../helpers/process.js';
import { renderers } from '../helpers/renderers.js';
import { loadCodeMessages } from '../../src/messages/codes.js';

/** The English words of the codes (the tests read what English says). */
const { codes: words } = await loadCodeMessages('en');

/**
 * The rendered checks, for real: each logo is drawn by resvg in the render child (dist/render-child.cjs,
 * built by `npm test`) and measured.
 */
const RENDER = fileURLToPath(new URL('../fixtures/svg/render/', import.meta.url));
const GOOD = fileURLToPath(new URL('../fixtures/svg/good/', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const codesOf = (issues: readonly Issue[]) => issues.map((issue) => issue.code).sort();
const svg = (body: string) => Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${body}</svg>`);

const renderer = renderers();

describe('rendered logo checks, fixture by fixture', () => {
  const cases: Array<{ file: string; codes: string[] }> = [
    { file: 'centred.svg', codes: [] },
    { file: 'tiny-corner.svg', codes: ['SVG_NOT_CENTRED', 'SVG_OCCUPANCY_LOW'] },
    { file: 'off-centre.svg', codes: ['SVG_NOT_CENTRED'] },
    { file: 'full-background.svg', codes: [] },
    // A tile is what the portal shows: measured whole, it fills the square, whatever sits on it.
    { file: 'full-background-tiny.svg', codes: [] },
    { file: 'background-only.svg', codes: ['SVG_RENDER_EMPTY'] },
    { file: 'empty.svg', codes: ['SVG_RENDER_EMPTY'] },
    { file: 'wide-wordmark.svg', codes: ['SVG_CONTENT_NOT_SQUARE'] },
    // Live text is drawn with the bundled font and judged like outlined text: a small "C" is small.
    { file: 'text-only.svg', codes: ['SVG_OCCUPANCY_LOW', 'SVG_TEXT'] },
  ];

  it('covers every fixture in test/fixtures/svg/render', () => {
    expect([...cases.map((c) => c.file), 'filter-bomb.svg'].sort()).toEqual(readdirSync(RENDER).sort());
  });

  for (const { file, codes } of cases) {
    it(`${file} → ${codes.join(', ') || 'no findings'}`, async () => {
      expect(codesOf(await checkLogoFile(join(RENDER, file), { file }))).toEqual(codes);
    });
  }

  it('words the findings with what was measured', async () => {
    const [occupancy, centre] = await checkLogoFile(join(RENDER, 'tiny-corner.svg'), { file: 'tiny-corner.svg' });
    expect(occupancy).toMatchObject({ code: 'SVG_OCCUPANCY_LOW', file: 'tiny-corner.svg', args: { width: '13%', height: '13%', tileWidth: 4, tileHeight: 4, min: '50%' } });
    expect(centre).toMatchObject({ code: 'SVG_NOT_CENTRED', args: { left: '39%', up: '39%', max: '10%' } });
    expect(words.SVG_NOT_CENTRED.message(centre!.args!)).toBe('The drawing (13% × 13% of the square) sits 39% of the side to the left and 39% up of the centre; at most 10% is expected.');
    const [wide] = await checkLogoFile(join(RENDER, 'wide-wordmark.svg'));
    expect(wide).toMatchObject({ code: 'SVG_CONTENT_NOT_SQUARE', args: { ratio: '5.0', wide: 'wide', tileWidth: 30, tileHeight: 6 } });
    const [empty] = await checkLogoFile(join(RENDER, 'background-only.svg'));
    expect(empty).toMatchObject({ code: 'SVG_RENDER_EMPTY', args: { colour: '#163a8a' } });
  });

  it('passes the example logo and every editor export in the good corpus (text aside)', async () => {
    expect(await checkLogoFile(join(EXAMPLES, 'valid/logo.svg'))).toEqual([]);
    for (const name of readdirSync(GOOD)) {
      const rendered = (await checkLogoFile(join(GOOD, name))).filter((issue) => issue.code.startsWith('SVG_RENDER') || ['SVG_OCCUPANCY_LOW', 'SVG_NOT_CENTRED', 'SVG_CONTENT_NOT_SQUARE'].includes(issue.code));
      expect(rendered, name).toEqual([]);
    }
  });
});

describe('when the logo is drawn', () => {
  const tiny = svg('<rect x="10" y="10" width="40" height="40"/>');

  it('not at all when the static checks find an error: a logo with a script is never drawn', async () => {
    const issues = await checkLogo(svg('<script>alert(1)</script><rect x="10" y="10" width="40" height="40"/>'));
    expect(codesOf(issues)).toEqual(['SVG_SCRIPT']);
  });

  it('after static findings the caller does not count as errors (a listing\'s "rules")', async () => {
    const animated = svg('<rect x="10" y="10" width="40" height="40"><animate attributeName="x" to="20" dur="1s"/></rect>');
    expect(codesOf(await checkLogo(animated))).toEqual(['SVG_ANIMATION']);
    expect(codesOf(await checkLogo(animated, { isError: (code) => code !== 'SVG_ANIMATION' }))).toEqual(['SVG_ANIMATION', 'SVG_NOT_CENTRED', 'SVG_OCCUPANCY_LOW']);
  });

  it('not with render: false', async () => {
    expect(await checkLogo(tiny, { render: false })).toEqual([]);
  });

  it('judged with the thresholds given', async () => {
    expect(codesOf(await checkLogo(tiny))).toEqual(['SVG_NOT_CENTRED', 'SVG_OCCUPANCY_LOW']);
    expect(await checkLogo(tiny, { thresholds: { minOccupancy: 0.05, maxCentreOffset: 0.45, maxContentAspect: 2 } })).toEqual([]);
  });
});

describe('the render child', () => {
  it('is killed at the deadline: a filter bomb ends as SVG_RENDER_TIMEOUT, not minutes later', async () => {
    const limited = renderer({ timeoutMs: 400 });
    limited.start();
    const pid = limited.pid!;
    const start = performance.now();
    const issues = await checkLogoFile(join(RENDER, 'filter-bomb.svg'), { file: 'filter-bomb.svg', render: { renderer: limited } });
    const elapsed = performance.now() - start;
    expect(issues.filter((issue) => issue.code !== 'SVG_SIZE_OVER_32KB')).toEqual([{ code: 'SVG_RENDER_TIMEOUT', file: 'filter-bomb.svg', args: { seconds: 0.4 } }]);
    // Hang guard: the timeout plus the child's start-up on a busy machine, far below the minutes the bomb takes.
    expect(elapsed).toBeLessThan(400 + 10_000);
    expect(await gone(pid)).toBe(true);
    // The next logo gets a fresh child.
    expect(await checkLogoFile(join(RENDER, 'centred.svg'), { render: { renderer: limited } })).toEqual([]);
    expect(limited.pid).not.toBe(pid);
  });

  it('draws requests sent ahead in order, and gives those behind a stopped child to the next one', async () => {
    const limited = renderer({ timeoutMs: 400 });
    const text = (file: string) => readFileSync(join(RENDER, file), 'utf8');
    // Queued at once: the first two reach the child together, the bomb is stopped, the rest are drawn.
    const results = await Promise.all(['centred.svg', 'filter-bomb.svg', 'off-centre.svg', 'tiny-corner.svg'].map((file) => limited.request(text(file)).result));
    expect(results.map((result) => result.status)).toEqual(['ok', 'timeout', 'ok', 'ok']);
    const boxes = results.map((result) => (result.status === 'ok' ? result.measure.box : undefined));
    expect(boxes[2]).not.toEqual(boxes[3]);
    expect(boxes[3]).toEqual((await renderer().request(text('tiny-corner.svg')).result as { measure: { box: unknown } }).measure.box);
  });

  it('runs under a memory limit: a logo that needs more ends as SVG_RENDER_FAILED', { skip: process.platform === 'win32' }, async () => {
    // 2400 flood results of 128 × 128 px (the measuring size) are kept for the merge: 150 MiB, in
    // 4,804 elements (under the static checks' limit of 5,000).
    const floods = Array.from({ length: 2400 }, (_, i) => `<feFlood flood-color="#${(i % 4096).toString(16).padStart(3, '0')}" result="r${i}"/>`).join('');
    const nodes = Array.from({ length: 2400 }, (_, i) => `<feMergeNode in="r${i}"/>`).join('');
    const hungry = svg(`<filter id="f" x="0" y="0" width="1" height="1">${floods}<feMerge>${nodes}</feMerge></filter><rect width="512" height="512" filter="url(#f)"/>`);
    const issues = await checkLogo(hungry, { render: { renderer: renderer({ memoryLimitMiB: 120, timeoutMs: 20_000 }) } });
    expect(issues.filter((issue) => issue.code !== 'SVG_SIZE_OVER_32KB')).toEqual([
      { code: 'SVG_RENDER_FAILED', file: 'logo.svg', args: { reason: 'memory', mib: 120 } },
    ]);
    expect(words.SVG_RENDER_FAILED.message({ reason: 'memory', mib: 120 })).toBe('The logo could not be drawn: drawing it needs more than the 120 MiB memory limit.');
  });

  it('runs with the memory and CPU-time limits set by the kernel (Linux)', { skip: process.platform !== 'linux' }, async () => {
    const limited = renderer({ memoryLimitMiB: 300, inProcess: false });
    await limited.request(readFileSync(join(RENDER, 'centred.svg'), 'utf8')).result;
    const limits = readFileSync(`/proc/${limited.pid}/limits`, 'utf8');
    expect(limits).toMatch(/^Max data size\s+314572800\s+314572800\s+bytes/m);
    expect(limits).toMatch(/^Max cpu time\s+60\s+60\s+seconds/m);
  });

  it('draws identical logos once and gives byte-identical PNGs every time', async () => {
    const text = readFileSync(join(EXAMPLES, 'valid/logo.svg'), 'utf8');
    const one = renderer();
    expect(one.request(text, [192, 32]).result).toBe(one.request(text, [192, 32]).result);
    const first = await one.request(text, [192, 32]).result;
    const second = await renderer().request(text, [192, 32]).result;
    if (first.status !== 'ok' || second.status !== 'ok') throw new Error(`render failed: ${JSON.stringify(first)}`);
    expect(first.pngs.get(192)!.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(first.pngs.get(192)!.readUInt32BE(16)).toBe(192);
    expect(first.pngs.get(32)!.readUInt32BE(20)).toBe(32);
    expect(first.pngs.get(192)!.equals(second.pngs.get(192)!)).toBe(true);
    expect(first.pngs.get(32)!.equals(second.pngs.get(32)!)).toBe(true);
  });

  it('draws a logo that is not square with its longer side at the size asked for', async () => {
    const tall = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 300" width="100" height="300"><rect x="20" y="10" width="60" height="280" fill="#2f6fde"/></svg>';
    const rendered = await renderer().request(tall, [32]).result;
    if (rendered.status !== 'ok') throw new Error(`render failed: ${JSON.stringify(rendered)}`);
    expect([rendered.measure.width, rendered.measure.height]).toEqual([43, 128]);
    expect([rendered.pngs.get(32)!.readUInt32BE(16), rendered.pngs.get(32)!.readUInt32BE(20)]).toEqual([11, 32]);
    // Drawn only because the caller lets the non-square size pass: then its shape is what is judged.
    expect(codesOf(await checkLogo(Buffer.from(tall), { isError: () => false }))).toEqual(['SVG_CONTENT_NOT_SQUARE', 'SVG_DIMENSIONS_NOT_SQUARE', 'SVG_VIEWBOX_NOT_SQUARE']);
  });

  it('stops at once when its only request is cancelled', async () => {
    const busy = renderer({ timeoutMs: 60_000 });
    busy.start();
    const pid = busy.pid!;
    const ticket = busy.request(readFileSync(join(RENDER, 'filter-bomb.svg'), 'utf8'));
    setTimeout(() => ticket.cancel(), 200);
    expect(await ticket.result).toEqual({ status: 'cancelled' });
    expect(await gone(pid)).toBe(true);
  });

  it('reports a renderer that cannot be loaded as SVG_RENDER_UNAVAILABLE, a warning about the machine', () => {
    const issues = judgeRender({ status: 'unavailable', reason: 'not-loaded', args: { detail: "Cannot find module '@resvg/resvg-js'" } }, { file: 'logo.svg', hasText: false });
    expect(issues).toEqual([
      { code: 'SVG_RENDER_UNAVAILABLE', file: 'logo.svg', args: { reason: 'not-loaded', detail: "Cannot find module '@resvg/resvg-js'" } },
    ]);
    expect(words.SVG_RENDER_UNAVAILABLE.message(issues[0]!.args!)).toBe("The rendered checks were skipped: Cannot find module '@resvg/resvg-js'.");
  });
});
