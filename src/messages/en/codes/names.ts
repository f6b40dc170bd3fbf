import type { nameCodes } from '../../../checks/catalog/names.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import { CONTROL, WHITESPACE } from './reasons.js';
import { wordsFor } from '../../types.js';
import { PRODUCT_VERSION_REASONS } from './user-agent.js';

/** Finding codes of the company name, the product name and the product version. */
export const nameWords = {
  COMPANY_NAME_EMPTY: {
    title: 'Company name is empty',
    why: 'The page asks for the listing of "your company" and builds the User-Agent from {CompanyName}; an empty name can be neither.',
    explanation: 'The company name becomes the {CompanyName} part of the User-Agent and is shown with the listing.',
    fix: 'Set companyName to your company\'s name as customers know it.',
    message: () => 'companyName is empty.',
  },
  COMPANY_NAME_CONTROL_CHARACTER: {
    title: 'Company name contains a control character',
    why: CONTROL,
    explanation: 'Control characters (tabs, newlines, escape sequences) are invisible or dangerous in a portal and in HTTP headers.',
    fix: 'Remove the character shown.',
    message: (a) => `companyName contains the control character ${a.char} at position ${a.position}.`,
  },
  COMPANY_NAME_WHITESPACE: {
    title: 'Company name has leading or trailing white space',
    why: WHITESPACE,
    explanation: 'Leading or trailing spaces are invisible in the form you paste into and make names compare unequal.',
    fix: 'Trim the value (the bundle\'s normalized listing does).',
    message: (a) => `companyName ${a.value} has leading or trailing white space.`,
    hint: (a) => `Use ${a.trimmed}.`,
  },
  PRODUCT_NAME_EMPTY: {
    title: 'Product name is empty',
    explanation: 'The product name is one of the six listing items and the {ProductName} part of the User-Agent.',
    fix: 'Set productName to the name shown on the partner tile.',
    message: () => 'productName is empty.',
  },
  PRODUCT_NAME_CONTROL_CHARACTER: {
    title: 'Product name contains a control character',
    why: CONTROL,
    explanation: 'Control characters are invisible or dangerous in a portal and in HTTP headers.',
    fix: 'Remove the character shown.',
    message: (a) => `productName contains the control character ${a.char} at position ${a.position}.`,
  },
  PRODUCT_NAME_WHITESPACE: {
    title: 'Product name has leading or trailing white space',
    why: WHITESPACE,
    explanation: 'Leading or trailing spaces are invisible on the tile and make names compare unequal.',
    fix: 'Trim the value (the bundle\'s normalized listing does).',
    message: (a) => `productName ${a.value} has leading or trailing white space.`,
    hint: (a) => `Use ${a.trimmed}.`,
  },
  PRODUCT_NAME_TOO_LONG: {
    title: 'Product name is too long',
    why: `The page sets no length; ${policy.productNameMaxLength} characters is more than a partner tile shows.`,
    explanation: `A product name longer than ${policy.productNameMaxLength} characters does not fit a partner tile; this limit is mde-partner's policy.`,
    fix: 'Use the short product name customers search for.',
    message: (a) => `productName has ${a.length} characters; at most ${policy.productNameMaxLength} are allowed.`,
  },
  PRODUCT_VERSION_INVALID: {
    title: 'Product version is not an HTTP token',
    why: 'RFC 9110 §10.1.5 (product-version is a token) and §5.6.2 (token)',
    explanation: 'The version ends the User-Agent product token, so it must be an RFC 9110 token: letters, digits and !#$%&\'*+-.^_`|~, no spaces or slashes.',
    fix: 'Use a version such as 1.0.0.',
    message: (a) => `productVersion ${a.value} is not an HTTP token: ${wordsFor(PRODUCT_VERSION_REASONS, a)}.`,
    hint: (a) => (a.suggestion ? `Use ${a.suggestion}.` : undefined),
  },
  PRODUCT_VERSION_NOT_SEMVER: {
    title: 'Product version does not look like a version number',
    why: 'The page\'s example uses 1.0.0; a version that looks like one makes the User-Agent useful in Microsoft\'s statistics. A recommendation, hence a warning.',
    explanation: 'Versions such as 1.0.0 or 2024.3 make the User-Agent useful to Microsoft when they look at traffic; this is mde-partner\'s recommendation.',
    fix: 'Use MAJOR.MINOR[.PATCH], optionally with -prerelease.',
    message: (a) => `productVersion ${a.value} does not look like a version number (expected e.g. 1.0.0).`,
  },
} satisfies Record<keyof typeof nameCodes, CodeWords>;
