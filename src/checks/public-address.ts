import ipaddr from 'ipaddr.js';

type IPv4 = ipaddr.IPv4;
type IPv6 = ipaddr.IPv6;

/** ipaddr.js's names for the IPv4 and IPv6 special-purpose ranges, as a reason a reader understands. */
const RANGE_REASONS: Readonly<Record<string, string>> = {
  unspecified: 'a "this network" or unspecified address',
  broadcast: 'the broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address',
  loopback: 'a loopback address',
  carrierGradeNat: 'a shared (carrier-grade NAT) address',
  private: 'a private address',
  uniqueLocal: 'a private (unique local) address',
  deprecatedSiteLocal: 'a site-local address',
  discard: 'a discard address',
  benchmarking: 'a benchmarking address',
  amt: 'a multicast tunnelling (AMT) address',
  as112: 'a DNS sink (AS112) address',
  as112v6: 'a DNS sink (AS112) address',
  deprecatedOrchid: 'an ORCHID identifier, not a host address',
  orchid2: 'an ORCHID identifier, not a host address',
  droneRemoteIdProtocolEntityTags: 'a drone identifier, not a host address',
  segmentRouting: 'a segment-routing address',
  reserved: 'a reserved or documentation address',
};

/** IPv4-compatible addresses (::a.b.c.d, RFC 4291 §2.5.5.1, deprecated) are not a range of ipaddr.js. */
const IPV4_COMPATIBLE = ipaddr.IPv6.parseCIDR('::/96');
/** IANA's IPv6 global unicast space; everything else that is not a translation prefix is reserved. */
const GLOBAL_UNICAST = ipaddr.IPv6.parseCIDR('2000::/3');

const v4FromWord = (high: number, low: number): IPv4 => new ipaddr.IPv4([high >> 8, high & 255, low >> 8, low & 255]);

interface Embedded {
  ipv4: IPv4;
  /** How the IPv6 address carries it, as the reason says. */
  form: string;
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
    case 'ipv4Mapped': return { ipv4: address.toIPv4Address(), form: 'IPv4-mapped' };
    case 'rfc6145': return { ipv4: last(), form: 'IPv4-translated (SIIT)' };
    case '6to4': return { ipv4: v4FromWord(p[1]!, p[2]!), form: '6to4' };
    // RFC 4380 §4: the client's address, every bit inverted, is the last 32 bits.
    case 'teredo': return { ipv4: v4FromWord(p[6]! ^ 0xffff, p[7]! ^ 0xffff), form: 'Teredo' };
    case 'rfc6052': {
      if (p[2] === 0) return { ipv4: last(), form: 'NAT64 (64:ff9b::/96)' };
      // 64:ff9b:1::/48 (RFC 8215) is for local use with any RFC 6052 prefix length; only the /96 form,
      // all zero between the prefix and the IPv4 part, says where the IPv4 address is.
      return p[3] === 0 && p[4] === 0 && p[5] === 0 ? { ipv4: last(), form: 'NAT64 (64:ff9b:1::/96)' } : null;
    }
    // :: and ::1 are ranges of their own (unspecified, loopback), not IPv4-compatible addresses.
    case 'unicast': return address.match(IPV4_COMPATIBLE) ? { ipv4: last(), form: 'IPv4-compatible' } : undefined;
    default: return undefined;
  }
}

function ipv4Reason(address: IPv4): string | undefined {
  const range = address.range();
  return range === 'unicast' ? undefined : RANGE_REASONS[range] ?? `a special-purpose address (${range})`;
}

function ipv6Reason(address: IPv6): string | undefined {
  const embedded = embeddedIPv4(address);
  if (embedded === null) return 'a local-use NAT64 address whose IPv4 part cannot be told';
  if (embedded) {
    const reason = ipv4Reason(embedded.ipv4);
    return reason && `an IPv6 address carrying ${embedded.ipv4.toString()} (${embedded.form}), ${reason}`;
  }
  const range = address.range();
  if (range !== 'unicast') return RANGE_REASONS[range] ?? `a special-purpose address (${range})`;
  return address.match(GLOBAL_UNICAST) ? undefined : 'a reserved address (outside the global unicast space 2000::/3)';
}

/**
 * Why an IP address is not a public web host, or undefined when it is. Only what ipaddr.js calls
 * 'unicast' is public; an IPv6 address that carries an IPv4 address (mapped, compatible, SIIT,
 * NAT64, 6to4, Teredo) is judged by that IPv4 address. `address` is an IPv4 address in four-part
 * decimal or an IPv6 address, without brackets, with or without a zone (as DNS answers give it).
 */
export function nonPublicAddressReason(address: string): string | undefined {
  if (ipaddr.IPv4.isValidFourPartDecimal(address)) return ipv4Reason(ipaddr.IPv4.parse(address));
  if (ipaddr.IPv6.isValid(address)) return ipv6Reason(ipaddr.IPv6.parse(address));
  return 'not an IP address';
}
