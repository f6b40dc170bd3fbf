#!/usr/bin/env node
// Contact sheets of the rendered logo checks: every logo of the corpora that gets a given rendered
// warning (or a random sample of them all) drawn into one PNG grid, so a person can judge whether the
// warnings are right. Not run by CI.
//
// Each logo is validated as a listing's logo is (checkLogo, default renderer: static checks, then
// drawn and measured), then drawn again by the same renderer at --size px, measured at that size, and
// put on a grey square that shows the canvas, with the measured box of everything visible in red.
// (A logo the static checks refuse, such as one with a script, is never drawn by validate; it is drawn
// here only when it is on a sample sheet.) The label gives the file name, the
// box as a share of the side (w × h), its aspect ratio and how far its centre is from the canvas
// centre (Δdx,dy as shares of the side, shown from 3%).
//
// Usage: node scripts/contact-sheet.mjs CODE|sample [options]
//   CODE              SVG_OCCUPANCY_LOW, SVG_NOT_CENTRED, SVG_CONTENT_NOT_SQUARE, SVG_RENDER_EMPTY, SVG_TEXT, …
//   sample            a random sample of every logo (--limit of them, default 120)
//   --corpus LIST     simple-icons, super-tiny-icons, editors, or folders of SVGs, comma separated (default: the three)
//   --limit N         at most N logos on the sheet (default: all that get the code)
//   --seed N          seed of the sample and of the choice when --limit cuts (default 1)
//   --size PX         tile size (default 96)
//   --columns N       tiles per row (default 12)
//   --out FILE        the PNG (default .contact-sheets/CODE.png)
//   --list            also print the files with their numbers
// Needs ImageMagick's `montage` (apt-get install -y imagemagick).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPORA = {
  'simple-icons': join(root, 'node_modules/simple-icons/icons'),
  'super-tiny-icons': join(root, 'node_modules/super-tiny-icons/images/svg'),
  editors: join(root, 'test/fixtures/svg/editors'),
};
const FONT = join(root, 'fonts/DejaVuSans.ttf');

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpus: { type: 'string', default: Object.keys(CORPORA).join(',') },
    limit: { type: 'string' },
    seed: { type: 'string', default: '1' },
    size: { type: 'string', default: '128' },
    columns: { type: 'string', default: '10' },
    out: { type: 'string' },
    list: { type: 'boolean', default: false },
  },
});

function fail(message) {
  console.error(`contact-sheet: ${message}`);
  process.exit(1);
}
const integer = (name, value) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a positive integer, got "${value}"`);
  return n;
};

const what = positionals[0];
if (!what || positionals.length > 1) fail('usage: node scripts/contact-sheet.mjs CODE|sample [--corpus LIST] [--limit N] [--seed N] [--size PX] [--columns N] [--out FILE] [--list]');
const sample = what === 'sample';
const size = integer('size', flags.size);
const columns = integer('columns', flags.columns);
const limit = flags.limit === undefined ? (sample ? 120 : Infinity) : integer('limit', flags.limit);
let seed = integer('seed', flags.seed);
const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647; // deterministic (Park–Miller)
if (spawnSync('montage', ['-version']).status !== 0) fail('ImageMagick `montage` is missing: apt-get install -y imagemagick');

if (!existsSync(join(root, 'dist/index.js'))) {
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) fail('the build failed');
}
const { checkLogo, catalog, sharedRenderer } = await import(pathToFileURL(join(root, 'dist/index.js')).href);
if (!sample && !catalog[what]) fail(`unknown code "${what}"`);

// ---- which logos ---------------------------------------------------------------------------------

const files = flags.corpus.split(',').filter(Boolean).flatMap((name) => {
  const dir = CORPORA[name] ?? resolve(name);
  if (!existsSync(dir)) fail(`no corpus or folder "${name}"`);
  const label = CORPORA[name] ? name : basename(dir);
  return readdirSync(dir).filter((file) => file.endsWith('.svg')).sort().map((file) => ({ file: `${label}/${file}`, path: join(dir, file) }));
});

const checked = [];
for (let i = 0; i < files.length; i += 500) {
  checked.push(...await Promise.all(files.slice(i, i + 500).map(async (entry) => ({
    ...entry, issues: await checkLogo(readFileSync(entry.path), { file: basename(entry.path) }),
  }))));
}
let chosen = sample ? checked : checked.filter(({ issues }) => issues.some((issue) => issue.code === what));
const matching = chosen.length;
if (chosen.length > limit) {
  chosen = chosen.map((entry) => ({ entry, key: random() })).sort((a, b) => a.key - b.key).slice(0, limit).map(({ entry }) => entry)
    .sort((a, b) => (a.file < b.file ? -1 : 1));
}
if (chosen.length === 0) {
  console.log(`${what}: no logo of ${files.length} gets it; no sheet written.`);
  process.exit(0);
}

// ---- drawing -------------------------------------------------------------------------------------

/** The logo drawn and measured at `size` px by the renderer the checks use. */
async function draw(svg) {
  const result = await sharedRenderer().request(svg, [size], size).result;
  if (result.status !== 'ok') return { png: undefined, measure: undefined, status: result.status };
  return { png: result.pngs.get(size), measure: result.measure, status: 'ok' };
}

const work = join(root, '.contact-sheets', `.work-${process.pid}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const pct = (share) => `${Math.round(share * 100)}%`;
const montageArgs = [];
const listed = [];
for (const [i, entry] of chosen.entries()) {
  const { png: pngBytes, measure, status } = await draw(readFileSync(entry.path, 'utf8').replace(/^\uFEFF/, ''));
  const tile = join(work, `${i}-tile.png`);
  const convert = ['-size', `${size}x${size}`, 'xc:#d9d9d9'];
  let numbers = status === 'ok' ? 'nothing visible' : `not drawn: ${status}`;
  if (pngBytes) {
    const png = join(work, `${i}.png`);
    writeFileSync(png, pngBytes);
    convert.push(png, '-gravity', 'center', '-composite');
  }
  const box = measure?.box;
  if (box) {
    const w = (box.right - box.left) / measure.width;
    const h = (box.bottom - box.top) / measure.height;
    const dx = (box.left + box.right) / 2 / measure.width - 0.5;
    const dy = (box.top + box.bottom) / 2 / measure.height - 0.5;
    const aspect = Math.max(box.right - box.left, box.bottom - box.top) / Math.max(1, Math.min(box.right - box.left, box.bottom - box.top));
    const offset = Math.max(Math.abs(dx), Math.abs(dy)) >= 0.03 ? ` Δ${pct(dx)},${pct(dy)}` : '';
    numbers = `${Math.round(w * 100)}×${pct(h)} ${aspect.toFixed(1)}:1${offset}`;
    // The drawing is centred on the grey square when its canvas is not square.
    const ox = Math.floor((size - measure.width) / 2);
    const oy = Math.floor((size - measure.height) / 2);
    convert.push('-fill', 'none', '-stroke', '#e00000', '-strokewidth', '1', '-draw', `rectangle ${box.left + ox},${box.top + oy} ${box.right - 1 + ox},${box.bottom - 1 + oy}`);
  }
  spawnSync('convert', [...convert, tile]);
  const name = entry.file.slice(entry.file.indexOf('/') + 1).replace(/\.svg$/, '');
  montageArgs.push('-label', `${name}\n${numbers}`.replaceAll('%', '%%'), tile);
  listed.push(`${entry.file}\t${numbers}\t${entry.issues.map((issue) => issue.code).join(',')}`);
}

const out = resolve(flags.out ?? join(root, '.contact-sheets', `${what}.png`));
mkdirSync(dirname(out), { recursive: true });
const title = sample
  ? `random sample: ${chosen.length} of ${files.length} logos (seed ${flags.seed})`
  : `${what}: ${matching} of ${files.length} logos${chosen.length < matching ? ` (${chosen.length} shown)` : ''}`;
const result = spawnSync('montage', [
  ...montageArgs, '-tile', `${columns}x`, '-geometry', `${size}x${size}+6+6`, '-font', FONT, '-pointsize', '9', '-background', 'white',
  '-title', title, out,
], { encoding: 'utf8' });
rmSync(work, { recursive: true, force: true });
if (result.status !== 0) fail(`montage failed: ${result.stderr}`);
if (flags.list) console.log(listed.join('\n'));
console.log(`${title}\n→ ${out}`);
