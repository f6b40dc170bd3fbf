import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { expect } from 'vitest';

/**
 * Settings shared by the property and fuzz tests.
 *
 * `npm test` runs every property with a fixed seed and a small budget, so a failure in CI replays
 * exactly. `npm run fuzz` (scripts/fuzz.mjs) sets FUZZ_RUNS (runs per property) and a random
 * FUZZ_SEED, which it prints. A failure prints the seed and the counterexample path; to replay it:
 *
 *   FUZZ_SEED=<seed> FUZZ_PATH=<path> npx vitest run test/fuzz/<file>
 */
export const FUZZ_SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : 20_250_326;
const FUZZ_RUNS = process.env.FUZZ_RUNS !== undefined ? Number(process.env.FUZZ_RUNS) : undefined;
const FUZZ_PATH = process.env.FUZZ_PATH || undefined;

/** True under `npm run fuzz`: long runs, no per-test time limit. */
export const LONG_RUN = FUZZ_RUNS !== undefined;

/**
 * Runs for one property: `ciRuns` in `npm test`; under `npm run fuzz`, FUZZ_RUNS divided by the
 * property's relative `cost` (a case that spawns svgo or writes a bundle costs more than a string check).
 */
export function runs(ciRuns: number, cost = 1): number {
  return FUZZ_RUNS === undefined ? ciRuns : Math.max(ciRuns, Math.ceil(FUZZ_RUNS / cost));
}

/** The vitest timeout for a property test: generous in CI, none to speak of in a long run. */
export function timeout(ciMs: number): number {
  return LONG_RUN ? 24 * 60 * 60 * 1000 : ciMs;
}

/** A hang guard per input, not a benchmark: far above what any input takes on a loaded machine. */
export const HANG_GUARD_MS = 3000;

/** Runs `fn` and fails when one input takes longer than the hang guard. */
export async function guarded<T>(what: string, fn: () => T | Promise<T>, limit = HANG_GUARD_MS): Promise<T> {
  const start = performance.now();
  const result = await fn();
  const ms = performance.now() - start;
  if (ms > limit) throw new Error(`${what} took ${Math.round(ms)} ms on one input (hang guard ${limit} ms)`);
  return result;
}

/**
 * Checks a property with the shared seed and budget. On failure the message carries fast-check's
 * report (counterexample, seed, path) and the command that replays it.
 */
export async function checkProperty<Ts extends [unknown, ...unknown[]]>(
  property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>,
  ciRuns: number,
  cost = 1,
): Promise<void> {
  const details = await fc.check(property as fc.IAsyncProperty<Ts>, {
    seed: FUZZ_SEED,
    numRuns: runs(ciRuns, cost),
    ...(FUZZ_PATH ? { path: FUZZ_PATH } : {}),
  });
  if (!details.failed) return;
  const cause = details.errorInstance instanceof Error ? `\n\n${details.errorInstance.message}` : '';
  const report = `${fc.defaultReportMessage(details) ?? 'property failed'}${cause}`;
  throw new Error(`${report}\n\nReplay: FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath ?? ''} npx vitest run ${expectFile()}`);
}

/** The test file being run, for the replay line. */
function expectFile(): string {
  const path = expect.getState().testPath ?? '';
  const at = path.lastIndexOf('/test/');
  return at >= 0 ? path.slice(at + 1) : 'test/fuzz';
}
