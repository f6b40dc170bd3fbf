import type { Issue } from './finding.js';
import { show } from './text.js';
import { requirements } from '../domain/requirements.js';

export type TaskStatus = 'todo' | 'in-progress' | 'done' | 'not-applicable';

export interface OnboardingTask {
  status: TaskStatus;
  date?: string;
  note?: string;
}

export interface Onboarding {
  license?: OnboardingTask;
  customerApproval?: OnboardingTask;
  demo?: OnboardingTask;
  misa?: OnboardingTask;
  pressRelease?: OnboardingTask & { reviewStart?: string };
}

/** A real calendar date in YYYY-MM-DD (2025-02-30 is not one), as UTC midnight. */
export function parseDate(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value ? date : undefined;
}

function addDays(date: Date, days: number): string {
  return new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The earliest day a press release naming MDE can go out: review start + the review period. */
export function earliestPressRelease(reviewStart: string | undefined): string | undefined {
  const start = reviewStart === undefined ? undefined : parseDate(reviewStart);
  return start && addDays(start, requirements.pressRelease.reviewDays);
}

export function checkOnboarding(onboarding: Onboarding): Issue[] {
  const issues: Issue[] = [];
  for (const [task, value] of Object.entries(onboarding) as Array<[string, (OnboardingTask & { reviewStart?: string }) | undefined]>) {
    for (const key of ['date', 'reviewStart'] as const) {
      const date = value?.[key];
      if (typeof date === 'string' && !parseDate(date)) {
        issues.push({ code: 'ONBOARDING_DATE_INVALID', field: `/onboarding/${task}/${key}`, args: { value: show(date) } });
      }
    }
  }
  const release = onboarding.pressRelease;
  const earliest = earliestPressRelease(release?.reviewStart);
  if (release?.date && earliest && parseDate(release.date) && release.date < earliest) {
    issues.push({ code: 'ONBOARDING_PRESS_RELEASE_TOO_EARLY', field: '/onboarding/pressRelease/date', args: { date: release.date, earliest, reviewStart: release.reviewStart } });
  }
  return issues;
}
