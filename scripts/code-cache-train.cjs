// Run by scripts/build.mjs after the CLI is built: runs, in this one process, the commands whose
// start-up time counts, in every language, with each CLI file compiled through a vm.Script
// (src/code-cache.ts), then saves what V8 compiled beside each file as <file>.cache. Output is
// discarded; exit codes do not matter here (examples/broken is meant to fail).
const { join } = require('node:path');

const root = join(__dirname, '..');
const { useCodeCache, saveCodeCache } = require(join(root, 'dist/code-cache.cjs'));
const recorded = new Map();
useCodeCache(join(root, 'dist'), { record: recorded });
const { main } = require(join(root, 'dist/cli.cjs'));

const sink = { write: () => true, isTTY: false };
const io = { stdin: { isTTY: false }, stdout: sink, stderr: sink, env: {}, cwd: root };
const commands = [
  ['--help'],
  ['validate', '--help'],
  ['ua', 'check', 'MdePartner-Contoso-ContosoCognito/1.0.0'],
  ['ua', 'check', 'Contoso/1.0'],
  ['validate', 'examples/valid', '--no-render'],
  ['validate', 'examples/valid'],
  ['validate', 'examples/broken'],
  ...['json', 'sarif', 'junit', 'github'].map((format) => ['validate', 'examples/broken', '--format', format]),
];
const runs = ['en', 'de', 'fr', 'ja'].flatMap((lang) => commands.map((argv) => ['--lang', lang, ...argv]));

(async () => {
  for (const argv of runs) await main(argv, io);
  const written = saveCodeCache(recorded);
  process.stdout.write(`code cache: ${written.length} files\n`);
})();
