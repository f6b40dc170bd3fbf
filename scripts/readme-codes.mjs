// Regenerates the codes table in README.md from the code catalog (run after `npm run build`):
//   node scripts/readme-codes.mjs          rewrite README.md
//   node scripts/readme-codes.mjs --check  exit 1 when README.md is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalog, codes } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readmePath = join(root, 'README.md');
const START = '<!-- codes:start -->';
const END = '<!-- codes:end -->';
const SOURCE = { microsoft: 'Microsoft', standard: 'standard', policy: 'our policy' };

export function codesTable() {
  const rows = codes.map((code) => {
    const info = catalog[code];
    const severity = info.locked ? `${info.severity} (locked)` : info.severity;
    return `| \`${code}\` | ${severity} | ${SOURCE[info.basis]} | ${info.title}. ${info.fix.replace(/\|/g, '\\|')} |`;
  });
  return ['| code | severity | source | what it means and how to fix it |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

const readme = readFileSync(readmePath, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) {
  console.error(`README.md has no ${START} … ${END} section.`);
  process.exit(1);
}
const updated = `${readme.slice(0, start + START.length)}\n${codesTable()}\n${readme.slice(end)}`;
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md codes table is out of date: run `node scripts/readme-codes.mjs`.');
    process.exit(1);
  }
} else {
  writeFileSync(readmePath, updated);
}
