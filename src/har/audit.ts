import type { Code } from '../checks/catalog.js';
import { IssueCollector, type Finding, type Issue } from '../checks/finding.js';
import { escapeUnsafe, show } from '../checks/text.js';
import { isValidUserAgent } from '../checks/user-agent.js';
import { policy, requirements } from '../domain/requirements.js';
import { toFindings } from '../listing/validate.js';
import type { CaptureAudit, HostSummary } from '../report/report.js';
import { defaultHarLimits, scanHarFile, type CapturedRequest, type HarLimits } from './reader.js';
import { partnerCallOf, shortUrl } from './scope.js';

const { prefix: PREFIX, legacyPrefix: LEGACY_PREFIX } = requirements.userAgent;
const PARTNER_TOKEN = new RegExp(`(${PREFIX}|${LEGACY_PREFIX})`, 'i');

/** Why a partner-looking User-Agent is not the expected one, in words. */
function wrongReason(value: string, expected: string): string {
  if (value.toLowerCase().startsWith(LEGACY_PREFIX.toLowerCase())) return `it uses the old prefix ${LEGACY_PREFIX}`;
  if (value.trim() === expected) return 'it has white space around the value';
  if (value.includes(expected)) return 'it has other text besides the expected value';
  const slash = value.lastIndexOf('/');
  const expectedSlash = expected.lastIndexOf('/');
  if (slash > 0 && value.slice(0, slash) === expected.slice(0, expectedSlash)) {
    return `version ${show(value.slice(slash + 1), 40)} instead of ${show(expected.slice(expectedSlash + 1), 40)}`;
  }
  if (value.toLowerCase() === expected.toLowerCase()) return 'the letter case differs';
  if (isValidUserAgent(value)) return 'a different company or product';
  if (!value.startsWith(PREFIX)) return 'the partner token is not the whole value';
  return 'it is not of the form MdePartner-{CompanyName}-{ProductName}/{Version}';
}

/**
 * The User-Agent check of one request to a partner API: undefined when it sends exactly the
 * expected value once, else the issue (pointer and line into the capture; the caller sets `file`).
 */
export function checkRequestUserAgent(request: CapturedRequest, expected: string): Issue | undefined {
  const [first] = request.userAgents;
  if (first && request.userAgentCount === 1 && first.value === expected && !first.truncated) return undefined;
  const base = `/log/entries/${request.entry}/request/headers`;
  const args = { method: escapeUnsafe(request.method.slice(0, 16)), url: escapeUnsafe(shortUrl(request.url)), expected };
  if (!first) return { code: 'USER_AGENT_NOT_SENT', field: base, line: request.headersLine, args };
  if (request.userAgentCount > 1) {
    const second = request.userAgents[1]!;
    const found = request.userAgents.map((ua) => show(ua.value, 60)).join(', ');
    return { code: 'USER_AGENT_MULTIPLE', field: `${base}/${second.header}`, line: second.line, args: { ...args, count: request.userAgentCount, found } };
  }
  const field = `${base}/${first.header}/value`;
  const found = show(first.value, 100);
  if (!PARTNER_TOKEN.test(first.value)) {
    return { code: 'USER_AGENT_NOT_SENT', field, line: first.line, args: { ...args, found: first.value === '' ? 'an empty value' : found } };
  }
  return { code: 'USER_AGENT_WRONG', field, line: first.line, args: { ...args, found, reason: wrongReason(first.value, expected) } };
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
 * Audits one HAR capture: every request to an MDE API host or a Graph Security path must send
 * exactly `expected` as its only User-Agent. CONNECT requests open a proxy tunnel, not an API
 * call, and are not counted.
 */
export async function auditCapture(path: string, expected: string, options: AuditOptions): Promise<CaptureResult> {
  const collector = new IssueCollector(options.maxFindingsPerCode ?? policy.har.maxFindingsPerCode);
  const hosts = new Map<string, HostSummary>();
  let partnerRequests = 0;
  const add = (issue: Issue) => collector.add({ ...issue, file: options.file });

  const summary = await scanHarFile(path, {
    problem: ({ pointer, detail, line }) => add({ code: 'HAR_INVALID', field: pointer, args: { detail }, ...(line !== undefined ? { line } : {}) }),
    request: (request) => {
      if (request.method.toUpperCase() === 'CONNECT') return;
      let call;
      try {
        call = partnerCallOf(request.url);
      } catch {
        const pointer = `/log/entries/${request.entry}/request/url`;
        add({ code: 'HAR_INVALID', field: pointer, line: request.urlLine, args: { detail: `${pointer} is not an absolute URL: ${show(request.url, 80)}` } });
        return;
      }
      if (!call) return;
      partnerRequests++;
      let host = hosts.get(call.host);
      if (!host) hosts.set(call.host, (host = { host: call.host, api: call.api, requests: 0, rightAgent: 0, wrongAgent: 0 }));
      host.requests++;
      const issue = checkRequestUserAgent(request, expected);
      if (issue) {
        host.wrongAgent++;
        add(issue);
      } else {
        host.rightAgent++;
      }
    },
  }, options.limits ?? defaultHarLimits);

  if (summary.entriesFound && !summary.fatal && partnerRequests === 0) {
    add({ code: 'HAR_NO_PARTNER_API_CALLS', field: '/log/entries', args: { entries: summary.entries } });
  }
  const findings = toFindings(collector.finish(), options.rules);
  return {
    path: options.file,
    ok: !findings.some((finding) => finding.severity === 'error'),
    findings,
    audit: {
      expectedUserAgent: expected,
      entries: summary.entries,
      partnerRequests,
      hosts: [...hosts.values()].sort((a, b) => a.host.localeCompare(b.host)),
    },
  };
}
