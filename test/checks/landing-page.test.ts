import { describe, expect, it } from 'vitest';
import { loadCodeMessages } from '../../src/messages/codes.js';

const { notPublic: notPublicWords } = await loadCodeMessages('en');
import { checkLandingPage, nonPublicReason as hostReason } from '../../src/checks/landing-page.js';
import { nonPublicAddressReason as addressReason, type NonPublic } from '../../src/checks/public-address.js';

// The checks hand over a reason id and its values; these tables hold the catalog's words for them.
const words = (reason: NonPublic | undefined) => reason && notPublicWords(reason);
const nonPublicReason = (host: string) => words(hostReason(host));
const nonPublicAddressReason = (address: string) => words(addressReason(address));
import { embeddedRows, IPV4_KINDS, IPV4_SPELLINGS, IPV6_FORMS } from '../helpers/embedded-ipv4.js';

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
    ['203.0.113.5', 'a reserved or documentation address'],
    ['198.18.0.1', 'a reserved or documentation address'],
    ['224.0.0.1', 'a multicast address'],
    ['255.255.255.255', 'the broadcast address'],
    ['192.175.48.1', 'a DNS sink (AS112) address'],
    ['[ff02::1]', 'a multicast address'],
    ['[2001:db8::1]', 'a reserved or documentation address'],
    ['[2001:2::1]', 'a benchmarking address'],
    ['[100::1]', 'a discard address'],
    ['[fec0::1]', 'a site-local address'],
    ['[4000::1]', 'a reserved address (outside the global unicast space 2000::/3)'],
    ['[2606:4700::1111]', undefined],
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
    ['::ffff:127.0.0.1', 'an IPv6 address carrying 127.0.0.1 (IPv4-mapped), a loopback address'],
    ['::FFFF:7F00:1', 'an IPv6 address carrying 127.0.0.1 (IPv4-mapped), a loopback address'],
    ['fe80::1%eth0', 'a link-local address'],
    ['FD12:3456::1', 'a private (unique local) address'],
    ['not-an-address', 'not an IP address'],
    ['127.1', 'not an IP address'],
    ['', 'not an IP address'],
  ])('%s → %s', (address, reason) => {
    expect(nonPublicAddressReason(address)).toBe(reason);
  });
});

/**
 * SSRF: an IPv4 address in a non-public range is refused however it is written — every IPv4
 * spelling URL accepts, and every IPv6 form that carries an IPv4 address — and the same forms
 * carrying a public IPv4 address pass. --online applies this same check to every redirect target
 * (test/online/landing-page.test.ts drives the hops and the DNS answers).
 */
describe('embedded and re-spelled IPv4 addresses', () => {
  const expectReason = (reason: string | undefined, ipv4: string, kind: string) => (found: string | undefined) => {
    if (kind === 'public') expect(found).toBeUndefined();
    else expect(found).toContain(reason!);
    if (found && found !== reason) expect(found).toContain(ipv4);
  };

  it.each(embeddedRows(IPV4_SPELLINGS))('URL host, IPv4 %s, %s: %s', (_form, kind, host, reason) => {
    const issues = checkLandingPage(`https://${host}/page`);
    expect(issues.map((issue) => issue.code)).toEqual(reason ? ['LANDING_PAGE_NOT_PUBLIC'] : []);
    // URL has already made it the dotted address, which the message shows.
    const ipv4 = IPV4_KINDS.find((k) => k.kind === kind)!.ipv4;
    if (reason) expect(issues[0]!.args!.host).toBe(JSON.stringify(ipv4));
    if (reason) expect(notPublicWords(issues[0]!.args!)).toBe(reason);
  });

  it.each(embeddedRows(IPV6_FORMS))('URL host, %s, %s: [%s]', (_form, kind, address, reason) => {
    const issues = checkLandingPage(`https://[${address}]/page`);
    expect(issues.map((issue) => issue.code)).toEqual(reason ? ['LANDING_PAGE_NOT_PUBLIC'] : []);
    const ipv4 = IPV4_KINDS.find((k) => k.kind === kind)!.ipv4;
    if (reason) expectReason(reason, ipv4, kind)(notPublicWords(issues[0]!.args!));
  });

  it.each(embeddedRows(IPV6_FORMS))('DNS answer, %s, %s: %s', (_form, kind, address, reason) => {
    const ipv4 = IPV4_KINDS.find((k) => k.kind === kind)!.ipv4;
    expectReason(reason, ipv4, kind)(nonPublicAddressReason(address));
  });

  it.each([
    ['a local-use NAT64 address with a shorter prefix (IPv4 part unknown)', '64:ff9b:1:7f00:1::', 'a local-use NAT64 address whose IPv4 part cannot be told'],
    ['a 6to4 relay anycast address (192.88.99.1)', '2002:c058:6301::1', 'a reserved or documentation address'],
    ['an IPv4-compatible 0.0.0.2', '::2', 'a "this network" or unspecified address'],
    ['a Teredo address whose client is 10.0.0.1', '2001:0:4136:e378:8000:63bf:f5ff:fffe', 'a private address'],
    ['a public Teredo server does not make a private client public', '2001:0:808:808:8000:63bf:f5ff:fffe', 'a private address'],
  ])('%s', (_name, address, reason) => {
    expect(nonPublicAddressReason(address)).toContain(reason);
    expect(nonPublicReason(`[${address}]`)).toContain(reason);
  });
});
