import { checkDescription } from '../checks/description.js';
import type { Issue } from '../checks/finding.js';
import { checkLandingPage } from '../checks/landing-page.js';
import { checkCompanyName, checkEntraAppName, checkProductName } from '../checks/names.js';
import { checkProductVersion } from '../checks/user-agent.js';
import type { TextField } from './fields.js';

/**
 * The check of each text field of the field table (fields.ts), the same for `validate` and for the
 * wizard's prompts: the wizard accepts nothing `validate` would reject. Typed by the table, so a new
 * text field without a check does not compile. Two fields are checked with others they depend on
 * and are not here: the logo (a file, read and drawn) and the User-Agent (compared with the one the
 * names derive to). The language of the bundle's files is one of four values, which the schema checks.
 */
export const TEXT_CHECKS = {
  companyName: checkCompanyName,
  productName: checkProductName,
  productVersion: checkProductVersion,
  description: checkDescription,
  landingPage: checkLandingPage,
  /** Asked, and given, only for a multi-tenant app. */
  entraAppName: (value: string) => checkEntraAppName(true, value),
} as const satisfies Record<Exclude<TextField, 'logo' | 'userAgent' | 'language'>, (value: string) => Issue[]>;

export type CheckedTextField = keyof typeof TEXT_CHECKS;
