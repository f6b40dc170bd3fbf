#!/usr/bin/env node
// Start-up and throughput benchmark for the mde-partner CLI (`npm run bench`).
//
// Everything is measured in ONE run, round-robin, so that every number sees the same machine load:
//   node -e 0                     a bare Node start: the unit the rows are divided by
//   --help                        argument parsing and help text; nothing else should load  (budget ≤ 1.3×)
//   ua check                      one User-Agent value: the User-Agent checks and a report  (budget ≤ 1.4×)
//   validate examples/valid       one ordinary listing, end to end                          (budget ≤ 2×)
//   … --no-render                 the same without the rendered logo checks, the static checks alone (budget ≤ 1.6×)
//   validate 1 MiB logo           a valid square SVG one byte under the 1 MiB logo limit    (budget ≤ 4×)
//   validate 1,000 listings       examples/valid plus 999 copies in one call (shown)
//   + per extra listing           (t1000 − t1) / 999, t1 being the `validate examples/valid` row (budget ≤ 0.1×)
//   validate 3,470 simple-icons   every simple-icons logo as the logo of its own copy of examples/valid, all in
//                                 one call, with rendering on and with --no-render; judged per listing, with
//                                 rendering on (budget < 2.5 ms per listing); the ratio is on ÷ off
//   hostile SVG, slowest          every file in test/fixtures/svg/bad/, one listing each, validated with
//                                 --strict; judged on the slowest single run of any file  (budget < 1000 ms)
//   bundle examples/valid         validate, optimize the logo (svgo), write folder + zip (shown)
//   bundle 1 MiB logo             the same with the largest accepted logo (shown)
//   init: first prompt            `mde-partner init` in a pseudo-terminal (util-linux `script`) until the
//                                 first question is on screen, as a ratio to `node -e 0` started the same way
//   peers                         the same logos checked by svglint (rules close to ours, see
//                                 scripts/bench/svglint.config.mjs) and optimized by the svgo CLI
//   peak memory                   a separate pass, once per command: the largest peak RSS of any Node
//                                 process the command started (scripts/bench/max-rss.cjs)
//
// How to read it: "ratio" is median wall time / median wall time of `node -e 0` in the same run, so
// 2.00× means "costs as much as two bare Node starts"; ratios travel between machines far better than
// milliseconds. Each command is warmed up once, then run --runs times (hostile files --hostile-runs
// times) round-robin, rotating the order, so a noisy neighbour slows all commands alike; the median is
// reported, and the min as the best case the machine allows. The script is a report: it exits 0 even
// when a row is OVER, and 1 only when a command cannot run or exits with an unexpected code.
//
// Usage: node scripts/bench.mjs [--runs N] [--hostile-runs N] [--only IDS] [--json] [--docs]
//   --docs rewrites the table between <!-- bench:start --> and <!-- bench:end --> in docs/speed.md.
//   --only runs just these commands (comma separated ids, the baseline is always run), e.g.
//     --only icons,iconsStatic   the simple-icons rows; ids: help ua valid validStatic big bigStatic many
//     icons iconsStatic bundle bundleBig init svglint svgo svglintBig svgoBig hostile
//   (--docs refuses --only: the table in docs/speed.md has every row).
// Temporary files go to .bench/ (git-ignored).
import { spawn, spawnSync } from 'node:child_process';
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
const svglint = join(root, 'node_modules/svglint/bin/cli.js');
const svgo = join(root, 'node_modules/svgo/bin/svgo.js');
const svglintConfig = join(root, 'scripts/bench/svglint.config.mjs');
const rssHook = join(root, 'scripts/bench/max-rss.cjs');
const LOGO_LIMIT = 1024 * 1024; // the logo size limit (policy.logo.maxBytes); the big logo stays 1 byte under it
const LISTINGS = 1000;
const simpleIcons = join(root, 'node_modules/simple-icons/icons');
/** The budget of the simple-icons rows: wall time per listing, rendering on. */
const ICONS_MS_PER_LISTING = 2.5;
const FIRST_PROMPT = 'Company name';
const TIMEOUT_MS = 60_000;

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    'hostile-runs': { type: 'string', default: '3' },
    json: { type: 'boolean', default: false },
    docs: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const only = flags.only === undefined ? undefined : new Set(['node', ...flags.only.split(',').map((id) => id.trim()).filter(Boolean)]);
if (only && flags.docs) fail('--docs needs every row: leave out --only');
/** Whether a command (by id; hostile files by "hostile") is measured in this run. */
const wanted = (id) => !only || only.has(id) || (id.startsWith('hostile:') && only.has('hostile')) || (id === 'ptyNode' && only.has('init'));
const positive = (name) => {
  const n = Number(flags[name]);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a positive integer, got "${flags[name]}"`);
  return n;
};
const runs = positive('runs');
const hostileRuns = positive('hostile-runs');
const log = (text) => {
  if (!flags.json) console.log(text);
};

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

// ---- preparation ---------------------------------------------------------------------------------

// Others may be rebuilding right now (build.mjs empties dist/ first): give a running build 30 s to finish.
for (let waited = 0; !existsSync(join(root, 'dist/cli.cjs')) && existsSync(join(root, 'dist')) && waited < 30; waited++) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
}
if (!existsSync(join(root, 'dist/cli.cjs'))) {
  log('dist/ is missing: building with node scripts/build.mjs …');
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: flags.json ? 'pipe' : 'inherit' });
  if (build.status !== 0) fail(`the build failed (exit ${build.status})${flags.json ? `\n${build.stderr}` : ''}`);
}
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const hasPeers = existsSync(svglint) && existsSync(svgo);

const validListing = JSON.parse(readFileSync(join(validExample, 'mde-partner.json'), 'utf8'));

/** A folder under .bench/ holding a copy of the valid listing whose logo is `logoName` (copied from `logoFrom`). */
function writeListing(dir, logoName, logoFrom) {
  mkdirSync(dir, { recursive: true });
  const listing = { ...validListing, $schema: relative(dir, join(root, 'schemas/listing.schema.json')), logo: logoName };
  writeFileSync(join(dir, 'mde-partner.json'), `${JSON.stringify(listing, null, 2)}\n`);
  if (logoFrom) copyFileSync(logoFrom, join(dir, logoName));
  return dir;
}

/**
 * A square 512×512 SVG of coloured polygons, padded to exactly `size` bytes. Each path has many
 * segments, so the file stays far below the logo's element limit (policy.logo.maxElements) as a real
 * detailed logo would.
 */
function bigSvg(size) {
  let seed = 42;
  const rand = (n) => (seed = (seed * 48271) % 2147483647) % n; // deterministic (Park–Miller)
  const head = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512" role="img" aria-labelledby="title">\n<title id="title">Bench</title>\n';
  const tail = '</svg>\n';
  const parts = [head];
  let length = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (;;) {
    const colour = rand(0x1000000).toString(16).padStart(6, '0');
    const segments = Array.from({ length: 40 }, () => `${rand(16) - 8} ${rand(16) - 8}`).join('l');
    const path = `<path d="M${rand(480) + 16} ${rand(480) + 16}l${segments}z" fill="#${colour}"/>\n`;
    if (length + path.length > size) break;
    parts.push(path);
    length += path.length;
  }
  parts.push(' '.repeat(size - length), tail); // white space between elements: still valid
  return parts.join('');
}

rmSync(benchDir, { recursive: true, force: true });
const bigDir = writeListing(join(benchDir, 'big'), 'logo.svg');
const bigLogo = join(bigDir, 'logo.svg');
writeFileSync(bigLogo, bigSvg(LOGO_LIMIT - 1));
const copies = Array.from({ length: LISTINGS - 1 }, (_, i) =>
  writeListing(join(benchDir, 'listings', String(i + 1)), 'logo.svg', join(validExample, 'logo.svg')));
const iconFiles = existsSync(simpleIcons) ? readdirSync(simpleIcons).filter((name) => name.endsWith('.svg')).sort() : [];
const iconListings = wanted('icons') || wanted('iconsStatic')
  ? iconFiles.map((name, i) => writeListing(join(benchDir, 'simple-icons', String(i)), 'logo.svg', join(simpleIcons, name)))
  : [];
const initDir = join(benchDir, 'init');
mkdirSync(initDir, { recursive: true });

const hostileFiles = existsSync(badFixtures)
  ? readdirSync(badFixtures).filter((name) => !/\.(json|md|txt)$/i.test(name) && statSync(join(badFixtures, name)).isFile()).sort()
  : [];
const hostile = hostileFiles.map((name, i) => ({
  file: name,
  dir: writeListing(join(benchDir, 'hostile', String(i)), basename(name), join(badFixtures, name)),
}));

// ---- measurement ---------------------------------------------------------------------------------

const rel = (path) => relative(root, path) || '.';
const node = (id, name, args, extra = {}) => ({ id, name, args, expect: 0, ...extra });
/** In a pseudo-terminal, without CI set (the wizard does not prompt in CI), until `until` is on screen. */
const inTerminal = (id, name, args, until) => ({
  id, name, until, cwd: initDir, expect: 0,
  file: 'script', args: ['-qfec', [process.execPath, ...args].map((a) => `'${a}'`).join(' '), '/dev/null'],
});
const commands = [
  node('node', 'node -e 0', ['-e', '0']),
  node('help', 'mde-partner --help', [cli, '--help']),
  node('ua', 'ua check (a valid value)', [cli, 'ua', 'check', 'MdePartner-Contoso-ContosoCognito/1.0.0']),
  node('valid', 'validate examples/valid', [cli, 'validate', rel(validExample)]),
  node('validStatic', 'validate examples/valid --no-render', [cli, 'validate', '--no-render', rel(validExample)]),
  node('big', `validate ${(LOGO_LIMIT - 1).toLocaleString('en')} B logo`, [cli, 'validate', rel(bigDir)]),
  node('bigStatic', `validate ${(LOGO_LIMIT - 1).toLocaleString('en')} B logo --no-render`, [cli, 'validate', '--no-render', rel(bigDir)]),
  node('many', `validate ${LISTINGS.toLocaleString('en')} listings`, [cli, 'validate', rel(validExample), ...copies.map(rel)]),
  ...(iconListings.length > 0 ? [
    node('icons', `validate ${iconListings.length.toLocaleString('en')} simple-icons listings`, [cli, 'validate', ...iconListings.map(rel)]),
    node('iconsStatic', `validate ${iconListings.length.toLocaleString('en')} simple-icons listings --no-render`, [cli, 'validate', '--no-render', ...iconListings.map(rel)]),
  ] : []),
  node('bundle', 'bundle examples/valid', [cli, 'bundle', rel(validExample), '--out', rel(join(benchDir, 'out/valid')), '--quiet']),
  node('bundleBig', 'bundle 1 MiB logo', [cli, 'bundle', rel(bigDir), '--out', rel(join(benchDir, 'out/big')), '--quiet']),
  ...(hasScript ? [
    inTerminal('ptyNode', 'node -e 0 in a terminal', ['-e', "process.stdout.write('ready')"], 'ready'),
    inTerminal('init', 'init: first prompt on screen', [cli, 'init'], FIRST_PROMPT),
  ] : []),
  ...(hasPeers ? [
    node('svglint', 'svglint examples/valid/logo.svg', [svglint, '--ci', '--config', svglintConfig, rel(join(validExample, 'logo.svg'))]),
    node('svgo', 'svgo examples/valid/logo.svg', [svgo, '--quiet', rel(join(validExample, 'logo.svg')), '-o', rel(join(benchDir, 'svgo-valid.svg'))]),
    node('svglintBig', 'svglint 1 MiB logo', [svglint, '--ci', '--config', svglintConfig, rel(bigLogo)]),
    node('svgoBig', 'svgo 1 MiB logo', [svgo, '--quiet', rel(bigLogo), '-o', rel(join(benchDir, 'svgo-big.svg'))]),
  ] : []),
  ...hostile.map((h) => node(`hostile:${h.file}`, `hostile ${h.file}`, [cli, 'validate', '--strict', rel(h.dir)], { hostile: h.file, expect: 1 })),
].filter((command) => wanted(command.id));

/** Exit codes other than expected, by command name: measured anyway, reported after the table, exit 1. */
const unexpected = new Map();

function environment(extra = {}) {
  const env = { ...process.env };
  delete env.CI; // the wizard only prompts outside CI; the other commands do not care
  delete env.NODE_OPTIONS;
  return Object.assign(env, extra);
}

/** Runs a command once; resolves to its wall time in ms (until exit, or until `until` is shown). */
function runOnce(command, env = environment()) {
  return new Promise((resolvePromise) => {
    const start = process.hrtime.bigint();
    const child = spawn(command.file ?? process.execPath, command.args, { cwd: command.cwd ?? root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    let shownAt;
    const elapsed = () => Number(process.hrtime.bigint() - start) / 1e6;
    const collect = (chunk) => {
      if (output.length < 64 * 1024) output += chunk;
      if (command.until && shownAt === undefined && output.includes(command.until)) {
        shownAt = elapsed();
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    };
    child.stdout.setEncoding('utf8').on('data', collect);
    child.stderr.setEncoding('utf8').on('data', collect);
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('error', (error) => fail(`"${command.name}" did not run: ${error.message}`));
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      const ms = elapsed();
      const shown = () => output.trim().split('\n').slice(0, 12).map((l) => `    ${l}`).join('\n');
      if (command.until) {
        if (shownAt === undefined) fail(`"${command.name}" never showed "${command.until}"\n${shown()}`);
        resolvePromise(shownAt);
        return;
      }
      if (signal) fail(`"${command.name}" was killed by ${signal}${ms >= TIMEOUT_MS ? ` after ${TIMEOUT_MS} ms` : ''}\n${shown()}`);
      if (status !== command.expect && !unexpected.has(command.name)) {
        unexpected.set(command.name, `exit ${status}, expected ${command.expect}: ${command.args.join(' ').slice(0, 200)}\n${shown()}`);
      }
      resolvePromise(ms);
    });
  });
}

log(`Warming up ${commands.length} commands, then ${runs} round-robin runs (hostile files: ${hostileRuns}) …`);
for (const command of commands) {
  await runOnce(command);
  command.times = [];
}
for (let r = 0; r < runs; r++) {
  // Rotate the starting point too, so no command always runs right after the same neighbour.
  for (let k = 0; k < commands.length; k++) {
    const command = commands[(r + k) % commands.length];
    if (command.hostile && r >= hostileRuns) continue;
    command.times.push(await runOnce(command));
  }
}

// Peak memory: once per command, outside the timed runs (the preload costs a little start-up time).
const rssFile = join(benchDir, 'rss.txt');
for (const command of commands.filter((c) => !c.until && !c.hostile)) {
  rmSync(rssFile, { force: true });
  await runOnce(command, environment({ NODE_OPTIONS: `--require ${rssHook}`, MDE_BENCH_RSS_FILE: rssFile }));
  const values = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n').map(Number).filter(Number.isFinite) : [];
  command.rssMiB = values.length ? Math.max(...values) / 1024 : NaN;
}

// ---- report --------------------------------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const byId = Object.fromEntries(commands.map((c) => [c.id, c]));
const stats = Object.fromEntries(commands.map((c) => [c.id, { median: median(c.times), min: Math.min(...c.times), max: Math.max(...c.times), rssMiB: c.rssMiB }]));
const base = stats.node.median;

const rows = [];
const addRow = (name, s, { budget, per = base, note = '', digits = 1 } = {}) => {
  if (!s || !Number.isFinite(s.median)) return; // not measured in this run (--only)
  const ratio = s.median / per;
  const judged = budget?.unit === 'x' ? ratio : budget?.unit === 'ms' ? s.judgeMs ?? s.median : undefined;
  const status = budget ? (judged <= budget.max ? 'PASS' : 'OVER') : '';
  rows.push({
    name, medianMs: s.median, minMs: s.min, ratio, rssMiB: s.rssMiB, note, digits,
    budget: budget ? `${budget.unit === 'ms' ? '< ' : '≤ '}${budget.max}${budget.unit === 'ms' ? ' ms' : '×'}` : '', status,
  });
};
const x = (max) => ({ budget: { unit: 'x', max } });
addRow('node -e 0 (baseline)', stats.node);
addRow('mde-partner --help', stats.help, x(1.3));
addRow(byId.ua?.name, stats.ua, x(1.4));
addRow('validate examples/valid', stats.valid, x(2));
addRow(byId.validStatic?.name, stats.validStatic, { ...x(1.6), note: 'the static checks alone: rendering (on by default) draws the logo too, in this process when its cost is bounded, else in a sandboxed one' });
addRow(byId.big?.name, stats.big, x(4));
addRow(byId.bigStatic?.name, stats.bigStatic, x(4));
addRow(`${byId.many?.name} (one call)`, stats.many);
if (stats.many && stats.valid) {
  addRow(`+ per extra listing (t${LISTINGS}−t1)/${LISTINGS - 1}`, {
    median: (stats.many.median - stats.valid.median) / (LISTINGS - 1),
    min: (stats.many.min - stats.valid.min) / (LISTINGS - 1),
  }, x(0.1));
}
if (stats.icons) {
  const n = iconListings.length;
  const perListing = (s) => s && { median: s.median / n, min: s.min / n, rssMiB: NaN };
  addRow(`${byId.icons.name} (one call)`, stats.icons);
  addRow(`${byId.iconsStatic?.name} (one call)`, stats.iconsStatic);
  addRow('+ per simple-icons listing, rendering on', perListing(stats.icons), {
    digits: 2,
    budget: { unit: 'ms', max: ICONS_MS_PER_LISTING },
    per: stats.iconsStatic ? stats.iconsStatic.median / n : base,
    note: stats.iconsStatic
      ? `wall ms per listing of the ${n.toLocaleString('en')}-listing call; ratio = rendering on ÷ --no-render (${(stats.icons.median / n).toFixed(2)} ÷ ${(stats.iconsStatic.median / n).toFixed(2)} ms)`
      : `wall ms per listing of the ${n.toLocaleString('en')}-listing call`,
  });
  addRow('+ per simple-icons listing, --no-render', perListing(stats.iconsStatic), { digits: 2, per: NaN });
}
const hostileStats = commands.filter((c) => c.hostile).map((c) => ({ file: c.hostile, ...stats[c.id] }));
if (hostileStats.length > 0) {
  const slowest = hostileStats.reduce((a, b) => (b.median > a.median ? b : a));
  const worstRun = Math.max(...hostileStats.map((h) => h.max));
  // Judged on the slowest single run of any hostile file: the budget is per run, not per median.
  addRow(`hostile SVG, slowest of ${hostileStats.length}: ${slowest.file}`, { ...slowest, judgeMs: worstRun }, { budget: { unit: 'ms', max: 1000 } });
}
addRow('bundle examples/valid', stats.bundle);
addRow('bundle 1 MiB logo', stats.bundleBig);
if (stats.init && stats.ptyNode) addRow('init: first prompt on screen', stats.init, { per: stats.ptyNode.median, note: 'ratio to node -e 0 in the same pseudo-terminal' });
const peerRows = [];
if (hasPeers) {
  const peer = (name, ours, theirs) => stats[ours] && stats[theirs] && peerRows.push({ name, oursMs: stats[ours].median, theirsMs: stats[theirs].median, ratio: stats[theirs].median / stats[ours].median });
  peer('svglint, examples/valid/logo.svg', 'valid', 'svglint');
  peer('svgo CLI, examples/valid/logo.svg', 'valid', 'svgo');
  peer('svglint, 1 MiB logo', 'big', 'svglintBig');
  peer('svgo CLI, 1 MiB logo', 'big', 'svgoBig');
  for (const id of ['svglint', 'svgo', 'svglintBig', 'svgoBig']) addRow(byId[id]?.name, stats[id]);
}

const fmt = (n, digits) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const cpu = os.cpus()[0]?.model?.trim() ?? 'unknown CPU';
const machine = `node ${process.version}, ${cpu}, ${os.cpus().length} CPUs, ${Math.round(os.totalmem() / 2 ** 30)} GiB (${os.platform()} ${os.release()})`;
const header = ['command', 'median ms', 'min ms', 'ratio', 'budget', 'status', 'peak RSS MiB'];
const cells = (r) => [r.name, fmt(r.medianMs, r.digits ?? 1), fmt(r.minMs, r.digits ?? 1), Number.isFinite(r.ratio) ? `${fmt(r.ratio, 2)}×` : '—', r.budget || '—', r.status || '—', fmt(r.rssMiB, 0)];
const peerHeader = ['peer on the same logo', 'mde-partner validate ms', 'peer ms', 'peer ÷ mde-partner'];
const peerCells = (p) => [p.name, fmt(p.oursMs, 1), fmt(p.theirsMs, 1), `${fmt(p.ratio, 2)}×`];
const over = rows.filter((r) => r.status === 'OVER');
const notes = [
  ...rows.filter((r) => r.note).map((r) => `${r.name}: ${r.note}.`),
  ...(hasScript ? [] : ['init: util-linux `script` is missing, so the first-prompt row was not measured.']),
  ...(hasPeers ? [] : ['peers: svglint or svgo is not installed (npm ci installs both), so the peer rows were not measured.']),
];

if (flags.json) {
  console.log(JSON.stringify({ machine, runs, hostileRuns, baselineMs: base, rows, peers: peerRows, hostile: hostileStats, unexpectedExitCodes: Object.fromEntries(unexpected) }, null, 2));
} else {
  const table = (head, body) => {
    const all = [head, ...body];
    const widths = head.map((_, i) => Math.max(...all.map((row) => [...row[i]].length)));
    const line = (row) => row.map((cell, i) => (i === 0 || cell === '—' || /[A-Z≤<]/.test(cell[0]) ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
    return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
  };
  console.log(`\n${machine}\n${runs} runs per command (hostile files ${hostileRuns}), ratio = median / median of node -e 0\n`);
  console.log(table(header, rows.map(cells)));
  if (peerRows.length) console.log(`\n${table(peerHeader, peerRows.map(peerCells))}`);
  for (const note of notes) console.log(`\n${note}`);
  if (hostileStats.length > 0) {
    const worst = hostileStats.reduce((a, b) => (b.max > a.max ? b : a));
    console.log(`\nhostile fixtures: slowest single run ${worst.max.toFixed(1)} ms (${worst.file})`);
  }
  console.log(over.length ? `\nOVER budget: ${over.map((r) => r.name).join('; ')}` : '\nAll budgets met.');
}

if (flags.docs) {
  const markdown = (head, body) => [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...body.map((row) => `| ${row.join(' | ')} |`)].join('\n');
  const section = [
    `Measured with \`npm run bench -- --docs\` on ${machine}; ${runs} runs per command (hostile files ${hostileRuns}).`,
    '',
    markdown(header, rows.map(cells)),
    ...(peerRows.length ? ['', markdown(peerHeader, peerRows.map(peerCells))] : []),
    ...notes.map((note) => `\n${note}`),
    '',
    over.length ? `Over budget in this run: ${over.map((r) => r.name).join('; ')}.` : 'All budgets met in this run.',
  ].join('\n');
  const speedPath = join(root, 'docs/speed.md');
  const speed = readFileSync(speedPath, 'utf8');
  const updated = speed.replace(/(<!-- bench:start -->\n)[\s\S]*?(<!-- bench:end -->)/, `$1${section}\n$2`);
  if (updated === speed && !speed.includes(section)) fail('docs/speed.md has no <!-- bench:start --> … <!-- bench:end --> section');
  writeFileSync(speedPath, updated);
  log('\ndocs/speed.md: bench section updated.');
}
if (unexpected.size > 0) {
  console.error(`\nbench: ${unexpected.size} command(s) gave an unexpected exit code (they were still timed):`);
  for (const [name, message] of unexpected) console.error(`  ${name}: ${message}`);
  process.exitCode = 1;
}
