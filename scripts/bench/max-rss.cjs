// Preloaded by the bench's memory pass (NODE_OPTIONS=--require …): when the process ends, appends its
// peak resident set size in KiB to the file named by MDE_BENCH_RSS_FILE. Every Node process of a
// command (a peer's, ours, a child it spawns) adds one line; the bench reports the largest.
const { appendFileSync } = require('node:fs');

const file = process.env.MDE_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
    } catch {
      // a measurement aid must never change how the measured command ends
    }
  });
}
