import type { Report } from '../report.js';

/**
 * The versioned JSON report of DESIGN §6; keys in a fixed order, absent optional keys omitted.
 * `audit` (ua audit: expected User-Agent, per-host counts) is an optional addition within version 1.
 */
export function formatJson(report: Report): string {
  const listings = report.listings.map((listing) => ({
    path: listing.path,
    ok: listing.ok,
    findings: listing.findings.map(({ code, severity, field, message, hint, file, line, column }) => ({ code, severity, field, message, hint, file, line, column })),
    ...(listing.audit ? { audit: listing.audit } : {}),
  }));
  return `${JSON.stringify({ version: report.version, tool: report.tool, ok: report.ok, summary: report.summary, listings }, null, 2)}\n`;
}
