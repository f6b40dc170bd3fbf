#!/usr/bin/env node
// Peak memory (RSS) of the CLI on the largest inputs it accepts (`npm run measure:memory`).
//
//   node -e 0                      the floor: a bare Node process
//   validate examples/valid        one ordinary listing
//   validate, logo at the cap      a valid square SVG of exactly 1 MiB (policy.logo.maxBytes)
//   validate, hostile 1 MiB logo   1 MiB of unclosed url( in a <style>: the CSS scanner's worst case
//   validate, listing at the cap   a listing of exactly 1 MiB (policy.listing.maxBytes): one huge description
//   bundle, logo at the cap        svgo optimizes the 1 MiB logo, the bundle is written and zipped
//   verify, zip at the limits      64 entries, ~8 MiB inflated (BUNDLE_LIMITS), a 1 MiB logo, every hash checked
//   validate 1,000 listings        one call, 1,000 listings (8 at a time)
//
// Peak RSS comes from /usr/bin/time -v ("Maximum resident set size") when it exists, else from
// process.resourceUsage().maxRSS inside the child (a preloaded module prints it at exit). Each case
// runs --runs times (default 1); the table shows the largest peak and the median wall time. Inputs
// are made under .bench/memory/ (git-ignored). Exit 1 only when a case exits with another code than
// expected.
//
// Usage: node scripts/measure-memory.mjs [--runs N] [--json]
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import yazl from 'yazl';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.bench/memory');
const cli = join(root, 'bin/mde-partner.js');
const valid = join(root, 'examples/valid');
const MiB = 1024 * 1024;

const { values: flags } = parseArgs({ options: { runs: { type: 'string', default: '1' }, json: { type: 'boolean', default: false } } });
const runs = Math.max(1, Number(flags.runs));
const log = (line) => { if (!flags.json) console.log(line); };

if (!existsSync(join(root, 'dist/cli.cjs'))) {
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}
const { policy } = await import(join(root, 'dist/index.js'));

/** BUNDLE_LIMITS as written in src/bundle/verify.ts (numbers and products of numbers). */
function bundleLimits() {
  const block = /BUNDLE_LIMITS = \{([\s\S]*?)\} as const/.exec(readFileSync(join(root, 'src/bundle/verify.ts'), 'utf8'))?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/(\w+): ([\d\s*]+),/g)].map(([, key, value]) => [key, value.split('*').reduce((n, f) => n * Number(f), 1)]));
}
const limits = bundleLimits();

// ---- inputs ---------------------------------------------------------------------------------------

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const listing = JSON.parse(readFileSync(join(valid, 'mde-partner.json'), 'utf8'));
delete listing.$schema;

function listingDir(name, logo, changes = {}) {
  const dir = join(out, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'mde-partner.json'), `${JSON.stringify({ ...listing, ...changes }, null, 2)}\n`);
  writeFileSync(join(dir, 'logo.svg'), logo);
  return dir;
}

/** A valid square SVG of many small paths, padded with white space to exactly `size` bytes. */
function bigLogo(size) {
  let seed = 7;
  const rand = (n) => (seed = (seed * 48271) % 2147483647) % n;
  const head = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" role="img" aria-labelledby="t">\n<title id="t">Big</title>\n';
  const tail = '</svg>\n';
  const parts = [head];
  let length = head.length + tail.length;
  for (;;) {
    const path = `<path d="M${rand(480)} ${rand(480)}l${rand(32)} ${rand(32)}l-${rand(32)} ${rand(16)}z" fill="#${rand(0x1000000).toString(16).padStart(6, '0')}"/>\n`;
    if (length + path.length > size) break;
    parts.push(path);
    length += path.length;
  }
  parts.push(' '.repeat(size - length), tail);
  return parts.join('');
}

const logoAtCap = bigLogo(policy.logo.maxBytes);
const capDir = listingDir('logo-at-cap', logoAtCap);

const hostileHead = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><style>';
const hostileTail = '</style></svg>\n';
const hostileDir = listingDir('hostile-css', hostileHead + 'a{b:url('.repeat(Math.floor((policy.logo.maxBytes - hostileHead.length - hostileTail.length) / 8)) + hostileTail);

const bigListing = { ...listing };
const base = `${JSON.stringify({ ...bigListing, description: '' }, null, 2)}\n`.length;
bigListing.description = 'word '.repeat(Math.floor((policy.listing.maxBytes - base) / 5));
const bigListingDir = listingDir('listing-at-cap', readFileSync(join(valid, 'logo.svg')));
writeFileSync(join(bigListingDir, 'mde-partner.json'), `${JSON.stringify(bigListing, null, 2)}\n`);

const bundleDir = listingDir('bundle-at-cap', logoAtCap);

const manyDirs = Array.from({ length: 1000 }, (_, i) => {
  const dir = join(out, 'many', String(i));
  cpSync(valid, dir, { recursive: true });
  return dir;
});

/**
 * A bundle zip at the entry limits: the files of a real bundle (with the 1 MiB logo), filled up to
 * the entry count and the inflated total with incompressible files, every one listed in the manifest.
 */
async function zipAtLimits() {
  const source = join(out, 'zip-source');
  cpSync(capDir, source, { recursive: true });
  const made = spawnSync(process.execPath, [cli, 'bundle', source, '--quiet'], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`bundle for the zip failed: ${made.stderr}`);
  const folder = join(source, 'mde-submission');
  const files = new Map();
  const walk = (dir, prefix = '') => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else files.set(`${prefix}${entry.name}`, readFileSync(join(dir, entry.name)));
    }
  };
  walk(folder);
  // The logo at the cap rather than svgo's smaller copy.
  files.set('logo.svg', Buffer.from(logoAtCap));
  files.delete('manifest.json');
  const fillers = limits.maxEntries - files.size - 1;
  let room = limits.maxTotalBytes - [...files.values()].reduce((n, b) => n + b.length, 0) - 64 * 1024;
  for (let i = 0; i < fillers; i++) {
    const size = Math.min(limits.maxEntryBytes, Math.floor(room / (fillers - i)));
    files.set(`extra/filler-${String(i).padStart(2, '0')}.bin`, randomBytes(size));
    room -= size;
  }
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
  manifest.files = [...files.keys()].sort().map((path) => ({ path, size: files.get(path).length, sha256: createHash('sha256').update(files.get(path)).digest('hex') }));
  files.set('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
  const zip = new yazl.ZipFile();
  for (const [path, data] of [...files].sort(([a], [b]) => a.localeCompare(b))) zip.addBuffer(data, path, { mtime: new Date(0), mode: 0o100644 });
  const chunks = [];
  zip.end();
  for await (const chunk of zip.outputStream) chunks.push(chunk);
  const path = join(out, 'bundle-at-limits.zip');
  writeFileSync(path, Buffer.concat(chunks));
  return { path, entries: files.size, inflated: [...files.values()].reduce((n, b) => n + b.length, 0) };
}
const zip = await zipAtLimits();

// ---- measurement ----------------------------------------------------------------------------------

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const PRELOAD = `data:text/javascript,${encodeURIComponent("import{writeSync}from'node:fs';process.on('exit',()=>{writeSync(2,'\\nmde-partner-maxrss-kb '+process.resourceUsage().maxRSS+'\\n')})")}`;
const rel = (path) => relative(root, path) || '.';

function measureOnce(args) {
  const start = process.hrtime.bigint();
  const command = TIME ? [TIME, ['-v', process.execPath, ...args]] : [process.execPath, ['--import', PRELOAD, ...args]];
  const result = spawnSync(command[0], command[1], { cwd: root, encoding: 'utf8', maxBuffer: 256 * MiB, env: { ...process.env, CI: 'true', NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const kb = TIME ? /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] : /mde-partner-maxrss-kb (\d+)/.exec(result.stderr)?.[1];
  const exit = TIME ? Number(/Exit status: (\d+)/.exec(result.stderr)?.[1] ?? result.status) : result.status;
  return { exit, kb: Number(kb), ms };
}

const cases = [
  { name: 'node -e 0', args: ['-e', '0'], expect: 0, input: '—' },
  { name: 'validate examples/valid', args: [cli, 'validate', rel(valid)], expect: 0, input: 'listing + 1 KiB logo' },
  { name: 'validate, logo at the cap', args: [cli, 'validate', rel(capDir)], expect: 0, input: `${(logoAtCap.length / MiB).toFixed(2)} MiB valid SVG` },
  { name: 'validate, hostile 1 MiB logo', args: [cli, 'validate', rel(hostileDir)], expect: 1, input: '1 MiB of unclosed url( in <style>' },
  { name: 'validate, listing at the cap', args: [cli, 'validate', rel(bigListingDir)], expect: 1, input: `${(statSync(join(bigListingDir, 'mde-partner.json')).size / MiB).toFixed(2)} MiB listing` },
  { name: 'bundle, logo at the cap', args: [cli, 'bundle', rel(bundleDir), '--quiet'], expect: 0, input: 'svgo on the 1 MiB SVG, zip written' },
  { name: 'verify, zip at the limits', args: [cli, 'verify', rel(zip.path)], expect: 0, input: `${zip.entries} entries, ${(zip.inflated / MiB).toFixed(2)} MiB inflated, ${(statSync(zip.path).size / MiB).toFixed(2)} MiB zip` },
  { name: 'validate 1,000 listings', args: [cli, 'validate', ...manyDirs.map(rel)], expect: 0, input: '1,000 listings in one call' },
];

const rows = [];
let failed = false;
for (const c of cases) {
  const samples = Array.from({ length: runs }, () => measureOnce(c.args));
  const bad = samples.find((s) => s.exit !== c.expect);
  if (bad) failed = true;
  const times = samples.map((s) => s.ms).sort((a, b) => a - b);
  rows.push({ case: c.name, input: c.input, exit: bad ? bad.exit : c.expect, peakRssMiB: Math.max(...samples.map((s) => s.kb)) / 1024, medianMs: times[Math.floor(times.length / 2)], unexpectedExit: Boolean(bad) });
}

if (flags.json) {
  console.log(JSON.stringify({ method: TIME ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS', runs, node: process.version, rows }, null, 2));
} else {
  log(`Peak RSS (${TIME ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS'}), worst of ${runs} run${runs === 1 ? '' : 's'}; Node ${process.version}\n`);
  const header = ['case', 'input', 'exit', 'peak RSS', 'median wall'];
  const body = rows.map((r) => [r.case, r.input, `${r.exit}${r.unexpectedExit ? ' (unexpected)' : ''}`, `${r.peakRssMiB.toFixed(1)} MiB`, `${(r.medianMs / 1000).toFixed(2)} s`]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  log(line(header));
  log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of body) log(line(row));
}
process.exit(failed ? 1 : 0);
