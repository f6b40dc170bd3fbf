import { catalog, type Code } from '../checks/catalog.js';
import { IssueCollector, type Args, type Finding, type Issue, type Severity } from '../checks/finding.js';
import { elide, escapeUnsafe } from '../checks/text.js';
import { loadCodeMessages, loadedCodeMessages } from '../messages/codes.js';
import type { CodeMessages } from '../messages/types.js';

/**
 * From issues (codes and data, as checks return them) to findings (severity and words): the rules
 * of a listing applied, the catalog's wording, every argument bounded and escaped. Every command
 * that reports turns issues into findings here.
 */

/** A rule is a level ("off" | "warn" | "error") or an object with a level and/or a threshold. */
export const levelOf = (rule: unknown): unknown => (rule !== null && typeof rule === 'object' && !Array.isArray(rule) ? (rule as Record<string, unknown>).level : rule);

/** The severity each code has in this listing: the catalog's, unless `rules` legally overrides it. */
export function severityFor(code: Code, rules: unknown): Severity | 'off' {
  const fallback = catalog[code].severity;
  if (rules === null || typeof rules !== 'object' || !Object.hasOwn(rules, code)) return fallback;
  const level = levelOf((rules as Record<string, unknown>)[code]);
  if (catalog[code].locked && level !== 'error') return fallback;
  return level === 'off' ? 'off' : level === 'warn' ? 'warning' : level === 'error' ? 'error' : fallback;
}

/**
 * No argument of a message is longer than this (in code points): checks quote input with `show`,
 * and this catches any that does not, so a megabyte-long value never reaches a terminal whole.
 */
const MAX_ARG_CHARS = 300;

function boundedArgs(args: Args): Args {
  const bounded: Record<string, string | number | undefined> = {};
  for (const [key, value] of Object.entries(args)) bounded[key] = typeof value === 'string' ? elide(value, MAX_ARG_CHARS) : value;
  return bounded;
}

/**
 * Turns issues into findings: severity (with overrides), wording in the run's language (getLocale).
 * Messages and hints are escaped here, once, so that every format (the machine ones included)
 * carries them inert; the terminal formatters escape again, which changes nothing (the escapes are
 * plain ASCII).
 */
export function toFindings(issues: Issue[], rules?: unknown): Promise<Finding[]> {
  return word(issues, (code) => severityFor(code, rules));
}

/** The same, for code that cannot wait (a prompt's validation): the words were loaded before (loadCodeMessages). */
export function toFindingsNow(issues: Issue[], rules?: unknown): Finding[] {
  return wordWith(loadedCodeMessages(), said(issues, (code) => severityFor(code, rules)));
}

/** The issues a run says something about, with their severity. */
function said(issues: readonly Issue[], severityOf: (code: Code) => Severity | 'off') {
  return issues.flatMap((issue) => {
    const severity = severityOf(issue.code);
    return severity === 'off' ? [] : [{ issue, severity }];
  });
}

/** The words of the codes are loaded only when there is something to say. */
async function word(issues: readonly Issue[], severityOf: (code: Code) => Severity | 'off'): Promise<Finding[]> {
  const kept = said(issues, severityOf);
  return kept.length === 0 ? [] : wordWith(await loadCodeMessages(), kept);
}

function wordWith(messages: CodeMessages, said: ReadonlyArray<{ issue: Issue; severity: Severity }>): Finding[] {
  const findings: Finding[] = [];
  for (const { issue, severity } of said) {
    const words = messages.codes[issue.code];
    const args = boundedArgs(issue.args ?? {});
    const more = typeof args.more === 'number' ? messages.more(args.more) : '';
    const hint = words.hint?.(args) ?? words.fix;
    const finding: Finding = { code: issue.code, severity, message: escapeUnsafe(words.message(args) + more), hint: hint === undefined ? hint : escapeUnsafe(hint) };
    if (issue.field !== undefined) finding.field = elide(issue.field, MAX_ARG_CHARS);
    if (issue.file !== undefined) finding.file = issue.file;
    if (issue.line !== undefined) finding.line = issue.line;
    if (issue.column !== undefined) finding.column = issue.column;
    findings.push(finding);
  }
  return findings;
}

/**
 * Whether findings fail: errors always, warnings with --strict. The one place pass/fail is decided;
 * results, reports and exit codes all ask it.
 */
export function fails(findings: readonly Pick<Finding, 'severity'>[], strict = false): boolean {
  return findings.some((finding) => finding.severity === 'error' || (strict && finding.severity === 'warning'));
}

/**
 * The findings of one run (one listing, one bundle, one capture): every check reports into it. It
 * owns what the listing's `rules` do — each code's severity is decided once and asked for by the
 * checks that stop early on an error (the logo is not drawn when a static error stands) as well as
 * by the wording — the per-code cap, and the wording from the catalog (`finish`).
 */
export class FindingCollector {
  private readonly levels = new Map<Code, Severity | 'off'>();
  private readonly kept: IssueCollector;

  constructor(readonly rules: unknown, maxPerCode: number) {
    this.kept = new IssueCollector(maxPerCode);
  }

  /** The severity of a code in this run: the catalog's, or what `rules` legally make of it. */
  readonly severity = (code: Code): Severity | 'off' => {
    let level = this.levels.get(code);
    if (level === undefined) this.levels.set(code, (level = severityFor(code, this.rules)));
    return level;
  };

  readonly isError = (code: Code): boolean => this.severity(code) === 'error';

  add(...issues: Issue[]): void {
    for (const issue of issues) this.kept.add(issue);
  }

  /** The issues kept so far (the first few of each code), e.g. to place them before wording. */
  get issues(): readonly Issue[] {
    return this.kept.issues;
  }

  /** Worded findings, in the order the issues came. */
  finish(): Promise<Finding[]> {
    return word(this.kept.finish(), this.severity);
  }

  /**
   * Worded findings of a file's run, in reading order: issues about the file itself (no `file` of
   * their own) are placed in it — on the line of their JSON pointer, found by `locate` (one parse
   * that keeps positions, made only for the pointers that need a line) — then everything is sorted:
   * the file first, line by line, then each other file (logo, Entra manifest) in turn.
   */
  async finishIn(path: string, locate?: (pointers: string[]) => Promise<ReadonlyMap<string, { line: number; column: number }>>): Promise<Finding[]> {
    const own = this.kept.issues.filter((issue) => issue.file === undefined);
    const pointers = [...new Set(own.filter((issue) => issue.line === undefined && issue.field !== undefined).map((issue) => issue.field!))];
    const places = locate && pointers.length > 0 ? await locate(pointers) : new Map<string, { line: number; column: number }>();
    for (const issue of own) {
      issue.file = path;
      const place = issue.field !== undefined && issue.line === undefined ? places.get(issue.field) : undefined;
      if (place) Object.assign(issue, place);
    }
    const findings = await this.finish();
    return findings.sort(byPlace(path, findings));
  }
}

/**
 * Reading order: the run's own file first, line by line, then each other file in the order it first
 * appears; findings about a whole file (no line: its size, its render) after those on its lines.
 */
function byPlace(path: string, findings: readonly Finding[]) {
  const rank = new Map<string | undefined, number>([[path, 0]]);
  for (const finding of findings) if (!rank.has(finding.file)) rank.set(finding.file, rank.size);
  const line = (finding: Finding) => finding.line ?? Number.MAX_SAFE_INTEGER;
  return (a: Finding, b: Finding) =>
    rank.get(a.file)! - rank.get(b.file)!
    || line(a) - line(b)
    || (a.column ?? 0) - (b.column ?? 0);
}
