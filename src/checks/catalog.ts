import type { CodeRule } from './catalog/basis.js';
import { bundleCodes } from './catalog/bundle.js';
import { descriptionCodes } from './catalog/description.js';
import { entraCodes } from './catalog/entra.js';
import { harCodes } from './catalog/har.js';
import { landingPageCodes } from './catalog/landing-page.js';
import { listingCodes } from './catalog/listing.js';
import { logoCodes } from './catalog/logo.js';
import { nameCodes } from './catalog/names.js';
import { onboardingCodes } from './catalog/onboarding.js';
import { renderedCodes } from './catalog/rendered.js';
import { userAgentCodes } from './catalog/user-agent.js';

export type { Basis, BasisKind, CodeRule } from './catalog/basis.js';
export { isJsonSyntaxCause, type JsonSyntaxCause } from './catalog/json-syntax.js';

/**
 * The one list of finding codes. Every code a check can emit is a key here: `Code` is derived from
 * it, so a check that names an unknown code does not compile. Each area of src/checks/catalog/ holds
 * its codes' rules (severity, basis, locked, security, ids); their words — title, explanation, fix,
 * message, hint, the reason of the basis — are in each language's src/messages/<language>/codes/,
 * typed `Record<Code, CodeWords>` so a language that misses a code does not compile. The order of the
 * areas here is the order of `codes`, of docs/codes.md and of `explain --list`.
 */
const entries = {
  ...listingCodes,
  ...nameCodes,
  ...descriptionCodes,
  ...landingPageCodes,
  ...entraCodes,
  ...userAgentCodes,
  ...onboardingCodes,
  ...logoCodes,
  ...renderedCodes,
  ...bundleCodes,
  ...harCodes,
} satisfies Record<string, CodeRule>;

export type Code = keyof typeof entries;

export const catalog: Readonly<Record<Code, CodeRule>> = entries;

export const codes = Object.keys(catalog) as Code[];

export function isCode(value: string): value is Code {
  return Object.hasOwn(catalog, value);
}

