import { describe, expect, it } from 'vitest';
import { requirements } from '../../src/domain/requirements.js';
import { graphBatchOf, isBatchedSecurityCall, partnerCallOf, pathSegments, shortUrl } from '../../src/har/scope.js';

describe('partnerCallOf: which requests must carry the partner User-Agent', () => {
  it.each([
    ['https://api.security.microsoft.com/api/alerts', { host: 'api.security.microsoft.com', api: 'mde' }],
    ['https://us.api.security.microsoft.com/api/machines', { host: 'us.api.security.microsoft.com', api: 'mde' }],
    ['https://swa.api.security.microsoft.com/api/alerts', { host: 'swa.api.security.microsoft.com', api: 'mde' }],
    ['https://api.securitycenter.microsoft.com/api/alerts', { host: 'api.securitycenter.microsoft.com', api: 'mde' }],
    ['https://api-au.securitycenter.microsoft.com/api/alerts', { host: 'api-au.securitycenter.microsoft.com', api: 'mde' }],
    ['https://api-gcc.securitycenter.microsoft.us/api/alerts', { host: 'api-gcc.securitycenter.microsoft.us', api: 'mde' }],
    ['https://api-gov.securitycenter.microsoft.us/api/alerts', { host: 'api-gov.securitycenter.microsoft.us', api: 'mde' }],
    // The historic host of the older API pages and the WDATP connectors, and its regional hosts.
    ['https://api.securitycenter.windows.com/api/alerts', { host: 'api.securitycenter.windows.com', api: 'mde' }],
    ['https://api-us.securitycenter.windows.com/api/advancedqueries/run', { host: 'api-us.securitycenter.windows.com', api: 'mde' }],
    ['https://api-eu.securitycenter.windows.com/api/machines', { host: 'api-eu.securitycenter.windows.com', api: 'mde' }],
    ['https://api-uk.securitycenter.windows.com/api/machines/1/isolate', { host: 'api-uk.securitycenter.windows.com', api: 'mde' }],
    ['https://API.Security.Microsoft.COM:443/api/alerts', { host: 'api.security.microsoft.com', api: 'mde' }],
    ['https://api.security.microsoft.com./api/alerts', { host: 'api.security.microsoft.com', api: 'mde' }],
    ['http://api.security.microsoft.com/api/alerts', { host: 'api.security.microsoft.com', api: 'mde' }],
    ['https://graph.microsoft.com/v1.0/security/alerts_v2', { host: 'graph.microsoft.com', api: 'graph-security' }],
    ['https://graph.microsoft.com/beta/security/runHuntingQuery', { host: 'graph.microsoft.com', api: 'graph-security' }],
    ['https://graph.microsoft.com/V1.0/Security/incidents', { host: 'graph.microsoft.com', api: 'graph-security' }],
    ['https://graph.microsoft.com/v1.0/security', { host: 'graph.microsoft.com', api: 'graph-security' }],
    ['https://graph.microsoft.us/v1.0/security/alerts_v2', { host: 'graph.microsoft.us', api: 'graph-security' }],
    ['https://dod-graph.microsoft.us/beta/security/incidents', { host: 'dod-graph.microsoft.us', api: 'graph-security' }],
    ['https://microsoftgraph.chinacloudapi.cn/v1.0/security/alerts_v2', { host: 'microsoftgraph.chinacloudapi.cn', api: 'graph-security' }],
    // Percent-encoded segments are decoded before they are compared.
    ['https://graph.microsoft.com/v1.0/%73ecurity/alerts_v2', { host: 'graph.microsoft.com', api: 'graph-security' }],
    ['https://graph.microsoft.com/%76%31%2E%30/%53%45%43%55%52%49%54%59/incidents', { host: 'graph.microsoft.com', api: 'graph-security' }],
    ['https://graph.microsoft.com/beta/secur%69ty', { host: 'graph.microsoft.com', api: 'graph-security' }],
    ['https://graph.microsoft.com/v1.0/security/alerts_v2/%2F..%2F', { host: 'graph.microsoft.com', api: 'graph-security' }],
    // Out of scope: token endpoints, other Graph calls, look-alike paths and hosts.
    ['https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token', undefined],
    ['https://login.microsoftonline.us/contoso/oauth2/v2.0/token', undefined],
    ['https://graph.microsoft.com/v1.0/me', undefined],
    ['https://graph.microsoft.com/v1.0/securityAlerts', undefined],
    ['https://graph.microsoft.com/v2.0/security/alerts', undefined],
    ['https://graph.microsoft.com/v1.0/users/security/alerts', undefined],
    // An encoded "/" stays inside its segment; a double encoding is decoded once; a lone "%" is kept.
    ['https://graph.microsoft.com/v1.0%2Fsecurity/alerts_v2', undefined],
    ['https://graph.microsoft.com/v1.0/security%2Falerts_v2', undefined],
    ['https://graph.microsoft.com/v1.0/%2573ecurity/alerts_v2', undefined],
    ['https://graph.microsoft.com/v1.0/security%/alerts_v2', undefined],
    ['https://graph.microsoft.com/v1.0/$batch', undefined],
    ['https://securitycenter.windows.com/api/alerts', undefined],
    ['https://api-au.securitycenter.windows.com/api/alerts', undefined],
    ['https://api.security.microsoft.com.evil.example/api/alerts', undefined],
    ['https://evil.example/api.security.microsoft.com/api/alerts', undefined],
    ['https://securitycenter.microsoft.com/api/alerts', undefined],
    ['https://security.microsoft.com/', undefined],
  ])('%s', (url, expected) => {
    expect(partnerCallOf(url)).toEqual(expected);
  });

  it('counts every MDE host of the requirements data, and only /security paths on every Graph host', () => {
    for (const host of requirements.apiHosts.mde) expect(partnerCallOf(`https://${host}/api/alerts`)?.api, host).toBe('mde');
    for (const host of requirements.apiHosts.graph) {
      expect(partnerCallOf(`https://${host}/v1.0/security/alerts_v2`)?.api, host).toBe('graph-security');
      expect(partnerCallOf(`https://${host}/v1.0/users`), host).toBeUndefined();
    }
  });

  it('throws for a URL that is not absolute (the audit reports HAR_INVALID)', () => {
    expect(() => partnerCallOf('/api/alerts')).toThrow(TypeError);
  });
});

describe('pathSegments', () => {
  it.each([
    ['/v1.0/security/alerts_v2', ['v1.0', 'security', 'alerts_v2']],
    ['/v1.0/%73ecurity/alerts_v2', ['v1.0', 'security', 'alerts_v2']],
    ['/V1.0/Security', ['v1.0', 'security']],
    ['/v1.0/security%2Falerts_v2', ['v1.0', 'security/alerts_v2']],
    ['/v1.0/%E2%82%AC', ['v1.0', '€']],
    ['/v1.0/%E2%82', ['v1.0', '%e2%82']],
    ['/v1.0/100%', ['v1.0', '100%']],
    ['/', ['']],
  ])('%s → %j', (path, segments) => {
    expect(pathSegments(path)).toEqual(segments);
  });
});

describe('graphBatchOf: Graph JSON batching endpoints', () => {
  it.each([
    ['https://graph.microsoft.com/v1.0/$batch', { host: 'graph.microsoft.com', version: 'v1.0' }],
    ['https://graph.microsoft.com/beta/$batch', { host: 'graph.microsoft.com', version: 'beta' }],
    ['https://Graph.Microsoft.US/V1.0/$BATCH', { host: 'graph.microsoft.us', version: 'v1.0' }],
    ['https://dod-graph.microsoft.us/v1.0/%24batch', { host: 'dod-graph.microsoft.us', version: 'v1.0' }],
    ['https://graph.microsoft.com/v1.0/$batch?x=1', { host: 'graph.microsoft.com', version: 'v1.0' }],
    ['https://graph.microsoft.com/v2.0/$batch', undefined],
    ['https://graph.microsoft.com/v1.0/$batch/x', undefined],
    ['https://graph.microsoft.com/v1.0/batch', undefined],
    ['https://graph.microsoft.com/$batch', undefined],
    ['https://api.security.microsoft.com/v1.0/$batch', undefined],
    ['https://evil.example/v1.0/$batch', undefined],
  ])('%s', (url, expected) => {
    expect(graphBatchOf(url)).toEqual(expected);
  });
});

describe('isBatchedSecurityCall: a url inside a $batch body, relative to its version', () => {
  const v1 = { host: 'graph.microsoft.com', version: 'v1.0' };
  const beta = { host: 'graph.microsoft.com', version: 'beta' };
  it.each([
    [v1, '/security/alerts_v2?$top=10', true],
    [v1, 'security/incidents', true],
    [v1, '/Security/Incidents/1', true],
    [v1, '/%73ecurity/alerts_v2', true],
    [beta, '/security/runHuntingQuery', true],
    [v1, 'https://graph.microsoft.com/beta/security/alerts_v2', true],
    [v1, '/me', false],
    [v1, '/users/x/security', false],
    [v1, '/securityAlerts', false],
    [v1, '/security%2Falerts_v2', false],
    [v1, '//evil.example/security/alerts_v2', false],
    [v1, 'https://evil.example/v1.0/security/alerts_v2', false],
    [v1, 'https://api.security.microsoft.com/api/alerts', false],
    [v1, '', false],
  ])('%j %s → %s', (batch, url, expected) => {
    expect(isBatchedSecurityCall(batch, url)).toBe(expected);
  });
});

describe('shortUrl', () => {
  it.each([
    ['https://api.security.microsoft.com/api/alerts?$filter=x', 'https://api.security.microsoft.com/api/alerts?…'],
    ['https://graph.microsoft.com/v1.0/security/alerts_v2', 'https://graph.microsoft.com/v1.0/security/alerts_v2'],
    ['not a url', 'not a url'],
  ])('%s → %s', (url, shown) => {
    expect(shortUrl(url)).toBe(shown);
  });
});
