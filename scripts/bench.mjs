#!/usr/bin/env node
// Start-up and throughput benchmark for the mde-partner CLI (`npm run bench`).
//
// What it measures, all in ONE run so that every number sees the same machine load:
//   node -e 0                     a bare Node start: the unit every other row is divided by
//   --help                        argument parsing and help text; nothing else should load  (budget ≤ 1.5×)
//   validate examples/valid       one ordinary listing, end to end                          (budget ≤ 2×)
//   validate 1 MiB logo           a valid square SVG just under the 1 MiB logo limit         (budget ≤ 4×)
//   validate 101 listings         examples/valid plus 100 copies in one call (shown, no budget)
//   + per extra listing           (t101 − t1) / 100, t1 being the `validate examples/valid` row (budget ≤ 0.1×)
//   hostile SVG, slowest          every file in test/fixtures/svg/bad/, one listing each, validated with
//                                 --strict (warning-only fixtures then exit 1 too); the slowest file by
//                                 median is shown, judged on its slowest single run    (budget < 1000 ms)
//
// How to read it: "ratio" is median wall time / median wall time of `node -e 0` measured in the same
// run, so 2.00× means "costs as much as two bare Node starts". Ratios travel between machines far
// better than milliseconds do. Each command is warmed up once, then run --runs times (default 15)
// round-robin, so a noisy neighbour slows all commands alike; the median is reported, and the min as
// the best case the machine allows. The script is a report: it exits 0 even when a row is OVER, and 1
// only when a command cannot run (stops at once) or exits with an unexpected code (0 for valid input,
// 1 for hostile: such commands are still timed, and listed after the table).
//
// Usage: node scripts/bench.mjs [--runs N] [--json]     Temporary files go to .bench/ (git-ignored).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, '.bench');
const cli = join(root, 'bin/mde-partner.js');
const validExample = join(root, 'examples/valid');
const badFixtures = join(root, 'test/fixtures/svg/bad');
const LOGO_LIMIT = 1024 * 1024; // the logo size limit (policy.logo.maxBytes); the big logo stays 1 byte under it
const EXTRA_LISTINGS = 100;

const { values: flags } = parseArgs({ options: { runs: { type: 'string', default: '15' }, json: { type: 'boolean', default: false } } });
const runs = Number(flags.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a positive integer, got "${flags.runs}"`);

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

// ---- preparation ---------------------------------------------------------------------------------

// Others may be rebuilding right now (build.mjs empties dist/ first): give a running build 30 s to finish.
for (let waited = 0; !existsSync(join(root, 'dist/cli.js')) && existsSync(join(root, 'dist')) && waited < 30; waited++) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
}
if (!existsSync(join(root, 'dist/cli.js'))) {
  if (!flags.json) console.log('dist/ is missing: building with node scripts/build.mjs …');
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: flags.json ? 'pipe' : 'inherit' });
  if (build.status !== 0) fail(`the build failed (exit ${build.status})${flags.json ? `\n${build.stderr}` : ''}`);
}

const validListing = JSON.parse(readFileSync(join(validExample, 'mde-partner.json'), 'utf8'));

/** A folder under .bench/ holding a copy of the valid listing whose logo is `logoName` (copied from `logoFrom`). */
function writeListing(dir, logoName, logoFrom) {
  mkdirSync(dir, { recursive: true });
  const listing = { ...validListing, $schema: relative(dir, join(root, 'schemas/listing.schema.json')), logo: logoName };
  writeFileSync(join(dir, 'mde-partner.json'), `${JSON.stringify(listing, null, 2)}\n`);
  if (logoFrom) copyFileSync(logoFrom, join(dir, logoName));
  return dir;
}

/** A square 512×512 SVG of many small coloured triangles, padded to exactly `size` bytes. */
function bigSvg(size) {
  let seed = 42;
  const rand = (n) => (seed = (seed * 48271) % 2147483647) % n; // deterministic (Park–Miller)
  const head = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512" role="img" aria-labelledby="title">\n<title id="title">Bench</title>\n';
  const tail = '</svg>\n';
  const parts = [head];
  let length = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (;;) {
    const colour = rand(0x1000000).toString(16).padStart(6, '0');
    const path = `<path d="M${rand(480)} ${rand(480)}l${rand(32)} ${rand(32)}l-${rand(32)} ${rand(16)}z" fill="#${colour}"/>\n`;
    if (length + path.length > size) break;
    parts.push(path);
    length += path.length;
  }
  parts.push(' '.repeat(size - length), tail); // white space between elements: still valid
  return parts.join('');
}

for (const sub of ['big', 'listings', 'hostile']) rmSync(join(benchDir, sub), { recursive: true, force: true });
const bigDir = writeListing(join(benchDir, 'big'), 'logo.svg');
writeFileSync(join(bigDir, 'logo.svg'), bigSvg(LOGO_LIMIT - 1));
const copies = Array.from({ length: EXTRA_LISTINGS }, (_, i) =>
  writeListing(join(benchDir, 'listings', String(i + 1)), 'logo.svg', join(validExample, 'logo.svg')));

const hostileFiles = existsSync(badFixtures)
  ? readdirSync(badFixtures).filter((name) => !/\.(json|md|txt)$/i.test(name) && statSync(join(badFixtures, name)).isFile()).sort()
  : [];
const hostile = hostileFiles.map((name, i) => ({
  file: name,
  dir: writeListing(join(benchDir, 'hostile', String(i)), basename(name), join(badFixtures, name)),
}));

// ---- measurement ---------------------------------------------------------------------------------

const rel = (path) => relative(root, path) || '.';
const commands = [
  { id: 'node', name: 'node -e 0', args: ['-e', '0'], expect: 0 },
  { id: 'help', name: 'mde-partner --help', args: [cli, '--help'], expect: 0 },
  { id: 'valid', name: 'validate examples/valid', args: [cli, 'validate', rel(validExample)], expect: 0 },
  { id: 'big', name: `validate ${(LOGO_LIMIT - 1).toLocaleString('en')} B logo`, args: [cli, 'validate', rel(bigDir)], expect: 0 },
  { id: 'many', name: `validate ${EXTRA_LISTINGS + 1} listings`, args: [cli, 'validate', rel(validExample), ...copies.map(rel)], expect: 0 },
  ...hostile.map((h) => ({ id: `hostile:${h.file}`, file: h.file, name: `hostile ${h.file}`, args: [cli, 'validate', '--strict', rel(h.dir)], expect: 1 })),
];

/** Exit codes other than expected, by command name: measured anyway, reported after the table, exit 1. */
const unexpected = new Map();

function timeOnce(command) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, command.args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 30_000 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const output = () => `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(0, 12).map((l) => `    ${l}`).join('\n');
  // Could not run at all (spawn error, 30 s timeout, signal): nothing to measure, stop here.
  if (result.error || result.signal) {
    fail(`"${command.name}" did not run: ${result.error?.message ?? `killed by ${result.signal}`}\n  node ${command.args.join(' ').slice(0, 300)}\n${output()}`);
  }
  if (result.status !== command.expect && !unexpected.has(command.name)) {
    unexpected.set(command.name, `exit ${result.status}, expected ${command.expect}: node ${command.args.join(' ').slice(0, 200)}\n${output()}`);
  }
  return ms;
}

if (!flags.json) console.log(`Warming up ${commands.length} commands, then ${runs} round-robin runs …`);
for (const command of commands) {
  timeOnce(command);
  command.times = [];
}
for (let r = 0; r < runs; r++) {
  // Rotate the starting point too, so no command always runs right after the same neighbour.
  for (let k = 0; k < commands.length; k++) {
    const command = commands[(r + k) % commands.length];
    command.times.push(timeOnce(command));
  }
}

// ---- report --------------------------------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = Object.fromEntries(commands.map((c) => [c.id, { median: median(c.times), min: Math.min(...c.times), max: Math.max(...c.times) }]));
const base = stats.node.median;

const rows = [];
const addRow = (name, s, budget) => {
  const ratio = s.median / base;
  const judged = budget?.unit === 'x' ? ratio : budget?.unit === 'ms' ? s.judgeMs ?? s.median : undefined;
  const status = s.skip ? 'SKIP' : budget ? (judged <= budget.max ? 'PASS' : 'OVER') : '';
  rows.push({ name, medianMs: s.median, minMs: s.min, ratio, budget: budget ? `${budget.unit === 'ms' ? '< ' : '≤ '}${budget.max}${budget.unit === 'ms' ? ' ms' : '×'}` : '', status });
};
addRow('node -e 0 (baseline)', stats.node);
addRow('mde-partner --help', stats.help, { unit: 'x', max: 1.5 });
addRow('validate examples/valid', stats.valid, { unit: 'x', max: 2 });
addRow(commands.find((c) => c.id === 'big').name, stats.big, { unit: 'x', max: 4 });
addRow(`validate ${EXTRA_LISTINGS + 1} listings (one call)`, stats.many);
addRow('+ per extra listing (t101−t1)/100', {
  median: (stats.many.median - stats.valid.median) / EXTRA_LISTINGS,
  min: (stats.many.min - stats.valid.min) / EXTRA_LISTINGS,
}, { unit: 'x', max: 0.1 });

const hostileStats = commands.filter((c) => c.file).map((c) => ({ file: c.file, ...stats[c.id] }));
if (hostileStats.length === 0) {
  addRow(`hostile SVGs: ${existsSync(badFixtures) ? 'test/fixtures/svg/bad/ is empty' : 'no test/fixtures/svg/bad/'}`, { median: NaN, min: NaN, skip: true }, { unit: 'ms', max: 1000 });
} else {
  const slowest = hostileStats.reduce((a, b) => (b.median > a.median ? b : a));
  const worstRun = Math.max(...hostileStats.map((h) => h.max));
  // Judged on the slowest single run of any hostile file: the budget is per run, not per median.
  addRow(`hostile SVG, slowest of ${hostileStats.length}: ${slowest.file}`, { ...slowest, judgeMs: worstRun }, { unit: 'ms', max: 1000 });
}

const machine = `node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} CPUs (${os.platform()} ${os.release()})`;
if (flags.json) {
  console.log(JSON.stringify({ machine, runs, baselineMs: base, rows, hostile: hostileStats, unexpectedExitCodes: Object.fromEntries(unexpected) }, null, 2));
} else {
  const fmt = (n, digits) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
  const table = [['name', 'median ms', 'min ms', 'ratio', 'budget', 'status'],
    ...rows.map((r) => [r.name, fmt(r.medianMs, 1), fmt(r.minMs, 1), `${fmt(r.ratio, 2)}×`, r.budget || '—', r.status || '—'])];
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => [...row[i]].length)));
  const line = (row) => row.map((cell, i) => (i === 0 || i >= 4 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
  console.log(`\n${machine}\n${runs} runs per command, ratio = median / median of node -e 0\n`);
  console.log(line(table[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table.slice(1)) console.log(line(row));
  if (hostileStats.length > 0) {
    const worst = hostileStats.reduce((a, b) => (b.max > a.max ? b : a));
    console.log(`\nhostile fixtures: slowest single run ${worst.max.toFixed(1)} ms (${worst.file})`);
  }
  const over = rows.filter((r) => r.status === 'OVER');
  console.log(over.length ? `\nOVER budget: ${over.map((r) => r.name).join('; ')}` : '\nAll budgets met.');
}
if (unexpected.size > 0) {
  console.error(`\nbench: ${unexpected.size} command(s) gave an unexpected exit code (they were still timed):`);
  for (const [name, message] of unexpected) console.error(`  ${name}: ${message}`);
  process.exitCode = 1;
}
