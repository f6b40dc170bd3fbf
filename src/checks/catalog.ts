import type { Args, Severity } from './finding.js';
import { policy, requirements } from '../domain/requirements.js';

/**
 * Where a rule comes from. `microsoft`: Microsoft's partner docs (see requirements.ts).
 * `standard`: an RFC or a platform limit. `policy`: this tool's own judgement, said so in output.
 */
export type Basis = 'microsoft' | 'standard' | 'policy';

export interface CodeInfo {
  title: string;
  severity: Severity;
  basis: Basis;
  /** Locked rules guard against hostile or unreadable input; a listing's `rules` cannot relax them. */
  locked?: true;
  explanation: string;
  fix: string;
  message: (args: Args) => string;
  hint?: (args: Args) => string | undefined;
}

const MS = requirements;
const KIB = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
/** 5000 → "5,000" without toLocaleString, whose first call loads ICU data (about 20 ms at start-up). */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const words = (n: unknown) => (n === 1 ? '1 word' : `${String(n)} words`);

/** What went wrong when the landing page could not be loaded, by the kind the online check found. */
function unreachableReason(a: Args): string {
  switch (a.kind) {
    case 'dns': return `DNS lookup failed (${a.code})`;
    case 'tls': return `TLS failed: ${a.detail} (${a.code})`;
    case 'timeout': return `timeout: no complete answer within ${a.seconds} s`;
    case 'redirects': return `more than ${a.limit} redirects`;
    case 'location': return `it redirects to ${a.location}, which is not a URL`;
    case 'response': return `the answer could not be read: ${a.detail} (${a.code})`;
    default: return `connection failed: ${a.detail ?? 'no detail'}${a.code ? ` (${a.code})` : ''}`;
  }
}

/**
 * The one list of finding codes. Every code a check can emit is a key here: `Code` is derived from
 * it, so a check that names an unknown code does not compile, and README, `explain` and SARIF rules
 * are all rendered from these entries.
 */
const entries = {
  // ── The listing file ────────────────────────────────────────────────────────────────────────
  LISTING_JSON_INVALID: {
    title: 'The listing is not valid JSON',
    severity: 'error',
    basis: 'standard',
    locked: true,
    explanation: 'mde-partner.json must be a JSON document (RFC 8259): no comments, no trailing commas, double-quoted keys.',
    fix: 'Fix the syntax at the line and column shown, or recreate the file with `mde-partner init`.',
    message: (a) => `The listing is not valid JSON: ${a.detail}.`,
  },
  LISTING_TOO_LARGE: {
    title: 'The listing file is too large',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: `A listing is a few hundred bytes; files over ${KIB(policy.listing.maxBytes)} are refused before reading to bound time and memory.`,
    fix: 'Check that the path points at mde-partner.json and not at another file.',
    message: (a) => `The listing has ${a.size} bytes; the limit is ${a.limit} bytes.`,
  },
  LISTING_TOO_DEEP: {
    title: 'The listing is nested too deeply',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: `JSON nested more than ${policy.listing.maxDepth} levels is refused before it is validated: no listing needs it, and it is a denial-of-service pattern.`,
    fix: 'Remove the nested arrays or objects.',
    message: (a) => `Values are nested deeper than ${a.limit} levels.`,
  },
  LISTING_NOT_OBJECT: {
    title: 'The listing is not a JSON object',
    severity: 'error',
    basis: 'standard',
    locked: true,
    explanation: 'The listing file holds one JSON object whose keys are the listing fields.',
    fix: 'Wrap the fields in { … }; see examples/valid/mde-partner.json.',
    message: (a) => `Expected a JSON object with the listing fields, found ${a.found}.`,
  },
  LISTING_FIELD_MISSING: {
    title: 'A required field is missing',
    severity: 'error',
    basis: 'microsoft',
    locked: true,
    explanation: 'companyName, productName, productVersion, description, logo, landingPage and multiTenant are required: together they make the six listing items Microsoft asks for.',
    fix: 'Add the field named in the message.',
    message: (a) => `Required field "${a.name}" is missing.`,
    hint: (a) => (a.example ? `Add for example: "${a.name}": ${a.example}` : undefined),
  },
  LISTING_FIELD_TYPE: {
    title: 'A field has the wrong type',
    severity: 'error',
    basis: 'standard',
    locked: true,
    explanation: 'Each listing field has one JSON type (see schemas/listing.schema.json).',
    fix: 'Change the value to the expected type.',
    message: (a) => `Expected ${a.expected}, found ${a.found}.`,
  },
  LISTING_FIELD_UNKNOWN: {
    title: 'Unknown field (typo?)',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'Unknown fields are rejected so that a typo such as "descripton" cannot silently drop a value.',
    fix: 'Rename the field to the one suggested, or remove it.',
    message: (a) => `Unknown field "${a.name}".`,
    hint: (a) => (a.suggestion ? `Did you mean "${a.suggestion}"?` : `Known fields: ${a.known}.`),
  },
  LISTING_VALUE_NOT_ALLOWED: {
    title: 'A value is not one of the allowed values',
    severity: 'error',
    basis: 'microsoft',
    locked: true,
    explanation: 'Categories and scenarios are the ones on Microsoft\'s partner pages; rule overrides are "off", "warn" or "error".',
    fix: 'Use one of the values listed in the hint.',
    message: (a) => `${a.value} is not allowed here.`,
    hint: (a) => `Allowed: ${a.allowed}.`,
  },
  LISTING_VALUE_INVALID: {
    title: 'A value does not match the schema',
    severity: 'error',
    basis: 'standard',
    locked: true,
    explanation: 'A value breaks a constraint of schemas/listing.schema.json not covered by a more specific code.',
    fix: 'Change the value as the message says.',
    message: (a) => `${a.detail}.`,
  },
  LISTING_RULE_UNKNOWN: {
    title: 'A rule override names an unknown code',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'Keys of "rules" must be finding codes; an unknown key is usually a typo and would override nothing.',
    fix: 'Use a code from `mde-partner explain --list`.',
    message: (a) => `"${a.name}" is not a finding code.`,
    hint: (a) => (a.suggestion ? `Did you mean "${a.suggestion}"?` : 'Run `mde-partner explain --list` for the codes.'),
  },
  LISTING_RULE_LOCKED: {
    title: 'A rule override tries to relax a locked rule',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'Rules that guard against hostile or unreadable input (scripts, external references, malformed XML, header injection, ...) can be raised but not relaxed.',
    fix: 'Remove the override and fix the finding instead.',
    message: (a) => `${a.name} cannot be set to "${a.level}": it guards against hostile or unreadable input.`,
  },

  // ── Names and version ───────────────────────────────────────────────────────────────────────
  COMPANY_NAME_EMPTY: {
    title: 'Company name is empty',
    severity: 'error',
    basis: 'microsoft',
    explanation: 'The company name becomes the {CompanyName} part of the User-Agent and is shown with the listing.',
    fix: 'Set companyName to your company\'s name as customers know it.',
    message: () => 'companyName is empty.',
  },
  COMPANY_NAME_CONTROL_CHARACTER: {
    title: 'Company name contains a control character',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'Control characters (tabs, newlines, escape sequences) are invisible or dangerous in a portal and in HTTP headers.',
    fix: 'Remove the character shown.',
    message: (a) => `companyName contains the control character ${a.char} at position ${a.position}.`,
  },
  COMPANY_NAME_WHITESPACE: {
    title: 'Company name has leading or trailing white space',
    severity: 'warning',
    basis: 'policy',
    explanation: 'Leading or trailing spaces are invisible in the form you paste into and make names compare unequal.',
    fix: 'Trim the value (the bundle\'s normalized listing does).',
    message: (a) => `companyName ${a.value} has leading or trailing white space.`,
    hint: (a) => `Use ${a.trimmed}.`,
  },
  PRODUCT_NAME_EMPTY: {
    title: 'Product name is empty',
    severity: 'error',
    basis: 'microsoft',
    explanation: 'The product name is one of the six listing items and the {ProductName} part of the User-Agent.',
    fix: 'Set productName to the name shown on the partner tile.',
    message: () => 'productName is empty.',
  },
  PRODUCT_NAME_CONTROL_CHARACTER: {
    title: 'Product name contains a control character',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'Control characters are invisible or dangerous in a portal and in HTTP headers.',
    fix: 'Remove the character shown.',
    message: (a) => `productName contains the control character ${a.char} at position ${a.position}.`,
  },
  PRODUCT_NAME_WHITESPACE: {
    title: 'Product name has leading or trailing white space',
    severity: 'warning',
    basis: 'policy',
    explanation: 'Leading or trailing spaces are invisible on the tile and make names compare unequal.',
    fix: 'Trim the value (the bundle\'s normalized listing does).',
    message: (a) => `productName ${a.value} has leading or trailing white space.`,
    hint: (a) => `Use ${a.trimmed}.`,
  },
  PRODUCT_NAME_TOO_LONG: {
    title: 'Product name is too long',
    severity: 'error',
    basis: 'policy',
    explanation: `A product name longer than ${policy.productNameMaxLength} characters does not fit a partner tile; this limit is mde-partner's policy.`,
    fix: 'Use the short product name customers search for.',
    message: (a) => `productName has ${a.length} characters; at most ${policy.productNameMaxLength} are allowed.`,
  },
  PRODUCT_VERSION_INVALID: {
    title: 'Product version is not an HTTP token',
    severity: 'error',
    basis: 'standard',
    explanation: 'The version ends the User-Agent product token, so it must be an RFC 9110 token: letters, digits and !#$%&\'*+-.^_`|~, no spaces or slashes.',
    fix: 'Use a version such as 1.0.0.',
    message: (a) => `productVersion ${a.value} is not an HTTP token: ${a.reason}.`,
    hint: (a) => (a.suggestion ? `Use ${a.suggestion}.` : undefined),
  },
  PRODUCT_VERSION_NOT_SEMVER: {
    title: 'Product version does not look like a version number',
    severity: 'warning',
    basis: 'policy',
    explanation: 'Versions such as 1.0.0 or 2024.3 make the User-Agent useful to Microsoft when they look at traffic; this is mde-partner\'s recommendation.',
    fix: 'Use MAJOR.MINOR[.PATCH], optionally with -prerelease.',
    message: (a) => `productVersion ${a.value} does not look like a version number (expected e.g. 1.0.0).`,
  },

  // ── Description ─────────────────────────────────────────────────────────────────────────────
  DESCRIPTION_TOO_LONG: {
    title: 'Description has more than 15 words',
    severity: 'error',
    basis: 'microsoft',
    explanation: `Microsoft asks for a ${MS.description.words}-word product description. Words are counted as a word processor does: pieces between white space that contain a letter or digit ("AI-driven" and "24/7" are one word each; a lone dash is none); Japanese, Chinese and Thai are split into words by Unicode word segmentation.`,
    fix: `Shorten the description to ${MS.description.words} words.`,
    message: (a) => `The description has ${words(a.count)}; Microsoft asks for ${MS.description.words}.`,
    hint: (a) => `Remove ${words(Number(a.count) - MS.description.words)}.`,
  },
  DESCRIPTION_TOO_SHORT: {
    title: 'Description has fewer than 15 words',
    severity: 'warning',
    basis: 'microsoft',
    explanation: `Microsoft asks for a ${MS.description.words}-word product description; the docs do not say "exactly", so fewer words is a warning.`,
    fix: `Use the full ${MS.description.words} words to say what the integration does.`,
    message: (a) => `The description has ${words(a.count)}; Microsoft asks for ${MS.description.words}.`,
    hint: (a) => `You can add ${words(MS.description.words - Number(a.count))}.`,
  },
  DESCRIPTION_CONTROL_CHARACTER: {
    title: 'Description contains a control character',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'The description is pasted into a one-line form; control characters are invisible or dangerous there.',
    fix: 'Remove the character shown (use a plain space instead of tabs and newlines).',
    message: (a) => `The description contains the control character ${a.char} at position ${a.position}.`,
  },

  // ── Landing page ────────────────────────────────────────────────────────────────────────────
  LANDING_PAGE_INVALID_URL: {
    title: 'Landing page is not a URL',
    severity: 'error',
    basis: 'microsoft',
    explanation: 'Microsoft asks for a link to a landing page or blog post with enough information for customers to complete the integration.',
    fix: 'Use an absolute URL such as https://example.com/mde-integration.',
    message: (a) => `landingPage ${a.value} is not an absolute URL.`,
    hint: (a) => (a.suggestion ? `Did you mean ${a.suggestion}?` : undefined),
  },
  LANDING_PAGE_NOT_HTTPS: {
    title: 'Landing page is not https',
    severity: 'error',
    basis: 'policy',
    explanation: 'A page linked from a security product must be served over HTTPS; mde-partner requires https:// (its policy).',
    fix: 'Serve the page over HTTPS and use the https:// URL.',
    message: (a) => (a.redirect
      ? `landingPage redirects to ${a.redirect}, which uses ${a.scheme}; expected https:. The redirect was not followed.`
      : `landingPage uses ${a.scheme}; expected https:.`),
    hint: (a) => (a.suggestion && !a.redirect ? `Use ${a.suggestion}.` : undefined),
  },
  LANDING_PAGE_CREDENTIALS: {
    title: 'Landing page URL contains credentials',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'A user name or password in a URL (https://user:pass@host/) leaks credentials and is a phishing pattern.',
    fix: 'Remove the user:password@ part; a public landing page needs no login.',
    message: (a) => (a.redirect
      ? `landingPage redirects to a URL with a user name or password; the redirect was not followed.`
      : 'landingPage contains a user name or password.'),
    hint: (a) => (a.suggestion && !a.redirect ? `Use ${a.suggestion}.` : undefined),
  },
  LANDING_PAGE_NOT_PUBLIC: {
    title: 'Landing page is not on a public host',
    severity: 'error',
    basis: 'policy',
    explanation: 'Customers must be able to open the page: localhost, private, link-local and reserved addresses and names (e.g. .local, .internal, single-label hosts) are not reachable from the internet.',
    fix: 'Publish the page on a public domain and use that URL.',
    message: (a) => (a.redirect
      ? `landingPage redirects to ${a.redirect}, whose host ${a.host} is ${a.reason}, not reachable by customers; the redirect was not followed.`
      : `landingPage host ${a.host} is ${a.reason}, not reachable by customers.`),
  },
  LANDING_PAGE_UNREACHABLE: {
    title: 'Landing page cannot be loaded',
    severity: 'error',
    basis: 'microsoft',
    explanation: `With --online the landing page is fetched over HTTPS, as a customer's browser would: Microsoft asks for a page with enough information to complete the integration, and a page that does not load has none. DNS, TLS (the certificate must be trusted and match the host), connection errors, more than ${policy.online.maxRedirects} redirects and no complete answer within ${policy.online.timeoutMs / 1000} s are reported here, each saying which.`,
    fix: 'Open the URL from a network outside yours and fix what the message names (DNS record, certificate, server, redirect chain).',
    message: (a) => `landingPage ${a.url} could not be loaded: ${unreachableReason(a)}.`,
  },
  LANDING_PAGE_HTTP_STATUS: {
    title: 'Landing page answers with an error status',
    severity: 'error',
    basis: 'microsoft',
    explanation: 'With --online the landing page must end, after redirects, in a 2xx answer. A 404, a login wall (401/403) or a server error is what a customer would see instead of the integration guide.',
    fix: 'Publish the page at the URL, make it public, or use the URL it now has.',
    message: (a) => `landingPage ${a.url} answered ${a.status}${a.statusText && a.statusText !== '""' ? ` ${a.statusText}` : ''}; expected a 2xx status.`,
    hint: (a) => {
      const status = Number(a.status);
      if (status === 401 || status === 403) return 'The page must be public: customers open it without signing in.';
      if (status === 404 || status === 410) return 'The page is not there: check the URL, or publish the page.';
      if (status >= 500) return 'The server failed: try again later, then check the site.';
      return undefined;
    },
  },
  LANDING_PAGE_REDIRECTS_TO_HTTP: {
    title: 'Landing page redirects to http',
    severity: 'error',
    basis: 'policy',
    explanation: 'With --online every redirect is checked before it is followed. A redirect to plain http: undoes the https:// of the listing: the page a customer reads can be changed on the way (mde-partner policy, like LANDING_PAGE_NOT_HTTPS).',
    fix: 'Make the server redirect to https:// (or not at all), and use the final https:// URL as landingPage.',
    message: (a) => `landingPage redirects from ${a.from} to ${a.to}, plain http:; the redirect was not followed.`,
  },
  LANDING_PAGE_MISSING_PRODUCT_NAME: {
    title: 'Landing page does not mention the product name',
    severity: 'warning',
    basis: 'policy',
    explanation: `With --online the page text (tags, scripts, styles and comments removed, HTML entities decoded, the first ${KIB(policy.online.maxBodyBytes)}) is searched for productName, ignoring case and spacing. A page that never names the product is probably not the integration guide customers need (mde-partner's heuristic, hence a warning). Pages that are not text (PDF, images) are not searched.`,
    fix: 'Link the page that describes this integration, or make productName the name the page uses.',
    message: (a) => `The page at ${a.url} does not mention productName ${a.product}.`,
  },

  // ── Entra application ───────────────────────────────────────────────────────────────────────
  ENTRA_APP_NAME_REQUIRED: {
    title: 'Entra app name is required for a multi-tenant integration',
    severity: 'error',
    basis: 'microsoft',
    explanation: 'Microsoft asks for the Microsoft Entra application name when the integration uses a multi-tenant Entra app.',
    fix: 'Set entraAppName to the display name of the app registration, or set multiTenant to false.',
    message: () => 'multiTenant is true but entraAppName is missing or empty.',
  },
  ENTRA_APP_NAME_TOO_LONG: {
    title: 'Entra app name is longer than 256 characters',
    severity: 'error',
    basis: 'standard',
    explanation: `A Microsoft Entra application display name has at most ${MS.entra.appNameMaxLength} characters, so a longer name cannot be the app's name.`,
    fix: 'Copy the display name from the app registration in the Entra admin center.',
    message: (a) => `entraAppName has ${a.length} characters; Entra allows at most ${MS.entra.appNameMaxLength}.`,
  },
  ENTRA_APP_NAME_CONTROL_CHARACTER: {
    title: 'Entra app name contains a control character',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'Control characters are invisible and cannot be part of an app display name you can paste.',
    fix: 'Remove the character shown.',
    message: (a) => `entraAppName contains the control character ${a.char} at position ${a.position}.`,
  },
  ENTRA_APP_NAME_UNUSED: {
    title: 'Entra app name given for a single-tenant integration',
    severity: 'info',
    basis: 'microsoft',
    explanation: 'Microsoft asks for the Entra application name only when the integration uses a multi-tenant app.',
    fix: 'Set multiTenant to true if the app is multi-tenant, or remove entraAppName.',
    message: () => 'entraAppName is set but multiTenant is false; it will not be part of the submission.',
  },
  ENTRA_MANIFEST_INVALID: {
    title: 'Entra app manifest cannot be used',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: `entraManifest names the app manifest exported from the Microsoft Entra admin center (App registrations › your app › Manifest › Download), relative to the listing file. It is read as untrusted input: at most ${KIB(policy.entraManifest.maxBytes)}, checked before reading, nested at most ${policy.entraManifest.maxDepth} levels, one JSON object in the Microsoft Graph format (displayName, signInAudience, requiredResourceAccess) or the older Azure AD Graph format (name, availableToOtherTenants or signInAudience, requiredResourceAccess).`,
    fix: 'Download the manifest again from the app registration and point entraManifest at it, or remove entraManifest.',
    message: (a) => (a.expected
      ? `Entra manifest ${a.path}${a.at ? ` at ${a.at}` : ''}: expected ${a.expected}; found ${a.found}.`
      : `Entra manifest ${a.path} ${a.reason}.`),
  },
  ENTRA_MANIFEST_NOT_MULTI_TENANT: {
    title: 'Entra app manifest is not multi-tenant',
    severity: 'error',
    basis: 'microsoft',
    explanation: `The listing says the integration uses a multi-tenant Entra app, and Microsoft's partner page has the app registered for "accounts in any organizational directory" (signInAudience ${MS.entra.multiTenantAudience}) so that every customer tenant can consent to it. AzureADandPersonalMicrosoftAccount counts as multi-tenant too (mde-partner's reading: every organization can still consent). In the older Azure AD Graph format, availableToOtherTenants false is single-tenant.`,
    fix: `In the app registration, set Authentication › Supported account types to "Accounts in any organizational directory" ("signInAudience": "${MS.entra.multiTenantAudience}"), download the manifest again; or set multiTenant to false.`,
    message: (a) => `Entra manifest ${a.path} is not multi-tenant (${a.found}), but the listing's multiTenant is true.`,
  },
  ENTRA_MANIFEST_NAME_MISMATCH: {
    title: 'Entra app name differs from the manifest',
    severity: 'error',
    basis: 'microsoft',
    explanation: 'Microsoft asks for the name of the multi-tenant Entra application; entraAppName must be the display name in the app manifest (displayName, or name in the Azure AD Graph format), exactly, so that Microsoft finds the app customers consent to.',
    fix: 'Copy the display name from the manifest into entraAppName, or rename the app registration and download the manifest again.',
    message: (a) => `entraAppName ${a.listingName} differs from the manifest's ${a.key} ${a.manifestName} (${a.path}).`,
    hint: (a) => (a.manifestName ? `Set entraAppName to ${a.manifestName}, or rename the app in Entra.` : undefined),
  },
  ENTRA_MANIFEST_NO_MDE_PERMISSIONS: {
    title: 'Entra app manifest requests no Defender for Endpoint API permissions',
    severity: 'warning',
    basis: 'microsoft',
    explanation: `Microsoft's partner page has the app request permissions on the WindowsDefenderATP API (API permissions › APIs my organization uses › WindowsDefenderATP). In the manifest that is a requiredResourceAccess entry with resourceAppId ${MS.entra.windowsDefenderAtpAppId} (the API's application id, known from public scripts, not a Learn page). A warning, not an error: an integration that uses only the Graph Security API needs Microsoft Graph permissions instead.`,
    fix: 'Add the WindowsDefenderATP permissions the integration uses (e.g. Alert.Read.All) under API permissions, grant consent, and download the manifest again.',
    message: (a) => `Entra manifest ${a.path} requests no permissions on the WindowsDefenderATP API (resourceAppId ${a.appId ?? MS.entra.windowsDefenderAtpAppId})${a.found ? `: ${a.found}` : ''}.`,
  },

  // ── User-Agent ──────────────────────────────────────────────────────────────────────────────
  USER_AGENT_INVALID_FORMAT: {
    title: 'User-Agent does not have the required form',
    severity: 'error',
    basis: 'microsoft',
    explanation: `Every call to the MDE public APIs and the Graph Security APIs must send a User-Agent of the form MdePartner-{CompanyName}-{ProductName}/{Version}, e.g. ${MS.userAgent.example}. Company and product are runs of HTTP token characters without "-" and "/"; the version is an HTTP token.`,
    fix: 'Use the derived value shown, or `mde-partner ua derive`.',
    message: (a) => `User-Agent ${a.value} does not match MdePartner-{CompanyName}-{ProductName}/{Version}: ${a.reason}.`,
    hint: (a) => (a.suggestion ? `Use ${a.suggestion}.` : undefined),
  },
  USER_AGENT_FORBIDDEN_CHARACTERS: {
    title: 'User-Agent contains characters that are not allowed in a header',
    severity: 'error',
    basis: 'standard',
    locked: true,
    explanation: 'CR, LF and NUL are never valid in an HTTP field value (RFC 9110 §5.5) and enable header injection; the product token may not contain spaces, other controls or non-ASCII characters.',
    fix: 'Remove the character shown; derive the value with `mde-partner ua derive`.',
    message: (a) => `User-Agent contains ${a.char} at position ${a.position}; expected MdePartner-{CompanyName}-{ProductName}/{Version} in ASCII token characters only.`,
    hint: (a) => (a.suggestion ? `Use ${a.suggestion}.` : undefined),
  },
  USER_AGENT_LEGACY_PREFIX: {
    title: 'User-Agent uses the old MdatpPartner- prefix',
    severity: 'error',
    basis: 'microsoft',
    explanation: `Older versions of Microsoft's page used "${MS.userAgent.legacyPrefix}"; the current docs (${MS.docsDate}) require "${MS.userAgent.prefix}".`,
    fix: `Replace ${MS.userAgent.legacyPrefix} with ${MS.userAgent.prefix}.`,
    message: (a) => `User-Agent ${a.value} uses the old prefix ${MS.userAgent.legacyPrefix}.`,
    hint: (a) => `Use ${a.suggestion}.`,
  },
  USER_AGENT_MISMATCH: {
    title: 'User-Agent differs from the one derived from the names',
    severity: 'warning',
    basis: 'policy',
    explanation: 'The User-Agent is expected to be built from companyName, productName and productVersion; a different value is allowed but is usually a stale copy.',
    fix: 'Use the derived value, or remove userAgent to have it derived.',
    message: (a) => `User-Agent is ${a.value} but the names give ${a.derived}.`,
    hint: (a) => `Use ${a.derived}, or keep yours if Microsoft knows your product by it.`,
  },
  USER_AGENT_UNDERIVABLE: {
    title: 'No User-Agent can be derived from the names',
    severity: 'error',
    basis: 'microsoft',
    explanation: 'The User-Agent must be ASCII. When the company or product name has no ASCII letters left after dropping accents (e.g. a name written only in Japanese), the tokens must be given explicitly.',
    fix: 'Set userAgent explicitly, e.g. "MdePartner-Contoso-ContosoCognito/1.0.0".',
    message: (a) => `${a.name} ${a.value} has no ASCII letters to build the User-Agent from.`,
    hint: () => 'Set "userAgent" in the listing (or --user-agent) with ASCII company and product tokens.',
  },
  USER_AGENT_NOT_SENT: {
    title: 'A partner API request does not send the partner User-Agent',
    severity: 'error',
    basis: 'microsoft',
    explanation: `Microsoft asks for ${MS.userAgent.prefix}{CompanyName}-{ProductName}/{Version} as the User-Agent of every call to the MDE public APIs and the Graph Security APIs; it is used for statistics, troubleshooting and partner recognition, and is a prerequisite of MISA. A request without a User-Agent, or with an HTTP library's or a browser's default (python-requests/2.31, Go-http-client/1.1, Mozilla/5.0 …), is not recognised as the partner's. Found by \`ua audit\` in a HAR capture.`,
    fix: 'Set the User-Agent header on the HTTP client that calls the API (the bundle\'s user-agent/ folder has snippets for curl, PowerShell, Python, C#, Node, Go and Java).',
    message: (a) => (a.found ? `${a.method} ${a.url} sent User-Agent ${a.found} instead of the partner User-Agent.` : `${a.method} ${a.url} sent no User-Agent.`),
    hint: (a) => (a.expected ? `Send User-Agent: ${a.expected} on every call to this host.` : undefined),
  },
  USER_AGENT_WRONG: {
    title: 'A partner API request sends a partner User-Agent other than the expected one',
    severity: 'error',
    basis: 'microsoft',
    explanation: `The request sends a ${MS.userAgent.prefix} or ${MS.userAgent.legacyPrefix} value, but not exactly the expected one: an old version, the old prefix, other names, or extra text around it. The User-Agent is how Microsoft recognises the partner's traffic (statistics, troubleshooting, partner recognition), so every call should send the one value given with the listing. Found by \`ua audit\` in a HAR capture.`,
    fix: 'Send exactly the expected value (from --expect or the listing); update the version string where the client is built.',
    message: (a) => `${a.method} ${a.url} sent User-Agent ${a.found}: ${a.reason}.`,
    hint: (a) => (a.expected ? `Send exactly ${a.expected}.` : undefined),
  },
  USER_AGENT_MULTIPLE: {
    title: 'A partner API request sends more than one User-Agent header',
    severity: 'error',
    basis: 'standard',
    explanation: 'User-Agent is a single product list, not a comma-separated list field: a sender must not repeat it (RFC 9110 §5.3), and a recipient that joins the lines sees "A, B", which is not the expected value. It usually means both an HTTP library and the integration set the header. Found by `ua audit` in a HAR capture.',
    fix: 'Set the header once, replacing the library\'s default instead of adding a second one.',
    message: (a) => `${a.method} ${a.url} sent ${a.count} User-Agent headers${a.found ? ` (${a.found})` : ''}.`,
    hint: (a) => (a.expected ? `Send one User-Agent header: ${a.expected}.` : undefined),
  },

  // ── Onboarding progress ─────────────────────────────────────────────────────────────────────
  ONBOARDING_DATE_INVALID: {
    title: 'An onboarding date is not a calendar date',
    severity: 'error',
    basis: 'standard',
    explanation: 'Dates in "onboarding" are calendar dates written YYYY-MM-DD (ISO 8601), e.g. 2025-03-26.',
    fix: 'Write the date as YYYY-MM-DD.',
    message: (a) => `${a.value} is not a calendar date (expected YYYY-MM-DD).`,
  },
  ONBOARDING_PRESS_RELEASE_TOO_EARLY: {
    title: 'Press release planned before Microsoft\'s review can end',
    severity: 'error',
    basis: 'microsoft',
    explanation: `Any press release that names Microsoft Defender for Endpoint must be reviewed by Microsoft's marketing and engineering teams; allow at least ${MS.pressRelease.reviewDays} days.`,
    fix: `Move the publication date to review start + ${MS.pressRelease.reviewDays} days or later.`,
    message: (a) => `The press release is dated ${a.date}, but a review that started ${a.reviewStart} ends ${a.earliest} at the earliest.`,
    hint: (a) => `Publish on ${a.earliest} or later.`,
  },

  // ── Logo file ───────────────────────────────────────────────────────────────────────────────
  LOGO_NOT_FOUND: {
    title: 'Logo file not found',
    severity: 'error',
    basis: 'microsoft',
    locked: true,
    explanation: 'logo is a path to the SVG logo, relative to the listing file.',
    fix: 'Check the path (it is relative to the folder of mde-partner.json).',
    message: (a) => `Logo ${a.path} ${a.reason}.`,
  },
  SVG_INPUT_EMPTY: {
    title: 'Logo file is empty',
    severity: 'error',
    basis: 'microsoft',
    locked: true,
    explanation: 'The logo file has no content.',
    fix: 'Export the logo again as SVG.',
    message: () => 'The logo file is empty.',
  },
  SVG_INPUT_TOO_LARGE: {
    title: 'Logo file is too large to check',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: `Logos larger than ${KIB(policy.logo.maxBytes)} are refused before reading (size checked with stat): a logo never needs that much, and it bounds time and memory on hostile files.`,
    fix: 'Simplify the drawing or optimize it (e.g. with svgo); embedded fonts and rasters are the usual cause.',
    message: (a) => `The logo has ${a.size} bytes; the limit is ${a.limit} bytes.`,
  },
  SVG_INPUT_COMPRESSED: {
    title: 'Logo is compressed (gzip / .svgz)',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'Compressed SVG (.svgz) is never inflated: it could expand to any size. The submission needs plain SVG.',
    fix: 'Save as plain SVG (gunzip the .svgz).',
    message: () => 'The logo is gzip-compressed (.svgz); expected plain SVG text.',
  },
  SVG_INPUT_NOT_SVG: {
    title: 'Logo is not an SVG file',
    severity: 'error',
    basis: 'microsoft',
    locked: true,
    explanation: 'Microsoft asks for an SVG logo. Raster images (PNG, JPEG, GIF), PDF and other binary files are not SVG, whatever their name.',
    fix: 'Export the logo as SVG from the design tool; a renamed PNG is still a PNG.',
    message: (a) => `The logo is ${a.kind}, not SVG.`,
  },
  SVG_ENCODING_UNSUPPORTED: {
    title: 'Logo is not UTF-8',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'Logos are read as UTF-8 (or ASCII). UTF-16, UTF-32 and other declared encodings are refused rather than guessed.',
    fix: 'Save the SVG as UTF-8.',
    message: (a) => `The logo is encoded as ${a.encoding}; expected UTF-8.`,
  },
  SVG_ENCODING_INVALID_UTF8: {
    title: 'Logo has bytes that are not valid UTF-8',
    severity: 'error',
    basis: 'standard',
    locked: true,
    explanation: 'XML requires a correctly encoded document; invalid byte sequences are often a file saved in another encoding or corrupted.',
    fix: 'Save the SVG as UTF-8.',
    message: (a) => `Invalid UTF-8 byte sequence at byte ${a.offset}.`,
  },
  SVG_XML_MALFORMED: {
    title: 'Logo is not well-formed XML',
    severity: 'error',
    basis: 'standard',
    locked: true,
    explanation: 'An SVG file is an XML document: one root element, matching tags, quoted attributes, no undefined entities.',
    fix: 'Fix the XML at the line and column shown, or export the logo again.',
    message: (a) => `The logo is not well-formed XML: ${a.detail}`,
  },
  SVG_XML_ENTITY_DECLARATION: {
    title: 'Logo declares XML entities',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'Any <!ENTITY declaration is refused before anything is expanded: entities are how XXE (reading local files) and "billion laughs" (exponential expansion) attacks work, and a logo needs none.',
    fix: 'Remove the DOCTYPE internal subset; re-export with presentation attributes, or run the file through svgo.',
    message: () => 'The logo declares an XML entity (<!ENTITY).',
  },
  SVG_XML_TOO_DEEP: {
    title: 'Logo nesting is too deep',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: `Elements nested more than ${policy.logo.maxDepth} levels deep are refused while parsing; deep nesting is a denial-of-service pattern and no logo needs it.`,
    fix: 'Flatten groups (e.g. svgo\'s collapseGroups).',
    message: (a) => `Elements are nested deeper than ${a.limit} levels.`,
  },
  SVG_XML_TOO_MANY_ATTRIBUTES: {
    title: 'An element has too many attributes',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: `More than ${policy.logo.maxAttributesPerElement} attributes on one element is refused while parsing; it is a denial-of-service pattern.`,
    fix: 'Move presentation attributes into a style or simplify the element.',
    message: (a) => `<${a.element}> has more than ${a.limit} attributes.`,
  },
  SVG_XML_TOO_MANY_ELEMENTS: {
    title: 'The logo has too many elements',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: `More than ${thousands(policy.logo.maxElements)} elements are refused while parsing: real logos have hundreds at most, and optimizing the bundle's copy (svgo) takes time that grows with the square of the number of sibling elements.`,
    fix: 'Merge paths that share a style (svgo\'s mergePaths, or your editor\'s "combine" / "compound path"), and remove hidden or empty elements.',
    message: (a) => `The logo has more than ${thousands(Number(a.limit))} elements.`,
  },
  SVG_ROOT_NOT_SVG: {
    title: 'Root element is not <svg>',
    severity: 'error',
    basis: 'microsoft',
    locked: true,
    explanation: 'An SVG document has <svg> in the SVG namespace (http://www.w3.org/2000/svg) as its root element.',
    fix: 'Export the logo as SVG.',
    message: (a) => `The root element is <${a.name}>; expected <svg>.`,
  },
  SVG_NAMESPACE_MISSING: {
    title: 'Root <svg> is not in the SVG namespace',
    severity: 'error',
    basis: 'standard',
    explanation: 'Without xmlns="http://www.w3.org/2000/svg" a browser treats the file as unknown XML and shows nothing when the SVG is used as an image.',
    fix: 'Add xmlns="http://www.w3.org/2000/svg" to the <svg> element.',
    message: (a) => `<svg> is in namespace ${a.uri}; expected "http://www.w3.org/2000/svg".`,
  },
  SVG_SCRIPT: {
    title: 'Logo contains script',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'A logo is shown inside a security portal; <script> (in any namespace), <handler> and CSS expression() run code.',
    fix: 'Remove the script; a logo is a static drawing.',
    message: (a) => `Script found: ${a.what}.`,
  },
  SVG_EVENT_HANDLER: {
    title: 'Logo has an event handler',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'on* attributes (onload, onclick, ...) run script, also when set by <set> or <animate attributeName="on...">.',
    fix: 'Remove the attribute.',
    message: (a) => `Event handler ${a.name} on <${a.element}>.`,
  },
  SVG_JAVASCRIPT_URL: {
    title: 'Logo has a javascript: URL',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'javascript: (and vbscript:) URLs run script; they are detected also when hidden with case, white space, control characters or character references.',
    fix: 'Remove the link or the attribute.',
    message: (a) => `${a.scheme} URL in ${a.where}.`,
  },
  SVG_EXTERNAL_REFERENCE: {
    title: 'Logo references an external resource',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'A logo must be self-contained: href, src, xml:base and CSS url() values that do not start with "#" load files or track viewers, and break when the logo is copied.',
    fix: 'Embed what is referenced as vector shapes, or point to an element in the same file ("#id").',
    message: (a) => `External reference ${a.value} in ${a.where}.`,
  },
  SVG_DATA_URI: {
    title: 'Logo embeds content as a data: URI',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'data: URIs embed other documents (SVG, HTML, fonts) that these checks cannot see into.',
    fix: 'Replace the embedded content with shapes in the SVG itself.',
    message: (a) => `data: URI in ${a.where}.`,
  },
  SVG_STYLE_IMPORT: {
    title: 'Logo style sheet uses @import',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: '@import loads another style sheet from elsewhere; a logo must be self-contained.',
    fix: 'Inline the rules you need in the <style> element, or use presentation attributes.',
    message: (a) => `@import in ${a.where}.`,
  },
  SVG_FOREIGN_OBJECT: {
    title: 'Logo contains <foreignObject>',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: '<foreignObject> embeds HTML inside the SVG, which can carry forms, links and scripts and renders differently everywhere.',
    fix: 'Replace it with SVG shapes (convert text to outlines).',
    message: () => '<foreignObject> found.',
  },
  SVG_IMAGE_ELEMENT: {
    title: 'Logo embeds a raster image',
    severity: 'error',
    basis: 'policy',
    explanation: 'An <image> (or <feImage> with a picture) makes the logo a bitmap in an SVG wrapper: it blurs when scaled. A logo must be vector.',
    fix: 'Redraw or trace the logo as vector shapes.',
    message: (a) => `<${a.element}> embeds a raster image.`,
  },
  SVG_ANIMATION: {
    title: 'Logo is animated',
    severity: 'error',
    basis: 'policy',
    explanation: 'A partner logo is a static mark; animation elements (<animate>, <set>, ...) and CSS animations are distracting and can change the logo after review.',
    fix: 'Remove the animation.',
    message: (a) => `Animation found: ${a.what}.`,
  },
  SVG_VIEWBOX_MISSING: {
    title: 'Logo has no viewBox',
    severity: 'error',
    basis: 'policy',
    explanation: 'The portal shows the logo at its own size; without a viewBox an SVG does not scale, it is cropped or padded.',
    fix: 'Add a viewBox (the hint gives one from width and height).',
    message: () => '<svg> has no viewBox attribute.',
    hint: (a) => (a.suggestion ? `Add viewBox="${a.suggestion}" to <svg>.` : 'Add viewBox="0 0 W H" with the drawing\'s size.'),
  },
  SVG_VIEWBOX_INVALID: {
    title: 'Logo viewBox is invalid',
    severity: 'error',
    basis: 'standard',
    explanation: 'viewBox is four numbers "min-x min-y width height" with a positive width and height.',
    fix: 'Set viewBox="0 0 W H" with the drawing\'s size.',
    message: (a) => `viewBox ${a.value} is invalid: ${a.reason}.`,
  },
  SVG_VIEWBOX_NOT_SQUARE: {
    title: 'Logo viewBox is not square',
    severity: 'error',
    basis: 'microsoft',
    explanation: 'Microsoft asks for a square logo: the viewBox width and height must be equal.',
    fix: 'Make the artboard square (pad the shorter side) and export again.',
    message: (a) => `viewBox is ${a.width} × ${a.height}; expected a square.`,
    hint: (a) => (a.suggestion ? `For example viewBox="${a.suggestion}" centres the drawing on a square.` : undefined),
  },
  SVG_DIMENSIONS_NOT_SQUARE: {
    title: 'Logo width and height are not equal',
    severity: 'error',
    basis: 'microsoft',
    explanation: 'Microsoft asks for a square logo: width and height (converted to px from pt, mm, cm, in, pc, Q) must be equal.',
    fix: 'Make width and height equal, or remove them and keep a square viewBox.',
    message: (a) => `width ${a.width} and height ${a.height} (${a.widthPx} × ${a.heightPx} px) are not equal.`,
  },
  SVG_DIMENSIONS_INVALID: {
    title: 'Logo width or height is invalid',
    severity: 'error',
    basis: 'standard',
    explanation: 'width and height are a positive number with an optional CSS unit.',
    fix: 'Use e.g. width="512" height="512", or remove them.',
    message: (a) => `${a.name} ${a.value} is not a valid length.`,
  },
  SVG_SIZE_RELATIVE_UNIT: {
    title: 'Logo size uses a relative unit',
    severity: 'warning',
    basis: 'policy',
    explanation: 'Relative units (%, em, rem, vw, ...) depend on where the logo is shown, so squareness cannot be checked from the file.',
    fix: 'Use absolute sizes (px) or remove width and height and keep a square viewBox.',
    message: (a) => `${a.name} ${a.value} is relative; it cannot be resolved without a page.`,
  },
  SVG_STRETCHED: {
    title: 'Logo is stretched',
    severity: 'error',
    basis: 'policy',
    explanation: 'preserveAspectRatio="none" with a viewBox whose shape differs from width × height distorts the drawing.',
    fix: 'Remove preserveAspectRatio="none" or make the ratios equal.',
    message: (a) => `preserveAspectRatio="none" stretches a ${a.viewBox} viewBox to ${a.size}.`,
  },
  SVG_TEXT: {
    title: 'Logo uses text',
    severity: 'warning',
    basis: 'policy',
    explanation: 'Text is drawn with whatever fonts the viewer has; the logo can look different everywhere.',
    fix: 'Convert text to outlines (Inkscape: Path › Object to Path; Illustrator: Type › Create Outlines).',
    message: () => '<text> found; it renders with the viewer\'s fonts.',
  },
  SVG_SIZE_OVER_32KB: {
    title: 'Logo file is larger than 32 KiB',
    severity: 'warning',
    basis: 'policy',
    explanation: `A logo over ${KIB(policy.logo.warnBytes)} usually carries editor data, embedded fonts or needless precision.`,
    fix: 'Optimize it (the bundle step does with svgo) or simplify the paths.',
    message: (a) => `The logo has ${a.size} bytes; logos are usually under ${KIB(policy.logo.warnBytes)}.`,
  },
  // ── Received bundles (verify) ───────────────────────────────────────────────────────────────
  BUNDLE_LOGO_NOT_OPTIMIZED: {
    title: 'The logo could not be optimized for the bundle',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: `The bundle's copy of the logo is optimized with svgo, which runs with a limit of ${policy.logo.optimize.timeoutMs / 1000} s and ${policy.logo.optimize.maxMemoryMb} MiB so that no logo can keep \`bundle\` busy for minutes. svgo slows down with the number of CSS rules times the number of elements they apply to. Nothing is written when it fails.`,
    fix: 'Replace the <style> rules with presentation attributes (fill="…") on the elements, merge paths that share a style, and remove unused rules; then run `mde-partner bundle` again.',
    message: (a) => `The logo could not be optimized: ${a.reason}.`,
  },
  BUNDLE_MANIFEST_MISSING: {
    title: 'Bundle has no manifest.json',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'Every bundle made by `mde-partner bundle` lists its files with their SHA-256 in manifest.json; without it nothing can be verified.',
    fix: 'Ask for a bundle made by `mde-partner bundle`, or make one.',
    message: () => 'manifest.json is missing.',
  },
  BUNDLE_MANIFEST_INVALID: {
    title: 'Bundle manifest.json is not a valid manifest',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'manifest.json must be JSON with the tool name and a list of files with their SHA-256.',
    fix: 'Rebuild the bundle with `mde-partner bundle`.',
    message: (a) => `manifest.json is not a valid manifest: ${a.detail}.`,
  },
  BUNDLE_FILE_MISSING: {
    title: 'A file listed in the manifest is missing',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'Every file in manifest.json must be in the bundle.',
    fix: 'Rebuild the bundle; do not remove files from it.',
    message: (a) => `${a.name} is listed in manifest.json but missing.`,
  },
  BUNDLE_HASH_MISMATCH: {
    title: 'A file differs from the manifest',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'The SHA-256 of a file does not match manifest.json: it was changed after the bundle was made.',
    fix: 'Rebuild the bundle after changing the listing, rather than editing the bundle.',
    message: (a) => `${a.name} was changed after bundling (SHA-256 ${a.actual}…, manifest says ${a.expected}…).`,
  },
  BUNDLE_FILE_UNLISTED: {
    title: 'A file is not listed in the manifest',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'A bundle holds exactly the files in manifest.json; anything else was added afterwards.',
    fix: 'Remove the file, or rebuild the bundle.',
    message: (a) => `${a.name} is not listed in manifest.json.`,
  },
  BUNDLE_LISTING_MISSING: {
    title: 'Bundle has no listing.json',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'A bundle carries the normalized listing as listing.json; without it the listing cannot be validated.',
    fix: 'Rebuild the bundle with `mde-partner bundle`.',
    message: () => 'listing.json is not in the bundle.',
  },
  BUNDLE_PATH_TRAVERSAL: {
    title: 'Bundle entry path escapes the bundle',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'Entry names with "..", absolute paths, drive letters or backslashes could write outside the folder they are unpacked into ("zip slip"); a listing.json whose logo is not a file of the bundle would make verify read a file outside it.',
    fix: 'Do not use this bundle; ask for a new one made by `mde-partner bundle`.',
    message: (a) => `Entry ${a.name} ${a.reason}.`,
  },
  BUNDLE_SYMLINK: {
    title: 'Bundle contains a symbolic link',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'Links can point anywhere on the machine that unpacks the bundle; a bundle holds regular files only.',
    fix: 'Do not use this bundle; ask for a new one made by `mde-partner bundle`.',
    message: (a) => `${a.name} is a symbolic link.`,
  },
  BUNDLE_TOO_MANY_ENTRIES: {
    title: 'Bundle has too many entries',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'A bundle has about a dozen files; more than the limit is refused before anything is unpacked.',
    fix: 'Do not use this bundle; ask for a new one made by `mde-partner bundle`.',
    message: (a) => `The bundle has ${a.count} entries; the limit is ${a.limit}.`,
  },
  BUNDLE_ENTRY_TOO_LARGE: {
    title: 'Bundle file is too large',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'Entries and whole bundles over the size limits are refused before they are read or inflated.',
    fix: 'Do not use this bundle; ask for a new one made by `mde-partner bundle`.',
    message: (a) => `${a.name} has ${a.size} bytes; the limit is ${a.limit}.`,
  },
  BUNDLE_ZIP_BOMB: {
    title: 'Bundle looks like a zip bomb',
    severity: 'error',
    basis: 'policy',
    locked: true,
    explanation: 'An entry whose compression ratio is implausible for SVG and text, or whose inflated size passes the limits, is refused without inflating it further.',
    fix: 'Do not use this bundle; ask for a new one made by `mde-partner bundle`.',
    message: (a) => `${a.name} would inflate to ${a.size} bytes (ratio ${a.ratio}:1).`,
  },
  BUNDLE_ZIP_INVALID: {
    title: 'Bundle zip cannot be read',
    severity: 'error',
    basis: 'standard',
    locked: true,
    explanation: 'The zip is damaged, encrypted, has duplicate or special entries, or is not a zip at all.',
    fix: 'Ask for the bundle again, or rebuild it with `mde-partner bundle`.',
    message: (a) => `The zip cannot be read safely: ${a.detail}.`,
  },

  // ── HAR captures (ua audit) ─────────────────────────────────────────────────────────────────
  HAR_INVALID: {
    title: 'The capture cannot be read as a HAR 1.2 file',
    severity: 'error',
    basis: 'standard',
    locked: true,
    explanation: `\`ua audit\` reads HAR 1.2 files (HTTP Archive, as exported by browser dev tools, mitmproxy and Fiddler): a JSON object {"log": {"entries": [ … ]}} whose entries have a request with a method, an absolute url and a headers array of {"name", "value"} objects. The file is streamed, never loaded whole; files over ${Math.round(policy.har.maxBytes / 1024 / 1024)} MiB and nesting deeper than ${policy.har.maxDepth} levels are refused. Only what the audit needs is checked: other members may be missing or of any type.`,
    fix: 'Export the capture again as HAR (see README: exporting a HAR), or fix the file at the place shown.',
    message: (a) => `The capture is not a usable HAR file: ${a.detail}.`,
  },
  HAR_NO_PARTNER_API_CALLS: {
    title: 'The capture has no request to an MDE API or Graph Security API',
    severity: 'warning',
    basis: 'policy',
    explanation: 'Nothing in the capture could be checked: no request goes to an MDE API host or to a Graph Security path (/v1.0/security/…, /beta/security/… on a Graph host of any cloud). Token requests (login.microsoftonline.com, …) and other Graph calls are not counted. An audit that checked nothing is not evidence that the User-Agent is sent.',
    fix: 'Capture while the integration calls the MDE or Graph Security APIs (for a server-side client, through mitmproxy or Fiddler), then audit that capture.',
    message: (a) => (a.entries === 0
      ? 'The capture has no requests at all (log.entries is empty).'
      : `None of the ${a.entries} requests in the capture goes to an MDE API host or a Graph Security path.`),
  },
} satisfies Record<string, CodeInfo>;

export type Code = keyof typeof entries;

export const catalog: Readonly<Record<Code, CodeInfo>> = entries;

export const codes = Object.keys(catalog) as Code[];

export function isCode(value: string): value is Code {
  return Object.hasOwn(catalog, value);
}

export function codeInfo(code: Code): CodeInfo {
  return catalog[code];
}
