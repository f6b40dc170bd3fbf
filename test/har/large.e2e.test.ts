import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The generator is shared with `npm run measure:har`.
import { EXPECTED, bigBodiesPlan, writeCapture } from '../../scripts/har-measure.mjs';
import { bin } from '../cli/helpers.js';

const MIB = 1024 * 1024;

/** `ua audit --format json` in a process whose heap (48 MiB) could not hold the capture. */
function auditWithSmallHeap(path: string) {
  return spawnSync(process.execPath, ['--max-old-space-size=48', bin, 'ua', 'audit', path, '--expect', EXPECTED, '--format', 'json'], {
    encoding: 'utf8',
    timeout: 170_000, // a hang guard only
    maxBuffer: 16 * MIB,
  });
}

describe('ua audit on a ~100 MB capture, built binary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mde-har-large-'));
  const path = join(dir, 'large.har');
  // One 64 MiB body, 36 bodies of 1 MiB, 2,000 small entries; entries 7, 20 and 1500 are wrong.
  const entries = bigBodiesPlan() as unknown[];
  beforeAll(() => writeCapture(path, entries) as Promise<void>, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('streams it with a 48 MiB heap (holding the file or its 64 MiB body would not fit) and finds the three wrong requests', () => {
    expect(statSync(path).size).toBeGreaterThan(100 * MIB);
    const result = auditWithSmallHeap(path);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { listings: Array<{ findings: Array<{ code: string; field: string }>; audit: { entries: number; partnerRequests: number; hosts: unknown[] } }> };
    const [capture] = report.listings;
    expect(capture!.findings.map((f) => [f.code, f.field])).toEqual([
      ['USER_AGENT_NOT_SENT', '/log/entries/7/request/headers/1/value'],
      ['USER_AGENT_WRONG', '/log/entries/20/request/headers/1/value'],
      ['USER_AGENT_NOT_SENT', '/log/entries/1500/request/headers'],
    ]);
    expect(capture!.audit).toMatchObject({ entries: entries.length, partnerRequests: entries.length - 1 });
    expect(capture!.audit.hosts).toEqual([
      { host: 'api.security.microsoft.com', api: 'mde', requests: 2001, rightAgent: 2000, wrongAgent: 1 },
      { host: 'eu.api.security.microsoft.com', api: 'mde', requests: 18, rightAgent: 17, wrongAgent: 1 },
      { host: 'graph.microsoft.com', api: 'graph-security', requests: 18, rightAgent: 17, wrongAgent: 1 },
    ]);
  }, 180_000);
});

describe('ua audit on a Graph $batch with a 64 MiB request body, built binary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mde-har-batch-'));
  const path = join(dir, 'batch.har');
  const BATCH = 'https://graph.microsoft.com/v1.0/$batch';
  // Whole, the first body would be a valid batch carrying a Graph Security request; only its first
  // policy.har.maxBatchBodyChars are kept, so it is counted as not inspected. The second is read.
  const head = JSON.stringify({ requests: [{ id: '1', method: 'GET', url: '/security/alerts_v2' }], pad: '' }).slice(0, -2);
  const small = JSON.stringify({ requests: [{ id: '1', method: 'GET', url: '/security/incidents' }] });
  const request = (text: string) => JSON.stringify({ method: 'POST', url: BATCH, headers: [{ name: 'User-Agent', value: 'python-requests/2.31.0' }], postData: { mimeType: 'application/json', text } });
  beforeAll(async () => {
    const out = createWriteStream(path);
    const write = async (text: string) => {
      if (!out.write(text)) await once(out, 'drain');
    };
    await write(`{"log": {"version": "1.2", "entries": [\n{"request": ${request(head).slice(0, -3)}`);
    for (let i = 0; i < 64; i++) await write('A'.repeat(MIB));
    await write(`\\"}"}}},\n{"request": ${request(small)}}\n]}}\n`);
    out.end();
    await once(out, 'close');
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps only a prefix of the body under a 48 MiB heap: the big batch is not inspected, the small one is judged', () => {
    expect(statSync(path).size).toBeGreaterThan(64 * MIB);
    const result = auditWithSmallHeap(path);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const [capture] = (JSON.parse(result.stdout) as { listings: Array<{ findings: Array<{ code: string; field: string }>; audit: Record<string, unknown> }> }).listings;
    expect(capture!.findings.map((f) => [f.code, f.field])).toEqual([['USER_AGENT_NOT_SENT', '/log/entries/1/request/headers/0/value']]);
    expect(capture!.audit).toMatchObject({ entries: 2, partnerRequests: 1, batchesNotInspected: 1, corsPreflightsSkipped: 0 });
  }, 180_000);
});
