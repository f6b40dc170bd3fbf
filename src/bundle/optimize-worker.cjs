/**
 * svgo in a worker thread, started by optimizeLogo (bundle.ts) with the logo's text and svgo's
 * settings as workerData. Built with svgo and its dependencies into one file (dist/optimize-worker.cjs),
 * so that a worker loads one script instead of some three hundred modules; run from src/ as it is, it
 * requires svgo from node_modules. svgo throws on some input the checks rightly accept (an empty CSS
 * property name, a matrix() with five numbers): that comes back as { error } and the checked
 * original goes into the bundle as it is.
 */
const { parentPort, workerData } = require('node:worker_threads');
const { optimize } = require('svgo');

let outcome;
try {
  outcome = { data: optimize(workerData.svg, workerData.config).data };
} catch (error) {
  outcome = { error: String((error && error.message) || error).split('\n')[0].slice(0, 200) };
}
parentPort.postMessage(outcome);
