import { requirements } from '../domain/requirements.js';

/** Which of the APIs that require the partner User-Agent a request calls. */
export type PartnerApi = 'mde' | 'graph-security';

export interface PartnerCall {
  /** Lower-case host name, without port or trailing dot. */
  host: string;
  api: PartnerApi;
}

const { mde, graph, graphSecurityPaths } = requirements.apiHosts;
const MDE_HOSTS: ReadonlySet<string> = new Set(mde);
const GRAPH_HOSTS: ReadonlySet<string> = new Set(graph);

function isGraphSecurityPath(pathname: string): boolean {
  const path = pathname.toLowerCase();
  return graphSecurityPaths.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * The partner API a URL calls, or undefined when it is out of scope (token endpoints, other Graph
 * calls, any other host). Throws TypeError when the URL is not absolute.
 */
export function partnerCallOf(url: string): PartnerCall | undefined {
  const parsed = new URL(url);
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  if (MDE_HOSTS.has(host)) return { host, api: 'mde' };
  if (GRAPH_HOSTS.has(host) && isGraphSecurityPath(parsed.pathname)) return { host, api: 'graph-security' };
  return undefined;
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
