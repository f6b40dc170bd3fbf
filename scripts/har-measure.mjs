#!/usr/bin/env node
// Generates large HAR captures and measures `mde-partner ua audit` on them: wall time and peak RSS
// of the CLI process (`npm run measure:har`). The generator is also used by test/har/large.e2e.test.ts.
//
//   big bodies       ~100 MB: one 64 MiB JSON response body, 36 bodies of 1 MiB, 2,000 small entries
//   more big bodies  the same with 120 more bodies of 1 MiB (~230 MB): memory must not grow
//   many requests    ~100 MB: 100,000 small entries (the most requests to check per byte)
//   one plain body   one ~95 MiB body without escapes (as base64 bodies are)
//
// Peak RSS is the CLI process's own maxRSS (process.resourceUsage(), read at exit by a preloaded
// module), so no external tool is needed. Files go to .bench/ (git-ignored) and are removed after.
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXPECTED = 'MdePartner-Contoso-ContosoCognito/1.0.0';
const MIB = 1024 * 1024;

// A body that looks like what captures hold: escapes, non-ASCII, and text that looks like HAR
// members, which must not be taken for them.
const BODY_PATTERN = JSON.stringify('{"request": {"url": "https://api.security.microsoft.com/", "headers": [{"name": "User-Agent", "value": "evil"}]}}\n\té — ').slice(1, -1);

/** JSON string content of about `bytes` characters (never ending inside an escape). */
function body(bytes, plain = false) {
  const pattern = plain ? 'AAAABBBBCCCCDDDD' : BODY_PATTERN;
  return pattern.repeat(Math.ceil(bytes / pattern.length)).slice(0, bytes).replace(/\\+$/, '');
}

/** ~100 MB of big bodies; entries 7, 20 and 1500 send the wrong User-Agent or none. */
export function bigBodiesPlan() {
  const entries = [
    { url: 'https://login.microsoftonline.com/contoso/oauth2/v2.0/token', userAgent: 'python-requests/2.31.0', bodyBytes: 1000 },
    { url: 'https://api.security.microsoft.com/api/machines/SoftwareVulnerabilitiesByMachine', userAgent: EXPECTED, bodyBytes: 64 * MIB },
  ];
  for (let i = 0; i < 36; i++) {
    entries.push({ url: i % 2 ? 'https://graph.microsoft.com/v1.0/security/alerts_v2' : 'https://eu.api.security.microsoft.com/api/alerts', userAgent: EXPECTED, bodyBytes: MIB });
  }
  for (let i = 0; i < 2000; i++) entries.push({ url: 'https://api.security.microsoft.com/api/alerts', userAgent: EXPECTED, bodyBytes: 200 });
  entries[7].userAgent = 'python-requests/2.31.0';
  entries[20].userAgent = 'MdePartner-Contoso-ContosoCognito/0.9.0';
  delete entries[1500].userAgent;
  return entries;
}

/** The big-bodies plan with `extra` more bodies of 1 MiB: memory must not grow with them. */
export function moreBigBodiesPlan(extra = 120) {
  const entries = bigBodiesPlan();
  for (let i = 0; i < extra; i++) entries.push({ url: 'https://api.security.microsoft.com/api/alerts', userAgent: EXPECTED, bodyBytes: MIB });
  return entries;
}

/** One request with a ~95 MiB body without escapes (as base64 bodies are). */
export function plainBodyPlan() {
  return [{ url: 'https://api.security.microsoft.com/api/machines', userAgent: EXPECTED, bodyBytes: 95 * MIB, plain: true }];
}

/** ~100 MB of small requests, all right. */
export function manyRequestsPlan() {
  return Array.from({ length: 100_000 }, (_, i) => ({
    url: i % 3 ? 'https://api.security.microsoft.com/api/alerts' : 'https://graph.microsoft.com/v1.0/security/incidents',
    userAgent: EXPECTED,
    bodyBytes: 500,
  }));
}

/** Writes a pretty-printed HAR 1.2 capture of the planned entries, in pieces (small memory). */
export async function writeCapture(path, entries) {
  const out = createWriteStream(path);
  const write = async (text) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('{\n  "log": {\n    "version": "1.2",\n    "creator": { "name": "har-measure", "version": "1" },\n    "entries": [\n');
  for (const [i, entry] of entries.entries()) {
    const headers = [{ name: 'Accept', value: 'application/json' }, ...(entry.userAgent ? [{ name: 'User-Agent', value: entry.userAgent }] : [])];
    const head = JSON.stringify({ startedDateTime: '2025-03-26T09:00:00.000Z', time: 1, request: { method: 'GET', url: entry.url, httpVersion: 'HTTP/1.1', cookies: [], headers, queryString: [], headersSize: -1, bodySize: 0 } }, null, 2);
    await write(`${i ? ',\n' : ''}${head.slice(0, -2)},\n  "response": { "status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "cookies": [], "headers": [], "content": { "size": ${entry.bodyBytes}, "mimeType": "application/json", "text": "`);
    for (let left = entry.bodyBytes; left > 0; left -= MIB) await write(body(Math.min(left, MIB), entry.plain));
    await write('" }, "redirectURL": "", "headersSize": -1, "bodySize": 0 },\n  "cache": {}, "timings": { "send": 0, "wait": 1, "receive": 0 }\n}');
  }
  await write('\n    ]\n  }\n}\n');
  out.end();
  await once(out, 'close');
}

async function measure() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = join(root, '.bench', 'har');
  mkdirSync(dir, { recursive: true });
  const probe = join(dir, 'max-rss.cjs');
  writeFileSync(probe, "process.on('exit', () => process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\\n`));\n");
  const runOnce = (args) => {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['--require', probe, ...args], { encoding: 'utf8', maxBuffer: 64 * MIB });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const rss = Number(/maxRSS (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024;
    return { ms, rss, status: result.status };
  };
  const baseline = runOnce(['-e', '0']);
  console.log(`node -e 0: ${baseline.ms.toFixed(0)} ms, peak RSS ${baseline.rss.toFixed(0)} MiB`);
  try {
    const plans = [['big bodies', bigBodiesPlan], ['more big bodies', moreBigBodiesPlan], ['many requests', manyRequestsPlan], ['one plain body', plainBodyPlan]];
    for (const [name, makePlan] of plans) {
      const plan = makePlan();
      const path = join(dir, `${name.replace(/ /g, '-')}.har`);
      await writeCapture(path, plan);
      const size = statSync(path).size / MIB;
      const runs = [1, 2, 3].map(() => runOnce([join(root, 'bin/mde-partner.js'), 'ua', 'audit', path, '--expect', EXPECTED, '--format', 'json']));
      const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
      const worstRss = Math.max(...runs.map((r) => r.rss));
      console.log(`${name}: ${size.toFixed(0)} MiB, ${plan.length} entries: wall ${best.ms.toFixed(0)} ms (best of 3), peak RSS ${worstRss.toFixed(0)} MiB (worst of 3), exit ${best.status}`);
      rmSync(path);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await measure();
