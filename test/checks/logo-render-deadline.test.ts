import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLogo, checkLogoFile } from '../../src/edge/logo.js';
import { cpuTimeMs, LogoRenderer } from '../../src/edge/render.js';
import { gone } from '../helpers/process.js';
import { loadCodeMessages } from '../../src/messages/codes.js';

/** The English words of the codes (the tests read what English says). */
const { codes: words } = await loadCodeMessages('en');

/**
 * The render deadline is CPU time of the render child, read from /proc; a wall-clock backstop far
 * above it ends a request that makes no progress. These tests need Linux's /proc (the fallback
 * without it is in logo-render-no-proc.test.ts).
 */
const linux = process.platform === 'linux';
const RENDER = fileURLToPath(new URL('../fixtures/svg/render/', import.meta.url));

const renderers: LogoRenderer[] = [];
/** A renderer that draws every logo in its child, simple ones included: the child is what is tested here. */
function renderer(options: ConstructorParameters<typeof LogoRenderer>[0] = {}): LogoRenderer {
  const created = new LogoRenderer({ inProcess: false, ...options });
  renderers.push(created);
  return created;
}

afterAll(() => {
  for (const created of renderers) created.close();
});

/**
 * A valid logo that takes measurable work to draw: a disc under `blurs` Gaussian blurs (each about
 * 25 ms of CPU at 512 px on a 2020s x86 core). `salt` makes the text differ, so nothing is remembered.
 */
function blurred(blurs: number, salt = ''): string {
  const filters = Array.from({ length: blurs }, (_, i) => `<feGaussianBlur stdDeviation="${4 + (i % 5)}"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><!--${salt}--><filter id="soft" x="0" y="0" width="1" height="1">${filters}</filter><circle cx="256" cy="256" r="200" fill="#2f6fde" filter="url(#soft)"/></svg>`;
}

/** A started renderer whose child has said "ready" (a tiny logo drawn), so that start-up is behind it. */
async function warm(options: ConstructorParameters<typeof LogoRenderer>[0]): Promise<LogoRenderer> {
  const created = renderer(options);
  expect((await created.request('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>').result).status).toBe('ok');
  return created;
}

describe('the CPU clock of a process', { skip: !linux }, () => {
  it('is read in the clock ticks the kernel reports (USER_HZ)', () => {
    expect(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()).toBe('100');
  });

  it('agrees with what the process itself measures', () => {
    const end = performance.now() + 300;
    while (performance.now() < end);
    const usage = process.cpuUsage();
    // Ticks are 10 ms; the two reads are a few microseconds apart.
    expect(Math.abs(cpuTimeMs(process.pid)! - (usage.user + usage.system) / 1000)).toBeLessThan(30);
  });

  it('is undefined for a process that does not exist', () => {
    expect(cpuTimeMs(2 ** 22 + 1)).toBeUndefined();
    expect(cpuTimeMs(undefined)).toBeUndefined();
  });
});

describe('the render deadline', { skip: !linux }, () => {
  it('counts CPU time: a filter bomb is stopped once it has used its CPU time, as SVG_RENDER_TIMEOUT', async () => {
    const limited = renderer({ timeoutMs: 400 });
    limited.start();
    const pid = limited.pid!;
    let used = 0;
    let base: number | undefined;
    const sampler = setInterval(() => {
      const now = cpuTimeMs(pid);
      if (now === undefined) return;
      base ??= now;
      used = now - base;
    }, 10);
    try {
      const issues = await checkLogoFile(join(RENDER, 'filter-bomb.svg'), { file: 'filter-bomb.svg', render: { renderer: limited } });
      expect(issues.filter((issue) => issue.code !== 'SVG_SIZE_OVER_32KB')).toEqual([{ code: 'SVG_RENDER_TIMEOUT', file: 'filter-bomb.svg', args: { seconds: 0.4 } }]);
    } finally {
      clearInterval(sampler);
    }
    // Start-up included in what the sampler saw, so this is a lower bound of the CPU used before the kill.
    expect(used).toBeGreaterThanOrEqual(400 * 0.8);
    expect(await gone(pid)).toBe(true);
  });

  it('is not met by a valid logo that waits for the machine: the wall time is far above the CPU deadline, the CPU time below it', async () => {
    const cpuDeadlineMs = 700;
    const limited = await warm({ timeoutMs: cpuDeadlineMs, backstopMs: 20_000 });
    const pid = limited.pid!;
    const logo = blurred(6);
    expect(await checkLogo(Buffer.from(logo), { render: false })).toEqual([]);
    const cpuBefore = cpuTimeMs(pid)!;
    const start = performance.now();
    const pending = limited.request(logo, [512]).result;
    // The child is held off the CPU for longer than the deadline, as a machine that is busy with
    // other work would hold it (a stopped process is the deterministic form of a starved one).
    process.kill(pid, 'SIGSTOP');
    await new Promise((resolve) => setTimeout(resolve, cpuDeadlineMs + 500));
    process.kill(pid, 'SIGCONT');
    const result = await pending;
    const wallMs = performance.now() - start;
    const cpuMs = cpuTimeMs(pid)! - cpuBefore;
    expect(result.status).toBe('ok');
    // The premise: a wall-clock deadline of the same length would have stopped this render.
    expect(cpuMs).toBeLessThan(cpuDeadlineMs);
    expect(wallMs).toBeGreaterThan(cpuDeadlineMs);
    expect(limited.pid).toBe(pid);
  });

  it('has a wall-clock backstop: a stopped child (using no CPU) is killed, as SVG_RENDER_UNAVAILABLE, and the logo is drawn again later', async () => {
    const limited = await warm({ backstopMs: 1000 });
    const pid = limited.pid!;
    const logo = Buffer.from(readFileSync(join(RENDER, 'centred.svg')));
    process.kill(pid, 'SIGSTOP');
    const start = performance.now();
    const issues = await checkLogo(logo, { render: { renderer: limited } });
    const elapsed = performance.now() - start;
    expect(issues).toEqual([
      {
        code: 'SVG_RENDER_UNAVAILABLE',
        file: 'logo.svg',
        args: { reason: 'backstop', wallSeconds: 1, cpuSeconds: 0, limitSeconds: 5 },
      },
    ]);
    expect(words.SVG_RENDER_UNAVAILABLE.message(issues[0]!.args!)).toBe('The rendered checks were skipped: the renderer did not finish in 1 s of wall-clock time, having used only 0 s of the 5 s of CPU time a logo may take: the machine is too busy, or the render process was suspended.');
    expect(elapsed).toBeGreaterThanOrEqual(1000);
    expect(elapsed).toBeLessThan(1000 + 5000);
    // SIGKILL ends a stopped process too.
    expect(await gone(pid)).toBe(true);
    // Not remembered as the logo's result: a new child draws it.
    expect(await checkLogo(logo, { render: { renderer: limited } })).toEqual([]);
    expect(limited.pid).not.toBe(pid);
  });

  it('retires a child after half of its CPU-time limit, counted in CPU time from its start', async () => {
    const limited = renderer({ cpuLimitS: 2 });
    limited.start();
    const pid = limited.pid!;
    const before: number[] = [];
    while (limited.pid === pid && before.length < 8) {
      before.push(cpuTimeMs(pid)!);
      expect((await limited.request(blurred(12, String(before.length)), [512]).result).status).toBe('ok');
    }
    // Retired (its input closed, no new child yet) after more than one request, never before half.
    expect(limited.pid).toBeUndefined();
    expect(before.length).toBeGreaterThan(1);
    expect(before.at(-1)!).toBeLessThanOrEqual(1000);
    expect(await gone(pid)).toBe(true);
    expect((await limited.request(blurred(1)).result).status).toBe('ok');
  });
});
