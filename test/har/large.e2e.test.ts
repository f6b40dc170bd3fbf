import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The generator is shared with `npm run measure:har`.
import { EXPECTED, bigBodiesPlan, writeCapture } from '../../scripts/har-measure.mjs';
import { bin } from '../cli/helpers.js';

const MIB = 1024 * 1024;

describe('ua audit on a ~100 MB capture, built binary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mde-har-large-'));
  const path = join(dir, 'large.har');
  // One 64 MiB body, 36 bodies of 1 MiB, 2,000 small entries; entries 7, 20 and 1500 are wrong.
  const entries = bigBodiesPlan() as unknown[];
  beforeAll(() => writeCapture(path, entries) as Promise<void>, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('streams it with a 48 MiB heap (holding the file or its 64 MiB body would not fit) and finds the three wrong requests', () => {
    expect(statSync(path).size).toBeGreaterThan(100 * MIB);
    const result = spawnSync(process.execPath, ['--max-old-space-size=48', bin, 'ua', 'audit', path, '--expect', EXPECTED, '--format', 'json'], {
      encoding: 'utf8',
      timeout: 170_000, // a hang guard only
      maxBuffer: 16 * MIB,
    });
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
