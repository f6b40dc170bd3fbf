import { Q, reading, standard, type CodeRule } from './basis.js';

/** Finding codes of the onboarding progress. */
export const onboardingCodes = {
  ONBOARDING_DATE_INVALID: {
    severity: 'error',
    basis: standard(),
  },
  ONBOARDING_PRESS_RELEASE_TOO_EARLY: {
    severity: 'warning',
    basis: reading(Q.pressRelease),
  },
} satisfies Record<string, CodeRule>;
