import { escapeLines } from '../../checks/text.js';
import { fails } from '../findings.js';
import { placeOf, type Report, type ReportOptions } from '../report.js';
import type { TextOptions, WordsOption } from './text.js';

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

/** `name`, or `name #2`, `name #3`, … when the suite already has it: CI test views key cases by name. */
function uniqueName(name: string, taken: Set<string>): string {
  let unique = name;
  for (let n = 2; taken.has(unique); n++) unique = `${name} #${n}`;
  taken.add(unique);
  return unique;
}

/**
 * JUnit XML: a suite per listing, a test case per finding (failing when it fails the run), and one
 * passing case for a listing without findings, so every listing shows up in the CI's test view.
 * Valid against the Jenkins xUnit schema (junit-10.xsd) but for `file` and `line` on a test case,
 * which GitLab and the common GitHub test-report actions read to point at the source.
 * Nothing is timed, so every `time` is 0.
 */
export function formatJunit(report: Report, options: ReportOptions & Pick<TextOptions, 'subject'> & WordsOption): string {
  const { words } = options;
  const suites: string[] = [];
  let total = 0;
  let failures = 0;
  for (const listing of report.listings) {
    const cases: string[] = [];
    const names = new Set<string>();
    let suiteFailures = 0;
    const testcase = (name: string, file: string, line: number | undefined, body: string) => {
      const attributes = `classname="${xml(listing.path)}" name="${xml(uniqueName(name, names))}" time="0" file="${xml(file)}"${line !== undefined ? ` line="${line}"` : ''}`;
      cases.push(body ? `    <testcase ${attributes}>\n      ${body}\n    </testcase>` : `    <testcase ${attributes}/>`);
    };
    for (const finding of listing.findings) {
      const where = finding.file ? placeOf(finding) : listing.path;
      const name = `${finding.code}${finding.field ? ` ${finding.field}` : ''}`;
      const body = xml(`${finding.message}\n${words.fix} ${finding.hint ?? ''}\n${words.at} ${where}`);
      const failing = fails([finding], options.strict);
      if (failing) suiteFailures++;
      testcase(name, finding.file ?? listing.path, finding.line, failing
        ? `<failure message="${xml(finding.message)}" type="${finding.code}">${body}</failure>`
        : `<system-out>${xml(words.severity[finding.severity])}: ${body}</system-out>`);
    }
    // The name of a test case is an id CI tools key on: it stays in English.
    if (cases.length === 0) testcase(`${options.subject ?? 'listing'} is valid`, listing.path, undefined, '');
    total += cases.length;
    failures += suiteFailures;
    suites.push(`  <testsuite name="${xml(listing.path)}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="mde-partner" tests="${total}" failures="${failures}" errors="0" time="0">\n${suites.join('\n')}\n</testsuites>\n`;
}
