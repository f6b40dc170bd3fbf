import { Q, microsoft, ours, reading, type CodeRule } from './basis.js';

/** The ids each id-valued argument can take (the words are in src/messages/<language>/codes/). */
export const EMBEDDED_FORMS = ['ipv4-mapped', 'siit', '6to4', 'teredo', 'nat64', 'nat64-local', 'ipv4-compatible'] as const;
export type EmbeddedForm = (typeof EMBEDDED_FORMS)[number];
/** ipaddr.js's names of the IPv4 and IPv6 special-purpose ranges. */
export const RANGES = ['unspecified', 'broadcast', 'multicast', 'linkLocal', 'loopback', 'carrierGradeNat', 'private', 'uniqueLocal', 'deprecatedSiteLocal', 'discard', 'benchmarking', 'amt', 'as112', 'as112v6', 'deprecatedOrchid', 'orchid2', 'droneRemoteIdProtocolEntityTags', 'segmentRouting', 'reserved'] as const;
export const NOT_PUBLIC = ['range', 'embedded', 'nat64-unknown', 'outside-unicast', 'not-ip', 'local-machine', 'single-label', 'reserved-name'] as const;
export type NonPublicReason = (typeof NOT_PUBLIC)[number];
export const UNREACHABLE = ['dns', 'tls', 'timeout', 'redirects', 'location', 'response', 'connection'] as const;

/** Finding codes of the landing page: its URL, and with --online the page itself. */
export const landingPageCodes = {
  LANDING_PAGE_INVALID_URL: {
    severity: 'error',
    basis: microsoft(Q.landingPage),
  },
  LANDING_PAGE_NOT_HTTPS: {
    severity: 'error',
    basis: ours(),
  },
  LANDING_PAGE_CREDENTIALS: {
    severity: 'error',
    basis: ours(),
    locked: true,
    security: true,
  },
  LANDING_PAGE_NOT_PUBLIC: {
    severity: 'error',
    basis: reading(Q.landingPage),
    ids: { reason: NOT_PUBLIC, form: EMBEDDED_FORMS, range: RANGES },
  },
  LANDING_PAGE_UNREACHABLE: {
    severity: 'error',
    basis: reading(Q.landingPage),
    ids: { kind: UNREACHABLE },
  },
  LANDING_PAGE_HTTP_STATUS: {
    severity: 'error',
    basis: reading(Q.landingPage),
  },
  LANDING_PAGE_REDIRECTS_TO_HTTP: {
    severity: 'error',
    basis: ours(),
  },
  LANDING_PAGE_MISSING_PRODUCT_NAME: {
    severity: 'warning',
    basis: ours(),
  },
} satisfies Record<string, CodeRule>;
