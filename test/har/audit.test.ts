import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditCapture, checkRequestUserAgent } from '../../src/har/audit.js';
import { HarScanner, type CapturedRequest, type HarProblem } from '../../src/har/reader.js';

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
    ['token-only.har', 3, []],
    ['wrong-types.har', 7, [{ host: 'api.security.microsoft.com', api: 'mde', requests: 1, rightAgent: 1, wrongAgent: 0 }]],
  ])('%s: per-host summary', async (name, entries, hosts) => {
    const { audit: summary } = await audit(name);
    expect(summary.entries).toBe(entries);
    expect(summary.hosts).toEqual(hosts);
    expect(summary.partnerRequests).toBe(hosts.reduce((n, h) => n + h.requests, 0));
    expect(summary.expectedUserAgent).toBe(EXPECTED);
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
    const result = await run(path, { file: 'big.har', limits: { maxBytes: 32, maxDepth: 1024, maxFieldChars: 1024 } });
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
    const result = await run(path, { file: 'long.har', limits: { maxBytes: 1 << 20, maxDepth: 64, maxFieldChars: 100 } });
    expect(brief(result).map((f) => f.code)).toEqual(['USER_AGENT_WRONG']);
  });

  it('finds the headers whatever the member order and ignores unknown members of any type', async () => {
    const text = '{"log": {"entries": [{"response": {"content": {"text": "{\\"request\\": 1}"}}, "request": {"headers": [{"value": "python-requests/2.31", "name": "USER-AGENT"}], "x": [1, {"url": 2}], "url": "https://api.security.microsoft.com/api/alerts", "method": "GET"}}], "creator": 5}}';
    const result = await run(write('order.har', text));
    expect(brief(result).map((f) => [f.code, f.field])).toEqual([['USER_AGENT_NOT_SENT', '/log/entries/0/request/headers/0/value']]);
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
    [[`${EXPECTED} python-requests/2.31.0`], 'USER_AGENT_WRONG', 'it has other text besides the expected value'],
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
    expect(issue?.args?.reason).toBe(reason);
    if (code === 'USER_AGENT_MULTIPLE') expect(issue).toMatchObject({ field: '/log/entries/3/request/headers/2', line: 13, args: { count: 2 } });
    else if (code && values.length === 0) expect(issue).toMatchObject({ field: '/log/entries/3/request/headers', line: 11 });
    else if (code) expect(issue).toMatchObject({ field: '/log/entries/3/request/headers/1/value', line: 12 });
  });

  it('never accepts a truncated value', () => {
    const captured = request(EXPECTED);
    captured.userAgents[0]!.truncated = true;
    expect(checkRequestUserAgent(captured, EXPECTED)?.code).toBe('USER_AGENT_WRONG');
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
    for (const name of ['good.har', 'government.har', 'wrong-types.har', 'duplicate-agent.har']) {
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
    });
  });

  it('counts entries and stops at the first syntax error with its line', () => {
    const result = scan(['{"log": {"entries": [\n', '{"request": {"method": "GET", "url": "https://x.example/", "headers": []}},\n', '{"request": oops}\n', ']}}']);
    expect(result.requests).toHaveLength(1);
    expect(result.fatal).toBe(true);
    expect(result.problems).toEqual([{ pointer: '', detail: expect.stringMatching(/^not valid JSON: /), line: 3 }]);
  });
});
