#!/usr/bin/env node
/**
 * The long fuzz run: the property tests of test/fuzz with many more cases and a random seed.
 *
 *   npm run fuzz                                   # FUZZ_RUNS=100000 per property, random seed
 *   FUZZ_RUNS=5000 npm run fuzz                    # shorter
 *   FUZZ_SEED=123 npm run fuzz -- logo             # a fixed seed, only test/fuzz/logo.fuzz.test.ts
 *   FUZZ_SEED=123 FUZZ_PATH=4:1:0 npm run fuzz -- logo   # replay one failure exactly
 *
 * Expensive properties (svgo, whole-bundle runs) take FUZZ_RUNS divided by their cost. `npm test`
 * runs the same properties with a fixed seed and a small budget.
 */
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seed = process.env.FUZZ_SEED ?? String(randomInt(0, 2 ** 31 - 1));
const runs = process.env.FUZZ_RUNS ?? '100000';
const filters = process.argv.slice(2);
const files = filters.length > 0 ? filters.map((f) => `test/fuzz/${f.replace(/(\.fuzz)?(\.test)?(\.ts)?$/, '')}.fuzz.test.ts`) : ['test/fuzz/'];

console.log(`fuzz: seed ${seed}, ${runs} runs per property (fewer for expensive ones)`);
console.log(`fuzz: replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz${filters.length ? ` -- ${filters.join(' ')}` : ''}`);

const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const vitest = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...files], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SEED: seed, FUZZ_RUNS: runs },
});
if (vitest.status !== 0) console.log(`fuzz: failed with seed ${seed}; the failing property prints its FUZZ_PATH to replay it.`);
process.exit(vitest.status ?? 1);
