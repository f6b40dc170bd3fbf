import { describe, expect, it } from 'vitest';
import { checkLandingPage, nonPublicAddressReason, nonPublicReason } from '../../src/checks/landing-page.js';

describe('checkLandingPage', () => {
  it.each([
    ['https://contoso.com/defender', []],
    ['https://contoso.com', []],
    ['https://www.contoso.co.uk/blog/mde?x=1#part', []],
    ['https://8.8.8.8/page', []],
    ['https://[2606:4700::1111]/', []],
    ['https://xn--bcher-kva.example.com/', []],
    ['https://bücher.example.com/', []],
    ['contoso.com/defender', ['LANDING_PAGE_INVALID_URL']],
    ['not a url', ['LANDING_PAGE_INVALID_URL']],
    ['', ['LANDING_PAGE_INVALID_URL']],
    ['http://contoso.com/defender', ['LANDING_PAGE_NOT_HTTPS']],
    ['HTTP://contoso.com/', ['LANDING_PAGE_NOT_HTTPS']],
    ['ftp://contoso.com/', ['LANDING_PAGE_NOT_HTTPS']],
    ['javascript:alert(1)', ['LANDING_PAGE_NOT_HTTPS']],
    ['https://user:secret@contoso.com/', ['LANDING_PAGE_CREDENTIALS']],
    ['https://user@contoso.com/', ['LANDING_PAGE_CREDENTIALS']],
    ['https://localhost/', ['LANDING_PAGE_NOT_PUBLIC']],
    ['https://app.localhost/', ['LANDING_PAGE_NOT_PUBLIC']],
    ['https://127.0.0.1/', ['LANDING_PAGE_NOT_PUBLIC']],
    ['https://2130706433/', ['LANDING_PAGE_NOT_PUBLIC']],
    ['https://0x7f.1/', ['LANDING_PAGE_NOT_PUBLIC']],
    ['https://10.1.2.3/', ['LANDING_PAGE_NOT_PUBLIC']],
    ['https://172.20.0.1/', ['LANDING_PAGE_NOT_PUBLIC']],
    ['https://192.168.1.10/', ['LANDING_PAGE_NOT_PUBLIC']],
    ['https://169.254.169.254/latest/meta-data', ['LANDING_PAGE_NOT_PUBLIC']],
    ['https://100.64.0.1/', ['LANDING_PAGE_NOT_PUBLIC']],
    ['https://0.0.0.0/', ['LANDING_PAGE_NOT_PUBLIC']],
    ['https://[::1]/', ['LANDING_PAGE_NOT_PUBLIC']],
    ['https://[fe80::1]/', ['LANDING_PAGE_NOT_PUBLIC']],
    ['https://[fd00::1]/', ['LANDING_PAGE_NOT_PUBLIC']],
    ['https://[::ffff:192.168.0.1]/', ['LANDING_PAGE_NOT_PUBLIC']],
    ['https://[2001:db8::1]/', ['LANDING_PAGE_NOT_PUBLIC']],
    ['https://intranet/', ['LANDING_PAGE_NOT_PUBLIC']],
    ['https://printer.local/', ['LANDING_PAGE_NOT_PUBLIC']],
    ['https://wiki.corp/', ['LANDING_PAGE_NOT_PUBLIC']],
    ['https://site.internal/', ['LANDING_PAGE_NOT_PUBLIC']],
    ['https://contoso.test/', ['LANDING_PAGE_NOT_PUBLIC']],
    ['https://admin:pw@10.0.0.1/', ['LANDING_PAGE_CREDENTIALS', 'LANDING_PAGE_NOT_PUBLIC']],
  ])('%j → %j', (url, codes) => {
    const issues = checkLandingPage(url);
    expect(issues.map((i) => i.code)).toEqual(codes);
    for (const issue of issues) expect(issue.field).toBe('/landingPage');
  });

  it('suggests the https URL for an http one', () => {
    expect(checkLandingPage('http://contoso.com/a?b=c')[0]?.args?.suggestion).toBe('https://contoso.com/a?b=c');
  });

  it('suggests the URL without credentials', () => {
    expect(checkLandingPage('https://u:p@contoso.com/x')[0]?.args?.suggestion).toBe('https://contoso.com/x');
  });

  it('suggests https:// for a bare host', () => {
    expect(checkLandingPage('contoso.com/defender')[0]?.args?.suggestion).toBe('https://contoso.com/defender');
  });
});

describe('nonPublicReason', () => {
  it.each([
    ['example.com', undefined],
    ['203.0.113.5', 'a documentation address'],
    ['198.18.0.1', 'a benchmarking address'],
    ['224.0.0.1', 'a multicast address'],
    ['[ff02::1]', 'a multicast address'],
  ])('%s → %s', (host, reason) => {
    expect(nonPublicReason(host)).toBe(reason);
  });
});

describe('nonPublicAddressReason (addresses as DNS gives them, for --online)', () => {
  it.each([
    ['20.70.246.20', undefined],
    ['2603:1030:20e:3::23c', undefined],
    ['10.0.0.1', 'a private address'],
    ['127.0.0.53', 'a loopback address'],
    ['169.254.169.254', 'a link-local address'],
    ['::1', 'a loopback address'],
    ['::ffff:127.0.0.1', 'a loopback address'],
    ['::FFFF:7F00:1', 'a loopback address'],
    ['fe80::1%eth0', 'a link-local address'],
    ['FD12:3456::1', 'a private (unique local) address'],
    ['not-an-address', 'not an IP address'],
  ])('%s → %s', (address, reason) => {
    expect(nonPublicAddressReason(address)).toBe(reason);
  });
});
