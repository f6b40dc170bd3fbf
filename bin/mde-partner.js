#!/usr/bin/env node
// A reader that goes away (`mde-partner validate | head`) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const { main } = await import('../dist/cli.js');
process.exitCode = await main(process.argv.slice(2));
