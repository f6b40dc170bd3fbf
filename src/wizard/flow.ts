import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Issue } from '../checks/finding.js';
import { countDescriptionWords } from '../checks/description.js';
import { parseDate, type Onboarding, type TaskStatus } from '../checks/onboarding.js';
import { checkUserAgent, deriveFromListing, derivedSpellings } from '../checks/user-agent.js';
import { requirements } from '../domain/requirements.js';
import { checkLogoFile } from '../edge/logo.js';
import { TEXT_CHECKS, type CheckedTextField } from '../listing/field-checks.js';
import type { FieldAnswers } from '../listing/fields.js';
import { formatFor } from '../messages/format.js';
import { getLocale } from '../messages/locale.js';
import { loadWizard, type WizardWords } from '../messages/wizard.js';
import { toFindings, toFindingsNow } from '../report/findings.js';
import type { Asker } from './prompts.js';

/** Everything init can be told, by flag, answers file, existing listing or prompt. */
export type Answers = FieldAnswers & {
  categories?: string[];
  scenarios?: string[];
  onboarding?: Onboarding;
  ciWorkflow?: boolean;
};

/** The checks CI runs, one field at a time (the field table's): the wizard accepts nothing `validate` would reject. */
export function fieldIssues(field: CheckedTextField, value: string): Issue[] {
  return TEXT_CHECKS[field](value);
}

/** true, or the errors as the prompt's message (what was found, and the fix). Warnings pass. */
export function promptVerdict(issues: Issue[]): true | string {
  const errors = toFindingsNow(issues).filter((f) => f.severity === 'error');
  if (errors.length === 0) return true;
  return errors.slice(0, 4).map((f) => `${f.message}${f.hint ? ` ${f.hint}` : ''}`).join('\n  ');
}

export const derivedUserAgent = (answers: Answers): string | undefined => deriveFromListing(answers)?.userAgent;

/** The DIN 5007-2 spelling of the derived User-Agent, when a name has a German umlaut (else undefined). */
export const dinUserAgent = (answers: Answers): string | undefined => deriveFromListing(answers)?.dinUserAgent;

/** The derived spellings (plain, then DIN 5007-2): either counts as derived. */
const spellings = (answers: Answers) => derivedSpellings(deriveFromListing(answers));

function userAgentIssues(value: string, answers: Answers): Issue[] {
  return checkUserAgent(value, spellings(answers));
}

/**
 * The User-Agent to offer, or to keep, when `answers` may have new names or a new version. A value
 * that was derived (it equals what the earlier answers derive to) follows the new names and version;
 * a value someone typed is kept as it is, and a difference from the derived value is then warned
 * about (USER_AGENT_MISMATCH) at the prompt, in the summary and by `validate`.
 */
export function followUserAgent(earlier: Answers, answers: Answers): string | undefined {
  const now = derivedUserAgent(answers);
  if (earlier.userAgent === undefined) return now;
  // A DIN 5007-2 spelling that was derived follows in that spelling, as long as the names have umlauts.
  if (earlier.userAgent === dinUserAgent(earlier)) return dinUserAgent(answers) ?? now ?? earlier.userAgent;
  return earlier.userAgent === derivedUserAgent(earlier) ? now ?? earlier.userAgent : earlier.userAgent;
}

/**
 * How a User-Agent answer relates to the one derived from the names, for the prompt and the summary:
 * "derived …", the warnings `validate` would give (a mismatch named with the derived value), or nothing.
 */
export function userAgentNote(value: string, answers: Answers, w: WizardWords): string | undefined {
  const derived = derivedUserAgent(answers);
  if (value.trim() === '') return undefined;
  const warnings = toFindingsNow(checkUserAgent(value, spellings(answers))).filter((f) => f.severity === 'warning');
  if (warnings.length === 0) return value === derived ? w.userAgent.derived : value === dinUserAgent(answers) ? w.userAgent.derivedDin : undefined;
  return warnings.map((f) => (f.code === 'USER_AGENT_MISMATCH' ? w.userAgent.differs({ derived: derived ?? '', code: f.code }) : w.userAgent.warning({ code: f.code }))).join('; ');
}

/** The logo prompt's check: the checks `validate` runs, rendered ones included unless `render` is false. */
async function logoVerdict(path: string, baseDir: string, w: WizardWords, render = true): Promise<true | string> {
  if (path.trim() === '') return w.logoEmpty;
  const findings = await toFindings(await checkLogoFile(resolve(baseDir, path), { file: path, render }));
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return true;
  const lines = errors.slice(0, 5).map((f) => w.logoLine({ code: f.code, ...(f.line ? { line: f.line } : {}), message: f.message, ...(f.hint ? { hint: f.hint } : {}) }));
  if (errors.length > 5) lines.push(w.logoMore({ more: errors.length - 5 }));
  return lines.join('\n  ');
}

/**
 * The live word count. It counts what Enter would submit: the typed text, or the default offered
 * while nothing is typed (so an existing 15-word description shows 15/15, not 0/15). It counts as
 * `validate` does (countDescriptionWords: Japanese by its independent words).
 */
export const wordCounter = (offered: string | undefined, w: WizardWords, format = formatFor(getLocale())) => (value: string, { isFinal }: { isFinal: boolean }) => {
  if (isFinal) return value;
  const counted = value === '' && offered !== undefined ? offered : value;
  const count = countDescriptionWords(counted);
  const target = requirements.description.words;
  const c = w.counter;
  const mark = count > target ? c.tooMany({ over: count - target }) : count < target ? c.toGo({ under: target - count }) : c.justRight;
  const parts = [`${format.number(count)}/${format.plural(target, c.words)}`, mark, ...(counted === value ? [] : [c.asOffered])];
  return `${value}  ${w.parenthesized(parts)}`;
};

/**
 * A logo path as the listing stores it: relative to the listing's folder, with "/" separators and no
 * "./" or "x/.." detours, whatever the user typed (an absolute path, "./logo.svg", "art\\logo.svg").
 */
export function cleanLogoPath(value: string, baseDir: string): string {
  const trimmed = value.trim();
  if (trimmed === '') return trimmed;
  const path = relative(baseDir, resolve(baseDir, trimmed));
  return isAbsolute(path) ? trimmed : path.split(sep).join('/');
}

const STATUSES: TaskStatus[] = ['todo', 'in-progress', 'done', 'not-applicable'];
const TASKS = ['license', 'customerApproval', 'demo', 'misa', 'pressRelease'] as const satisfies ReadonlyArray<keyof Onboarding>;

function onboardingQuestion(task: (typeof TASKS)[number], w: WizardWords): string {
  const question = w.onboarding[task];
  return typeof question === 'string' ? question : question({ days: requirements.pressRelease.reviewDays });
}

/**
 * Asks for every answer not given yet, in the order of the listing. `given` holds flags and the
 * answers file (never asked again); `defaults` holds the existing listing (offered, editable).
 * `shownDir` is the listing's folder as the user sees it (the logo path is relative to it).
 */
export async function askMissing(given: Answers, defaults: Answers, asker: Asker, baseDir: string, render = true, shownDir = '.'): Promise<Answers> {
  const w = await loadWizard();
  const answers: Answers = { ...given };
  const text = async (field: CheckedTextField, extra: { transformer?: ReturnType<typeof wordCounter> } = {}) => {
    if (answers[field] !== undefined) return;
    answers[field] = await asker.text({
      message: w.fields[field].prompt,
      ...(defaults[field] !== undefined ? { default: defaults[field] } : {}),
      validate: (value) => promptVerdict(fieldIssues(field, value)),
      ...extra,
    });
  };

  await text('companyName');
  await text('productName');
  await text('productVersion');
  await text('description', { transformer: wordCounter(defaults.description, w) });
  if (answers.logo === undefined) {
    const typed = await asker.text({
      message: `${w.fields.logo.prompt} ${w.logoWhere(shownDir === '.' ? {} : { listingDir: shownDir })}`,
      ...(defaults.logo !== undefined ? { default: defaults.logo } : {}),
      validate: (value) => logoVerdict(value, baseDir, w, render),
    });
    answers.logo = cleanLogoPath(typed, baseDir);
  }
  await text('landingPage');
  answers.multiTenant ??= await asker.confirm({ message: w.fields.multiTenant.prompt, default: defaults.multiTenant ?? false });
  if (answers.multiTenant) await text('entraAppName');
  if (answers.userAgent === undefined) {
    let offered = followUserAgent(defaults, answers);
    // Names with German umlauts: the plain spelling (the default) or DIN 5007-2, chosen, then editable.
    const plain = derivedUserAgent(answers);
    const din = dinUserAgent(answers);
    if (din && plain && (offered === plain || offered === din)) {
      offered = await asker.select({
        message: w.userAgent.spelling,
        choices: [{ value: plain, name: w.userAgent.plain({ value: plain }) }, { value: din, name: w.userAgent.din({ value: din }) }],
        default: offered,
      });
    }
    answers.userAgent = await asker.text({
      message: w.fields.userAgent.prompt,
      ...(offered ? { default: offered } : {}),
      editable: true,
      validate: (value) => promptVerdict(userAgentIssues(value, answers)),
      transformer: (value, { isFinal }) => {
        const note = isFinal ? undefined : userAgentNote(value, answers, w);
        return note ? `${value}  ${w.parenthesized([note])}` : value;
      },
    });
  }
  if (answers.categories === undefined) {
    answers.categories = await asker.checkbox({
      message: w.categories,
      choices: requirements.categories.map((c) => ({ value: c.id, name: w.categoryTitles[c.id], checked: defaults.categories?.includes(c.id) ?? false })),
    });
  }
  if (answers.scenarios === undefined) {
    answers.scenarios = await asker.checkbox({
      message: w.scenarios,
      choices: requirements.scenarios.map((s) => ({ value: s.id, name: w.scenarioTitles[s.id], checked: defaults.scenarios?.includes(s.id) ?? false })),
    });
  }
  if (answers.onboarding === undefined) {
    const onboarding: Onboarding = {};
    const choices = STATUSES.map((value) => ({ value, name: w.status[value] }));
    for (const task of TASKS) {
      const previous = defaults.onboarding?.[task];
      const status = await asker.select({ message: onboardingQuestion(task, w), choices, default: previous?.status ?? 'todo' });
      onboarding[task] = { ...previous, status };
    }
    if (onboarding.pressRelease && onboarding.pressRelease.status !== 'not-applicable') {
      const reviewStart = await asker.text({
        message: w.reviewStart,
        ...(defaults.onboarding?.pressRelease?.reviewStart ? { default: defaults.onboarding.pressRelease.reviewStart } : {}),
        validate: (value) => value.trim() === '' || parseDate(value.trim()) !== undefined || w.reviewStartInvalid,
      });
      if (reviewStart.trim()) onboarding.pressRelease = { ...onboarding.pressRelease, reviewStart: reviewStart.trim() };
    }
    answers.onboarding = onboarding;
  }
  answers.ciWorkflow ??= await asker.confirm({ message: w.ciWorkflow, default: false });
  return answers;
}
