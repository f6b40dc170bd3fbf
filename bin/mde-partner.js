#!/usr/bin/env node
// CommonJS (bin/package.json), like the CLI it loads: Node starts a CommonJS entry without its ES
// module loader, which is most of what a short command costs beyond Node itself.

// A reader that goes away (`mde-partner validate | head`) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const { join } = require('node:path');
const dist = join(__dirname, '..', 'dist');
let cli;
try {
  // The CLI's files are compiled with the V8 code cache made when the package was built, where this
  // Node's V8 accepts it (src/code-cache.ts).
  require('../dist/code-cache.cjs').useCodeCache(dist);
  cli = require('../dist/cli.cjs');
} catch (error) {
  // A checkout that was never built (or whose build was removed) has no dist/: say so, not a stack.
  if (error.code !== 'MODULE_NOT_FOUND' || error.requireStack?.[0] !== __filename) throw error;
  process.stderr.write(`mde-partner: this copy is not built: expected ${join(dist, 'cli.cjs')}, found no such file. `
    + `Run \`npm ci\` (or \`npm run build\`) in ${join(__dirname, '..')}, then run the command again.\n`);
  process.exit(2);
}

cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
