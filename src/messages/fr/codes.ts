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
import { atLeast } from './codes/words.js';
import { formatFor } from '../format.js';

const { plural } = formatFor('fr');

/** Français: ce que dit chaque code de constat (src/checks/catalog/ définit chaque code). */
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
  more: (n) => ` (${plural(n, { one: '# autre du même type non affiché', other: '# autres du même type non affichés' })})`,
} satisfies CodeMessages;
