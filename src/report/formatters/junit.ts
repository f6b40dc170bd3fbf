import { escapeLines } from '../../checks/text.js';
import { failsWith, type Report, type ReportOptions } from '../report.js';
import type { TextOptions } from './text.js';

/**
 * Text for XML, inert in a CI log: each line through the one escaping function (the line breaks are
 * ours), then XML's own escaping. XML 1.0 cannot carry most control characters even escaped: any
 * left would be dropped.
 */
function xml(text: string): string {
  return escapeLines(text)
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * JUnit XML: a suite per listing, a test case per finding (failing when it fails the run), and one
 * passing case for a listing without findings, so every listing shows up in the CI's test view.
 */
export function formatJunit(report: Report, options: ReportOptions & Pick<TextOptions, 'subject'> = {}): string {
  const suites: string[] = [];
  let total = 0;
  let failures = 0;
  for (const listing of report.listings) {
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const finding of listing.findings) {
      const where = finding.file ? `${finding.file}${finding.line !== undefined ? `:${finding.line}:${finding.column ?? 1}` : ''}` : listing.path;
      const name = xml(`${finding.code}${finding.field ? ` ${finding.field}` : ''}`);
      const body = xml(`${finding.message}\nfix: ${finding.hint ?? ''}\nat: ${where}`);
      if (failsWith(finding, options)) {
        suiteFailures++;
        cases.push(`    <testcase classname="${xml(listing.path)}" name="${name}" file="${xml(finding.file ?? listing.path)}">\n      <failure message="${xml(finding.message)}" type="${finding.code}">${body}</failure>\n    </testcase>`);
      } else {
        cases.push(`    <testcase classname="${xml(listing.path)}" name="${name}" file="${xml(finding.file ?? listing.path)}">\n      <system-out>${xml(finding.severity)}: ${body}</system-out>\n    </testcase>`);
      }
    }
    if (cases.length === 0) cases.push(`    <testcase classname="${xml(listing.path)}" name="${xml(`${options.subject ?? 'listing'} is valid`)}" file="${xml(listing.path)}"/>`);
    total += cases.length;
    failures += suiteFailures;
    suites.push(`  <testsuite name="${xml(listing.path)}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="mde-partner" tests="${total}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}
