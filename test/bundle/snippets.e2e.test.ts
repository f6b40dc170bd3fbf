import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess } from '../cli/helpers.js';

/**
 * The User-Agent snippets, run for real against a server on 127.0.0.1 that records what it
 * receives. Nothing leaves the machine: MDE_API_BASE and GRAPH_API_BASE point every snippet at the
 * loopback server.
 */
const work = mkdtempSync(join(tmpdir(), 'mde-snippets-'));
const out = join(work, 'bundle');
const received: Array<{ userAgent: string | undefined; url: string | undefined; authorization: string | undefined }> = [];
let server: Server;
let base: string;

beforeAll(async () => {
  expect((await cliInProcess(['bundle', 'examples/valid', '--out', out])).code).toBe(0);
  server = createServer((request, response) => {
    received.push({ userAgent: request.headers['user-agent'], url: request.url, authorization: request.headers.authorization });
    response.setHeader('content-type', 'application/json');
    response.end('{"value":[]}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

function pythonWithRequests(): string | undefined {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    if (spawnSync(candidate, ['-c', 'import requests'], { stdio: 'ignore' }).status === 0) return candidate;
  }
  return undefined;
}

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

const snippets: Array<[string, () => string[] | undefined]> = [
  ['curl.sh', () => (has('curl') ? ['sh', join(out, 'user-agent/curl.sh')] : undefined)],
  ['node.mjs', () => [process.execPath, join(out, 'user-agent/node.mjs')]],
  ['python.py', () => { const python = pythonWithRequests(); return python ? [python, join(out, 'user-agent/python.py')] : undefined; }],
  ['java.java', () => (has('java') ? ['java', join(out, 'user-agent/java.java')] : undefined)],
];

describe('User-Agent snippets send exactly the listing\'s User-Agent, to the MDE API and to the Graph Security API', () => {
  const required = new Set(['curl.sh', 'node.mjs', 'python.py']);
  it.each(snippets)('%s', async (name, command) => {
    const argv = command();
    if (!argv) {
      // curl, Node and Python are required (.ci/run installs them); others run where installed.
      expect(required.has(name), `${name}: interpreter missing`).toBe(false);
      return;
    }
    received.length = 0;
    // Asynchronous: the recording server runs in this process and must keep answering.
    const result = await new Promise<{ status: number; stderr: string }>((resolve) => {
      execFile(argv[0]!, argv.slice(1), { env: { ...process.env, MDE_API_BASE: base, MDE_TOKEN: 'mde-token', GRAPH_API_BASE: base, GRAPH_TOKEN: 'graph-token' }, timeout: 60_000 }, (error, _stdout, stderr) => {
        resolve({ status: error ? Number(error.code ?? 1) : 0, stderr });
      });
    });
    expect(result.status, `${name}: ${result.stderr}`).toBe(0);
    expect(received).toEqual([
      { userAgent: 'MdePartner-Contoso-ContosoCognito/1.0.0', url: '/api/alerts?$top=1', authorization: 'Bearer mde-token' },
      { userAgent: 'MdePartner-Contoso-ContosoCognito/1.0.0', url: '/v1.0/security/alerts_v2?$top=1', authorization: 'Bearer graph-token' },
    ]);
  }, 90_000);
});
