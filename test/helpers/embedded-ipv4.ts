/**
 * Every way an IPv4 address can be written as a URL host or come back from DNS, for the SSRF
 * tables: the IPv4 spellings WHATWG URL normalises, and the IPv6 forms that carry an IPv4 address.
 */

/** One IPv4 address per kind of range, and the words the reason must contain (undefined: public). */
export const IPV4_KINDS: ReadonlyArray<{ kind: string; ipv4: string; reason: string | undefined }> = [
  { kind: 'private', ipv4: '192.168.1.10', reason: 'a private address' },
  { kind: 'loopback', ipv4: '127.0.0.1', reason: 'a loopback address' },
  { kind: 'link-local', ipv4: '169.254.169.254', reason: 'a link-local address' },
  { kind: 'CGNAT', ipv4: '100.64.0.1', reason: 'a shared (carrier-grade NAT) address' },
  { kind: 'public', ipv4: '8.8.8.8', reason: undefined },
];

const octets = (ipv4: string): number[] => ipv4.split('.').map(Number);
const word = (ipv4: string): number => octets(ipv4).reduce((n, octet) => n * 256 + octet, 0);
const hex16 = (n: number): string => n.toString(16);
const high = (ipv4: string): string => hex16(word(ipv4) >>> 16);
const low = (ipv4: string): string => hex16(word(ipv4) & 0xffff);

/** IPv4 spellings that URL turns into the dotted address. */
export const IPV4_SPELLINGS: ReadonlyArray<[string, (ipv4: string) => string]> = [
  ['dotted', (ipv4) => ipv4],
  ['decimal', (ipv4) => String(word(ipv4))],
  ['hex', (ipv4) => `0x${word(ipv4).toString(16)}`],
  ['octal', (ipv4) => `0${word(ipv4).toString(8)}`],
  ['octal parts', (ipv4) => octets(ipv4).map((o) => `0${o.toString(8)}`).join('.')],
  ['hex parts', (ipv4) => octets(ipv4).map((o) => `0x${o.toString(16)}`).join('.')],
  ['short (a.b.c)', (ipv4) => { const [a, b, c, d] = octets(ipv4); return `${a}.${b}.${c! * 256 + d!}`; }],
];

/** IPv6 forms carrying the IPv4 address, written without brackets. */
export const IPV6_FORMS: ReadonlyArray<[string, (ipv4: string) => string]> = [
  ['IPv4-mapped, dotted', (ipv4) => `::ffff:${ipv4}`],
  ['IPv4-mapped, hex', (ipv4) => `::ffff:${high(ipv4)}:${low(ipv4)}`],
  ['IPv4-mapped, written out', (ipv4) => `0:0:0:0:0:ffff:${high(ipv4)}:${low(ipv4)}`],
  ['IPv4-compatible', (ipv4) => `::${ipv4}`],
  ['IPv4-translated (SIIT)', (ipv4) => `::ffff:0:${ipv4}`],
  ['NAT64 64:ff9b::/96', (ipv4) => `64:ff9b::${ipv4}`],
  ['NAT64 local-use 64:ff9b:1::/96', (ipv4) => `64:ff9b:1::${ipv4}`],
  ['6to4 2002::/16', (ipv4) => `2002:${high(ipv4)}:${low(ipv4)}::1`],
  // RFC 4380 §4: server 65.54.227.120, flags 0x8000, port and client address with every bit inverted.
  ['Teredo 2001::/32', (ipv4) => `2001:0:4136:e378:8000:63bf:${hex16((word(ipv4) >>> 16) ^ 0xffff)}:${hex16((word(ipv4) & 0xffff) ^ 0xffff)}`],
];

/** Rows [form, kind, address, reason] of every form × every kind. */
export function embeddedRows(forms: ReadonlyArray<[string, (ipv4: string) => string]>): Array<[string, string, string, string | undefined]> {
  return forms.flatMap(([form, write]) => IPV4_KINDS.map(({ kind, ipv4, reason }): [string, string, string, string | undefined] => [form, kind, write(ipv4), reason]));
}
