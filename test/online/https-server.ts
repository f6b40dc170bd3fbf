import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LookupFunction } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Host names the test certificate is issued for; the test lookup maps them, and only them, to 127.0.0.1. */
export const TEST_HOSTS = ['partner.contoso.com', 'moved.contoso.com', 'www.contoso.com'] as const;

export interface TestPki {
  /** The test CA: the only root the client trusts in these tests. */
  ca: string;
  key: string;
  cert: string;
}

/** A CA and a server certificate for TEST_HOSTS, made with the openssl CLI for this run only. */
export function makeTestPki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'mde-pki-'));
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  try {
    openssl('req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=mde-partner test CA');
    openssl('req', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', `/CN=${TEST_HOSTS[0]}`);
    writeFileSync(join(dir, 'server.ext'), [
      `subjectAltName=${TEST_HOSTS.map((host) => `DNS:${host}`).join(',')}`,
      'basicConstraints=CA:FALSE',
      'keyUsage=digitalSignature',
      'extendedKeyUsage=serverAuth',
    ].join('\n'));
    openssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '2', '-extfile', 'server.ext');
    return { ca: readFileSync(join(dir, 'ca.pem'), 'utf8'), key: readFileSync(join(dir, 'server.key'), 'utf8'), cert: readFileSync(join(dir, 'server.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Resolves the given names to 127.0.0.1 and refuses every other name, so a test can never reach
 * another address; every name asked for is recorded.
 */
export function loopbackLookup(names: readonly string[], asked: string[] = []): LookupFunction {
  return (hostname, options, callback) => {
    asked.push(hostname);
    process.nextTick(() => {
      if (!names.includes(hostname)) {
        callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), '');
      } else if (options.all) {
        callback(null, [{ address: '127.0.0.1', family: 4 }]);
      } else {
        callback(null, '127.0.0.1', 4);
      }
    });
  };
}

export interface TestServer {
  port: number;
  /** Paths requested so far, in order. */
  requests: string[];
  url: (path: string, host?: string) => string;
  close: () => Promise<void>;
}

/** An HTTPS server on 127.0.0.1 only, on a free port; it ends every open connection on close. */
export async function startServer(pki: TestPki, handler: (req: IncomingMessage, res: ServerResponse, port: number) => void): Promise<TestServer> {
  const requests: string[] = [];
  let port = 0;
  const server: Server = createServer({ key: pki.key, cert: pki.cert }, (req, res) => {
    requests.push(req.url ?? '');
    handler(req, res, port);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
  return {
    port,
    requests,
    url: (path, host = TEST_HOSTS[0]) => `https://${host}:${port}${path}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
