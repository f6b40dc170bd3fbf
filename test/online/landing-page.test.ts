import { createServer as createTcpServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Issue } from '../../src/checks/finding.js';
import { checkLandingPageOnline, decodeEntities, htmlText, mentionsProductName, publicOnlyLookup, type OnlineOptions } from '../../src/online/landing-page.js';
import { embeddedRows, IPV4_SPELLINGS, IPV6_FORMS } from '../helpers/embedded-ipv4.js';
import { loopbackLookup, makeTestPki, startServer, TEST_HOSTS, type TestPki, type TestServer } from './https-server.js';
import { loadCodeMessages } from '../../src/messages/codes.js';

/** The English words of the codes (the tests read what English says). */
const { codes: words, notPublic: notPublicWords } = await loadCodeMessages('en');

const PRODUCT = 'Contoso Cognito';
const page = (body: string) => `<!doctype html><html><head><title>Integration guide</title></head><body>${body}</body></html>`;
const GUIDE = page('<h1>Contoso Cognito for Microsoft Defender for Endpoint</h1><p>Connect it in three steps.</p>');

let pki: TestPki;
let server: TestServer;
let asked: string[];
let options: OnlineOptions;
/** Responses that never end are kept here and ended when the server closes. */
const hanging: Array<{ destroy: () => void }> = [];

beforeAll(async () => {
  pki = makeTestPki();
  server = await startServer(pki, (req, res, port) => {
    const [path = '', query = ''] = (req.url ?? '').split('?');
    const html = (status: number, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end(body);
    };
    const redirect = (location: string, status = 302) => {
      res.writeHead(status, { location });
      res.end();
    };
    const chain = /^\/chain\/(\d+)$/.exec(path);
    if (chain) return Number(chain[1]) === 0 ? html(200, GUIDE) : redirect(`/chain/${Number(chain[1]) - 1}`);
    switch (path) {
      case '/ok': return html(200, GUIDE);
      case '/no-name': return html(200, page('<h1>Welcome</h1><p>Our products.</p>'));
      case '/name-in-script': return html(200, page('<script>var product = "Contoso Cognito";</script><!-- Contoso Cognito --><p>Welcome</p>'));
      case '/entities': return html(200, page('<p>CONTOSO&nbsp;<b>COGNITO</b>&reg; works with Defender.</p>'));
      case '/latin1': {
        res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
        return res.end(Buffer.from(page('<p>Contoso Cognito für Defender</p>'), 'latin1'));
      }
      case '/plain': {
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end('Contoso <b>Cognito</b>');
      }
      case '/pdf': {
        res.writeHead(200, { 'content-type': 'application/pdf' });
        return res.end('%PDF-1.7 binary');
      }
      case '/gzip': return html(200, gzipSync(GUIDE) as unknown as string, { 'content-encoding': 'gzip' });
      case '/gzip-bomb': {
        // 8 MiB of spaces inflate from a few KiB; the name comes after the body cap.
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        return res.end(gzipSync(Buffer.concat([Buffer.alloc(8 * 1024 * 1024, 0x20), Buffer.from(PRODUCT)])));
      }
      case '/endless': {
        // The name first, then bytes forever: the client must stop reading at its cap.
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write(GUIDE);
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        const pump = () => {
          while (!res.destroyed && res.write(chunk));
          if (!res.destroyed) res.once('drain', pump);
        };
        return pump();
      }
      case '/missing': return html(404, page('<h1>Not found</h1>'));
      case '/login': return html(401, page('<h1>Sign in</h1>'));
      case '/not-modified': return html(304, '');
      case '/relative': return redirect('/ok', 301);
      case '/loop': return redirect('/loop', 307);
      case '/moved': return redirect(`https://moved.contoso.com:${port}/ok`, 308);
      case '/to-http': return redirect(`http://${TEST_HOSTS[0]}:${port}/ok`);
      case '/via-moved-to-http': return redirect(`https://moved.contoso.com:${port}/to-http`);
      case '/to-private': return redirect(decodeURIComponent(query));
      case '/bad-location': return redirect('https://exa mple.com:99999/');
      case '/hang': hanging.push(res); return undefined;
      case '/drip': {
        res.writeHead(200, { 'content-type': 'text/html' });
        const timer = setInterval(() => res.write(' '), 50);
        res.on('close', () => clearInterval(timer));
        hanging.push(res);
        return undefined;
      }
      default: return html(500, 'unexpected path');
    }
  });
  asked = [];
  options = { lookup: loopbackLookup(TEST_HOSTS, asked), ca: pki.ca };
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  await server?.close();
});

const codes = (issues: Issue[]) => issues.map((issue) => issue.code);
const message = (issue: Issue | undefined) => (issue ? words[issue.code].message(issue.args ?? {}) : '');

describe('--online: the landing page as a customer would load it', () => {
  it.each<[string, string, string[], string?]>([
    ['200 naming the product', '/ok', []],
    ['200 without the product name', '/no-name', ['LANDING_PAGE_MISSING_PRODUCT_NAME']],
    ['the name only in a script and a comment', '/name-in-script', ['LANDING_PAGE_MISSING_PRODUCT_NAME']],
    ['the name in capitals, split by a tag, with &nbsp;', '/entities', []],
    ['a latin-1 page, decoded by its charset', '/latin1', [], 'Contoso Cognito für Defender'],
    ['plain text is searched as it is', '/plain', ['LANDING_PAGE_MISSING_PRODUCT_NAME']],
    ['a PDF is not searched', '/pdf', []],
    ['a gzip-compressed page', '/gzip', []],
    ['a gzip bomb stops at the body cap', '/gzip-bomb', ['LANDING_PAGE_MISSING_PRODUCT_NAME']],
    ['an endless page is read up to the cap', '/endless', []],
    ['404', '/missing', ['LANDING_PAGE_HTTP_STATUS']],
    ['401', '/login', ['LANDING_PAGE_HTTP_STATUS']],
    ['304 without a Location', '/not-modified', ['LANDING_PAGE_HTTP_STATUS']],
    ['a relative redirect', '/relative', []],
    ['a redirect to another test host', '/moved', []],
    ['5 redirects (the limit)', '/chain/5', []],
    ['6 redirects', '/chain/6', ['LANDING_PAGE_UNREACHABLE']],
    ['a redirect loop', '/loop', ['LANDING_PAGE_UNREACHABLE']],
    ['a redirect to http:', '/to-http', ['LANDING_PAGE_REDIRECTS_TO_HTTP']],
    ['a redirect to http: on the second hop', '/via-moved-to-http', ['LANDING_PAGE_REDIRECTS_TO_HTTP']],
    ['a Location that is not a URL', '/bad-location', ['LANDING_PAGE_UNREACHABLE']],
  ])('%s', async (_name, path, expected, product = PRODUCT) => {
    const issues = await checkLandingPageOnline(server.url(path), product, options);
    expect(codes(issues)).toEqual(expected);
    for (const issue of issues) expect(issue.field).toBe('/landingPage');
  });

  it('says what it found', async () => {
    const [status] = await checkLandingPageOnline(server.url('/missing'), PRODUCT, options);
    expect(message(status)).toBe(`landingPage "${server.url('/missing')}" answered 404 "Not Found"; expected a 2xx status.`);
    expect(words.LANDING_PAGE_HTTP_STATUS.hint?.(status!.args!)).toMatch(/not there/);
    const [missing] = await checkLandingPageOnline(server.url('/no-name'), PRODUCT, options);
    expect(message(missing)).toBe(`The page at "${server.url('/no-name')}" does not mention productName "Contoso Cognito".`);
    const [loop] = await checkLandingPageOnline(server.url('/loop'), PRODUCT, options);
    expect(message(loop)).toBe(`landingPage "${server.url('/loop')}" could not be loaded: more than 5 redirects.`);
    const [http] = await checkLandingPageOnline(server.url('/to-http'), PRODUCT, options);
    expect(message(http)).toBe(`landingPage redirects from "${server.url('/to-http')}" to "http://${TEST_HOSTS[0]}:${server.port}/ok", plain http:; the redirect was not followed.`);
  });

  it('follows no more than the limit, and a redirect to http: is never requested', async () => {
    const before = server.requests.length;
    await checkLandingPageOnline(server.url('/chain/9'), PRODUCT, options);
    expect(server.requests.slice(before)).toEqual(['/chain/9', '/chain/8', '/chain/7', '/chain/6', '/chain/5', '/chain/4']);
    const again = server.requests.length;
    await checkLandingPageOnline(server.url('/to-http'), PRODUCT, options);
    expect(server.requests.slice(again)).toEqual(['/to-http']);
  });

  it('checks the product name only when there is one', async () => {
    expect(await checkLandingPageOnline(server.url('/no-name'), undefined, options)).toEqual([]);
    expect(await checkLandingPageOnline(server.url('/no-name'), '  ', options)).toEqual([]);
  });
});

describe('--online: redirects to hosts that are not public are not followed (SSRF)', () => {
  it.each([
    ['a private address', 'https://10.1.2.3/admin', 'LANDING_PAGE_NOT_PUBLIC'],
    ['the cloud metadata address', 'https://169.254.169.254/latest/meta-data/', 'LANDING_PAGE_NOT_PUBLIC'],
    ['localhost', 'https://localhost:1/ok', 'LANDING_PAGE_NOT_PUBLIC'],
    ['loopback IPv6', 'https://[::1]:1/', 'LANDING_PAGE_NOT_PUBLIC'],
    ['an IPv4-mapped private address', 'https://[::ffff:192.168.1.1]/', 'LANDING_PAGE_NOT_PUBLIC'],
    ['an intranet name', 'https://intranet/', 'LANDING_PAGE_NOT_PUBLIC'],
    ['a URL with credentials', 'https://user:pw@www.contoso.com/', 'LANDING_PAGE_CREDENTIALS'],
    ['another scheme', 'ftp://www.contoso.com/', 'LANDING_PAGE_NOT_HTTPS'],
  ])('%s', async (_name, target, code) => {
    const before = server.requests.length;
    const lookups = asked.length;
    const issues = await checkLandingPageOnline(server.url(`/to-private?${encodeURIComponent(target)}`), PRODUCT, options);
    expect(codes(issues)).toEqual([code]);
    expect(issues[0]!.args!.redirect).toBe(JSON.stringify(new URL(target).href));
    expect(message(issues[0])).toMatch(/redirect was not followed/);
    // One request (the redirect itself); the target was neither looked up nor requested.
    expect(server.requests.length - before).toBe(1);
    expect(asked.slice(lookups)).toEqual([TEST_HOSTS[0]]);
  });

  it('refuses a public name that resolves to a private address, before connecting (DNS rebinding)', async () => {
    for (const address of ['10.0.0.7', '127.0.0.1', '::1', '::ffff:127.0.0.1', 'fe80::1%eth0']) {
      const lookup = publicOnlyLookup(async () => [{ address, family: address.includes(':') ? 6 : 4 }]);
      const before = server.requests.length;
      const [issue] = await checkLandingPageOnline(server.url('/ok'), PRODUCT, { ...options, lookup });
      expect(issue).toMatchObject({ code: 'LANDING_PAGE_NOT_PUBLIC', field: '/landingPage', args: { host: `"${TEST_HOSTS[0]}"` } });
      expect(message(issue)).toContain(`is a name that resolves to ${address}`);
      expect(server.requests.length).toBe(before);
    }
  });

  it('refuses a name with any private address among public ones, and passes public-only answers on', async () => {
    const ask = (addresses: Array<{ address: string; family: number }>, all: boolean) => new Promise<unknown>((resolve) => {
      publicOnlyLookup(async () => addresses)('www.contoso.com', { all }, (error, address, family) => resolve(error ? (error as Error).message : { address, family }));
    });
    expect(await ask([{ address: '20.70.246.20', family: 4 }, { address: '10.0.0.1', family: 4 }], true)).toBe('www.contoso.com resolves to 10.0.0.1, which is not public (range)');
    expect(await ask([{ address: '20.70.246.20', family: 4 }, { address: '2603:1030::1', family: 6 }], true)).toEqual({ address: [{ address: '20.70.246.20', family: 4 }, { address: '2603:1030::1', family: 6 }], family: undefined });
    expect(await ask([{ address: '20.70.246.20', family: 4 }], false)).toEqual({ address: '20.70.246.20', family: 4 });
    expect(await ask([], false)).toBe('www.contoso.com has no address');
  });
});

describe('--online: IPv4 addresses re-spelled or carried in IPv6 (SSRF)', () => {
  const notPublic = <T extends [string, string, string, string | undefined]>(rows: T[]) => rows.filter((row) => row[3] !== undefined);

  // A redirect to such a target is refused before it is looked up or requested. The public rows of
  // the same forms pass the same check (test/checks/landing-page.test.ts); they are not requested
  // here, as that would leave this machine.
  it.each([
    ...notPublic(embeddedRows(IPV6_FORMS)).map(([form, kind, address, reason]) => [form, kind, `https://[${address}]/admin`, reason] as const),
    ...notPublic(embeddedRows(IPV4_SPELLINGS)).map(([form, kind, host, reason]) => [`IPv4 ${form}`, kind, `https://${host}/admin`, reason] as const),
  ])('redirect hop, %s, %s: %s', async (_form, _kind, target, reason) => {
    const before = server.requests.length;
    const lookups = asked.length;
    const issues = await checkLandingPageOnline(server.url(`/to-private?${encodeURIComponent(target)}`), PRODUCT, options);
    expect(codes(issues)).toEqual(['LANDING_PAGE_NOT_PUBLIC']);
    expect(notPublicWords(issues[0]!.args!)).toContain(reason);
    expect(message(issues[0])).toMatch(/redirect was not followed/);
    expect(server.requests.length - before).toBe(1);
    expect(asked.slice(lookups)).toEqual([TEST_HOSTS[0]]);
  });

  it.each(embeddedRows(IPV6_FORMS))('DNS answer, %s, %s: %s', async (_form, _kind, address, reason) => {
    const answer = [{ address, family: 6 }];
    if (reason === undefined) {
      // A public answer is handed to the socket as it is (asked for here without connecting).
      const handed = await new Promise<unknown>((resolve) => {
        publicOnlyLookup(async () => answer)('www.contoso.com', { all: true }, (error, addresses) => resolve(error ?? addresses));
      });
      expect(handed).toEqual(answer);
      return;
    }
    const before = server.requests.length;
    const [issue, ...rest] = await checkLandingPageOnline(server.url('/ok'), PRODUCT, { ...options, lookup: publicOnlyLookup(async () => answer) });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'LANDING_PAGE_NOT_PUBLIC', args: { host: `"${TEST_HOSTS[0]}"` } });
    expect(notPublicWords(issue!.args!)).toContain(`resolves to ${address}, an IPv6 address carrying`);
    expect(notPublicWords(issue!.args!)).toContain(reason);
    expect(server.requests.length).toBe(before);
  });

  it('a landing page that is an IP literal is vetted here too, as Node connects to it without a lookup', async () => {
    const before = server.requests.length;
    const issues = await checkLandingPageOnline(`https://[::ffff:127.0.0.1]:${server.port}/ok`, PRODUCT, options);
    expect(codes(issues)).toEqual(['LANDING_PAGE_NOT_PUBLIC']);
    expect(server.requests.length).toBe(before);
  });
});

describe('--online: failures say which', () => {
  it('a timeout: a server that never answers', async () => {
    const started = Date.now();
    const [issue] = await checkLandingPageOnline(server.url('/hang'), PRODUCT, { ...options, timeoutMs: 300 });
    expect(issue).toMatchObject({ code: 'LANDING_PAGE_UNREACHABLE', args: { kind: 'timeout', seconds: 0.3 } });
    expect(message(issue)).toMatch(/could not be loaded: timeout: no complete answer within 0\.3 s\./);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('a timeout: a body that trickles in forever', async () => {
    const [issue] = await checkLandingPageOnline(server.url('/drip'), PRODUCT, { ...options, timeoutMs: 400 });
    expect(issue).toMatchObject({ code: 'LANDING_PAGE_UNREACHABLE', args: { kind: 'timeout' } });
  });

  it('TLS: a certificate from a CA that is not trusted', async () => {
    const [issue] = await checkLandingPageOnline(server.url('/ok'), PRODUCT, { lookup: options.lookup });
    expect(issue).toMatchObject({ code: 'LANDING_PAGE_UNREACHABLE', args: { kind: 'tls' } });
    expect(message(issue)).toMatch(/could not be loaded: TLS failed: .+ \((UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)\)\./);
  });

  it('TLS: a certificate for another name', async () => {
    const [issue] = await checkLandingPageOnline(server.url('/ok', 'other.contoso.com'), PRODUCT, { ...options, lookup: loopbackLookup(['other.contoso.com']) });
    expect(issue).toMatchObject({ code: 'LANDING_PAGE_UNREACHABLE', args: { kind: 'tls', code: 'ERR_TLS_CERT_ALTNAME_INVALID' } });
  });

  it('DNS: a name that does not resolve', async () => {
    const [issue] = await checkLandingPageOnline('https://unknown.contoso.com/', PRODUCT, options);
    expect(issue).toMatchObject({ code: 'LANDING_PAGE_UNREACHABLE', args: { kind: 'dns', code: 'ENOTFOUND' } });
    expect(message(issue)).toBe('landingPage "https://unknown.contoso.com/" could not be loaded: DNS lookup failed (ENOTFOUND).');
  });

  it('connection: nothing listens on the port', async () => {
    const closed = createTcpServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const [issue] = await checkLandingPageOnline(`https://${TEST_HOSTS[0]}:${port}/`, PRODUCT, options);
    expect(issue).toMatchObject({ code: 'LANDING_PAGE_UNREACHABLE', args: { kind: 'connection', code: 'ECONNREFUSED' } });
  });

  it('asked DNS only for the test host names', () => {
    expect(new Set(asked)).toEqual(new Set([...TEST_HOSTS.filter((host) => host !== 'www.contoso.com'), 'unknown.contoso.com']));
  });
});

describe('page text', () => {
  it.each([
    ['<p>Contoso <b>Cognito</b></p>', ' Contoso  Cognito  '],
    ['<script>x = "<p>a</p>"</script>b', ' b'],
    ['<STYLE type="text/css">p { }</STYLE>c', ' c'],
    ['a <!-- hidden --> b', 'a   b'],
    ['a < b and c > d', 'a < b and c > d'],
    ['<p>unclosed <script> everything after', ' unclosed '],
    ['x &amp; y &lt;z&gt; &#67;&#x6F; &nbsp;&unknown; &#0; &#xD800;', 'x & y <z> Co \u00a0&unknown; &#0; &#xD800;'],
  ])('%j', (html, text) => {
    expect(htmlText(html)).toBe(text);
  });

  it('decodes the basic entities', () => {
    expect(decodeEntities('&quot;Contoso&quot; &apos;Cognito&apos;&trade; &mdash; &#x1F6E1;')).toBe('"Contoso" \'Cognito\'™ — 🛡');
  });

  it.each([
    ['Contoso Cognito', 'Get CONTOSO   cognito today', true],
    ['Contoso Cognito™', 'Contoso CognitoTM', true],
    ['Contoso Cognito', 'Contoso\u00adCognito', false],
    ['Contoso Cognito', 'Contoso Cog\u00adnito', true],
    ['Contoso Cognito', 'Contoso', false],
  ])('%s in %j: %s', (name, text, found) => {
    expect(mentionsProductName(text, name)).toBe(found);
  });

  it('stays linear on hostile markup', () => {
    const hostile = '<script'.repeat(200_000) + '<!--'.repeat(200_000) + '&#'.repeat(200_000);
    const started = Date.now();
    htmlText(hostile);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
