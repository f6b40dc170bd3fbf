import type { WrongUserAgentReason } from '../checks/catalog/user-agent.js';
import type { Finding, Issue } from '../checks/finding.js';
import { escapeUnsafe, show } from '../checks/text.js';
import { checkUserAgent, isValidUserAgent } from '../checks/user-agent.js';
import { policy, requirements } from '../domain/requirements.js';
import { fails, FindingCollector } from '../report/findings.js';
import type { CaptureAudit, HostSummary } from '../report/report.js';
import { defaultHarLimits, scanHarFile, type CapturedRequest, type HarLimits } from './reader.js';
import { securityCallsInBatch } from './batch.js';
import { graphBatchOf, partnerCallOf, shortUrl, type PartnerCall } from './scope.js';

const { prefix: PREFIX, legacyPrefix: LEGACY_PREFIX } = requirements.userAgent;
const PARTNER_TOKEN = new RegExp(`(${PREFIX}|${LEGACY_PREFIX})`, 'i');

/** Why a partner-looking User-Agent is not the expected one, with the versions when only they differ. */
function wrongReason(value: string, expected: string): { reason: WrongUserAgentReason; sentVersion?: string; expectedVersion?: string } {
  if (value.toLowerCase().startsWith(LEGACY_PREFIX.toLowerCase())) return { reason: 'legacy-prefix' };
  if (value.trim() === expected) return { reason: 'white-space' };
  if (value.includes(expected)) return { reason: 'other-text' };
  const slash = value.lastIndexOf('/');
  const expectedSlash = expected.lastIndexOf('/');
  if (slash > 0 && value.slice(0, slash) === expected.slice(0, expectedSlash)) {
    return { reason: 'version', sentVersion: show(value.slice(slash + 1), 40), expectedVersion: show(expected.slice(expectedSlash + 1), 40) };
  }
  if (value.toLowerCase() === expected.toLowerCase()) return { reason: 'letter-case' };
  if (isValidUserAgent(value)) return { reason: 'other-names' };
  if (!value.startsWith(PREFIX)) return { reason: 'not-whole-value' };
  return { reason: 'not-form' };
}

/**
 * The User-Agent check of one request to a partner API: undefined when it sends exactly the
 * expected value once, else the issue (pointer and line into the capture; the caller sets `file`).
 * `batched` is the number of Graph Security calls a $batch request carries. A value that is the
 * expected product followed by RFC 9110 products or comments gets what `ua check` gives it.
 */
export function checkRequestUserAgent(request: CapturedRequest, expected: string, batched?: number): Issue | undefined {
  const [first] = request.userAgents;
  if (first && request.userAgentCount === 1 && first.value === expected && !first.truncated) return undefined;
  const base = `/log/entries/${request.entry}/request/headers`;
  const args = { method: escapeUnsafe(request.method.slice(0, 16)), url: escapeUnsafe(shortUrl(request.url)), expected, batched };
  if (!first) return { code: 'USER_AGENT_NOT_SENT', field: base, line: request.headersLine, args };
  if (request.userAgentCount > 1) {
    const second = request.userAgents[1]!;
    const found = request.userAgents.map((ua) => show(ua.value, 60)).join(', ');
    return { code: 'USER_AGENT_MULTIPLE', field: `${base}/${second.header}`, line: second.line, args: { ...args, count: request.userAgentCount, found } };
  }
  const field = `${base}/${first.header}/value`;
  const found = show(first.value, 100);
  if (!PARTNER_TOKEN.test(first.value)) {
    return { code: 'USER_AGENT_NOT_SENT', field, line: first.line, args: { ...args, found } };
  }
  let judged = first.value;
  if (!first.truncated) {
    // A cut value is never judged this way: what follows the kept prefix is unknown.
    const issues = checkUserAgent(first.value, expected, field);
    const extra = issues.find((issue) => issue.code === 'USER_AGENT_EXTRA_PRODUCTS');
    if (extra && !issues.some((issue) => issue.code === 'USER_AGENT_MISMATCH')) {
      return { ...extra, line: first.line, args: { ...args, ...extra.args } };
    }
    // Valid products after another partner product: what is wrong is that product.
    if (extra) judged = first.value.slice(0, first.value.search(/[ \t]/));
  }
  return { code: 'USER_AGENT_WRONG', field, line: first.line, args: { ...args, found, ...wrongReason(judged, expected) } };
}

export interface AuditOptions {
  /** How the capture's path is shown in findings. */
  file: string;
  /** The listing's per-code severity overrides, when the expected value came from a listing. */
  rules?: unknown;
  limits?: HarLimits;
  maxFindingsPerCode?: number;
}

export interface CaptureResult {
  path: string;
  ok: boolean;
  findings: Finding[];
  audit: CaptureAudit;
}

/**
 * A CORS preflight: the OPTIONS request a browser sends on its own, with its own User-Agent, before
 * a cross-origin call. Chrome and Edge mark it _resourceType "preflight"; any capture shows it by
 * its Access-Control-Request-Method header.
 */
function isCorsPreflight(request: CapturedRequest): boolean {
  return request.method.toUpperCase() === 'OPTIONS' && (request.resourceType === 'preflight' || request.corsRequestMethod);
}

/** A partner call to judge (a $batch with the Graph Security calls it carries), one counted apart, or none. */
type Target = { call: PartnerCall; batched?: number } | 'preflight' | 'batch-not-inspected' | undefined;

/** What the audit makes of a request. Throws TypeError when its URL is not absolute. */
function targetOf(request: CapturedRequest): Target {
  const call = partnerCallOf(request.url);
  if (call) return isCorsPreflight(request) ? 'preflight' : { call };
  const batch = graphBatchOf(request.url);
  if (!batch) return undefined;
  if (isCorsPreflight(request)) return 'preflight';
  if (request.method.toUpperCase() !== 'POST') return undefined;
  const batched = securityCallsInBatch(request.body, batch);
  if (batched === undefined) return 'batch-not-inspected';
  return batched === 0 ? undefined : { call: { host: batch.host, api: 'graph-security' }, batched };
}

/**
 * Audits one HAR capture: every request to an MDE API host or a Graph Security path must send
 * exactly `expected` as its only User-Agent, and so must a Graph $batch that carries Graph Security
 * calls (judged once, for all of them). CONNECT requests open a proxy tunnel, not an API call, and
 * are not counted. CORS preflights are counted apart and not judged: the browser sends them with
 * its own User-Agent, whatever the integration sets. A $batch whose body cannot be read is
 * counted apart too.
 */
export async function auditCapture(path: string, expected: string, options: AuditOptions): Promise<CaptureResult> {
  // One collector for the capture: caps, the listing's rules and the words, as for a listing.
  const run = new FindingCollector(options.rules, options.maxFindingsPerCode ?? policy.har.maxFindingsPerCode);
  const hosts = new Map<string, HostSummary>();
  let partnerRequests = 0;
  let corsPreflightsSkipped = 0;
  let batchesNotInspected = 0;
  const add = (issue: Issue) => run.add({ ...issue, file: options.file });

  const summary = await scanHarFile(path, {
    problem: ({ pointer, args, line }) => add({ code: 'HAR_INVALID', field: pointer, args, ...(line !== undefined ? { line } : {}) }),
    request: (request) => {
      if (request.method.toUpperCase() === 'CONNECT') return;
      let target: Target;
      try {
        target = targetOf(request);
      } catch {
        const pointer = `/log/entries/${request.entry}/request/url`;
        add({ code: 'HAR_INVALID', field: pointer, line: request.urlLine, args: { reason: 'not-absolute-url', pointer, url: show(request.url, 80) } });
        return;
      }
      if (target === 'preflight') corsPreflightsSkipped++;
      else if (target === 'batch-not-inspected') batchesNotInspected++;
      if (typeof target !== 'object') return;
      const { call, batched } = target;
      partnerRequests++;
      let host = hosts.get(call.host);
      if (!host) hosts.set(call.host, (host = { host: call.host, api: call.api, requests: 0, rightAgent: 0, wrongAgent: 0 }));
      host.requests++;
      const issue = checkRequestUserAgent(request, expected, batched);
      // The partner product first, then RFC 9110 products or comments, still sends it (a warning);
      // whatever a listing's rules make of a code, a request that does not send it is not right.
      if (issue && issue.code !== 'USER_AGENT_EXTRA_PRODUCTS') host.wrongAgent++;
      else host.rightAgent++;
      if (issue) add(issue);
    },
  }, options.limits ?? defaultHarLimits);

  if (summary.entriesFound && !summary.fatal && partnerRequests === 0) {
    add({ code: 'HAR_NO_PARTNER_API_CALLS', field: '/log/entries', args: { entries: summary.entries, preflights: corsPreflightsSkipped, uninspected: batchesNotInspected } });
  }
  const findings = await run.finish();
  return {
    path: options.file,
    ok: !fails(findings),
    findings,
    audit: {
      expectedUserAgent: expected,
      entries: summary.entries,
      partnerRequests,
      corsPreflightsSkipped,
      batchesNotInspected,
      hosts: [...hosts.values()].sort((a, b) => a.host.localeCompare(b.host)),
    },
  };
}
