import type { Finding } from '../checks/finding.js';
import { toolName, toolVersion } from '../version.js';
import { fails } from './findings.js';

/** `ua audit`: the requests to one partner API host in a capture. */
export interface HostSummary {
  host: string;
  api: 'mde' | 'graph-security';
  requests: number;
  /** Requests that sent the expected User-Agent, once: exactly, or followed by RFC 9110 products or comments (USER_AGENT_EXTRA_PRODUCTS, a warning). */
  rightAgent: number;
  wrongAgent: number;
}

/** `ua audit`: what was checked in one capture (an optional part of a report entry). */
export interface CaptureAudit {
  expectedUserAgent: string;
  /** Items of log.entries. */
  entries: number;
  /** Requests to MDE API hosts and Graph Security paths, and Graph $batch requests that carry Graph Security calls. */
  partnerRequests: number;
  /** CORS preflights to those hosts and paths: the browser's own OPTIONS requests, not judged. */
  corsPreflightsSkipped: number;
  /** Graph $batch requests whose body could not be read (too large, not JSON, base64-encoded), not judged. */
  batchesNotInspected: number;
  hosts: HostSummary[];
}

export interface ReportListing {
  path: string;
  ok: boolean;
  findings: Finding[];
  /** Present for HAR captures checked by `ua audit`. */
  audit?: CaptureAudit;
}

/** What a report is built from: a listing result, a bundle result, or an audited capture. */
export interface ReportInput {
  path: string;
  findings: Finding[];
  audit?: CaptureAudit;
}

/** The one report model every formatter renders. `version` changes only with a breaking change. */
export interface Report {
  version: 1;
  tool: { name: string; version: string };
  ok: boolean;
  summary: { errors: number; warnings: number; infos: number };
  listings: ReportListing[];
}

export type { ReportSubject } from '../messages/types.js';

export interface ReportOptions {
  /** Warnings fail too. */
  strict?: boolean;
}

export function buildReport(results: ReportInput[], options: ReportOptions = {}): Report {
  const listings = results.map(({ path, findings, audit }): ReportListing => ({
    path,
    ok: !fails(findings, options.strict),
    findings,
    ...(audit ? { audit } : {}),
  }));
  const all = listings.flatMap((listing) => listing.findings);
  return {
    version: 1,
    tool: { name: toolName, version: toolVersion },
    ok: listings.every((listing) => listing.ok),
    summary: {
      errors: all.filter((f) => f.severity === 'error').length,
      warnings: all.filter((f) => f.severity === 'warning').length,
      infos: all.filter((f) => f.severity === 'info').length,
    },
    listings,
  };
}

/** 0: nothing fails; 1: findings fail. (2, 3 and 130 are decided by the CLI, not by findings.) */
export function getExitCode(report: Report): 0 | 1 {
  return report.ok ? 0 : 1;
}

/** Where a finding is, as editors and terminals read it: `file:line:column`, or the file alone. */
export function placeOf(finding: Pick<Finding, 'file' | 'line' | 'column'>, file = finding.file ?? ''): string {
  return finding.line !== undefined ? `${file}:${finding.line}:${finding.column ?? 1}` : file;
}
