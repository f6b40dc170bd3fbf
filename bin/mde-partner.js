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

// The CLI's files are compiled with the V8 code cache made when the package was built, where this
// Node's V8 accepts it (src/code-cache.ts).
require('../dist/code-cache.cjs').useCodeCache(require('node:path').join(__dirname, '..', 'dist'));

require('../dist/cli.cjs').main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
