import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { bin, cliInProcess, copyExample, repoRoot, type InProcessResult } from '../cli/helpers.js';
import { FUZZ_SEED, LONG_RUN, timeout } from '../fuzz/fuzz.js';

/**
 * Crash safety of everything that writes: `bundle` and `init` are killed with SIGKILL at every step
 * that changes the disk (test/bundle/crash-hook.mjs counts them) and at random moments, and what is
 * left must be the previous listing and bundle, none, or the complete new one, never a mix or half
 * of one. Writes that fail (read-only, full disk, a file in the way, /proc) are exit 2 with a clear
 * message, and nothing is lost.
 */
const work = mkdtempSync(join(tmpdir(), 'mde-crash-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const HOOK = join(repoRoot, 'test/bundle/crash-hook.mjs');
const VALID = join(repoRoot, 'examples/valid');
const LISTING_A = readFileSync(join(VALID, 'mde-partner.json'), 'utf8');
/** The second listing differs from the first in one value, so every bundle file can tell them apart. */
const LISTING_B = LISTING_A.replace('/defender-integration"', '/defender-integration-v2"');

/**
 * The runs that are not killed (references, the run after a crash, writes that fail) go in-process:
 * only the killed runs need a process of their own.
 */
const cli = (argv: string[]) => cliInProcess(argv, { env: { CI: 'true' } });

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

function filesBelow(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesBelow(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]).sort();
}

/** A bundle folder as data (file → SHA-256), or undefined when there is none. */
const folderState = (dir: string) => (existsSync(dir) ? Object.fromEntries(filesBelow(dir).map((f) => [f, sha(readFileSync(join(dir, f)))])) : undefined);
const fileState = (path: string) => (existsSync(path) ? sha(readFileSync(path)) : undefined);

interface BundleState { folder?: Record<string, string>; zip?: string }
const bundleState = (out: string): BundleState => ({ folder: folderState(out), zip: fileState(`${out}.zip`) });

/** A run of the built binary with the crash hook: killed at step `crashAt`, or logging every step. */
function hooked(args: string[], options: { crashAt?: number; log?: string; cwd?: string } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', CI: 'true' };
  if (options.crashAt) env.MDE_CRASH_AT = String(options.crashAt);
  if (options.log) env.MDE_CRASH_LOG = options.log;
  return spawnSync(process.execPath, ['--import', HOOK, bin, ...args], { cwd: options.cwd ?? work, env, encoding: 'utf8', input: '', timeout: 30_000 });
}

interface Step { n: number; name: string; path: string }

/** Every disk-changing step of a run, as logged by the hook. */
function steps(args: string[], cwd?: string): Step[] {
  const log = join(work, `steps-${Math.random().toString(16).slice(2)}.log`);
  const result = hooked(args, { log, cwd });
  expect(result.status, result.stderr).toBe(0);
  return readFileSync(log, 'utf8').trim().split('\n').map((line) => {
    const [n, name, ...path] = line.split(' ');
    return { n: Number(n), name: name!, path: path.join(' ') };
  });
}

/**
 * The steps to crash at: each one that changes the layout (folders, renames, removals, the zip, the
 * listing), and a seeded sample of the many alike writes of files inside the temporary folder; all of
 * them in a long fuzz run.
 */
function crashPoints(all: Step[], sample: number): number[] {
  const seen = new Set<string>();
  const layout: number[] = [];
  const alike: number[] = [];
  for (const step of all) {
    const inside = /\/\.[^/]+\.tmp-[^/]+\/./.test(step.path) || (step.name === 'mkdir' && seen.has(step.path));
    seen.add(step.path);
    (inside ? alike : layout).push(step.n);
  }
  const picked = LONG_RUN ? alike : fc.sample(fc.shuffledSubarray(alike, { minLength: Math.min(sample, alike.length), maxLength: Math.min(sample, alike.length) }), { seed: FUZZ_SEED, numRuns: 1 })[0]!;
  return [...layout, ...picked].sort((a, b) => a - b);
}

const dotEntries = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('.'));

describe('bundle killed with SIGKILL', () => {
  const dir = join(work, 'bundle-kill');
  const out = join(dir, 'mde-submission');
  let before: BundleState;
  let after: BundleState;
  /** The folder as the previous run left it: listing B to bundle, bundle A in place. */
  const reset = () => {
    rmSync(dir, { recursive: true, force: true });
    cpSync(join(work, 'ref-a'), dir, { recursive: true });
    writeFileSync(join(dir, 'mde-partner.json'), LISTING_B);
  };
  const expectOldNoneOrNew = (state: BundleState, label: string) => {
    expect([undefined, before.folder, after.folder], `${label}: the folder is the previous bundle, none, or the new one`).toContainEqual(state.folder);
    expect([undefined, before.zip, after.zip], `${label}: the zip is the previous one, none, or the new one`).toContainEqual(state.zip);
  };

  beforeAll(async () => {
    const refA = join(work, 'ref-a');
    expect((await cli(['bundle', copyExample(refA)])).code).toBe(0);
    before = bundleState(join(refA, 'mde-submission'));
    const refB = join(work, 'ref-b');
    copyExample(refB);
    writeFileSync(join(refB, 'mde-partner.json'), LISTING_B);
    expect((await cli(['bundle', refB])).code).toBe(0);
    after = bundleState(join(refB, 'mde-submission'));
    expect(after.zip).not.toBe(before.zip);
  }, 60_000);

  it('at every step of writing: the previous bundle, none, or the complete new one', async () => {
    reset();
    const points = crashPoints(steps(['bundle', dir]), 1);
    expect(points.length).toBeGreaterThanOrEqual(10);
    for (const point of points) {
      reset();
      const result = hooked(['bundle', dir], { crashAt: point });
      expect(result.signal, `step ${point}`).toBe('SIGKILL');
      expectOldNoneOrNew(bundleState(out), `killed at step ${point}`);
    }
    // The next run completes and removes what the killed one left.
    expect((await cli(['bundle', dir])).code).toBe(0);
    expect(bundleState(out)).toEqual(after);
    expect(dotEntries(dir)).toEqual([]);
    expect((await cli(['verify', `${out}.zip`])).code).toBe(0);
  }, timeout(120_000));

  it('at random moments of the whole run: the same', async () => {
    const moments = fc.sample(fc.noBias(fc.integer({ min: 50, max: 1500 })), { seed: FUZZ_SEED, numRuns: LONG_RUN ? 50 : 5 });
    for (const delay of moments) {
      reset();
      const child = spawn(process.execPath, [bin, 'bundle', dir], { stdio: 'ignore', env: { ...process.env, CI: 'true' } });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await exited;
      expectOldNoneOrNew(bundleState(out), `killed after ${delay} ms`);
    }
  }, timeout(60_000));
});

describe('init killed with SIGKILL', () => {
  const dir = join(work, 'init-kill');
  const out = join(dir, 'mde-submission');
  const flags = [
    'init', dir, '--company', 'Contoso', '--product', 'Contoso Cognito', '--product-version', '1.0.0',
    '--description', 'Contoso Cognito correlates Defender alerts with identity risk to stop account takeover within minutes, automatically.',
    '--logo', 'logo.svg', '--landing-page', 'https://contoso.example.com/defender-integration-v2', '--multi-tenant',
    '--entra-app-name', 'Contoso Cognito for Microsoft Defender', '--no-ci-workflow', '--yes',
  ];
  const reset = () => {
    rmSync(dir, { recursive: true, force: true });
    cpSync(join(work, 'init-a'), dir, { recursive: true });
  };

  it('at every step of writing the listing, and while the bundle is swapped: the old listing or the complete new one', async () => {
    const refA = join(work, 'init-a');
    expect((await cli(['bundle', copyExample(refA)])).code).toBe(0);
    const listingBefore = readFileSync(join(refA, 'mde-partner.json'), 'utf8');
    const before = bundleState(join(refA, 'mde-submission'));

    reset();
    const all = steps(flags);
    const listingAfter = readFileSync(join(dir, 'mde-partner.json'), 'utf8');
    const after = bundleState(out);
    expect(listingAfter).not.toBe(listingBefore);
    expect((await cli(['validate', dir])).code).toBe(0);

    // The listing's own steps are run without the bundle (the bundle's steps are covered above),
    // then the whole run once more, killed as the previous bundle is moved aside.
    reset();
    const listingSteps = steps([...flags, '--no-bundle']).map((step) => step.n);
    const swap = all.find((step) => step.name === 'rename' && step.path === out)!.n;
    const runs: Array<[string[], number]> = [...listingSteps.map((n): [string[], number] => [[...flags, '--no-bundle'], n]), [flags, swap]];
    for (const [args, point] of runs) {
      reset();
      const result = hooked(args, { crashAt: point });
      const label = `${args.includes('--no-bundle') ? 'init --no-bundle' : 'init'} killed at step ${point}`;
      expect(result.signal, label).toBe('SIGKILL');
      const listing = readFileSync(join(dir, 'mde-partner.json'), 'utf8');
      expect([listingBefore, listingAfter], label).toContain(listing);
      const state = bundleState(out);
      expect([undefined, before.folder, after.folder], `${label}: bundle folder`).toContainEqual(state.folder);
      expect([undefined, before.zip, after.zip], `${label}: bundle zip`).toContainEqual(state.zip);
    }
    expect((await cli(flags)).code).toBe(0);
    expect(readFileSync(join(dir, 'mde-partner.json'), 'utf8')).toBe(listingAfter);
    expect(bundleState(out)).toEqual(after);
    expect(dotEntries(dir)).toEqual([]);
  }, timeout(120_000));
});

/** Mounts a tmpfs (root only); skips the test, saying why, where that is not permitted. */
function mountTmpfs(ctx: TestContext, options: string): string {
  const point = mkdtempSync(join(work, 'mnt-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', point], { stdio: 'pipe' });
  } catch (error) {
    const reason = String((error as { stderr?: Buffer }).stderr ?? (error as Error).message).trim();
    console.warn(`skipped: cannot mount a tmpfs here (${reason || 'mount failed'}); run the tests as root to cover this case.`);
    ctx.skip();
  }
  return point;
}
const unmount = (point: string) => spawnSync('umount', [point]);

describe('writes that fail are exit 2 with a clear message, and nothing is lost', () => {
  const expectClearRefusal = (result: InProcessResult, found: RegExp) => {
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(found);
    expect(result.stderr).toMatch(/Expected a folder you can write to: .+\. /);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
  };

  it('a full disk (ENOSPC) keeps the previous bundle', async (ctx) => {
    const point = mountTmpfs(ctx, 'size=256k');
    try {
      const dir = join(point, 'listing');
      expect((await cli(['bundle', copyExample(dir)])).code).toBe(0);
      const before = bundleState(join(dir, 'mde-submission'));
      writeFileSync(join(dir, 'mde-partner.json'), LISTING_B);
      // Fill what is left of the disk.
      spawnSync('dd', ['if=/dev/zero', `of=${join(point, 'filler')}`, 'bs=4k'], { stdio: 'ignore' });
      const result = await cli(['bundle', dir]);
      expectClearRefusal(result, /the disk holding .* is full \(ENOSPC\).*The previous bundle, if any, is unchanged\./s);
      expect(bundleState(join(dir, 'mde-submission'))).toEqual(before);
      expect(dotEntries(dir)).toEqual([]);
      rmSync(join(point, 'filler'));
      expect((await cli(['verify', join(dir, 'mde-submission.zip')])).code).toBe(0);
    } finally {
      unmount(point);
    }
  });

  it('a full disk (ENOSPC) while init writes the listing keeps the old listing', async (ctx) => {
    const point = mountTmpfs(ctx, 'size=64k');
    try {
      const dir = join(point, 'listing');
      mkdirSync(dir);
      writeFileSync(join(dir, 'mde-partner.json'), LISTING_A);
      writeFileSync(join(dir, 'logo.svg'), readFileSync(join(VALID, 'logo.svg')));
      spawnSync('dd', ['if=/dev/zero', `of=${join(point, 'filler')}`, 'bs=1k'], { stdio: 'ignore' });
      const result = await cli(['init', dir, '--landing-page', 'https://contoso.example.com/defender-integration-v2', '--no-bundle', '--no-ci-workflow', '--yes']);
      expectClearRefusal(result, /cannot write mde-partner\.json .*full \(ENOSPC\).*Nothing was written\./s);
      expect(readFileSync(join(dir, 'mde-partner.json'), 'utf8')).toBe(LISTING_A);
      expect(dotEntries(dir)).toEqual([]);
    } finally {
      unmount(point);
    }
  });

  it('a read-only file system (EROFS), and its mount point as --out (EBUSY)', async (ctx) => {
    const point = mountTmpfs(ctx, 'ro,size=64k');
    try {
      expectClearRefusal(await cli(['bundle', VALID, '--out', join(point, 'out')]), /is on a read-only file system \(EROFS\)/);
      expectClearRefusal(await cli(['bundle', VALID, '--out', point]), /cannot be replaced \(EBUSY\)/);
    } finally {
      unmount(point);
    }
  });

  it('a folder below a file (ENOTDIR) names the file in the way', async () => {
    const file = join(work, 'a-file');
    writeFileSync(file, 'mine');
    expectClearRefusal(await cli(['bundle', VALID, '--out', join(file, 'deeper', 'out')]), new RegExp(`${file} is not a folder`));
    expect(readFileSync(file, 'utf8')).toBe('mine');
    expectClearRefusal(await cli(['init', join(file, 'sub'), '--answers', join(VALID, 'mde-partner.json'), '--logo', join(VALID, 'logo.svg'), '--no-bundle', '--yes']), new RegExp(`${file} is not a folder`));
  });

  it('a virtual file system that takes no files (/proc)', async () => {
    expectClearRefusal(await cli(['bundle', VALID, '--out', `/proc/mde-partner-${process.pid}`]), /\/proc does not take new files \(ENOENT\)/);
  });

  it('a folder without write permission (when not root; root writes anywhere, see the cases above)', async (ctx) => {
    if (process.getuid?.() === 0) {
      ctx.skip();
      return;
    }
    const parent = join(work, 'read-only');
    mkdirSync(parent, { mode: 0o500 });
    expectClearRefusal(await cli(['bundle', VALID, '--out', join(parent, 'out')]), /permission to write in .* was denied \(EACCES\)/);
  });
});
