import type { Code } from '../../checks/catalog.js';
import type { CodeMessages, CodeWords } from '../types.js';
import { basisWords } from './codes/basis.js';
import { bundleWords } from './codes/bundle.js';
import { descriptionWords } from './codes/description.js';
import { entraWords } from './codes/entra.js';
import { unreadableWords } from './codes/files.js';
import { harWords } from './codes/har.js';
import { jsonSyntaxWords } from './codes/json-syntax.js';
import { landingPageWords, notPublicWords } from './codes/landing-page.js';
import { listingWords } from './codes/listing.js';
import { logoWords } from './codes/logo.js';
import { nameWords } from './codes/names.js';
import { onboardingWords } from './codes/onboarding.js';
import { renderedWords } from './codes/rendered.js';
import { userAgentWords } from './codes/user-agent.js';
import { describeFound } from './codes/values.js';
import { atLeast, count } from './codes/words.js';

/** Japanese: what every finding code says (src/checks/catalog/ has what each code is). */
export const messages = {
  codes: {
    ...listingWords,
    ...nameWords,
    ...descriptionWords,
    ...landingPageWords,
    ...entraWords,
    ...userAgentWords,
    ...onboardingWords,
    ...logoWords,
    ...renderedWords,
    ...bundleWords,
    ...harWords,
  } satisfies Record<Code, CodeWords>,
  basis: basisWords,
  unreadable: unreadableWords,
  jsonSyntax: jsonSyntaxWords,
  describeFound,
  notPublic: notPublicWords,
  atLeast,
  more: (n) => `(ほかに同様の ${count(n, '件')}は表示していません)`,
} satisfies CodeMessages;
