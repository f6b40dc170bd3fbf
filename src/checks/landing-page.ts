import { createRequire } from 'node:module';
import type { BlockList } from 'node:net';
import type { Issue } from './finding.js';
import { show } from './text.js';

/**
 * Names that never resolve on the public internet: RFC 6761 (.localhost, .test, .invalid, .example),
 * RFC 6762 (.local), RFC 8375 (.home.arpa), ICANN's .internal and its never-delegated .corp and .home.
 */
const RESERVED_SUFFIXES = ['localhost', 'local', 'test', 'invalid', 'example', 'internal', 'home.arpa', 'corp', 'home'];

/** IANA special-purpose address registries (IPv4 and IPv6): none of these is a public web host. */
const NOT_PUBLIC_V4: ReadonlyArray<[string, number, string]> = [
  ['0.0.0.0', 8, 'a "this network" address'],
  ['10.0.0.0', 8, 'a private address'],
  ['100.64.0.0', 10, 'a shared (carrier-grade NAT) address'],
  ['127.0.0.0', 8, 'a loopback address'],
  ['169.254.0.0', 16, 'a link-local address'],
  ['172.16.0.0', 12, 'a private address'],
  ['192.0.0.0', 24, 'a reserved address'],
  ['192.0.2.0', 24, 'a documentation address'],
  ['192.88.99.0', 24, 'a reserved address'],
  ['192.168.0.0', 16, 'a private address'],
  ['198.18.0.0', 15, 'a benchmarking address'],
  ['198.51.100.0', 24, 'a documentation address'],
  ['203.0.113.0', 24, 'a documentation address'],
  ['224.0.0.0', 4, 'a multicast address'],
  ['240.0.0.0', 4, 'a reserved address'],
];
const NOT_PUBLIC_V6: ReadonlyArray<[string, number, string]> = [
  ['::', 128, 'the unspecified address'],
  ['::1', 128, 'a loopback address'],
  ['64:ff9b:1::', 48, 'a local translation address'],
  ['100::', 64, 'a discard address'],
  ['2001::', 23, 'a reserved address'],
  ['2001:db8::', 32, 'a documentation address'],
  ['3fff::', 20, 'a documentation address'],
  ['fc00::', 7, 'a private (unique local) address'],
  ['fe80::', 10, 'a link-local address'],
  ['fec0::', 10, 'a site-local address'],
  ['ff00::', 8, 'a multicast address'],
];

interface AddressRanges {
  v4: Array<[BlockList, string]>;
  v6: Array<[BlockList, string]>;
}
let ranges: AddressRanges | undefined;

/** node:net is only loaded for the rare landing page whose host is an IP literal. */
function addressRanges(): AddressRanges {
  if (ranges) return ranges;
  const net = createRequire(import.meta.url)('node:net') as typeof import('node:net');
  const build = (list: ReadonlyArray<[string, number, string]>, type: 'ipv4' | 'ipv6') =>
    list.map(([address, prefix, reason]): [BlockList, string] => {
      const block = new net.BlockList();
      block.addSubnet(address, prefix, type);
      return [block, reason];
    });
  ranges = { v4: build(NOT_PUBLIC_V4, 'ipv4'), v6: build(NOT_PUBLIC_V6, 'ipv6') };
  return ranges;
}

function ipv4Reason(address: string): string | undefined {
  return addressRanges().v4.find(([block]) => block.check(address, 'ipv4'))?.[1];
}

function ipv6Reason(address: string): string | undefined {
  // IPv4-mapped (::ffff:a.b.c.d, which URL writes as ::ffff:xxxx:yyyy) is judged as the IPv4 address.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(address);
  if (mapped) {
    const high = parseInt(mapped[1]!, 16);
    const low = parseInt(mapped[2]!, 16);
    return ipv4Reason(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
  }
  return addressRanges().v6.find(([block]) => block.check(address, 'ipv6'))?.[1];
}

/** Why a URL host cannot be a public landing page, or undefined when it can be. */
export function nonPublicReason(hostname: string): string | undefined {
  if (hostname.startsWith('[')) return ipv6Reason(hostname.slice(1, -1));
  if (/^\d+\.\d+\.\d+\.\d+$/.test(hostname)) return ipv4Reason(hostname);
  const name = hostname.replace(/\.$/, '');
  if (!name.includes('.')) return name === 'localhost' ? 'the local machine' : 'a single-label (intranet) name';
  const suffix = RESERVED_SUFFIXES.find((s) => name === s || name.endsWith(`.${s}`));
  return suffix ? `under the reserved or local-only name ".${suffix}"` : undefined;
}

/**
 * Why an address a host name resolved to (as DNS gives it: no brackets, maybe a zone) is not a
 * public web host, or undefined when it is. Used by `--online` before connecting.
 */
export function nonPublicAddressReason(address: string): string | undefined {
  const bare = address.replace(/%.*$/, '').toLowerCase();
  if (/^\d+\.\d+\.\d+\.\d+$/.test(bare)) return ipv4Reason(bare);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  if (mapped) return ipv4Reason(mapped[1]!);
  return bare.includes(':') ? ipv6Reason(bare) : 'not an IP address';
}

export function checkLandingPage(value: string): Issue[] {
  const field = '/landingPage';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    const looksLikeHost = /^[\w.-]+\.[a-z]{2,}(\/|$)/i.test(value.trim());
    return [{ code: 'LANDING_PAGE_INVALID_URL', field, args: { value: show(value), suggestion: looksLikeHost ? `https://${value.trim()}` : undefined } }];
  }
  if (url.protocol !== 'https:') {
    const suggestion = url.protocol === 'http:' ? `https://${url.href.slice('http://'.length)}` : undefined;
    return [{ code: 'LANDING_PAGE_NOT_HTTPS', field, args: { scheme: url.protocol, suggestion } }];
  }
  const issues: Issue[] = [];
  if (url.username || url.password) {
    const clean = new URL(url.href);
    clean.username = '';
    clean.password = '';
    issues.push({ code: 'LANDING_PAGE_CREDENTIALS', field, args: { suggestion: clean.href } });
  }
  const reason = nonPublicReason(url.hostname);
  if (reason) issues.push({ code: 'LANDING_PAGE_NOT_PUBLIC', field, args: { host: show(url.hostname), reason } });
  return issues;
}
