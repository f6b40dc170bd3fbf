import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkLogoFile } from '../../src/edge/logo.js';
import { cpuTimeMs, LogoRenderer } from '../../src/edge/render.js';

/** A system without Linux's /proc (macOS, Windows): the process's CPU time cannot be read. */
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
    if (String(path).startsWith('/proc/')) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${String(path)}'`), { code: 'ENOENT' });
    return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

const RENDER = fileURLToPath(new URL('../fixtures/svg/render/', import.meta.url));
const renderers: LogoRenderer[] = [];
afterAll(() => {
  for (const created of renderers) created.close();
});

describe('the render deadline where CPU time cannot be read', () => {
  it('falls back to wall-clock time, four times the CPU deadline: a filter bomb still ends as SVG_RENDER_TIMEOUT', async () => {
    const limited = new LogoRenderer({ timeoutMs: 200 });
    renderers.push(limited);
    limited.start();
    expect(cpuTimeMs(limited.pid)).toBeUndefined();
    const start = performance.now();
    const issues = await checkLogoFile(join(RENDER, 'filter-bomb.svg'), { file: 'filter-bomb.svg', render: { renderer: limited } });
    const elapsed = performance.now() - start;
    expect(issues.filter((issue) => issue.code !== 'SVG_SIZE_OVER_32KB')).toEqual([{ code: 'SVG_RENDER_TIMEOUT', file: 'filter-bomb.svg', args: { seconds: 0.2 } }]);
    expect(elapsed).toBeGreaterThanOrEqual(4 * 200);
    // Hang guard: the deadline plus the child's start-up on a busy machine.
    expect(elapsed).toBeLessThan(4 * 200 + 10_000);
    // The next logo gets a fresh child.
    expect(await checkLogoFile(join(RENDER, 'centred.svg'), { render: { renderer: limited } })).toEqual([]);
  });
});
