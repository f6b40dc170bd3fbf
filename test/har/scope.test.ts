import { describe, expect, it } from 'vitest';
import { requirements } from '../../src/domain/requirements.js';
import { partnerCallOf, shortUrl } from '../../src/har/scope.js';

describe('partnerCallOf: which requests must carry the partner User-Agent', () => {
  it.each([
    ['https://api.security.microsoft.com/api/alerts', { host: 'api.security.microsoft.com', api: 'mde' }],
    ['https://us.api.security.microsoft.com/api/machines', { host: 'us.api.security.microsoft.com', api: 'mde' }],
    ['https://swa.api.security.microsoft.com/api/alerts', { host: 'swa.api.security.microsoft.com', api: 'mde' }],
    ['https://api.securitycenter.microsoft.com/api/alerts', { host: 'api.securitycenter.microsoft.com', api: 'mde' }],
    ['https://api-au.securitycenter.microsoft.com/api/alerts', { host: 'api-au.securitycenter.microsoft.com', api: 'mde' }],
    ['https://api-gcc.securitycenter.microsoft.us/api/alerts', { host: 'api-gcc.securitycenter.microsoft.us', api: 'mde' }],
    ['https://api-gov.securitycenter.microsoft.us/api/alerts', { host: 'api-gov.securitycenter.microsoft.us', api: 'mde' }],
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
    // Out of scope: token endpoints, other Graph calls, look-alike paths and hosts.
    ['https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token', undefined],
    ['https://login.microsoftonline.us/contoso/oauth2/v2.0/token', undefined],
    ['https://graph.microsoft.com/v1.0/me', undefined],
    ['https://graph.microsoft.com/v1.0/securityAlerts', undefined],
    ['https://graph.microsoft.com/v2.0/security/alerts', undefined],
    ['https://graph.microsoft.com/v1.0/users/security/alerts', undefined],
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

describe('shortUrl', () => {
  it.each([
    ['https://api.security.microsoft.com/api/alerts?$filter=x', 'https://api.security.microsoft.com/api/alerts?…'],
    ['https://graph.microsoft.com/v1.0/security/alerts_v2', 'https://graph.microsoft.com/v1.0/security/alerts_v2'],
    ['not a url', 'not a url'],
  ])('%s → %s', (url, shown) => {
    expect(shortUrl(url)).toBe(shown);
  });
});
