import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Issue } from '../checks/finding.js';
import { countDescriptionWords } from '../checks/description.js';
import { parseDate, type Onboarding, type TaskStatus } from '../checks/onboarding.js';
import { checkUserAgent, deriveFromListing } from '../checks/user-agent.js';
import { requirements } from '../domain/requirements.js';
import { checkLogoFile } from '../edge/logo.js';
import { TEXT_CHECKS, type CheckedTextField } from '../listing/field-checks.js';
import { FIELDS, type FieldAnswers } from '../listing/fields.js';
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

function userAgentIssues(value: string, answers: Answers): Issue[] {
  return checkUserAgent(value, derivedUserAgent(answers));
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
  return earlier.userAgent === derivedUserAgent(earlier) ? now ?? earlier.userAgent : earlier.userAgent;
}

/**
 * How a User-Agent answer relates to the one derived from the names, for the prompt and the summary:
 * "derived …", the warnings `validate` would give (a mismatch named with the derived value), or nothing.
 */
export function userAgentNote(value: string, answers: Answers): string | undefined {
  const derived = derivedUserAgent(answers);
  if (value.trim() === '') return undefined;
  const warnings = toFindingsNow(checkUserAgent(value, derived)).filter((f) => f.severity === 'warning');
  if (warnings.length === 0) return value === derived ? 'derived from the names and version' : undefined;
  return warnings.map((f) => (f.code === 'USER_AGENT_MISMATCH' ? `warning: differs from the derived ${derived} (${f.code})` : `warning: ${f.code}`)).join('; ');
}

/** The logo prompt's check: the checks `validate` runs, rendered ones included unless `render` is false. */
async function logoVerdict(path: string, baseDir: string, render = true): Promise<true | string> {
  if (path.trim() === '') return 'Enter the path to the SVG logo.';
  const findings = await toFindings(await checkLogoFile(resolve(baseDir, path), { file: path, render }));
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return true;
  const lines = errors.slice(0, 5).map((f) => `${f.code}${f.line ? ` (line ${f.line})` : ''}: ${f.message} Fix: ${f.hint}`);
  if (errors.length > 5) lines.push(`… and ${errors.length - 5} more. Fix the file, or enter another one.`);
  return lines.join('\n  ');
}

/**
 * The live word count. It counts what Enter would submit: the typed text, or the default offered
 * while nothing is typed (so an existing 15-word description shows 15/15, not 0/15).
 */
export const wordCounter = (offered: string | undefined) => (value: string, { isFinal }: { isFinal: boolean }) => {
  if (isFinal) return value;
  const counted = value === '' && offered !== undefined ? offered : value;
  const count = countDescriptionWords(counted);
  const target = requirements.description.words;
  const mark = count > target ? `${count - target} too many` : count < target ? `${target - count} to go` : 'just right';
  return `${value}  (${count}/${target} words, ${mark}${counted === value ? '' : ', as offered'})`;
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

const STATUS_CHOICES: Array<{ value: TaskStatus; name: string }> = [
  { value: 'todo', name: 'to do' },
  { value: 'in-progress', name: 'in progress' },
  { value: 'done', name: 'done' },
  { value: 'not-applicable', name: 'not applicable' },
];

const ONBOARDING_QUESTIONS: Array<[keyof Onboarding, string]> = [
  ['license', 'Step 1 — MDE license or trial tenant to develop against?'],
  ['customerApproval', 'Step 2 — joint customer approved the integration design (Partner Application page)?'],
  ['demo', 'Step 2 — integration tested and demoed to the MDE team?'],
  ['misa', 'Step 3 — MISA nomination (confirm details with your Microsoft contact)?'],
  ['pressRelease', `Step 4 — press release naming MDE (should be reviewed by Microsoft; wait at least ${requirements.pressRelease.reviewDays} days)?`],
];

/**
 * Asks for every answer not given yet, in the order of the listing. `given` holds flags and the
 * answers file (never asked again); `defaults` holds the existing listing (offered, editable).
 * `shownDir` is the listing's folder as the user sees it (the logo path is relative to it).
 */
export async function askMissing(given: Answers, defaults: Answers, asker: Asker, baseDir: string, render = true, shownDir = '.'): Promise<Answers> {
  const answers: Answers = { ...given };
  const text = async (field: CheckedTextField, extra: { transformer?: ReturnType<typeof wordCounter> } = {}) => {
    if (answers[field] !== undefined) return;
    answers[field] = await asker.text({
      message: FIELDS[field].prompt,
      ...(defaults[field] !== undefined ? { default: defaults[field] } : {}),
      validate: (value) => promptVerdict(fieldIssues(field, value)),
      ...extra,
    });
  };

  await text('companyName');
  await text('productName');
  await text('productVersion');
  await text('description', { transformer: wordCounter(defaults.description) });
  if (answers.logo === undefined) {
    const typed = await asker.text({
      message: `${FIELDS.logo.prompt} (relative to ${shownDir === '.' ? 'this folder' : `${shownDir}/`}, where mde-partner.json goes):`,
      ...(defaults.logo !== undefined ? { default: defaults.logo } : {}),
      validate: (value) => logoVerdict(value, baseDir, render),
    });
    answers.logo = cleanLogoPath(typed, baseDir);
  }
  await text('landingPage');
  answers.multiTenant ??= await asker.confirm({ message: FIELDS.multiTenant.prompt, default: defaults.multiTenant ?? false });
  if (answers.multiTenant) await text('entraAppName');
  if (answers.userAgent === undefined) {
    const offered = followUserAgent(defaults, answers);
    answers.userAgent = await asker.text({
      message: FIELDS.userAgent.prompt,
      ...(offered ? { default: offered } : {}),
      editable: true,
      validate: (value) => promptVerdict(userAgentIssues(value, answers)),
      transformer: (value, { isFinal }) => {
        const note = isFinal ? undefined : userAgentNote(value, answers);
        return note ? `${value}  (${note})` : value;
      },
    });
  }
  if (answers.categories === undefined) {
    answers.categories = await asker.checkbox({
      message: 'Partner-page categories:',
      choices: requirements.categories.map((c) => ({ value: c.id, name: c.title, checked: defaults.categories?.includes(c.id) ?? false })),
    });
  }
  if (answers.scenarios === undefined) {
    answers.scenarios = await asker.checkbox({
      message: 'Integration scenarios:',
      choices: requirements.scenarios.map((s) => ({ value: s.id, name: s.title, checked: defaults.scenarios?.includes(s.id) ?? false })),
    });
  }
  if (answers.onboarding === undefined) {
    const onboarding: Onboarding = {};
    for (const [task, message] of ONBOARDING_QUESTIONS) {
      const previous = defaults.onboarding?.[task];
      const status = await asker.select({ message, choices: STATUS_CHOICES, default: previous?.status ?? 'todo' });
      onboarding[task] = { ...previous, status };
    }
    if (onboarding.pressRelease && onboarding.pressRelease.status !== 'not-applicable') {
      const reviewStart = await asker.text({
        message: 'Date the press release went to Microsoft for review (YYYY-MM-DD, empty if not yet):',
        ...(defaults.onboarding?.pressRelease?.reviewStart ? { default: defaults.onboarding.pressRelease.reviewStart } : {}),
        validate: (value) => value.trim() === '' || parseDate(value.trim()) !== undefined || 'Expected a calendar date, YYYY-MM-DD.',
      });
      if (reviewStart.trim()) onboarding.pressRelease = { ...onboarding.pressRelease, reviewStart: reviewStart.trim() };
    }
    answers.onboarding = onboarding;
  }
  answers.ciWorkflow ??= await asker.confirm({ message: 'Add a GitHub Actions workflow that runs `mde-partner validate`?', default: false });
  return answers;
}
