import { lookup as dnsLookup } from 'node:dns/promises';
import type { IncomingMessage } from 'node:http';
import { request } from 'node:https';
import type { LookupFunction } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Issue } from '../checks/finding.js';
import { checkLandingPage } from '../checks/landing-page.js';
import { nonPublicAddressReason, type NonPublic } from '../checks/public-address.js';
import { escapeUnsafe, show } from '../checks/text.js';
import { policy } from '../domain/requirements.js';
import { toolName, toolVersion } from '../version.js';

/**
 * `--online`: the landing page is fetched the way a customer's browser would reach it, with limits on
 * everything a hostile or broken server could stretch. Opt-in; nothing here runs offline.
 */
export interface OnlineOptions {
  /** The whole check — DNS, connect, TLS, every redirect, the body — ends by then. */
  timeoutMs?: number;
  maxRedirects?: number;
  /** The body is read up to this many (decoded) bytes; the rest is not downloaded. */
  maxBodyBytes?: number;
  /**
   * How host names become addresses. The default asks DNS and refuses a name with any address that
   * is not public (loopback, private, link-local, …) before connecting to it. Replacing it replaces
   * that vetting too: it is the seam tests use to reach a server on 127.0.0.1.
   */
  lookup?: LookupFunction;
  /** Certificates to trust instead of Node's bundled roots (tests: a CA made by the test). Verification is never turned off. */
  ca?: string | Buffer | Array<string | Buffer>;
}

const FIELD = '/landingPage';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Node's TLS errors and OpenSSL's certificate verification results (UNABLE_TO_VERIFY_LEAF_SIGNATURE, …). */
const TLS_CODE = /CERT|SSL|TLS|CRL|VERIFY|INVALID_CA|INVALID_PURPOSE|PATH_LENGTH|HOSTNAME_MISMATCH|^EPROTO$/;
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME', 'ENODATA', 'ESERVFAIL', 'ENONAME']);
/** Bodies that can hold the product name; a PDF or an image is not searched. */
const TEXT_TYPES = /^(text\/[\w.+-]+|application\/xhtml\+xml|application\/xml)$/;
const DECOMPRESSORS: Readonly<Record<string, () => NodeJS.ReadWriteStream>> = {
  gzip: createGunzip, 'x-gzip': createGunzip, deflate: createInflate, br: createBrotliDecompress,
};

/** Becomes LANDING_PAGE_NOT_PUBLIC (its words come from the catalog); the message is for a stack trace only. */
class NotPublicAddressError extends Error {
  constructor(readonly host: string, readonly address: string, readonly reason: NonPublic) {
    super(`${host} resolves to ${address}, which is not public (${String(reason.reason)})`);
  }
}

type Resolver = (host: string) => Promise<Array<{ address: string; family: number }>>;

const dnsResolve: Resolver = (host) => dnsLookup(host, { all: true, verbatim: true });

/**
 * A lookup that hands the socket only public addresses: a name with any loopback, private,
 * link-local or reserved address is refused as a whole. The socket connects to the address checked
 * here, so a name cannot pass the check and then resolve elsewhere (DNS rebinding).
 */
export function publicOnlyLookup(resolve: Resolver = dnsResolve): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then((all) => {
      for (const { address } of all) {
        const reason = nonPublicAddressReason(address);
        if (reason) throw new NotPublicAddressError(hostname, address, reason);
      }
      const addresses = options.family === 4 || options.family === 6 ? all.filter((a) => a.family === options.family) : all;
      const first = addresses[0];
      if (!first) throw Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' });
      if (options.all) callback(null, addresses);
      else callback(null, first.address, first.family);
    }).catch((error: NodeJS.ErrnoException) => callback(error, ''));
  };
}

function get(url: URL, lookup: LookupFunction, ca: OnlineOptions['ca'], signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'GET',
      agent: false,
      lookup,
      ...(ca !== undefined ? { ca } : {}),
      signal,
      headers: {
        'user-agent': `${toolName}/${toolVersion} (landing page check)`,
        accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1',
        'accept-encoding': 'gzip, deflate, br',
      },
    }, resolve);
    req.on('error', reject);
    req.end();
  });
}

/** The page as text, read up to the cap; undefined when the body is not text that can be searched. */
async function readPage(response: IncomingMessage, maxBytes: number): Promise<string | undefined> {
  const [type = '', ...params] = (response.headers['content-type'] ?? 'text/html').split(';').map((part) => part.trim().toLowerCase());
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const decompress = DECOMPRESSORS[encoding];
  if (!TEXT_TYPES.test(type) || (encoding !== 'identity' && !decompress)) {
    response.destroy();
    return undefined;
  }
  let source: Readable = response;
  if (decompress) {
    const inflating = decompress();
    // Errors of either stream end the pipeline and surface in the loop below.
    pipeline(response, inflating, () => undefined);
    source = inflating as unknown as Readable;
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    // Decoded bytes are counted, so a compressed bomb stops at the cap like a long page.
    for await (const chunk of source) {
      chunks.push(chunk as Buffer);
      total += (chunk as Buffer).length;
      if (total >= maxBytes) break;
    }
  } finally {
    response.destroy();
  }
  const bytes = Buffer.concat(chunks).subarray(0, maxBytes);
  const charset = params.find((param) => param.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset || 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  const text = decoder.decode(bytes);
  return type === 'text/plain' ? text : htmlText(text);
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '', reg: '®', trade: '™', copy: '©',
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…',
};

/** Decodes numeric character references and the common named ones; others are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/**
 * The text a reader sees: tags, comments, scripts and styles removed, entities decoded. One
 * forward pass; an unclosed comment, script or tag ends the text there, so any input is linear.
 */
export function htmlText(html: string): string {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open < 0) {
      parts.push(html.slice(i));
      break;
    }
    parts.push(html.slice(i, open));
    const next = html[open + 1] ?? '';
    if (!/[a-zA-Z/!?]/.test(next)) {
      parts.push('<');
      i = open + 1;
      continue;
    }
    let end: number;
    if (lower.startsWith('<!--', open)) {
      end = lower.indexOf('-->', open + 4);
      if (end < 0) break;
      end += 2;
    } else {
      const raw = /^<(script|style)[\s/>]/.exec(lower.slice(open, open + 8))?.[1];
      end = raw ? lower.indexOf(`</${raw}`, open) : open;
      if (end < 0) break;
      end = lower.indexOf('>', end);
      if (end < 0) break;
    }
    parts.push(' ');
    i = end + 1;
  }
  return decodeEntities(parts.join(''));
}

/** Case, spacing and compatibility forms do not matter when looking for a name in a page. */
function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();
}

export function mentionsProductName(pageText: string, productName: string): boolean {
  return normalizeForSearch(pageText).includes(normalizeForSearch(productName));
}

/** A redirect target passes the offline landing-page rules, or it is reported and not followed. */
function refuseRedirect(from: URL, to: URL): Issue[] {
  const redirect = show(to.href, 200);
  if (to.protocol === 'http:') return [{ code: 'LANDING_PAGE_REDIRECTS_TO_HTTP', field: FIELD, args: { from: show(from.href, 200), to: redirect } }];
  return checkLandingPage(to.href).map((issue) => ({ ...issue, args: { ...issue.args, redirect } }));
}

function failure(error: unknown, url: URL, redirected: boolean, timedOut: boolean, timeoutMs: number): Issue {
  const at = show(url.href, 200);
  if (error instanceof NotPublicAddressError) {
    return {
      code: 'LANDING_PAGE_NOT_PUBLIC',
      field: FIELD,
      args: { host: show(error.host), resolvesTo: error.address, ...error.reason, ...(redirected ? { redirect: at } : {}) },
    };
  }
  if (timedOut) return { code: 'LANDING_PAGE_UNREACHABLE', field: FIELD, args: { url: at, kind: 'timeout', seconds: timeoutMs / 1000 } };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // Only network and protocol failures are findings; anything else is a bug and surfaces as one.
  if (typeof code !== 'string') throw error;
  const kind = DNS_CODES.has(code) ? 'dns'
    : TLS_CODE.test(code) ? 'tls'
      : code.startsWith('HPE_') || code.startsWith('Z_') ? 'response'
        : 'connection';
  const detail = escapeUnsafe(String((error as Error).message)).slice(0, 200);
  return { code: 'LANDING_PAGE_UNREACHABLE', field: FIELD, args: { url: at, kind, code, detail } };
}

/**
 * Fetches the landing page (only when it passes the offline rules) and reports what a customer would meet:
 * no answer, an error status, a redirect to http: or to a host that is not public, and a page that
 * does not name the product. Findings are data; nothing throws for a network problem.
 */
export async function checkLandingPageOnline(landingPage: string, productName: string | undefined, options: OnlineOptions = {}): Promise<Issue[]> {
  const timeoutMs = options.timeoutMs ?? policy.online.timeoutMs;
  const maxRedirects = options.maxRedirects ?? policy.online.maxRedirects;
  const maxBodyBytes = options.maxBodyBytes ?? policy.online.maxBodyBytes;
  const lookup = options.lookup ?? publicOnlyLookup();
  // Node connects to an IP literal without a lookup, so the offline rules are the only vetting such a
  // host gets: they are applied here too, not only by the caller.
  const offline = checkLandingPage(landingPage);
  if (offline.length > 0) return offline;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let url = new URL(landingPage);
  let redirects = 0;
  try {
    for (;;) {
      const response = await get(url, lookup, options.ca, controller.signal);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECT_STATUSES.has(status) && location !== undefined) {
        response.destroy();
        if (redirects === maxRedirects) return [{ code: 'LANDING_PAGE_UNREACHABLE', field: FIELD, args: { url: show(landingPage, 200), kind: 'redirects', limit: maxRedirects } }];
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          return [{ code: 'LANDING_PAGE_UNREACHABLE', field: FIELD, args: { url: show(url.href, 200), kind: 'location', location: show(location, 200) } }];
        }
        const refused = refuseRedirect(url, next);
        if (refused.length > 0) return refused;
        url = next;
        redirects++;
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        return [{ code: 'LANDING_PAGE_HTTP_STATUS', field: FIELD, args: { url: show(url.href, 200), status, statusText: show(response.statusMessage ?? '', 60) } }];
      }
      const name = productName?.trim();
      if (!name) {
        response.destroy();
        return [];
      }
      const page = await readPage(response, maxBodyBytes);
      if (page === undefined || mentionsProductName(page, name)) return [];
      return [{ code: 'LANDING_PAGE_MISSING_PRODUCT_NAME', field: FIELD, args: { url: show(url.href, 200), product: show(name) } }];
    }
  } catch (error) {
    return [failure(error, url, redirects > 0, controller.signal.aborted, timeoutMs)];
  } finally {
    clearTimeout(timer);
  }
}
