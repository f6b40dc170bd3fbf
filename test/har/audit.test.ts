import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkUserAgent } from '../../src/checks/user-agent.js';
import { auditCapture, checkRequestUserAgent } from '../../src/har/audit.js';
import { HarScanner, type CapturedRequest, type HarProblem } from '../../src/har/reader.js';
import { loadCodeMessages } from '../../src/messages/codes.js';

/** The English words of the codes (the tests read what English says). */
const { codes: words } = await loadCodeMessages('en');

const fixtures = resolve(__dirname, '../fixtures/har');
const EXPECTED = 'MdePartner-Contoso-ContosoCognito/1.0.0';

const audit = (name: string, options: { rules?: unknown; maxFindingsPerCode?: number } = {}) =>
  auditCapture(join(fixtures, name), EXPECTED, { file: name, ...options });

const brief = (result: Awaited<ReturnType<typeof audit>>) =>
  result.findings.map(({ code, severity, field, line }) => ({ code, severity, field, line }));

describe('auditCapture: the hand-written captures', () => {
  it.each([
    ['good.har', []],
    ['missing-agent.har', [{ code: 'USER_AGENT_NOT_SENT', severity: 'error', field: '/log/entries/0/request/headers', line: 14 }]],
    ['default-agent.har', [{ code: 'USER_AGENT_NOT_SENT', severity: 'error', field: '/log/entries/0/request/headers/1/value', line: 16 }]],
    ['old-version.har', [{ code: 'USER_AGENT_WRONG', severity: 'error', field: '/log/entries/0/request/headers/1/value', line: 16 }]],
    ['legacy-prefix.har', [{ code: 'USER_AGENT_WRONG', severity: 'error', field: '/log/entries/0/request/headers/1/value', line: 16 }]],
    ['duplicate-agent.har', [{ code: 'USER_AGENT_MULTIPLE', severity: 'error', field: '/log/entries/0/request/headers/2', line: 17 }]],
    ['government.har', [{ code: 'USER_AGENT_NOT_SENT', severity: 'error', field: '/log/entries/2/request/headers/0/value', line: 52 }]],
    ['graph-us.har', [{ code: 'USER_AGENT_NOT_SENT', severity: 'error', field: '/log/entries/1/request/headers/4/value', line: 40 }]],
    // Chrome's export: a preflight before the $batch and before the historic-host call (skipped), a
    // $batch carrying two Graph Security requests, a percent-encoded /security path, and the
    // historic host with " (Electron)" after the partner product.
    ['chrome-portal.har', [
      { code: 'USER_AGENT_NOT_SENT', severity: 'error', field: '/log/entries/2/request/headers/8/value', line: 236 },
      { code: 'USER_AGENT_NOT_SENT', severity: 'error', field: '/log/entries/3/request/headers/8/value', line: 332 },
      { code: 'USER_AGENT_EXTRA_PRODUCTS', severity: 'warning', field: '/log/entries/5/request/headers/8/value', line: 516 },
    ]],
    ['token-only.har', [{ code: 'HAR_NO_PARTNER_API_CALLS', severity: 'warning', field: '/log/entries', line: undefined }]],
    ['empty-entries.har', [{ code: 'HAR_NO_PARTNER_API_CALLS', severity: 'warning', field: '/log/entries', line: undefined }]],
    ['not-har.json', [{ code: 'HAR_INVALID', severity: 'error', field: '/log', line: 6 }]],
    ['not-json.har', [{ code: 'HAR_INVALID', severity: 'error', field: '', line: 1 }]],
    ['truncated.har', [{ code: 'HAR_INVALID', severity: 'error', field: '', line: 19 }]],
    ['wrong-types.har', [
      { code: 'HAR_INVALID', severity: 'error', field: '/log/entries/0/request/url', line: 9 },
      { code: 'HAR_INVALID', severity: 'error', field: '/log/entries/1/request/headers', line: 17 },
      { code: 'HAR_INVALID', severity: 'error', field: '/log/entries/2/request/headers/0/value', line: 24 },
      { code: 'HAR_INVALID', severity: 'error', field: '/log/entries/3', line: 27 },
      { code: 'HAR_INVALID', severity: 'error', field: '/log/entries/4/request', line: 30 },
      { code: 'HAR_INVALID', severity: 'error', field: '/log/entries/5/request/url', line: 34 },
    ]],
  ])('%s', async (name, findings) => {
    const result = await audit(name);
    expect(brief(result)).toEqual(findings);
    expect(result.ok).toBe(!findings.some((f) => f.severity === 'error'));
    for (const finding of result.findings) expect(finding.file).toBe(name);
  });

  it.each([
    ['good.har', 4, [
      { host: 'api.security.microsoft.com', api: 'mde', requests: 1, rightAgent: 1, wrongAgent: 0 },
      { host: 'graph.microsoft.com', api: 'graph-security', requests: 1, rightAgent: 1, wrongAgent: 0 },
    ]],
    ['government.har', 3, [
      { host: 'api-gcc.securitycenter.microsoft.us', api: 'mde', requests: 1, rightAgent: 0, wrongAgent: 1 },
      { host: 'api-gov.securitycenter.microsoft.us', api: 'mde', requests: 1, rightAgent: 1, wrongAgent: 0 },
    ]],
    ['graph-us.har', 2, [{ host: 'graph.microsoft.us', api: 'graph-security', requests: 1, rightAgent: 0, wrongAgent: 1 }]],
    ['chrome-portal.har', 7, [
      { host: 'api-eu.securitycenter.windows.com', api: 'mde', requests: 1, rightAgent: 1, wrongAgent: 0 },
      // " (Electron)" after the partner product: a warning, and the product is sent
      { host: 'api.securitycenter.windows.com', api: 'mde', requests: 1, rightAgent: 1, wrongAgent: 0 },
      { host: 'graph.microsoft.com', api: 'graph-security', requests: 2, rightAgent: 0, wrongAgent: 2 },
    ]],
    ['token-only.har', 3, []],
    ['wrong-types.har', 7, [{ host: 'api.security.microsoft.com', api: 'mde', requests: 1, rightAgent: 1, wrongAgent: 0 }]],
  ])('%s: per-host summary', async (name, entries, hosts) => {
    const { audit: summary } = await audit(name);
    expect(summary.entries).toBe(entries);
    expect(summary.hosts).toEqual(hosts);
    expect(summary.partnerRequests).toBe(hosts.reduce((n, h) => n + h.requests, 0));
    expect(summary.expectedUserAgent).toBe(EXPECTED);
  });

  it.each([
    ['good.har', 0, 0],
    ['token-only.har', 0, 0],
    ['chrome-portal.har', 2, 0],
  ])('%s: %i CORS preflights skipped, %i batches not inspected', async (name, preflights, uninspected) => {
    const { audit: summary } = await audit(name);
    expect(summary.corsPreflightsSkipped).toBe(preflights);
    expect(summary.batchesNotInspected).toBe(uninspected);
  });

  it('says which requests a $batch carries and what follows the partner product', async () => {
    const [batch, encoded, extra] = (await audit('chrome-portal.har')).findings;
    expect(batch!.message).toMatch(/^POST https:\/\/graph\.microsoft\.com\/v1\.0\/\$batch \(carrying 2 Graph Security requests\) sent User-Agent "Mozilla\/5\.0 /);
    expect(encoded!.message).toMatch(/^GET https:\/\/graph\.microsoft\.com\/v1\.0\/%73ecurity\/alerts_v2\?… sent User-Agent "Mozilla/);
    expect(extra!.message).toBe(`GET https://api.securitycenter.windows.com/api/machines: User-Agent "${EXPECTED} (Electron)" adds "(Electron)" after the partner product "${EXPECTED}".`);
  });

  it('says what was sent and what is expected', async () => {
    const [legacy] = (await audit('legacy-prefix.har')).findings;
    expect(legacy!.message).toBe('POST https://api.securitycenter.microsoft.com/api/advancedqueries/run sent User-Agent "MdatpPartner-Contoso-ContosoCognito/1.0.0": it uses the old prefix MdatpPartner-.');
    expect(legacy!.hint).toBe(`Send exactly ${EXPECTED}.`);
    const [library] = (await audit('default-agent.har')).findings;
    expect(library!.message).toContain('sent User-Agent "python-requests/2.31.0" instead of the partner User-Agent');
    const [missing] = (await audit('missing-agent.har')).findings;
    // The query string is cut from the URL shown.
    expect(missing!.message).toBe('GET https://api.security.microsoft.com/api/machines?… sent no User-Agent.');
  });

  it('applies the listing\'s rule overrides, but not to locked codes', async () => {
    const relaxed = await audit('default-agent.har', { rules: { USER_AGENT_NOT_SENT: 'warn' } });
    expect(brief(relaxed)[0]!.severity).toBe('warning');
    expect(relaxed.ok).toBe(true);
    expect(brief(await audit('not-json.har', { rules: { HAR_INVALID: 'off' } }))[0]!.code).toBe('HAR_INVALID');
  });
});

describe('auditCapture: limits and hostile files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mde-har-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: string | Buffer) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  const entry = (url: string, ua?: string) => ({ request: { method: 'GET', url, headers: ua === undefined ? [] : [{ name: 'User-Agent', value: ua }] } });
  const har = (entries: unknown[]) => JSON.stringify({ log: { version: '1.2', entries } });
  const run = (path: string, options: Parameters<typeof auditCapture>[2] = { file: 'x.har' }) => auditCapture(path, EXPECTED, options);

  it('reports a code at most maxFindingsPerCode times; the last says how many more, the summary counts all', async () => {
    const path = write('many.har', har(Array.from({ length: 25 }, () => entry('https://api.security.microsoft.com/api/alerts'))));
    const result = await run(path, { file: 'many.har', maxFindingsPerCode: 10 });
    expect(result.findings).toHaveLength(10);
    expect(result.findings.at(-1)!.message).toMatch(/\(15 more like this not shown\)$/);
    expect(result.audit.hosts[0]).toMatchObject({ requests: 25, wrongAgent: 25 });
  });

  it.each([
    ['a gzip file', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), /gzip-compressed/],
    ['a zip file', Buffer.from('PK\x03\x04rest'), /zip archive/],
    ['UTF-16', Buffer.from('\ufeff{"log":{}}', 'utf16le'), /UTF-16/],
    ['an empty file', '', /the file is empty/],
    ['white space only', ' \n\t\n', /the file is empty/],
    ['a JSON array', '[{"log": {}}]', /the top level: expected a JSON object/],
    ['log.entries of the wrong type', '{"log": {"entries": {"0": {}}}}', /\/log\/entries: expected an array of entries, found an object/],
    ['no entries', '{"log": {"version": "1.2"}}', /\/log\/entries is missing/],
    ['trailing content', '{"log": {"entries": []}} {}', /not valid JSON/],
    ['deep nesting', `{"log": {"entries": [], "x": ${'['.repeat(5000)}`, /nested deeper than 1024 levels/],
  ])('%s is HAR_INVALID', async (_name, content, detail) => {
    const result = await run(write('hostile.har', content));
    expect(result.findings.map((f) => f.code)).toEqual(['HAR_INVALID']);
    expect(result.findings[0]!.message).toMatch(detail);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const path = write('big.har', har([entry('https://api.security.microsoft.com/api/alerts', EXPECTED)]));
    const result = await run(path, { file: 'big.har', limits: { maxBytes: 32, maxDepth: 1024, maxFieldChars: 1024, maxBodyChars: 1024 } });
    expect(result.findings.map((f) => f.code)).toEqual(['HAR_INVALID']);
    expect(result.findings[0]!.message).toMatch(/captures over 32 bytes/);
    expect(result.audit.partnerRequests).toBe(0);
  });

  it('accepts a byte-order mark, CRLF line ends and a minified file', async () => {
    const text = har([entry('https://api.security.microsoft.com/api/alerts', EXPECTED)]);
    for (const content of [`\ufeff${text}`, JSON.stringify(JSON.parse(text), null, 2).replace(/\n/g, '\r\n'), text]) {
      const result = await run(write('variant.har', content));
      expect(result.findings).toEqual([]);
      expect(result.audit.partnerRequests).toBe(1);
    }
  });

  it('keeps only a prefix of a huge User-Agent value and never takes it for the expected one', async () => {
    const path = write('long.har', har([entry('https://api.security.microsoft.com/api/alerts', EXPECTED + 'x'.repeat(100_000))]));
    const result = await run(path, { file: 'long.har', limits: { maxBytes: 1 << 20, maxDepth: 64, maxFieldChars: 100, maxBodyChars: 100 } });
    expect(brief(result).map((f) => f.code)).toEqual(['USER_AGENT_WRONG']);
  });

  it('finds the headers whatever the member order and ignores unknown members of any type', async () => {
    const text = '{"log": {"entries": [{"response": {"content": {"text": "{\\"request\\": 1}"}}, "request": {"headers": [{"value": "python-requests/2.31", "name": "USER-AGENT"}], "x": [1, {"url": 2}], "url": "https://api.security.microsoft.com/api/alerts", "method": "GET"}}], "creator": 5}}';
    const result = await run(write('order.har', text));
    expect(brief(result).map((f) => [f.code, f.field])).toEqual([['USER_AGENT_NOT_SENT', '/log/entries/0/request/headers/0/value']]);
  });
});

describe('auditCapture: preflights, $batch requests and encoded paths', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mde-har-shapes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
  const BATCH = 'https://graph.microsoft.com/v1.0/$batch';
  interface Shape { method?: string; url: string; ua?: string; headers?: Array<{ name: string; value: string }>; resourceType?: unknown; typeAfter?: boolean; postData?: unknown }
  const entry = ({ method = 'GET', url, ua = EXPECTED, headers = [], resourceType, typeAfter, postData }: Shape) => {
    const request = { method, url, headers: [...headers, { name: 'User-Agent', value: ua }], ...(postData !== undefined ? { postData } : {}) };
    if (resourceType === undefined) return { request };
    // Chrome writes _resourceType before the request; the reader must not depend on it.
    return typeAfter ? { request, _resourceType: resourceType } : { _resourceType: resourceType, request };
  };
  const body = (...urls: string[]) => ({ mimeType: 'application/json', text: JSON.stringify({ requests: urls.map((url, i) => ({ id: String(i + 1), method: 'GET', url })) }) });
  const acrm = [{ name: 'Access-Control-Request-Method', value: 'GET' }, { name: 'Origin', value: 'https://portal.contoso.example' }];
  let n = 0;
  const run = async (shapes: Shape[], limits?: { maxBodyChars: number }) => {
    const path = join(dir, `shape-${n++}.har`);
    writeFileSync(path, JSON.stringify({ log: { version: '1.2', entries: shapes.map(entry) } }));
    const result = await auditCapture(path, EXPECTED, { file: 'x.har', ...(limits ? { limits: { maxBytes: 1 << 20, maxDepth: 64, maxFieldChars: 1024, ...limits } } : {}) });
    const { partnerRequests, corsPreflightsSkipped, batchesNotInspected } = result.audit;
    return { codes: result.findings.map((f) => f.code), partnerRequests, corsPreflightsSkipped, batchesNotInspected, findings: result.findings };
  };
  const judged = (codes: string[], partnerRequests = codes.length) => ({ codes, partnerRequests, corsPreflightsSkipped: 0, batchesNotInspected: 0 });
  const nothing = { codes: ['HAR_NO_PARTNER_API_CALLS'], partnerRequests: 0 };

  it.each<[string, Shape, Record<string, unknown>]>([
    // CORS preflights: by Chrome's _resourceType or by Access-Control-Request-Method, in any member order.
    ['a Chrome preflight', { method: 'OPTIONS', url: 'https://api.security.microsoft.com/api/alerts', ua: CHROME, resourceType: 'preflight', headers: acrm }, { ...nothing, corsPreflightsSkipped: 1 }],
    ['_resourceType "preflight" without the header', { method: 'OPTIONS', url: 'https://api.security.microsoft.com/api/alerts', ua: CHROME, resourceType: 'preflight' }, { ...nothing, corsPreflightsSkipped: 1 }],
    ['_resourceType after the request', { method: 'OPTIONS', url: 'https://api.security.microsoft.com/api/alerts', ua: CHROME, resourceType: 'preflight', typeAfter: true }, { ...nothing, corsPreflightsSkipped: 1 }],
    ['Access-Control-Request-Method without _resourceType (mitmproxy, Firefox)', { method: 'options', url: 'https://graph.microsoft.com/v1.0/security/alerts_v2', ua: CHROME, headers: [{ name: 'access-control-request-method', value: 'GET' }] }, { ...nothing, corsPreflightsSkipped: 1 }],
    ['a preflight of a $batch', { method: 'OPTIONS', url: BATCH, ua: CHROME, resourceType: 'preflight', headers: acrm }, { ...nothing, corsPreflightsSkipped: 1 }],
    ['a preflight to another host is not counted', { method: 'OPTIONS', url: 'https://portal.contoso.example/api', ua: CHROME, resourceType: 'preflight', headers: acrm }, { ...nothing, corsPreflightsSkipped: 0 }],
    ['OPTIONS without the header is a call like any other', { method: 'OPTIONS', url: 'https://api.security.microsoft.com/api/alerts', ua: CHROME, resourceType: 'fetch' }, judged(['USER_AGENT_NOT_SENT'])],
    ['"preflight" on a GET is a call like any other', { url: 'https://api.security.microsoft.com/api/alerts', ua: CHROME, resourceType: 'preflight', headers: acrm }, judged(['USER_AGENT_NOT_SENT'])],
    ['a _resourceType that is not a string is ignored', { method: 'OPTIONS', url: 'https://api.security.microsoft.com/api/alerts', ua: CHROME, resourceType: { name: 'preflight' } }, judged(['USER_AGENT_NOT_SENT'])],
    // Graph $batch: the outer User-Agent is judged once for the Graph Security requests it carries.
    ['a $batch carrying Graph Security requests, right agent', { method: 'POST', url: BATCH, postData: body('/security/alerts_v2', '/me') }, judged([], 1)],
    ['a $batch carrying Graph Security requests, browser agent', { method: 'POST', url: BATCH, ua: CHROME, postData: body('/security/alerts_v2', 'security/incidents') }, judged(['USER_AGENT_NOT_SENT'])],
    ['a $batch whose requests are percent-encoded', { method: 'POST', url: BATCH, ua: CHROME, postData: body('/%73ecurity/alerts_v2') }, judged(['USER_AGENT_NOT_SENT'])],
    ['a beta $batch on a national cloud', { method: 'POST', url: 'https://graph.microsoft.us/beta/%24batch', ua: 'MdePartner-Contoso-ContosoCognito/0.9.0', postData: body('/security/runHuntingQuery') }, judged(['USER_AGENT_WRONG'])],
    ['a $batch of other Graph calls only', { method: 'POST', url: BATCH, ua: CHROME, postData: body('/me', '/users?$top=1') }, { ...nothing, batchesNotInspected: 0 }],
    ['a $batch that leaves Graph', { method: 'POST', url: BATCH, ua: CHROME, postData: body('//evil.example/security/alerts_v2') }, { ...nothing, batchesNotInspected: 0 }],
    ['GET on $batch is no batch', { url: BATCH, ua: CHROME, postData: body('/security/alerts_v2') }, { ...nothing, batchesNotInspected: 0 }],
    ['$batch on another host is no batch', { method: 'POST', url: 'https://evil.example/v1.0/$batch', ua: CHROME, postData: body('/security/alerts_v2') }, { ...nothing, batchesNotInspected: 0 }],
    // Bodies that cannot be read are counted, not judged.
    ['a $batch body that is not JSON', { method: 'POST', url: BATCH, ua: CHROME, postData: { mimeType: 'application/json', text: '{"requests": [' } }, { ...nothing, batchesNotInspected: 1 }],
    ['a $batch body without requests', { method: 'POST', url: BATCH, ua: CHROME, postData: { mimeType: 'application/json', text: '{"value": []}' } }, { ...nothing, batchesNotInspected: 1 }],
    ['a $batch body that is JSON null', { method: 'POST', url: BATCH, ua: CHROME, postData: { mimeType: 'application/json', text: 'null' } }, { ...nothing, batchesNotInspected: 1 }],
    ['a base64-encoded $batch body', { method: 'POST', url: BATCH, ua: CHROME, postData: { mimeType: 'application/json', encoding: 'base64', text: Buffer.from(body('/security/alerts_v2').text).toString('base64') } }, { ...nothing, batchesNotInspected: 1 }],
    ['a $batch without postData', { method: 'POST', url: BATCH, ua: CHROME }, { ...nothing, batchesNotInspected: 1 }],
    ['a $batch whose postData has no text (params only)', { method: 'POST', url: BATCH, ua: CHROME, postData: { mimeType: 'application/json', params: [] } }, { ...nothing, batchesNotInspected: 1 }],
    ['a $batch whose postData is not an object (not HAR_INVALID: postData is optional)', { method: 'POST', url: BATCH, ua: CHROME, postData: 'requests' }, { ...nothing, batchesNotInspected: 1 }],
    // Percent-encoded paths and the historic hosts.
    ['a percent-encoded Graph Security path', { url: 'https://graph.microsoft.com/v1.0/%73ecurity/alerts_v2', ua: CHROME }, judged(['USER_AGENT_NOT_SENT'])],
    ['an encoded "/" is no separator', { url: 'https://graph.microsoft.com/v1.0/security%2Falerts_v2', ua: CHROME }, nothing],
    ['the historic host', { url: 'https://api.securitycenter.windows.com/api/alerts', ua: 'python-requests/2.31.0' }, judged(['USER_AGENT_NOT_SENT'])],
    ['a historic regional host', { url: 'https://api-uk.securitycenter.windows.com/api/machines', ua: EXPECTED }, judged([], 1)],
  ])('%s', async (_name, shape, expected) => {
    expect(await run([shape])).toMatchObject({ corsPreflightsSkipped: 0, batchesNotInspected: 0, ...expected });
  });

  it('a $batch body longer than the kept prefix is not inspected, one within it is', async () => {
    const postData = body('/security/alerts_v2');
    const shape = { method: 'POST', url: BATCH, ua: CHROME, postData };
    expect(await run([shape], { maxBodyChars: postData.text.length - 1 })).toMatchObject({ ...nothing, batchesNotInspected: 1 });
    expect(await run([shape], { maxBodyChars: postData.text.length })).toMatchObject(judged(['USER_AGENT_NOT_SENT']));
  });

  it('one finding per $batch, at its User-Agent header, saying how many Graph Security requests it carries', async () => {
    const { findings } = await run([{ method: 'POST', url: BATCH, ua: CHROME, postData: body('/security/alerts_v2', '/me', '/security/incidents', '/security/secureScores') }]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'USER_AGENT_NOT_SENT', field: '/log/entries/0/request/headers/0/value' });
    expect(findings[0]!.message).toBe(`POST ${BATCH} (carrying 3 Graph Security requests) sent User-Agent "${CHROME.slice(0, 100)}…" instead of the partner User-Agent.`);
    const [one] = (await run([{ method: 'POST', url: BATCH, ua: 'MdatpPartner-Contoso-ContosoCognito/1.0.0', postData: body('/security/alerts_v2') }])).findings;
    expect(one!.message).toBe(`POST ${BATCH} (carrying 1 Graph Security request) sent User-Agent "MdatpPartner-Contoso-ContosoCognito/1.0.0": it uses the old prefix MdatpPartner-.`);
  });

  it.each<[string, Shape[], string]>([
    ['only preflights', [
      { method: 'OPTIONS', url: 'https://api.security.microsoft.com/api/alerts', ua: CHROME, resourceType: 'preflight' },
      { url: 'https://login.microsoftonline.com/contoso/oauth2/v2.0/token', ua: CHROME },
    ], 'None of the 2 requests in the capture could be judged: 1 is a CORS preflight (sent by the browser with its own User-Agent), and no other goes to an MDE API host or a Graph Security path.'],
    ['only a $batch that could not be read', [
      { method: 'POST', url: BATCH, ua: CHROME, postData: { mimeType: 'application/json', text: 'not json' } },
    ], 'None of the 1 requests in the capture could be judged: 1 is a Graph $batch whose body could not be read, and no other goes to an MDE API host or a Graph Security path.'],
    ['both', [
      { method: 'OPTIONS', url: BATCH, ua: CHROME, headers: acrm },
      { method: 'OPTIONS', url: BATCH, ua: CHROME, headers: acrm },
      { method: 'POST', url: BATCH, ua: CHROME, postData: { mimeType: 'application/json', text: 'not json' } },
      { method: 'POST', url: BATCH, ua: CHROME, postData: { mimeType: 'application/json', encoding: 'base64', text: 'e30=' } },
    ], 'None of the 4 requests in the capture could be judged: 2 are CORS preflights (sent by the browser with its own User-Agent) and 2 are Graph $batch requests whose body could not be read, and no other goes to an MDE API host or a Graph Security path.'],
    ['neither', [
      { url: 'https://graph.microsoft.com/v1.0/me', ua: CHROME },
    ], 'None of the 1 requests in the capture goes to an MDE API host or a Graph Security path.'],
  ])('HAR_NO_PARTNER_API_CALLS stays true with %s', async (_name, shapes, message) => {
    const { findings } = await run(shapes);
    expect(findings.map((f) => [f.code, f.message])).toEqual([['HAR_NO_PARTNER_API_CALLS', message]]);
  });
});

describe('checkRequestUserAgent', () => {
  const request = (...values: string[]): CapturedRequest => ({
    entry: 3,
    method: 'GET',
    url: 'https://api.security.microsoft.com/api/alerts',
    urlLine: 10,
    headersLine: 11,
    userAgents: values.map((value, i) => ({ value, truncated: false, header: i + 1, line: 12 + i })),
    userAgentCount: values.length,
  });
  it.each([
    [[EXPECTED], undefined, undefined],
    [[], 'USER_AGENT_NOT_SENT', undefined],
    [[''], 'USER_AGENT_NOT_SENT', undefined],
    [['python-requests/2.31.0'], 'USER_AGENT_NOT_SENT', undefined],
    [['Go-http-client/1.1'], 'USER_AGENT_NOT_SENT', undefined],
    [['MdePartner-Contoso-ContosoCognito/0.9.0'], 'USER_AGENT_WRONG', 'version "0.9.0" instead of "1.0.0"'],
    [['MdatpPartner-Contoso-ContosoCognito/1.0.0'], 'USER_AGENT_WRONG', 'it uses the old prefix MdatpPartner-'],
    [['mdatppartner-Contoso-ContosoCognito/1.0.0'], 'USER_AGENT_WRONG', 'it uses the old prefix MdatpPartner-'],
    [[`${EXPECTED} python-requests/2.31.0`], 'USER_AGENT_EXTRA_PRODUCTS', undefined],
    [[`${EXPECTED} (Windows NT 10.0; Win64; x64) Electron/30.0.1`], 'USER_AGENT_EXTRA_PRODUCTS', undefined],
    [[`${EXPECTED}\t(Linux)`], 'USER_AGENT_EXTRA_PRODUCTS', undefined],
    [[`${EXPECTED} (unclosed`], 'USER_AGENT_WRONG', 'it has other text besides the expected value'],
    [[`${EXPECTED} `], 'USER_AGENT_WRONG', 'it has white space around the value'],
    [[`${EXPECTED};python`], 'USER_AGENT_WRONG', 'it has other text besides the expected value'],
    [[`${EXPECTED} a/b/c`], 'USER_AGENT_WRONG', 'it has other text besides the expected value'],
    // Products after another partner product: the reason is about the partner product.
    [['MdePartner-Contoso-ContosoCognito/0.9.0 (Linux)'], 'USER_AGENT_WRONG', 'version "0.9.0" instead of "1.0.0"'],
    [['MdePartner-Fabrikam-Sentinel/1.0.0 python-requests/2.31.0'], 'USER_AGENT_WRONG', 'a different company or product'],
    [[` ${EXPECTED}`], 'USER_AGENT_WRONG', 'it has white space around the value'],
    [['mdepartner-contoso-contosocognito/1.0.0'], 'USER_AGENT_WRONG', 'the letter case differs'],
    [['MdePartner-Fabrikam-Sentinel/1.0.0'], 'USER_AGENT_WRONG', 'a different company or product'],
    [['python-requests/2.31 MdePartner-Contoso-Other/2'], 'USER_AGENT_WRONG', 'the partner token is not the whole value'],
    [['MdePartner-Contoso Cognito 1.0'], 'USER_AGENT_WRONG', 'it is not of the form MdePartner-{CompanyName}-{ProductName}/{Version}'],
    [[EXPECTED, EXPECTED], 'USER_AGENT_MULTIPLE', undefined],
    [[EXPECTED, 'okhttp/4.12.0'], 'USER_AGENT_MULTIPLE', undefined],
  ])('%j → %s', (values, code, reason) => {
    const issue = checkRequestUserAgent(request(...values), EXPECTED);
    expect(issue?.code).toBe(code);
    // The check hands over a reason id; the catalog words it.
    if (reason) expect(words.USER_AGENT_WRONG.message(issue!.args!)).toContain(`: ${reason}.`);
    else expect(issue?.args?.reason).toBeUndefined();
    if (code === 'USER_AGENT_MULTIPLE') expect(issue).toMatchObject({ field: '/log/entries/3/request/headers/2', line: 13, args: { count: 2 } });
    else if (code && values.length === 0) expect(issue).toMatchObject({ field: '/log/entries/3/request/headers', line: 11 });
    else if (code) expect(issue).toMatchObject({ field: '/log/entries/3/request/headers/1/value', line: 12 });
  });

  it('never accepts a truncated value, nor reads one as the partner product with more after it', () => {
    for (const value of [EXPECTED, `${EXPECTED} (Linux)`]) {
      const captured = request(value);
      captured.userAgents[0]!.truncated = true;
      expect(checkRequestUserAgent(captured, EXPECTED)?.code, value).toBe('USER_AGENT_WRONG');
    }
  });

  it.each([
    `${EXPECTED} python-requests/2.31.0`,
    `${EXPECTED} (compatible; x) y`,
    `${EXPECTED} (nested (comment \\) here))`,
  ])('gives %s what `ua check` gives it, at the header', (value) => {
    const field = '/log/entries/3/request/headers/1/value';
    const [checked] = checkUserAgent(value, EXPECTED, field);
    expect(checked!.code).toBe('USER_AGENT_EXTRA_PRODUCTS');
    expect(checkRequestUserAgent(request(value), EXPECTED)).toEqual({
      ...checked,
      line: 12,
      args: { method: 'GET', url: 'https://api.security.microsoft.com/api/alerts', expected: EXPECTED, batched: undefined, ...checked!.args },
    });
  });
});

describe('HarScanner', () => {
  const scan = (pieces: string[]) => {
    const requests: CapturedRequest[] = [];
    const problems: HarProblem[] = [];
    const scanner = new HarScanner({ request: (r) => requests.push(r), problem: (p) => problems.push(p) });
    for (const piece of pieces) scanner.write(piece);
    return { ...scanner.end(), requests, problems };
  };

  it('gives the same requests, lines and problems whatever the size of the pieces', () => {
    for (const name of ['good.har', 'government.har', 'wrong-types.har', 'duplicate-agent.har', 'chrome-portal.har']) {
      const text = readFileSync(join(fixtures, name), 'utf8');
      const whole = scan([text]);
      expect(whole.requests.length, name).toBeGreaterThan(0);
      for (const size of [1, 2, 7, 64, 1000]) {
        const pieces = Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));
        expect(scan(pieces), `${name} in pieces of ${size}`).toEqual(whole);
      }
    }
  });

  it('keeps only what the audit needs of a request', () => {
    const { requests } = scan([readFileSync(join(fixtures, 'good.har'), 'utf8')]);
    expect(requests[2]).toEqual({
      entry: 2,
      method: 'GET',
      url: 'https://graph.microsoft.com/v1.0/security/alerts_v2?$top=5',
      urlLine: 73,
      headersLine: 76,
      userAgents: [{ value: EXPECTED, truncated: false, header: 4, line: 81 }],
      userAgentCount: 1,
      corsRequestMethod: false,
    });
  });

  it('keeps the entry\'s _resourceType, the preflight header and the request body of a Chrome capture', () => {
    const { requests, problems } = scan([readFileSync(join(fixtures, 'chrome-portal.har'), 'utf8')]);
    expect(problems).toEqual([]);
    expect(requests.map((r) => [r.entry, r.method, r.resourceType, r.corsRequestMethod])).toEqual([
      [0, 'GET', 'script', false],
      [1, 'OPTIONS', 'preflight', true],
      [2, 'POST', 'fetch', false],
      [3, 'GET', 'fetch', false],
      [4, 'OPTIONS', 'preflight', true],
      [5, 'GET', 'fetch', false],
      [6, 'GET', 'fetch', false],
    ]);
    expect(JSON.parse(requests[2]!.body!.text!)).toMatchObject({ requests: [{ url: '/security/alerts_v2?$top=10' }, { url: '/security/incidents?$top=10' }, { url: '/me' }] });
    expect(requests[2]!.body!.truncated).toBe(false);
  });

  it('keeps a body only up to maxBodyChars, and other fields to maxFieldChars', () => {
    const requests: CapturedRequest[] = [];
    const scanner = new HarScanner({ request: (r) => requests.push(r), problem: () => {} }, { maxBytes: 1 << 20, maxDepth: 64, maxFieldChars: 12, maxBodyChars: 20 });
    scanner.write(JSON.stringify({ log: { entries: [{ request: { method: 'POST', url: 'https://x.example/', headers: [{ name: 'User-Agent', value: 'a'.repeat(30) }], postData: { text: 'b'.repeat(30), encoding: 'base64' } } }] } }));
    scanner.end();
    expect(requests[0]!.userAgents[0]).toMatchObject({ value: 'a'.repeat(12), truncated: true });
    expect(requests[0]!.body).toEqual({ text: 'b'.repeat(20), truncated: true, encoding: 'base64' });
  });

  it('counts entries and stops at the first syntax error with its line', () => {
    const result = scan(['{"log": {"entries": [\n', '{"request": {"method": "GET", "url": "https://x.example/", "headers": []}},\n', '{"request": oops}\n', ']}}']);
    expect(result.requests).toHaveLength(1);
    expect(result.fatal).toBe(true);
    expect(result.problems).toEqual([{ pointer: '', args: expect.objectContaining({ reason: 'syntax' }), line: 3 }]);
    expect(words.HAR_INVALID.message(result.problems[0]!.args)).toMatch(/^The capture is not a usable HAR file: not valid JSON: /);
  });
});
