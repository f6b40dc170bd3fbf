import type { onboardingCodes } from '../../../checks/catalog/onboarding.js';
import type { CodeWords } from '../../types.js';
import { requirements as MS } from '../../../domain/requirements.js';

/** Finding codes of the onboarding progress. */
export const onboardingWords = {
  ONBOARDING_DATE_INVALID: {
    title: 'An onboarding date is not a calendar date',
    why: 'ISO 8601 calendar date, YYYY-MM-DD (RFC 3339 full-date)',
    explanation: 'Dates in "onboarding" are calendar dates written YYYY-MM-DD (ISO 8601), e.g. 2025-03-26.',
    fix: 'Write the date as YYYY-MM-DD.',
    message: (a) => `${a.value} is not a calendar date (expected YYYY-MM-DD).`,
  },
  ONBOARDING_PRESS_RELEASE_TOO_EARLY: {
    title: 'Press release planned less than 10 days after the review started',
    why: `The page says a press release should be reviewed and to wait at least ${MS.pressRelease.reviewDays} days for the review. We read a publication date earlier than review start + ${MS.pressRelease.reviewDays} days as not leaving that time. The date is ours, computed from the review start you recorded; Microsoft gives no publication date. "Should", hence a warning.`,
    explanation: `Microsoft's page says a press release that names Microsoft Defender for Endpoint should be reviewed by its marketing and engineering teams, and to wait at least ${MS.pressRelease.reviewDays} days for the review. The date compared with is ours: review start (onboarding.pressRelease.reviewStart) + ${MS.pressRelease.reviewDays} days, the first day that wait is over. It is not a publication date or an approval from Microsoft: the review may take longer.`,
    fix: `Plan publication no earlier than review start + ${MS.pressRelease.reviewDays} days, and after Microsoft's review has ended.`,
    message: (a) => `The press release is planned for ${a.date}, less than ${MS.pressRelease.reviewDays} days after the review started on ${a.reviewStart}.`,
    hint: (a) => `Wait for the review: not before ${a.earliest}, and only once it has ended.`,
  },
} satisfies Record<keyof typeof onboardingCodes, CodeWords>;
