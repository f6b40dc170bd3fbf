import { requirements } from '../domain/requirements.js';

/** Which of the APIs that require the partner User-Agent a request calls. */
export type PartnerApi = 'mde' | 'graph-security';

export interface PartnerCall {
  /** Lower-case host name, without port or trailing dot. */
  host: string;
  api: PartnerApi;
}

/** A Graph JSON batching endpoint: the requests in its body are calls of their own. */
export interface GraphBatch {
  /** Lower-case host name, without port or trailing dot. */
  host: string;
  /** The Graph version the batched URLs are relative to (v1.0, beta). */
  version: string;
}

const { mde, graph, graphSecurityPaths, graphBatchPaths } = requirements.apiHosts;
const MDE_HOSTS: ReadonlySet<string> = new Set(mde);
const GRAPH_HOSTS: ReadonlySet<string> = new Set(graph);
const segmentsOf = (path: string) => path.toLowerCase().split('/').slice(1);
const SECURITY_PREFIXES = graphSecurityPaths.map(segmentsOf);
const BATCH_PATHS = graphBatchPaths.map(segmentsOf);

/**
 * The segments of a URL path as a server reads them: each segment percent-decoded on its own (so
 * "%73ecurity" is "security", and "%2F" stays inside its segment instead of becoming a separator),
 * lower-cased. A segment that is not valid percent-encoding is kept as written.
 */
export function pathSegments(pathname: string): string[] {
  return pathname.split('/').slice(1).map((segment) => {
    let decoded = segment;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      // Not valid percent-encoding (a lone "%"): the segment is compared as written.
    }
    return decoded.toLowerCase();
  });
}

const startsWith = (segments: readonly string[], prefix: readonly string[]) =>
  prefix.length <= segments.length && prefix.every((part, i) => segments[i] === part);

function hostOf(parsed: URL): string {
  return parsed.hostname.toLowerCase().replace(/\.$/, '');
}

/**
 * The partner API a URL calls, or undefined when it is out of scope (token endpoints, other Graph
 * calls, any other host). Throws TypeError when the URL is not absolute.
 */
export function partnerCallOf(url: string): PartnerCall | undefined {
  const parsed = new URL(url);
  const host = hostOf(parsed);
  if (MDE_HOSTS.has(host)) return { host, api: 'mde' };
  if (GRAPH_HOSTS.has(host)) {
    const segments = pathSegments(parsed.pathname);
    if (SECURITY_PREFIXES.some((prefix) => startsWith(segments, prefix))) return { host, api: 'graph-security' };
  }
  return undefined;
}

/** The Graph batching endpoint a URL is, or undefined. Throws TypeError when the URL is not absolute. */
export function graphBatchOf(url: string): GraphBatch | undefined {
  const parsed = new URL(url);
  const host = hostOf(parsed);
  if (!GRAPH_HOSTS.has(host)) return undefined;
  const segments = pathSegments(parsed.pathname);
  const path = BATCH_PATHS.find((batch) => batch.length === segments.length && startsWith(segments, batch));
  return path ? { host, version: path[0]! } : undefined;
}

/**
 * Whether a request inside a Graph batch calls the Graph Security API. Its url is relative to the
 * batch's version ("/security/alerts_v2" and "security/alerts_v2" are both
 * https://{host}/{version}/security/alerts_v2); an absolute one is taken as written.
 */
export function isBatchedSecurityCall(batch: GraphBatch, url: string): boolean {
  let resolved;
  try {
    resolved = new URL(url.replace(/^\/(?!\/)/, ''), `https://${batch.host}/${batch.version}/`);
  } catch {
    return false;
  }
  return partnerCallOf(resolved.href)?.api === 'graph-security';
}

/** A URL as shown in findings: scheme, host and path; a query (which may carry ids) is cut to "?…". */
export function shortUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}${parsed.search ? '?…' : ''}`;
  } catch {
    return url;
  }
}
