import type { Issue } from './finding.js';
import { nonPublicAddressReason, type NonPublic } from './public-address.js';
import { show } from './text.js';

/**
 * Names that never resolve on the public internet: RFC 6761 (.localhost, .test, .invalid, .example),
 * RFC 6762 (.local), RFC 8375 (.home.arpa), ICANN's .internal and its never-delegated .corp and .home.
 */
const RESERVED_SUFFIXES = ['localhost', 'local', 'test', 'invalid', 'example', 'internal', 'home.arpa', 'corp', 'home'];

/**
 * Why a URL host cannot be a public landing page, or undefined when it can be. The host is as
 * WHATWG URL gives it: decimal, octal, hex and short IPv4 spellings (2130706433, 0x7f.1,
 * 017700000001, 127.1) are already the four-part address, an IPv6 literal is bracketed, and a host
 * whose last label is a number is always an IPv4 address.
 */
export function nonPublicReason(hostname: string): NonPublic | undefined {
  if (hostname.startsWith('[')) return nonPublicAddressReason(hostname.slice(1, -1));
  if (/^\d+\.\d+\.\d+\.\d+$/.test(hostname)) return nonPublicAddressReason(hostname);
  const name = hostname.replace(/\.$/, '');
  if (!name.includes('.')) return { reason: name === 'localhost' ? 'local-machine' : 'single-label' };
  const suffix = RESERVED_SUFFIXES.find((s) => name === s || name.endsWith(`.${s}`));
  return suffix ? { reason: 'reserved-name', suffix } : undefined;
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
  if (reason) issues.push({ code: 'LANDING_PAGE_NOT_PUBLIC', field, args: { host: show(url.hostname), ...reason } });
  return issues;
}
