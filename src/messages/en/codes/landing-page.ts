import type * as IDS from '../../../checks/catalog/landing-page.js';
import type { landingPageCodes } from '../../../checks/catalog/landing-page.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import type { Args } from '../../../checks/args.js';
import { wordsFor, type Phrase } from '../../types.js';
import { KIB } from './words.js';

/** ipaddr.js's names of the IPv4 and IPv6 special-purpose ranges, as a reader understands them. */
const RANGES: Readonly<Record<(typeof IDS.RANGES)[number], string>> = {
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
const range = (a: Args) => RANGES[String(a.range) as keyof typeof RANGES] ?? `a special-purpose address (${a.range})`;

/** How an IPv6 address carries an IPv4 address. */
const EMBEDDED_FORMS = {
  'ipv4-mapped': () => 'IPv4-mapped',
  siit: () => 'IPv4-translated (SIIT)',
  '6to4': () => '6to4',
  teredo: () => 'Teredo',
  nat64: () => 'NAT64 (64:ff9b::/96)',
  'nat64-local': () => 'NAT64 (64:ff9b:1::/96)',
  'ipv4-compatible': () => 'IPv4-compatible',
} satisfies Record<(typeof IDS.EMBEDDED_FORMS)[number], Phrase>;


/** Why a host is not public (src/checks/public-address.ts, landing-page.ts). */
const NOT_PUBLIC = {
  range,
  embedded: (a) => `an IPv6 address carrying ${a.ipv4} (${wordsFor(EMBEDDED_FORMS, a, 'form')}), ${range(a)}`,
  'nat64-unknown': () => 'a local-use NAT64 address whose IPv4 part cannot be told',
  'outside-unicast': () => 'a reserved address (outside the global unicast space 2000::/3)',
  'not-ip': () => 'not an IP address',
  'local-machine': () => 'the local machine',
  'single-label': () => 'a single-label (intranet) name',
  'reserved-name': (a) => `under the reserved or local-only name ".${a.suffix}"`,
} satisfies Record<(typeof IDS.NOT_PUBLIC)[number], Phrase>;


/** Why a host is not public, in words; `resolvesTo` is the address a name resolved to (--online). */
export function notPublicWords(a: Args): string {
  const words = wordsFor(NOT_PUBLIC, a);
  return a.resolvesTo ? `a name that resolves to ${a.resolvesTo}, ${words}` : words;
}

/** Why the page could not be loaded, by the kind of failure; `detail` is the system's own message. */
const UNREACHABLE = {
  dns: (a) => `DNS lookup failed (${a.code})`,
  tls: (a) => `TLS failed: ${a.detail} (${a.code})`,
  timeout: (a) => `timeout: no complete answer within ${a.seconds} s`,
  redirects: (a) => `more than ${a.limit} redirects`,
  location: (a) => `it redirects to ${a.location}, which is not a URL`,
  response: (a) => `the answer could not be read: ${a.detail} (${a.code})`,
  connection: (a) => `connection failed: ${a.detail ?? 'no detail'}${a.code ? ` (${a.code})` : ''}`,
} satisfies Record<(typeof IDS.UNREACHABLE)[number], Phrase>;

/** Finding codes of the landing page: its URL, and with --online the page itself. */
export const landingPageWords = {
  LANDING_PAGE_INVALID_URL: {
    title: 'Landing page is not a URL',
    explanation: 'Microsoft asks for a link to a landing page or blog post with enough information for customers to complete the integration.',
    fix: 'Use an absolute URL such as https://example.com/mde-integration.',
    message: (a) => `landingPage ${a.value} is not an absolute URL.`,
    hint: (a) => (a.suggestion ? `Did you mean ${a.suggestion}?` : undefined),
  },
  LANDING_PAGE_NOT_HTTPS: {
    title: 'Landing page is not https',
    why: 'A page linked from a security product should not be open to change on the way: https only.',
    explanation: 'A page linked from a security product must be served over HTTPS; mde-partner requires https:// (its policy).',
    fix: 'Serve the page over HTTPS and use the https:// URL.',
    message: (a) => (a.redirect
      ? `landingPage redirects to ${a.redirect}, which uses ${a.scheme}; expected https:. The redirect was not followed.`
      : `landingPage uses ${a.scheme}; expected https:.`),
    hint: (a) => (a.suggestion && !a.redirect ? `Use ${a.suggestion}.` : undefined),
  },
  LANDING_PAGE_CREDENTIALS: {
    title: 'Landing page URL contains credentials',
    why: 'Security: a user name or password in a URL leaks it to everyone who sees the listing, and is a phishing pattern.',
    explanation: 'A user name or password in a URL (https://user:pass@host/) leaks credentials and is a phishing pattern.',
    fix: 'Remove the user:password@ part; a public landing page needs no login.',
    message: (a) => (a.redirect
      ? `landingPage redirects to a URL with a user name or password; the redirect was not followed.`
      : 'landingPage contains a user name or password.'),
    hint: (a) => (a.suggestion && !a.redirect ? `Use ${a.suggestion}.` : undefined),
  },
  LANDING_PAGE_NOT_PUBLIC: {
    title: 'Landing page is not on a public host',
    why: 'A page "for the customer" must be one customers can open: a local, private or reserved address is reachable only inside one network.',
    explanation: 'Customers must be able to open the page: localhost, private, link-local and reserved addresses and names (e.g. .local, .internal, single-label hosts) are not reachable from the internet. An IPv4 address is judged however it is written: as a number (2130706433, 0x7f.1) or inside an IPv6 address (IPv4-mapped ::ffff:127.0.0.1, NAT64 64:ff9b::/96, 6to4, Teredo).',
    fix: 'Publish the page on a public domain and use that URL.',
    message: (a) => (a.redirect
      ? `landingPage redirects to ${a.redirect}, whose host ${a.host} is ${notPublicWords(a)}, not reachable by customers; the redirect was not followed.`
      : `landingPage host ${a.host} is ${notPublicWords(a)}, not reachable by customers.`),
  },
  LANDING_PAGE_UNREACHABLE: {
    title: 'Landing page cannot be loaded',
    why: 'A page that does not load gives customers no information at all.',
    explanation: `With --online the landing page is fetched over HTTPS, as a customer's browser would: Microsoft asks for a page with enough information to complete the integration, and a page that does not load has none. DNS, TLS (the certificate must be trusted and match the host), connection errors, more than ${policy.online.maxRedirects} redirects and no complete answer within ${policy.online.timeoutMs / 1000} s are reported here, each saying which.`,
    fix: 'Open the URL from a network outside yours and fix what the message names (DNS record, certificate, server, redirect chain).',
    message: (a) => `landingPage ${a.url} could not be loaded: ${a.kind === undefined ? UNREACHABLE.connection(a) : wordsFor(UNREACHABLE, a, 'kind')}.`,
  },
  LANDING_PAGE_HTTP_STATUS: {
    title: 'Landing page answers with an error status',
    why: 'An error page or a login wall is not a page with information for customers.',
    explanation: 'With --online the landing page must end, after redirects, in a 2xx answer. A 404, a login wall (401/403) or a server error is what a customer would see instead of the integration guide.',
    fix: 'Publish the page at the URL, make it public, or use the URL it now has.',
    message: (a) => `landingPage ${a.url} answered ${a.status}${a.statusText && a.statusText !== '""' ? ` ${a.statusText}` : ''}; expected a 2xx status.`,
    hint: (a) => {
      const status = Number(a.status);
      if (status === 401 || status === 403) return 'The page must be public: customers open it without signing in.';
      if (status === 404 || status === 410) return 'The page is not there: check the URL, or publish the page.';
      if (status >= 500) return 'The server failed: try again later, then check the site.';
      return undefined;
    },
  },
  LANDING_PAGE_REDIRECTS_TO_HTTP: {
    title: 'Landing page redirects to http',
    why: 'A redirect to http: undoes https only (LANDING_PAGE_NOT_HTTPS).',
    explanation: 'With --online every redirect is checked before it is followed. A redirect to plain http: undoes the https:// of the listing: the page a customer reads can be changed on the way (mde-partner policy, like LANDING_PAGE_NOT_HTTPS).',
    fix: 'Make the server redirect to https:// (or not at all), and use the final https:// URL as landingPage.',
    message: (a) => `landingPage redirects from ${a.from} to ${a.to}, plain http:; the redirect was not followed.`,
  },
  LANDING_PAGE_MISSING_PRODUCT_NAME: {
    title: 'Landing page does not mention the product name',
    why: 'A heuristic: a page that never names the product is probably not the integration guide. Hence a warning.',
    explanation: `With --online the page text (tags, scripts, styles and comments removed, HTML entities decoded, the first ${KIB(policy.online.maxBodyBytes)}) is searched for productName, ignoring case and spacing. A page that never names the product is probably not the integration guide customers need (mde-partner's heuristic, hence a warning). Pages that are not text (PDF, images) are not searched.`,
    fix: 'Link the page that describes this integration, or make productName the name the page uses.',
    message: (a) => `The page at ${a.url} does not mention productName ${a.product}.`,
  },
} satisfies Record<keyof typeof landingPageCodes, CodeWords>;
