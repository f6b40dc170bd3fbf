import type { Finding } from '../checks/finding.js';
import type { ListingResult } from '../listing/validate.js';
import { toolName, toolVersion } from '../version.js';

export interface ReportListing {
  path: string;
  ok: boolean;
  findings: Finding[];
}

/** The one report model every formatter renders. `version` changes only with a breaking change. */
export interface Report {
  version: 1;
  tool: { name: string; version: string };
  ok: boolean;
  summary: { errors: number; warnings: number; infos: number };
  listings: ReportListing[];
}

export interface ReportOptions {
  /** Warnings fail too. */
  strict?: boolean;
}

export function failsWith(finding: Finding, options: ReportOptions): boolean {
  return finding.severity === 'error' || (options.strict === true && finding.severity === 'warning');
}

export function buildReport(results: ListingResult[], options: ReportOptions = {}): Report {
  const listings = results.map(({ path, findings }) => ({ path, ok: !findings.some((f) => failsWith(f, options)), findings }));
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
