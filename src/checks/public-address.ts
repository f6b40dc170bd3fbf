import type { EmbeddedForm, NonPublicReason } from './catalog/landing-page.js';
import ipaddr from 'ipaddr.js';

type IPv4 = ipaddr.IPv4;
type IPv6 = ipaddr.IPv6;

/**
 * Why a host is not public, as data the catalog words (NOT_PUBLIC): `range` is ipaddr.js's name of
 * a special-purpose range; an IPv6 address that carries an IPv4 address names it (`ipv4`) and how
 * it carries it (`form`).
 */
export type NonPublic = { reason: NonPublicReason; range?: string; ipv4?: string; form?: EmbeddedForm; suffix?: string };

/**
 * IPv4-compatible addresses (::/96, RFC 4291 §2.5.5.1, deprecated) are not a range of ipaddr.js. The
 * ranges here are built from their parts: parsing them would compile ipaddr.js's address patterns at
 * every start, for the rare landing page whose host is an address.
 */
const IPV4_COMPATIBLE: [IPv6, number] = [new ipaddr.IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 96];
/** IANA's IPv6 global unicast space (2000::/3); everything else that is not a translation prefix is reserved. */
const GLOBAL_UNICAST: [IPv6, number] = [new ipaddr.IPv6([0x2000, 0, 0, 0, 0, 0, 0, 0]), 3];

const v4FromWord = (high: number, low: number): IPv4 => new ipaddr.IPv4([high >> 8, high & 255, low >> 8, low & 255]);

interface Embedded {
  ipv4: IPv4;
  /** How the IPv6 address carries it. */
  form: EmbeddedForm;
}

/**
 * The IPv4 address an IPv6 address stands for, when it is one of the forms that carry one (a socket
 * or a translator on the way delivers the packet to that IPv4 address). Undefined for a plain IPv6
 * address; null for a local-use NAT64 address whose IPv4 part cannot be told.
 */
function embeddedIPv4(address: IPv6): Embedded | null | undefined {
  const p = address.parts;
  const last = () => v4FromWord(p[6]!, p[7]!);
  switch (address.range()) {
    case 'ipv4Mapped': return { ipv4: address.toIPv4Address(), form: 'ipv4-mapped' };
    case 'rfc6145': return { ipv4: last(), form: 'siit' };
    case '6to4': return { ipv4: v4FromWord(p[1]!, p[2]!), form: '6to4' };
    // RFC 4380 §4: the client's address, every bit inverted, is the last 32 bits.
    case 'teredo': return { ipv4: v4FromWord(p[6]! ^ 0xffff, p[7]! ^ 0xffff), form: 'teredo' };
    case 'rfc6052': {
      if (p[2] === 0) return { ipv4: last(), form: 'nat64' };
      // 64:ff9b:1::/48 (RFC 8215) is for local use with any RFC 6052 prefix length; only the /96 form,
      // all zero between the prefix and the IPv4 part, says where the IPv4 address is.
      return p[3] === 0 && p[4] === 0 && p[5] === 0 ? { ipv4: last(), form: 'nat64-local' } : null;
    }
    // :: and ::1 are ranges of their own (unspecified, loopback), not IPv4-compatible addresses.
    case 'unicast': return address.match(IPV4_COMPATIBLE) ? { ipv4: last(), form: 'ipv4-compatible' } : undefined;
    default: return undefined;
  }
}

function ipv4Reason(address: IPv4): NonPublic | undefined {
  const range = address.range();
  return range === 'unicast' ? undefined : { reason: 'range', range };
}

function ipv6Reason(address: IPv6): NonPublic | undefined {
  const embedded = embeddedIPv4(address);
  if (embedded === null) return { reason: 'nat64-unknown' };
  if (embedded) {
    const reason = ipv4Reason(embedded.ipv4);
    return reason && { reason: 'embedded', range: reason.range, ipv4: embedded.ipv4.toString(), form: embedded.form };
  }
  const range = address.range();
  if (range !== 'unicast') return { reason: 'range', range };
  return address.match(GLOBAL_UNICAST) ? undefined : { reason: 'outside-unicast' };
}

/**
 * Why an IP address is not a public web host, or undefined when it is. Only what ipaddr.js calls
 * 'unicast' is public; an IPv6 address that carries an IPv4 address (mapped, compatible, SIIT,
 * NAT64, 6to4, Teredo) is judged by that IPv4 address. `address` is an IPv4 address in four-part
 * decimal or an IPv6 address, without brackets, with or without a zone (as DNS answers give it).
 */
export function nonPublicAddressReason(address: string): NonPublic | undefined {
  if (ipaddr.IPv4.isValidFourPartDecimal(address)) return ipv4Reason(ipaddr.IPv4.parse(address));
  if (ipaddr.IPv6.isValid(address)) return ipv6Reason(ipaddr.IPv6.parse(address));
  return { reason: 'not-ip' };
}
