import type { ReportSubject } from '../types.js';
import { formatFor } from '../format.js';

const { plural, number } = formatFor('en');

/** What one report entry is, counted: "1 listing", "2 captures". */
const SUBJECTS: Record<ReportSubject, { one: string; other: string }> = {
  listing: { one: '# listing', other: '# listings' },
  bundle: { one: '# bundle', other: '# bundles' },
  'User-Agent': { one: '# User-Agent', other: '# User-Agents' },
  capture: { one: '# capture', other: '# captures' },
};

/** "3 more listings" in the job summary's list of entries. */
const MORE: Record<ReportSubject, { one: string; other: string }> = {
  listing: { one: '# more listing', other: '# more listings' },
  bundle: { one: '# more bundle', other: '# more bundles' },
  'User-Agent': { one: '# more User-Agent', other: '# more User-Agents' },
  capture: { one: '# more capture', other: '# more captures' },
};

const errors = (n: number) => plural(n, { one: '# error', other: '# errors' });
const warnings = (n: number) => plural(n, { one: '# warning', other: '# warnings' });

/**
 * The words of the reports themselves (text, JUnit, GitHub annotations, SARIF, the job summary):
 * everything but a finding's message and hint, which come from the catalog, and the codes.
 */
export const report = {
  /** The severity as a person reads it (text label, JUnit system-out, job summary column). */
  severity: { error: 'error', warning: 'warning', info: 'info' },
  /** After the code in the text report: what a rule rests on when it is not Microsoft's own words. */
  basis: { policy: '(mde-partner policy)', reading: '(our reading of the docs)' },
  /** Before a finding's hint: text report, annotations, JUnit. */
  fix: 'fix:',
  /** Before the place of a finding in a JUnit failure. */
  at: 'at:',
  /** After a listing without findings in the text report. */
  noProblems: 'no problems',

  // ── text report: the last line ──
  /** "1 listing checked: 0 errors, 0 warnings" (notes only when there are some). */
  checked: (a: { subject: ReportSubject; count: number; errors: number; warnings: number; notes: number }) =>
    `${plural(a.count, SUBJECTS[a.subject])} checked: ${errors(a.errors)}, ${warnings(a.warnings)}${a.notes ? `, ${plural(a.notes, { one: '# note', other: '# notes' })}` : ''}`,
  passed: (a: { checked: string }) => `${a.checked}.`,
  failed: (a: { checked: string; failing: number; strictWarnings: boolean }) =>
    `${a.checked}; ${number(a.failing)} failing${a.strictWarnings ? ' (--strict: warnings fail)' : ''}.`,
  explainHint: 'Run `mde-partner explain CODE` for what a code means and how to fix it.',

  // ── text report: ua audit ──
  expectedUserAgent: 'expected User-Agent:',
  requestsOf: (a: { requests: number; entries: number }) =>
    `(${plural(a.requests, { one: '# partner API request', other: '# partner API requests' })} of ${plural(a.entries, { one: '# entry', other: '# entries' })})`,
  note: 'note:',
  preflightsSkipped: (a: { count: number }) =>
    `${plural(a.count, { one: '# CORS preflight', other: '# CORS preflights' })} to partner APIs not judged: the browser sends these OPTIONS requests itself, with its own User-Agent.`,
  batchesNotInspected: (a: { count: number }) =>
    `${plural(a.count, { one: '# Graph $batch request', other: '# Graph $batch requests' })} not judged: the body was too large, not JSON or base64-encoded, so the calls it carries are unknown.`,
  hostTable: { host: 'host', api: 'api', requests: 'requests', right: 'right', wrong: 'wrong' },

  // ── GitHub annotations: the last line ──
  githubTotals: (a: { subject: ReportSubject; count: number; errors: number; warnings: number; failing: boolean }) =>
    `mde-partner: ${number(a.count)} ${a.subject}(s), ${number(a.errors)} error(s), ${number(a.warnings)} warning(s)${a.failing ? ' — failing' : ''}`,

  // ── SARIF ──
  /** Between a result's message and its hint. */
  sarifFix: 'Fix:',
  /** Before a rule's fix in its help text. */
  howToFix: 'How to fix:',

  // ── the job summary (GITHUB_STEP_SUMMARY, Markdown) ──
  summaryHeading: (a: { subject: ReportSubject; count: number }) => `mde-partner: ${plural(a.count, SUBJECTS[a.subject])}`,
  summaryPassed: 'Passed',
  summaryFailed: 'Failed',
  summaryCounts: (a: { errors: number; warnings: number; infos?: number }) =>
    `${errors(a.errors)}, ${warnings(a.warnings)}${a.infos === undefined ? '' : `, ${plural(a.infos, { one: '# info', other: '# infos' })}`}`,
  summaryStrict: '(strict: warnings fail)',
  summaryMoreEntries: (a: { subject: ReportSubject; count: number }) =>
    `…and ${plural(a.count, MORE[a.subject])}`,
  summaryColumns: { code: 'Code', severity: 'Severity', place: 'Place', message: 'Message', fix: 'Fix' },
  summaryMoreFindings: (a: { count: number }) =>
    `…and ${plural(a.count, { one: '# more finding', other: '# more findings' })}: the step's log has them all (or \`--format sarif\` / \`--format json\`).`,
  /** On stderr when the job summary file cannot be written (the run goes on). */
  summaryNotWritten: (a: { path: string; reason: string }) => `mde-partner: warning: the job summary was not written to ${a.path} (${a.reason}).`,

  // ── explain CODE ──
  explain: {
    severity: 'severity:',
    /** After the severity of a locked rule (with its leading space, where the language has one). */
    locked: ' (locked: "rules" can raise it but not relax it)',
    basis: 'basis:',
  },
};

export type ReportWords = typeof report;
