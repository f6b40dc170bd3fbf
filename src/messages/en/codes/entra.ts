import type * as IDS from '../../../checks/catalog/entra.js';
import type { entraCodes } from '../../../checks/catalog/entra.js';
import type { CodeWords } from '../../types.js';
import { policy, requirements as MS } from '../../../domain/requirements.js';
import type { Args } from '../../../checks/args.js';
import { CONTROL, INTEGRITY } from './reasons.js';
import { wordsFor, type Phrase } from '../../types.js';
import { unreadableWords } from './files.js';
import { jsonSyntaxWords } from './json-syntax.js';
import { describeFound } from './values.js';
import { atLeast, KIB } from './words.js';

/** A manifest that is not an object: its first keys, and how many more it has. */
const keys = (a: Args) => (Number(a.keyCount) === 0 ? 'an empty object' : `an object with the keys ${a.keys}${Number(a.keyCount) > 6 ? ` and ${Number(a.keyCount) - 6} more` : ''}`);
const found = (a: Args) => `; found ${describeFound(a)}`;

/**
 * What the manifest (or a value in it, at `a.at`) should have been, with what was found instead: the
 * whole sentence after "Entra manifest <path>".
 */
const MANIFEST_EXPECTED = {
  file: (a) => ` ${unreadableWords(a)}`,
  size: (a) => `: expected at most ${a.limit} bytes; found ${atLeast(a)} bytes`,
  depth: (a) => `: expected at most ${a.limit} levels of nesting; found values nested deeper`,
  json: (a) => ` is not valid JSON: ${jsonSyntaxWords(a).found}`,
  object: (a) => `: expected a JSON object (the app manifest)${found(a)}`,
  manifest: (a) => ': expected an Entra app manifest: the Microsoft Graph format ("displayName", "signInAudience", "requiredResourceAccess") '
    + `or the Azure AD Graph format ("name", "availableToOtherTenants" or "signInAudience", "requiredResourceAccess"); found ${keys(a)}`,
  'display-name': (a) => ` at ${a.at}: expected a string (the app's display name)${found(a)}`,
  audience: (a) => ` at ${a.at}: expected a string such as "${MS.entra.multiTenantAudience}"${found(a)}`,
  boolean: (a) => ` at ${a.at}: expected true or false${found(a)}`,
  'access-list': (a) => ` at ${a.at}: expected an array of {"resourceAppId", "resourceAccess"}${found(a)}`,
  'access-entry': (a) => ` at ${a.at}: expected an object {"resourceAppId", "resourceAccess"}${found(a)}`,
  'app-id': (a) => ` at ${a.at}: expected a string (the API's application id)${found(a)}`,
  permissions: (a) => ` at ${a.at}: expected an array of {"id", "type"}${found(a)}`,
} satisfies Record<(typeof IDS.MANIFEST_EXPECTED)[number], Phrase>;


/** What in the manifest makes it single-tenant. */
const SINGLE_TENANT = {
  audience: (a) => `"signInAudience": ${a.audience}`,
  'not-shared': () => '"availableToOtherTenants": false',
  'no-audience': () => 'no "signInAudience"',
  'no-audience-nor-shared': () => 'neither "signInAudience" nor "availableToOtherTenants"',
} satisfies Record<(typeof IDS.SINGLE_TENANT)[number], Phrase>;

/** Where the manifest lacks the WindowsDefenderATP permissions. */
const NO_PERMISSIONS = {
  'no-access-list': () => 'there is no "requiredResourceAccess"',
  'no-entry': () => '"requiredResourceAccess" has no entry for it',
  'empty-entry': () => 'its entry has an empty "resourceAccess"',
} satisfies Record<(typeof IDS.NO_PERMISSIONS)[number], Phrase>;

/** Finding codes of the Entra application: its name and, when given, its manifest. */
export const entraWords = {
  ENTRA_APP_NAME_REQUIRED: {
    title: 'Entra app name is required for a multi-tenant integration',
    explanation: 'Microsoft asks for the Microsoft Entra application name when the integration uses a multi-tenant Entra app.',
    fix: 'Set entraAppName to the display name of the app registration, or set multiTenant to false.',
    message: () => 'multiTenant is true but entraAppName is missing or empty.',
  },
  ENTRA_APP_NAME_TOO_LONG: {
    title: 'Entra app name is longer than 256 characters',
    why: 'Microsoft Graph application resource type: displayName, at most 256 characters',
    explanation: `A Microsoft Entra application display name has at most ${MS.entra.appNameMaxLength} characters, so a longer name cannot be the app's name.`,
    fix: 'Copy the display name from the app registration in the Entra admin center.',
    message: (a) => `entraAppName has ${a.length} characters; Entra allows at most ${MS.entra.appNameMaxLength}.`,
  },
  ENTRA_APP_NAME_CONTROL_CHARACTER: {
    title: 'Entra app name contains a control character',
    why: CONTROL,
    explanation: 'Control characters are invisible and cannot be part of an app display name you can paste.',
    fix: 'Remove the character shown.',
    message: (a) => `entraAppName contains the control character ${a.char} at position ${a.position}.`,
  },
  ENTRA_APP_NAME_UNUSED: {
    title: 'Entra app name given for a single-tenant integration',
    explanation: 'Microsoft asks for the Entra application name only when the integration uses a multi-tenant app.',
    fix: 'Set multiTenant to true if the app is multi-tenant, or remove entraAppName.',
    message: () => 'entraAppName is set but multiTenant is false; it will not be part of the submission.',
  },
  ENTRA_MANIFEST_INVALID: {
    title: 'Entra app manifest cannot be used',
    why: `Security: the manifest is read as untrusted input, within fixed limits. ${INTEGRITY}`,
    explanation: `entraManifest names the app manifest exported from the Microsoft Entra admin center (App registrations › your app › Manifest › Download), relative to the listing file. It is read as untrusted input: at most ${KIB(policy.entraManifest.maxBytes)}, checked before reading, nested at most ${policy.entraManifest.maxDepth} levels, one JSON object in the Microsoft Graph format (displayName, signInAudience, requiredResourceAccess) or the older Azure AD Graph format (name, availableToOtherTenants or signInAudience, requiredResourceAccess).`,
    fix: 'Download the manifest again from the app registration and point entraManifest at it, or remove entraManifest.',
    message: (a) => `Entra manifest ${a.path}${wordsFor(MANIFEST_EXPECTED, a, 'expected')}.`,
  },
  ENTRA_MANIFEST_NOT_MULTI_TENANT: {
    title: 'Entra app manifest is not multi-tenant',
    why: 'The page asks for the name when the approach is multi-tenant. An app whose manifest lets only its own tenant sign in is not the multi-tenant app the listing names.',
    explanation: `The listing says the integration uses a multi-tenant Entra app, and Microsoft's partner page has the app registered for "accounts in any organizational directory" (signInAudience ${MS.entra.multiTenantAudience}) so that every customer tenant can consent to it. AzureADandPersonalMicrosoftAccount counts as multi-tenant too (mde-partner's reading: every organization can still consent). In the older Azure AD Graph format, availableToOtherTenants false is single-tenant.`,
    fix: `In the app registration, set Authentication › Supported account types to "Accounts in any organizational directory" ("signInAudience": "${MS.entra.multiTenantAudience}"), download the manifest again; or set multiTenant to false.`,
    message: (a) => `Entra manifest ${a.path} is not multi-tenant (${wordsFor(SINGLE_TENANT, a)}), but the listing's multiTenant is true.`,
  },
  ENTRA_MANIFEST_NAME_MISMATCH: {
    title: 'Entra app name differs from the manifest',
    why: 'The name is asked for "to track usage of the application", which works only with the app\'s display name exactly as registered.',
    explanation: 'Microsoft asks for the name of the multi-tenant Entra application; entraAppName must be the display name in the app manifest (displayName, or name in the Azure AD Graph format), exactly, so that Microsoft finds the app customers consent to.',
    fix: 'Copy the display name from the manifest into entraAppName, or rename the app registration and download the manifest again.',
    message: (a) => `entraAppName ${a.listingName} differs from the manifest's ${a.key} ${a.manifestName} (${a.path}).`,
    hint: (a) => (a.manifestName ? `Set entraAppName to ${a.manifestName}, or rename the app in Entra.` : undefined),
  },
  ENTRA_MANIFEST_NO_MDE_PERMISSIONS: {
    title: 'Entra app manifest requests no Defender for Endpoint API permissions',
    why: 'An app that asks for no permissions on the Defender for Endpoint API is probably not the app that calls it. The API\'s application id is from public scripts, not a Learn page; hence a warning.',
    explanation: `Microsoft's partner page has the app request permissions on the WindowsDefenderATP API (API permissions › APIs my organization uses › WindowsDefenderATP). In the manifest that is a requiredResourceAccess entry with resourceAppId ${MS.entra.windowsDefenderAtpAppId} (the API's application id, known from public scripts, not a Learn page). A warning, not an error: an integration that uses only the Graph Security API needs Microsoft Graph permissions instead.`,
    fix: 'Add the WindowsDefenderATP permissions the integration uses (e.g. Alert.Read.All) under API permissions, grant consent, and download the manifest again.',
    message: (a) => `Entra manifest ${a.path} requests no permissions on the WindowsDefenderATP API (resourceAppId ${a.appId ?? MS.entra.windowsDefenderAtpAppId})${a.reason ? `: ${wordsFor(NO_PERMISSIONS, a)}` : ''}.`,
  },
} satisfies Record<keyof typeof entraCodes, CodeWords>;
