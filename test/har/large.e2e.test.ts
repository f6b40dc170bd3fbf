import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin } from '../cli/helpers.js';

const EXPECTED = 'MdePartner-Contoso-ContosoCognito/1.0.0';
const MIB = 1024 * 1024;

/**
 * A body that looks like what captures hold: escapes, non-ASCII, and text that looks like HAR
 * members, which must not be taken for them.
 */
const BODY_PATTERN = JSON.stringify('{"request": {"url": "https://api.security.microsoft.com/", "headers": [{"name": "User-Agent", "value": "evil"}]}}\n\té — ').slice(1, -1);

function body(bytes: number): string {
  return BODY_PATTERN.repeat(Math.ceil(bytes / BODY_PATTERN.length)).slice(0, bytes).replace(/\\+$/, '');
}

interface Planned { url: string; userAgent?: string; bodyBytes: number }

/** The plan: one 64 MiB body, 36 bodies of 1 MiB, and 2,000 small entries; three requests are wrong. */
function plan(): Planned[] {
  const entries: Planned[] = [
    { url: 'https://login.microsoftonline.com/contoso/oauth2/v2.0/token', userAgent: 'python-requests/2.31.0', bodyBytes: 1000 },
    { url: 'https://api.security.microsoft.com/api/machines/SoftwareVulnerabilitiesByMachine', userAgent: EXPECTED, bodyBytes: 64 * MIB },
  ];
  for (let i = 0; i < 36; i++) {
    entries.push({ url: i % 2 ? 'https://graph.microsoft.com/v1.0/security/alerts_v2' : 'https://eu.api.security.microsoft.com/api/alerts', userAgent: EXPECTED, bodyBytes: MIB });
  }
  for (let i = 0; i < 2000; i++) entries.push({ url: 'https://api.security.microsoft.com/api/alerts', userAgent: EXPECTED, bodyBytes: 200 });
  entries[7]!.userAgent = 'python-requests/2.31.0';
  entries[20]!.userAgent = 'MdePartner-Contoso-ContosoCognito/0.9.0';
  delete entries[1500]!.userAgent;
  return entries;
}

async function writeCapture(path: string, entries: Planned[]): Promise<void> {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('{\n  "log": {\n    "version": "1.2",\n    "creator": { "name": "large-capture-test", "version": "1" },\n    "entries": [\n');
  for (const [i, entry] of entries.entries()) {
    const headers = [{ name: 'Accept', value: 'application/json' }, ...(entry.userAgent ? [{ name: 'User-Agent', value: entry.userAgent }] : [])];
    const head = JSON.stringify({ startedDateTime: '2025-03-26T09:00:00.000Z', time: 1, request: { method: 'GET', url: entry.url, httpVersion: 'HTTP/1.1', cookies: [], headers, queryString: [], headersSize: -1, bodySize: 0 } }, null, 2);
    await write(`${i ? ',\n' : ''}${head.slice(0, -2)},\n  "response": { "status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "cookies": [], "headers": [], "content": { "size": ${entry.bodyBytes}, "mimeType": "application/json", "text": "`);
    // Large bodies are written in pieces so the test itself stays small in memory.
    for (let left = entry.bodyBytes; left > 0; left -= MIB) await write(body(Math.min(left, MIB)));
    await write('" }, "redirectURL": "", "headersSize": -1, "bodySize": 0 },\n  "cache": {}, "timings": { "send": 0, "wait": 1, "receive": 0 }\n}');
  }
  await write('\n    ]\n  }\n}\n');
  out.end();
  await once(out, 'close');
}

describe('ua audit on a ~100 MB capture, built binary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mde-har-large-'));
  const path = join(dir, 'large.har');
  const entries = plan();
  beforeAll(() => writeCapture(path, entries), 120_000);
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
