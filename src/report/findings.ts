import { catalog, type Code } from '../checks/catalog.js';
import type { Args, Finding, Issue, Severity } from '../checks/finding.js';
import { elide, escapeUnsafe } from '../checks/text.js';

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
 * Turns issues into findings: severity (with overrides), wording from the catalog. Messages and
 * hints are escaped here, once, so that every format (the machine ones included) carries them
 * inert; the terminal formatters escape again, which changes nothing (the escapes are plain ASCII).
 */
export function toFindings(issues: Issue[], rules?: unknown): Finding[] {
  const findings: Finding[] = [];
  for (const issue of issues) {
    const severity = severityFor(issue.code, rules);
    if (severity === 'off') continue;
    const info = catalog[issue.code];
    const args = boundedArgs(issue.args ?? {});
    const more = typeof args.more === 'number' ? ` (${args.more} more like this not shown)` : '';
    const hint = info.hint?.(args) ?? info.fix;
    const finding: Finding = { code: issue.code, severity, message: escapeUnsafe(info.message(args) + more), hint: hint === undefined ? hint : escapeUnsafe(hint) };
    if (issue.field !== undefined) finding.field = elide(issue.field, MAX_ARG_CHARS);
    if (issue.file !== undefined) finding.file = issue.file;
    if (issue.line !== undefined) finding.line = issue.line;
    if (issue.column !== undefined) finding.column = issue.column;
    findings.push(finding);
  }
  return findings;
}

