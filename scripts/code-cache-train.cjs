// Run by scripts/build.mjs after the CLI is built: runs, in this one process, the commands whose
// start-up time counts, in every language, with each CLI file compiled through a vm.Script
// (src/code-cache.ts), then saves what V8 compiled beside each file as <file>.cache. Output is
// discarded; exit codes do not matter here (examples/broken is meant to fail).
const { readFileSync } = require('node:fs');
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

/**
 * bundle's svgo worker (dist/optimize-worker.cjs) runs in a thread of its own, whose code cache is made
 * there: the worker records, optimizes the example logo and one with a style sheet, and saves.
 */
function trainOptimizeWorker() {
  const { Worker } = require('node:worker_threads');
  const logos = [readFileSync(join(root, 'examples/valid/logo.svg'), 'utf8'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><style>.a{fill:#ff0000}</style><rect class="a" width="10" height="10"/></svg>'];
  const code = `const { workerData, parentPort } = require('node:worker_threads');
    const { useCodeCache, saveCodeCache } = require(workerData.hook);
    const record = new Map();
    useCodeCache(workerData.dist, { record });
    for (const svg of workerData.logos) { workerData.svg = svg; require(workerData.script); delete require.cache[workerData.script]; }
    parentPort.postMessage({ saved: saveCodeCache(record).length });`;
  const workerData = { hook: join(root, 'dist/code-cache.cjs'), dist: join(root, 'dist'), script: join(root, 'dist/optimize-worker.cjs'), logos, config: { multipass: true } };
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData });
    worker.on('message', (message) => message.saved !== undefined && resolve(message.saved));
    worker.on('error', reject);
  });
}

(async () => {
  for (const argv of runs) await main(argv, io);
  const written = saveCodeCache(recorded).length + await trainOptimizeWorker();
  process.stdout.write(`code cache: ${written} files\n`);
})();
