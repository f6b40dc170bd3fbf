import type { Args, Severity } from './args.js';
import { policy, requirements, sources, type SourceId } from '../domain/requirements.js';

/**
 * Where a rule comes from, with what shows it. Four kinds, and nothing of ours is passed off as
 * Microsoft's:
 * - `microsoft`: a sentence of Microsoft's partner page says it (quoted verbatim, page and date cited);
 * - `standard`: an RFC or specification section says it;
 * - `reading`: our interpretation of a sentence of the page: which sentence, and why we read it so;
 * - `policy`: ours alone, with the reason.
 */
export type Basis =
  | { kind: 'microsoft'; source: SourceId; quote: string }
  | { kind: 'standard'; cite: string }
  | { kind: 'reading'; source: SourceId; quote: string; why: string }
  | { kind: 'policy'; why: string };

export type BasisKind = Basis['kind'];

export interface CodeInfo {
  title: string;
  severity: Severity;
  basis: Basis;
  /**
   * A security property: hostile content, header or terminal injection, a bound on time and memory,
   * nothing read outside the input, or the integrity of what a bundle carries. SARIF gives these a
   * security-severity.
   */
  security?: true;
  /**
   * A listing's `rules` can raise a locked rule but not relax it. Only security properties, and input
   * that cannot be read at all, are locked: a `reading` or `policy` rule is locked only when `security`.
   */
  locked?: true;
  explanation: string;
  fix: string;
  message: (args: Args) => string;
  hint?: (args: Args) => string | undefined;
}

const Q = requirements.quotes;
const microsoft = (quote: string, source: SourceId = 'current'): Basis => ({ kind: 'microsoft', source, quote });
const standard = (cite: string): Basis => ({ kind: 'standard', cite });
const reading = (quote: string, why: string, source: SourceId = 'current'): Basis => ({ kind: 'reading', source, quote, why });
const ours = (why: string): Basis => ({ kind: 'policy', why });

/** Reasons shared by several `policy` rules. */
const BOUNDS = 'Security: it bounds the time and memory a hostile file can cost; a real one is far below the limit.';
const HOSTILE = 'Security: a logo is shown inside a security portal, so it may not run, load or embed anything. The profile follows SVG Tiny 1.2 and SVG Tiny PS (the profile BIMI requires for brand logos).';
const CONTROL = 'Security: control characters are invisible in a form and, in a name that goes into an HTTP header, allow header injection.';
const WHITESPACE = 'Leading or trailing spaces are invisible in a form and make names compare unequal. Hence a warning.';
const FILE_FORMAT = 'mde-partner.json is this tool\'s file format (schemas/listing.schema.json).';
const INTEGRITY = 'Security (integrity): a bundle carries only what was read and checked, and its listing.json validates against the published schema.';
const BUNDLE = 'Security (integrity): a received bundle is what its manifest lists, byte for byte.';
const OUTSIDE = 'Security: nothing outside the bundle is read or written.';
const RENDERED = 'Judged from the drawing, with thresholds of ours that a listing can change: hence a warning.';

/** Where a basis comes from, in one line: "Microsoft: Become a … partner (en, 2025-03-26)", "RFC 9110 §5.5", … */
export function basisSource(basis: Basis): string {
  if (basis.kind === 'standard') return basis.cite;
  if (basis.kind === 'policy') return 'mde-partner policy';
  const page = sources[basis.source];
  return `${page.title} (${page.lang}${page.date ? `, ${page.date}` : ''})`;
}

/** The basis in a few sentences, for `explain`, the README and SARIF help. */
export function describeBasis(basis: Basis): string {
  switch (basis.kind) {
    case 'microsoft': return `Microsoft: "${basis.quote}" (${basisSource(basis)}).`;
    case 'standard': return `Standard: ${basis.cite}.`;
    case 'reading': return `Our reading of "${basis.quote}" (${basisSource(basis)}): ${basis.why}`;
    case 'policy': return `mde-partner policy: ${basis.why}`;
  }
}

const MS = requirements;
const KIB = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
/** 5000 → "5,000" without toLocaleString, whose first call loads ICU data (about 20 ms at start-up). */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const words = (n: unknown) => (n === 1 ? '1 word' : `${String(n)} words`);
const count = (n: unknown, one: string, many: string) => `${String(n)} ${n === 1 ? one : many}`;
/** `ua audit`: the request a finding is about; a Graph $batch says how many Graph Security calls it carries. */
const request = (a: Args) => `${a.method} ${a.url}${a.batched ? ` (carrying ${count(a.batched, 'Graph Security request', 'Graph Security requests')})` : ''}`;

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

type JsonSyntaxWords = { found: (a: Args) => string; fix: (a: Args) => string };

/**
 * The likely causes of a JSON syntax error (found by looking at the text at the error), each with
 * what was found and how to fix it. Every JSON file the tool reads is worded from here: the listing,
 * the answers file of `init`, an Entra manifest.
 */
const JSON_SYNTAX = {
  'trailing-comma': {
    found: (a) => `a trailing comma before ${a.found}`,
    fix: () => 'Remove the comma: JSON allows no comma after the last member of an object or the last item of an array.',
  },
  comment: {
    found: (a) => `a comment (${a.found}…)`,
    fix: () => 'Remove the comment: JSON has no comments.',
  },
  'single-quotes': {
    found: () => `a single-quoted string or key`,
    fix: () => `Use double quotes: "Contoso", not 'Contoso'.`,
  },
  'unquoted-key': {
    found: (a) => `an unquoted key (${a.found})`,
    fix: (a) => `Put the key in double quotes: "${a.found}".`,
  },
  'unquoted-value': {
    found: (a) => `an unquoted value (${a.found})`,
    fix: () => 'Put text in double quotes; the only bare words JSON has are true, false and null, in lower case.',
  },
  'missing-comma': {
    found: () => 'a missing comma before this member or item',
    fix: () => 'Add a comma after the value before it (at the end of the previous line, when each member has its own line).',
  },
  'unclosed-string': {
    found: () => 'a string that is never closed',
    fix: () => 'End the string with a double quote on the same line; a line break inside a string is written \\n.',
  },
  'unclosed-object': {
    found: (a) => `an object that is never closed (the { at line ${a.openLine}, column ${a.openColumn})`,
    fix: () => 'Add the missing } at the end, or remove what follows the last complete member.',
  },
  'unclosed-array': {
    found: (a) => `an array that is never closed (the [ at line ${a.openLine}, column ${a.openColumn})`,
    fix: () => 'Add the missing ] after the last item.',
  },
  bom: {
    found: () => 'a byte order mark (U+FEFF, invisible) that is not at the start of the file',
    fix: () => 'Delete the invisible character: save the file as UTF-8 without a BOM, with nothing before the opening {.',
  },
  'smart-quotes': {
    found: (a) => `a typographic quote ${a.found} where JSON needs a straight double quote "`,
    fix: () => 'Replace “ ” and ‘ ’ with " (word processors and "smart quotes" settings put them in): edit the file in a plain-text editor.',
  },
  utf16: {
    found: () => 'UTF-16 text (the file is not saved as UTF-8)',
    fix: () => 'Save the file as UTF-8 (in Notepad: Save as, Encoding: UTF-8).',
  },
  'control-character': {
    found: (a) => `a ${a.found} inside a string`,
    fix: () => 'Write a tab as \\t and a line break as \\n, or remove the character.',
  },
  empty: {
    found: () => 'an empty file',
    fix: () => 'Write one JSON object into the file, e.g. {"companyName": "Contoso"}.',
  },
  'extra-content': {
    found: () => 'more content after the end of the JSON object',
    fix: () => 'A file holds one JSON object: remove what follows its closing }.',
  },
} satisfies Record<string, JsonSyntaxWords>;

export type JsonSyntaxCause = keyof typeof JSON_SYNTAX;

export const isJsonSyntaxCause = (value: unknown): value is JsonSyntaxCause => typeof value === 'string' && Object.hasOwn(JSON_SYNTAX, value);

/**
 * A JSON syntax error in words: what was found (the likely cause, else the parser's `detail`) and,
 * for a known cause, how to fix it.
 */
export function jsonSyntaxWords(a: Args): { found: string; fix?: string } {
  if (!isJsonSyntaxCause(a.cause)) return { found: String(a.detail ?? 'unexpected content') };
  const words: JsonSyntaxWords = JSON_SYNTAX[a.cause];
  return { found: words.found(a), fix: words.fix(a) };
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
    basis: standard('RFC 8259 (JSON)'),
    locked: true,
    explanation: 'mde-partner.json must be a JSON document (RFC 8259): no comments, no trailing commas, double-quoted keys.',
    fix: 'Fix the syntax at the line and column shown, or recreate the file with `mde-partner init`.',
    message: (a) => `The listing is not valid JSON: ${jsonSyntaxWords(a).found}.`,
    hint: (a) => jsonSyntaxWords(a).fix,
  },
  LISTING_TOO_LARGE: {
    title: 'The listing file is too large',
    severity: 'error',
    basis: ours(BOUNDS),
    locked: true,
    security: true,
    explanation: `A listing is a few hundred bytes; files over ${KIB(policy.listing.maxBytes)} are refused before reading to bound time and memory.`,
    fix: 'Check that the path points at mde-partner.json and not at another file.',
    message: (a) => `The listing has ${a.size} bytes; the limit is ${a.limit} bytes.`,
  },
  LISTING_TOO_DEEP: {
    title: 'The listing is nested too deeply',
    severity: 'error',
    basis: ours(BOUNDS),
    locked: true,
    security: true,
    explanation: `JSON nested more than ${policy.listing.maxDepth} levels is refused before it is validated: no listing needs it, and it is a denial-of-service pattern.`,
    fix: 'Remove the nested arrays or objects.',
    message: (a) => `Values are nested deeper than ${a.limit} levels.`,
  },
  LISTING_NOT_OBJECT: {
    title: 'The listing is not a JSON object',
    severity: 'error',
    basis: ours(FILE_FORMAT),
    explanation: 'The listing file holds one JSON object whose keys are the listing fields.',
    fix: 'Wrap the fields in { … }; see examples/valid/mde-partner.json.',
    message: (a) => `Expected a JSON object with the listing fields, found ${a.found}.`,
  },
  LISTING_FIELD_MISSING: {
    title: 'A required field is missing',
    severity: 'error',
    basis: microsoft(Q.listing),
    locked: true,
    explanation: 'companyName, productName, productVersion, description, logo, landingPage and multiTenant are required: together they make the six listing items Microsoft asks for.',
    fix: 'Add the field named in the message.',
    message: (a) => `Required field "${a.name}" is missing.`,
    hint: (a) => (a.example ? `Add for example: "${a.name}": ${a.example}` : undefined),
  },
  LISTING_FIELD_TYPE: {
    title: 'A field has the wrong type',
    severity: 'error',
    basis: ours(`${FILE_FORMAT} ${INTEGRITY}`),
    locked: true,
    security: true,
    explanation: 'Each listing field has one JSON type (see schemas/listing.schema.json).',
    fix: 'Change the value to the expected type.',
    message: (a) => `Expected ${a.expected}, found ${a.found}.`,
  },
  LISTING_FIELD_UNKNOWN: {
    title: 'Unknown field (typo?)',
    severity: 'error',
    basis: ours('A typo in a field name ("descripton") would otherwise drop the value without a word. The bundle keeps only known fields, so this can be relaxed.'),
    explanation: 'Unknown fields are rejected so that a typo such as "descripton" cannot silently drop a value.',
    fix: 'Rename the field to the one suggested, or remove it.',
    message: (a) => `Unknown field "${a.name}".`,
    hint: (a) => (a.suggestion ? `Did you mean "${a.suggestion}"?` : `Known fields: ${a.known}.`),
  },
  LISTING_VALUE_NOT_ALLOWED: {
    title: 'A value is not one of the allowed values',
    severity: 'error',
    basis: ours(`Categories and scenarios take the names of Microsoft\'s partner pages (partner-applications.md, partner-integration.md), rule levels are "off", "warn" or "error": a typo is caught. ${INTEGRITY}`),
    locked: true,
    security: true,
    explanation: 'Categories and scenarios are the ones on Microsoft\'s partner pages; rule overrides are "off", "warn" or "error".',
    fix: 'Use one of the values listed in the hint.',
    message: (a) => `${a.value} is not allowed here.`,
    hint: (a) => `Allowed: ${a.allowed}.`,
  },
  LISTING_VALUE_INVALID: {
    title: 'A value does not match the schema',
    severity: 'error',
    basis: ours(`${FILE_FORMAT} ${INTEGRITY}`),
    locked: true,
    security: true,
    explanation: 'A value breaks a constraint of schemas/listing.schema.json not covered by a more specific code.',
    fix: 'Change the value as the message says.',
    message: (a) => `${a.detail}.`,
  },
  LISTING_RULE_UNKNOWN: {
    title: 'A rule override names an unknown code',
    severity: 'error',
    basis: ours('An override of a code that does not exist overrides nothing; it is usually a typo.'),
    explanation: 'Keys of "rules" must be finding codes; an unknown key is usually a typo and would override nothing.',
    fix: 'Use a code from `mde-partner explain --list`.',
    message: (a) => `"${a.name}" is not a finding code.`,
    hint: (a) => (a.suggestion ? `Did you mean "${a.suggestion}"?` : 'Run `mde-partner explain --list` for the codes.'),
  },
  LISTING_RULE_LOCKED: {
    title: 'A rule override tries to relax a locked rule',
    severity: 'error',
    basis: ours('Security: this is what keeps the rules that guard against hostile input from being switched off in the listing they judge.'),
    locked: true,
    security: true,
    explanation: 'Rules that guard against hostile or unreadable input (scripts, external references, malformed XML, header injection, ...) can be raised but not relaxed.',
    fix: 'Remove the override and fix the finding instead.',
    message: (a) => `${a.name} cannot be set to "${a.level}": it guards against hostile or unreadable input.`,
  },
  LISTING_RULE_THRESHOLD_INVALID: {
    title: 'A rule override has an unusable threshold',
    severity: 'error',
    basis: ours('A threshold on a rule that has none, or outside its range, would change nothing; it is usually a mistake.'),
    explanation: 'Only the rendered-logo checks (SVG_OCCUPANCY_LOW, SVG_NOT_CENTRED, SVG_CONTENT_NOT_SQUARE) have a threshold, and each takes numbers in its own range. A threshold anywhere else would change nothing.',
    fix: 'Remove "threshold", or give a number in the range the message names.',
    message: (a) => (a.range ? `The threshold of ${a.name} must be ${a.range}; found ${a.value}.` : `${a.name} has no threshold to change.`),
  },

  // ── Names and version ───────────────────────────────────────────────────────────────────────
  COMPANY_NAME_EMPTY: {
    title: 'Company name is empty',
    severity: 'error',
    basis: reading(Q.userAgentFormat, 'The page asks for the listing of "your company" and builds the User-Agent from {CompanyName}; an empty name can be neither.'),
    explanation: 'The company name becomes the {CompanyName} part of the User-Agent and is shown with the listing.',
    fix: 'Set companyName to your company\'s name as customers know it.',
    message: () => 'companyName is empty.',
  },
  COMPANY_NAME_CONTROL_CHARACTER: {
    title: 'Company name contains a control character',
    severity: 'error',
    basis: ours(CONTROL),
    locked: true,
    security: true,
    explanation: 'Control characters (tabs, newlines, escape sequences) are invisible or dangerous in a portal and in HTTP headers.',
    fix: 'Remove the character shown.',
    message: (a) => `companyName contains the control character ${a.char} at position ${a.position}.`,
  },
  COMPANY_NAME_WHITESPACE: {
    title: 'Company name has leading or trailing white space',
    severity: 'warning',
    basis: ours(WHITESPACE),
    explanation: 'Leading or trailing spaces are invisible in the form you paste into and make names compare unequal.',
    fix: 'Trim the value (the bundle\'s normalized listing does).',
    message: (a) => `companyName ${a.value} has leading or trailing white space.`,
    hint: (a) => `Use ${a.trimmed}.`,
  },
  PRODUCT_NAME_EMPTY: {
    title: 'Product name is empty',
    severity: 'error',
    basis: microsoft(Q.productName),
    explanation: 'The product name is one of the six listing items and the {ProductName} part of the User-Agent.',
    fix: 'Set productName to the name shown on the partner tile.',
    message: () => 'productName is empty.',
  },
  PRODUCT_NAME_CONTROL_CHARACTER: {
    title: 'Product name contains a control character',
    severity: 'error',
    basis: ours(CONTROL),
    locked: true,
    security: true,
    explanation: 'Control characters are invisible or dangerous in a portal and in HTTP headers.',
    fix: 'Remove the character shown.',
    message: (a) => `productName contains the control character ${a.char} at position ${a.position}.`,
  },
  PRODUCT_NAME_WHITESPACE: {
    title: 'Product name has leading or trailing white space',
    severity: 'warning',
    basis: ours(WHITESPACE),
    explanation: 'Leading or trailing spaces are invisible on the tile and make names compare unequal.',
    fix: 'Trim the value (the bundle\'s normalized listing does).',
    message: (a) => `productName ${a.value} has leading or trailing white space.`,
    hint: (a) => `Use ${a.trimmed}.`,
  },
  PRODUCT_NAME_TOO_LONG: {
    title: 'Product name is too long',
    severity: 'error',
    basis: ours(`The page sets no length; ${policy.productNameMaxLength} characters is more than a partner tile shows.`),
    explanation: `A product name longer than ${policy.productNameMaxLength} characters does not fit a partner tile; this limit is mde-partner's policy.`,
    fix: 'Use the short product name customers search for.',
    message: (a) => `productName has ${a.length} characters; at most ${policy.productNameMaxLength} are allowed.`,
  },
  PRODUCT_VERSION_INVALID: {
    title: 'Product version is not an HTTP token',
    severity: 'error',
    basis: standard('RFC 9110 §10.1.5 (product-version is a token) and §5.6.2 (token)'),
    explanation: 'The version ends the User-Agent product token, so it must be an RFC 9110 token: letters, digits and !#$%&\'*+-.^_`|~, no spaces or slashes.',
    fix: 'Use a version such as 1.0.0.',
    message: (a) => `productVersion ${a.value} is not an HTTP token: ${a.reason}.`,
    hint: (a) => (a.suggestion ? `Use ${a.suggestion}.` : undefined),
  },
  PRODUCT_VERSION_NOT_SEMVER: {
    title: 'Product version does not look like a version number',
    severity: 'warning',
    basis: ours('The page\'s example uses 1.0.0; a version that looks like one makes the User-Agent useful in Microsoft\'s statistics. A recommendation, hence a warning.'),
    explanation: 'Versions such as 1.0.0 or 2024.3 make the User-Agent useful to Microsoft when they look at traffic; this is mde-partner\'s recommendation.',
    fix: 'Use MAJOR.MINOR[.PATCH], optionally with -prerelease.',
    message: (a) => `productVersion ${a.value} does not look like a version number (expected e.g. 1.0.0).`,
  },

  // ── Description ─────────────────────────────────────────────────────────────────────────────
  DESCRIPTION_TOO_LONG: {
    title: 'Description has more than 15 words',
    severity: 'error',
    basis: reading(Q.description, `The page asks for "a ${MS.description.words}-word product description" and says no more. We read ${MS.description.words} as the most the description may have, so more is an error; the page does not say that more is refused, so a listing can relax this to a warning.`),
    explanation: `Microsoft asks for a ${MS.description.words}-word product description. Words are counted as a word processor does: pieces between white space that contain a letter or digit ("AI-driven" and "24/7" are one word each; a lone dash is none); Japanese, Chinese and Thai are split into words by Unicode word segmentation.`,
    fix: `Shorten the description to ${MS.description.words} words.`,
    message: (a) => `The description has ${words(a.count)}; Microsoft asks for ${MS.description.words}.`,
    hint: (a) => `Remove ${words(Number(a.count) - MS.description.words)}.`,
  },
  DESCRIPTION_TOO_SHORT: {
    title: 'Description has fewer than 15 words',
    severity: 'warning',
    basis: reading(Q.description, `The page asks for "a ${MS.description.words}-word product description" and does not say "exactly", so fewer words is a warning, not an error.`),
    explanation: `Microsoft asks for a ${MS.description.words}-word product description; the docs do not say "exactly", so fewer words is a warning.`,
    fix: `Use the full ${MS.description.words} words to say what the integration does.`,
    message: (a) => `The description has ${words(a.count)}; Microsoft asks for ${MS.description.words}.`,
    hint: (a) => `You can add ${words(MS.description.words - Number(a.count))}.`,
  },
  DESCRIPTION_CONTROL_CHARACTER: {
    title: 'Description contains a control character',
    severity: 'error',
    basis: ours(CONTROL),
    locked: true,
    security: true,
    explanation: 'The description is pasted into a one-line form; control characters are invisible or dangerous there.',
    fix: 'Remove the character shown (use a plain space instead of tabs and newlines).',
    message: (a) => `The description contains the control character ${a.char} at position ${a.position}.`,
  },

  // ── Landing page ────────────────────────────────────────────────────────────────────────────
  LANDING_PAGE_INVALID_URL: {
    title: 'Landing page is not a URL',
    severity: 'error',
    basis: microsoft(Q.landingPage),
    explanation: 'Microsoft asks for a link to a landing page or blog post with enough information for customers to complete the integration.',
    fix: 'Use an absolute URL such as https://example.com/mde-integration.',
    message: (a) => `landingPage ${a.value} is not an absolute URL.`,
    hint: (a) => (a.suggestion ? `Did you mean ${a.suggestion}?` : undefined),
  },
  LANDING_PAGE_NOT_HTTPS: {
    title: 'Landing page is not https',
    severity: 'error',
    basis: ours('A page linked from a security product should not be open to change on the way: https only.'),
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
    basis: ours('Security: a user name or password in a URL leaks it to everyone who sees the listing, and is a phishing pattern.'),
    locked: true,
    security: true,
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
    basis: reading(Q.landingPage, 'A page "for the customer" must be one customers can open: a local, private or reserved address is reachable only inside one network.'),
    explanation: 'Customers must be able to open the page: localhost, private, link-local and reserved addresses and names (e.g. .local, .internal, single-label hosts) are not reachable from the internet. An IPv4 address is judged however it is written: as a number (2130706433, 0x7f.1) or inside an IPv6 address (IPv4-mapped ::ffff:127.0.0.1, NAT64 64:ff9b::/96, 6to4, Teredo).',
    fix: 'Publish the page on a public domain and use that URL.',
    message: (a) => (a.redirect
      ? `landingPage redirects to ${a.redirect}, whose host ${a.host} is ${a.reason}, not reachable by customers; the redirect was not followed.`
      : `landingPage host ${a.host} is ${a.reason}, not reachable by customers.`),
  },
  LANDING_PAGE_UNREACHABLE: {
    title: 'Landing page cannot be loaded',
    severity: 'error',
    basis: reading(Q.landingPage, 'A page that does not load gives customers no information at all.'),
    explanation: `With --online the landing page is fetched over HTTPS, as a customer's browser would: Microsoft asks for a page with enough information to complete the integration, and a page that does not load has none. DNS, TLS (the certificate must be trusted and match the host), connection errors, more than ${policy.online.maxRedirects} redirects and no complete answer within ${policy.online.timeoutMs / 1000} s are reported here, each saying which.`,
    fix: 'Open the URL from a network outside yours and fix what the message names (DNS record, certificate, server, redirect chain).',
    message: (a) => `landingPage ${a.url} could not be loaded: ${unreachableReason(a)}.`,
  },
  LANDING_PAGE_HTTP_STATUS: {
    title: 'Landing page answers with an error status',
    severity: 'error',
    basis: reading(Q.landingPage, 'An error page or a login wall is not a page with information for customers.'),
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
    basis: ours('A redirect to http: undoes https only (LANDING_PAGE_NOT_HTTPS).'),
    explanation: 'With --online every redirect is checked before it is followed. A redirect to plain http: undoes the https:// of the listing: the page a customer reads can be changed on the way (mde-partner policy, like LANDING_PAGE_NOT_HTTPS).',
    fix: 'Make the server redirect to https:// (or not at all), and use the final https:// URL as landingPage.',
    message: (a) => `landingPage redirects from ${a.from} to ${a.to}, plain http:; the redirect was not followed.`,
  },
  LANDING_PAGE_MISSING_PRODUCT_NAME: {
    title: 'Landing page does not mention the product name',
    severity: 'warning',
    basis: ours('A heuristic: a page that never names the product is probably not the integration guide. Hence a warning.'),
    explanation: `With --online the page text (tags, scripts, styles and comments removed, HTML entities decoded, the first ${KIB(policy.online.maxBodyBytes)}) is searched for productName, ignoring case and spacing. A page that never names the product is probably not the integration guide customers need (mde-partner's heuristic, hence a warning). Pages that are not text (PDF, images) are not searched.`,
    fix: 'Link the page that describes this integration, or make productName the name the page uses.',
    message: (a) => `The page at ${a.url} does not mention productName ${a.product}.`,
  },

  // ── Entra application ───────────────────────────────────────────────────────────────────────
  ENTRA_APP_NAME_REQUIRED: {
    title: 'Entra app name is required for a multi-tenant integration',
    severity: 'error',
    basis: microsoft(Q.entra),
    explanation: 'Microsoft asks for the Microsoft Entra application name when the integration uses a multi-tenant Entra app.',
    fix: 'Set entraAppName to the display name of the app registration, or set multiTenant to false.',
    message: () => 'multiTenant is true but entraAppName is missing or empty.',
  },
  ENTRA_APP_NAME_TOO_LONG: {
    title: 'Entra app name is longer than 256 characters',
    severity: 'error',
    basis: standard('Microsoft Graph application resource type: displayName, at most 256 characters'),
    explanation: `A Microsoft Entra application display name has at most ${MS.entra.appNameMaxLength} characters, so a longer name cannot be the app's name.`,
    fix: 'Copy the display name from the app registration in the Entra admin center.',
    message: (a) => `entraAppName has ${a.length} characters; Entra allows at most ${MS.entra.appNameMaxLength}.`,
  },
  ENTRA_APP_NAME_CONTROL_CHARACTER: {
    title: 'Entra app name contains a control character',
    severity: 'error',
    basis: ours(CONTROL),
    locked: true,
    security: true,
    explanation: 'Control characters are invisible and cannot be part of an app display name you can paste.',
    fix: 'Remove the character shown.',
    message: (a) => `entraAppName contains the control character ${a.char} at position ${a.position}.`,
  },
  ENTRA_APP_NAME_UNUSED: {
    title: 'Entra app name given for a single-tenant integration',
    severity: 'info',
    basis: microsoft(Q.entra),
    explanation: 'Microsoft asks for the Entra application name only when the integration uses a multi-tenant app.',
    fix: 'Set multiTenant to true if the app is multi-tenant, or remove entraAppName.',
    message: () => 'entraAppName is set but multiTenant is false; it will not be part of the submission.',
  },
  ENTRA_MANIFEST_INVALID: {
    title: 'Entra app manifest cannot be used',
    severity: 'error',
    basis: ours(`Security: the manifest is read as untrusted input, within fixed limits. ${INTEGRITY}`),
    locked: true,
    security: true,
    explanation: `entraManifest names the app manifest exported from the Microsoft Entra admin center (App registrations › your app › Manifest › Download), relative to the listing file. It is read as untrusted input: at most ${KIB(policy.entraManifest.maxBytes)}, checked before reading, nested at most ${policy.entraManifest.maxDepth} levels, one JSON object in the Microsoft Graph format (displayName, signInAudience, requiredResourceAccess) or the older Azure AD Graph format (name, availableToOtherTenants or signInAudience, requiredResourceAccess).`,
    fix: 'Download the manifest again from the app registration and point entraManifest at it, or remove entraManifest.',
    message: (a) => (a.expected
      ? `Entra manifest ${a.path}${a.at ? ` at ${a.at}` : ''}: expected ${a.expected}; found ${a.found}.`
      : `Entra manifest ${a.path} ${a.reason}.`),
  },
  ENTRA_MANIFEST_NOT_MULTI_TENANT: {
    title: 'Entra app manifest is not multi-tenant',
    severity: 'error',
    basis: reading(Q.entra, 'The page asks for the name when the approach is multi-tenant. An app whose manifest lets only its own tenant sign in is not the multi-tenant app the listing names.'),
    explanation: `The listing says the integration uses a multi-tenant Entra app, and Microsoft's partner page has the app registered for "accounts in any organizational directory" (signInAudience ${MS.entra.multiTenantAudience}) so that every customer tenant can consent to it. AzureADandPersonalMicrosoftAccount counts as multi-tenant too (mde-partner's reading: every organization can still consent). In the older Azure AD Graph format, availableToOtherTenants false is single-tenant.`,
    fix: `In the app registration, set Authentication › Supported account types to "Accounts in any organizational directory" ("signInAudience": "${MS.entra.multiTenantAudience}"), download the manifest again; or set multiTenant to false.`,
    message: (a) => `Entra manifest ${a.path} is not multi-tenant (${a.found}), but the listing's multiTenant is true.`,
  },
  ENTRA_MANIFEST_NAME_MISMATCH: {
    title: 'Entra app name differs from the manifest',
    severity: 'error',
    basis: reading(Q.entra, 'The name is asked for "to track usage of the application", which works only with the app\'s display name exactly as registered.'),
    explanation: 'Microsoft asks for the name of the multi-tenant Entra application; entraAppName must be the display name in the app manifest (displayName, or name in the Azure AD Graph format), exactly, so that Microsoft finds the app customers consent to.',
    fix: 'Copy the display name from the manifest into entraAppName, or rename the app registration and download the manifest again.',
    message: (a) => `entraAppName ${a.listingName} differs from the manifest's ${a.key} ${a.manifestName} (${a.path}).`,
    hint: (a) => (a.manifestName ? `Set entraAppName to ${a.manifestName}, or rename the app in Entra.` : undefined),
  },
  ENTRA_MANIFEST_NO_MDE_PERMISSIONS: {
    title: 'Entra app manifest requests no Defender for Endpoint API permissions',
    severity: 'warning',
    basis: ours('An app that asks for no permissions on the Defender for Endpoint API is probably not the app that calls it. The API\'s application id is from public scripts, not a Learn page; hence a warning.'),
    explanation: `Microsoft's partner page has the app request permissions on the WindowsDefenderATP API (API permissions › APIs my organization uses › WindowsDefenderATP). In the manifest that is a requiredResourceAccess entry with resourceAppId ${MS.entra.windowsDefenderAtpAppId} (the API's application id, known from public scripts, not a Learn page). A warning, not an error: an integration that uses only the Graph Security API needs Microsoft Graph permissions instead.`,
    fix: 'Add the WindowsDefenderATP permissions the integration uses (e.g. Alert.Read.All) under API permissions, grant consent, and download the manifest again.',
    message: (a) => `Entra manifest ${a.path} requests no permissions on the WindowsDefenderATP API (resourceAppId ${a.appId ?? MS.entra.windowsDefenderAtpAppId})${a.found ? `: ${a.found}` : ''}.`,
  },

  // ── User-Agent ──────────────────────────────────────────────────────────────────────────────
  USER_AGENT_INVALID_FORMAT: {
    title: 'User-Agent does not have the required form',
    severity: 'error',
    basis: microsoft(Q.userAgentFormat),
    explanation: `Every call to the MDE public APIs and the Graph Security APIs must send a User-Agent of the form MdePartner-{CompanyName}-{ProductName}/{Version}, e.g. ${MS.userAgent.example}. The first product of the value must have that form: company and product are HTTP tokens joined by "-", the version is an HTTP token (RFC 9110 §5.6.2). What may follow it is USER_AGENT_EXTRA_PRODUCTS.`,
    fix: 'Use the derived value shown, or `mde-partner ua derive`.',
    message: (a) => `User-Agent ${a.value} does not match MdePartner-{CompanyName}-{ProductName}/{Version}: ${a.reason}.`,
    hint: (a) => (a.suggestion ? `Use ${a.suggestion}.` : undefined),
  },
  USER_AGENT_FORBIDDEN_CHARACTERS: {
    title: 'User-Agent contains characters that are not allowed in a header',
    severity: 'error',
    basis: standard('RFC 9110 §5.5 (CR, LF and NUL are invalid in a field value) and §5.6.2 (a product token is ASCII tchar)'),
    locked: true,
    security: true,
    explanation: 'CR, LF and NUL are never valid in an HTTP field value (RFC 9110 §5.5) and make header injection possible; other control characters and non-ASCII characters are refused too (RFC 9110 §5.5: new fields use US-ASCII; a product token is ASCII, §5.6.2). Spaces are not refused: they separate the partner product from further products and comments.',
    fix: 'Remove the character shown; derive the value with `mde-partner ua derive`.',
    message: (a) => `User-Agent contains ${a.char} at position ${a.position}; expected MdePartner-{CompanyName}-{ProductName}/{Version} in printable ASCII only.`,
    hint: (a) => (a.suggestion ? `Use ${a.suggestion}.` : undefined),
  },
  USER_AGENT_LEGACY_PREFIX: {
    title: 'User-Agent uses the old MdatpPartner- prefix',
    severity: 'error',
    basis: microsoft(Q.userAgentFormat),
    explanation: `"${MS.userAgent.legacyPrefix}" is built from the product's former name (Microsoft Defender ATP) and is still seen in older integrations. It is not the format: the pages give "${MS.userAgent.prefix}" (all versions read here, 2021-04 to ${MS.docsDate}).`,
    fix: `Replace ${MS.userAgent.legacyPrefix} with ${MS.userAgent.prefix}.`,
    message: (a) => `User-Agent ${a.value} uses the old prefix ${MS.userAgent.legacyPrefix}.`,
    hint: (a) => `Use ${a.suggestion}.`,
  },
  USER_AGENT_MISMATCH: {
    title: 'User-Agent differs from the one derived from the names',
    severity: 'warning',
    basis: reading(Q.userAgentFormat, 'We read the placeholders as the company, product and version of the listing. A different value may be how Microsoft knows the product, so it is a warning; usually it is a stale copy.'),
    explanation: 'The User-Agent is expected to be built from companyName, productName and productVersion; a different value is allowed but is usually a stale copy.',
    fix: 'Use the derived value, or remove userAgent to have it derived.',
    message: (a) => `User-Agent is ${a.value} but the names give ${a.derived}.`,
    hint: (a) => `Use ${a.derived}, or keep yours if Microsoft knows your product by it.`,
  },
  USER_AGENT_EXTRA_PRODUCTS: {
    title: 'User-Agent adds products or comments after the partner product',
    severity: 'warning',
    basis: reading(Q.userAgentFormat, 'RFC 9110 §10.1.5 lets a User-Agent list further products and (comments) after the first, and HTTP libraries often add theirs. The page gives the format of the whole field and says nothing about more, so we read a value that starts with the partner product and adds RFC 9110 products or comments as allowed but not what was asked for.'),
    explanation: `The value starts with the partner product (${MS.userAgent.prefix}{CompanyName}-{ProductName}/{Version}) and adds more after a space, e.g. "(Linux)" or "python-requests/2.31". That is valid HTTP (RFC 9110 §10.1.5), and the partner product is still the first thing in it. Microsoft's page shows the User-Agent as the partner product alone; whether its statistics read a longer value the same way is not documented, hence a warning.`,
    fix: 'Send the partner product alone, or keep the rest if your client needs it (relax this with "rules": {"USER_AGENT_EXTRA_PRODUCTS": "off"}).',
    message: (a) => `${a.method ? `${request(a)}: ` : ''}User-Agent ${a.value} adds ${a.rest} after the partner product ${a.first}.`,
    hint: (a) => `Send ${a.first} alone, as the page shows it.`,
  },
  USER_AGENT_NAME_AMBIGUOUS: {
    title: 'User-Agent has "-" inside the company or product name',
    severity: 'warning',
    basis: reading(Q.userAgentFormat, 'The format joins {CompanyName} and {ProductName} with "-". The page does not forbid "-" inside a name, but with one the value no longer says where the company ends and the product begins.'),
    explanation: `In ${MS.userAgent.prefix}{CompanyName}-{ProductName}/{Version} the "-" separates company and product. A "-" inside either (MdePartner-Contoso-Add-On/1.0) can be read as company "Contoso" and product "Add-On", or as company "Contoso-Add" and product "On". Names derived by \`mde-partner ua derive\` never contain one: Add-On becomes AddOn.`,
    fix: 'Drop the "-" inside the name (PascalCase it: AddOn), or use the derived value.',
    message: (a) => `User-Agent ${a.value} has ${a.parts} parts between "${MS.userAgent.prefix}" and "/": company and product cannot be told apart.`,
  },
  USER_AGENT_UNDERIVABLE: {
    title: 'No User-Agent can be derived from the names',
    severity: 'error',
    basis: standard('RFC 9110 §10.1.5 and §5.6.2: each part of a product is a token, ASCII letters, digits and !#$%&\'*+-.^_`|~'),
    explanation: 'Each part of the User-Agent product is an HTTP token: ASCII letters, digits and a few symbols (RFC 9110 §5.6.2). The tokens are derived from the names by dropping accents and joining the words; when a name has no ASCII letter left (e.g. a name written only in Japanese), nothing can be derived and the tokens must be given explicitly.',
    fix: 'Set userAgent explicitly, e.g. "MdePartner-Contoso-ContosoCognito/1.0.0".',
    message: (a) => `${a.name} ${a.value} has no ASCII letters to build the User-Agent from.`,
    hint: () => 'Set "userAgent" in the listing (or --user-agent) with ASCII company and product tokens.',
  },
  USER_AGENT_NOT_SENT: {
    title: 'A partner API request does not send the partner User-Agent',
    severity: 'error',
    basis: microsoft(Q.userAgentCalls),
    explanation: `Microsoft asks for ${MS.userAgent.prefix}{CompanyName}-{ProductName}/{Version} as the User-Agent of every call to the MDE public APIs and the Graph Security APIs; it is used for statistics, troubleshooting and partner recognition, and is a prerequisite of MISA. A request without a User-Agent, or with an HTTP library's or a browser's default (python-requests/2.31, Go-http-client/1.1, Mozilla/5.0 …), is not recognised as the partner's. Found by \`ua audit\` in a HAR capture.`,
    fix: 'Set the User-Agent header on the HTTP client that calls the API (the bundle\'s user-agent/ folder has snippets for curl, PowerShell, Python, C#, Node, Go and Java).',
    message: (a) => (a.found ? `${request(a)} sent User-Agent ${a.found} instead of the partner User-Agent.` : `${request(a)} sent no User-Agent.`),
    hint: (a) => (a.expected ? `Send User-Agent: ${a.expected} on every call to this host.` : undefined),
  },
  USER_AGENT_WRONG: {
    title: 'A partner API request sends a partner User-Agent other than the expected one',
    severity: 'error',
    basis: microsoft(Q.userAgentCalls),
    explanation: `The request sends a ${MS.userAgent.prefix} or ${MS.userAgent.legacyPrefix} value, but not exactly the expected one: an old version, the old prefix, other names, or extra text around it. The User-Agent is how Microsoft recognises the partner's traffic (statistics, troubleshooting, partner recognition), so every call should send the one value given with the listing. Found by \`ua audit\` in a HAR capture.`,
    fix: 'Send exactly the expected value (from --expect or the listing); update the version string where the client is built.',
    message: (a) => `${request(a)} sent User-Agent ${a.found}: ${a.reason}.`,
    hint: (a) => (a.expected ? `Send exactly ${a.expected}.` : undefined),
  },
  USER_AGENT_MULTIPLE: {
    title: 'A partner API request sends more than one User-Agent header',
    severity: 'error',
    basis: standard('RFC 9110 §5.3 (a sender must not repeat a field that is not a list) and §10.1.5 (User-Agent is one product list)'),
    explanation: 'User-Agent is a single product list, not a comma-separated list field: a sender must not repeat it (RFC 9110 §5.3), and a recipient that joins the lines sees "A, B", which is not the expected value. It usually means both an HTTP library and the integration set the header. Found by `ua audit` in a HAR capture.',
    fix: 'Set the header once, replacing the library\'s default instead of adding a second one.',
    message: (a) => `${request(a)} sent ${a.count} User-Agent headers${a.found ? ` (${a.found})` : ''}.`,
    hint: (a) => (a.expected ? `Send one User-Agent header: ${a.expected}.` : undefined),
  },

  // ── Onboarding progress ─────────────────────────────────────────────────────────────────────
  ONBOARDING_DATE_INVALID: {
    title: 'An onboarding date is not a calendar date',
    severity: 'error',
    basis: standard('ISO 8601 calendar date, YYYY-MM-DD (RFC 3339 full-date)'),
    explanation: 'Dates in "onboarding" are calendar dates written YYYY-MM-DD (ISO 8601), e.g. 2025-03-26.',
    fix: 'Write the date as YYYY-MM-DD.',
    message: (a) => `${a.value} is not a calendar date (expected YYYY-MM-DD).`,
  },
  ONBOARDING_PRESS_RELEASE_TOO_EARLY: {
    title: 'Press release planned less than 10 days after the review started',
    severity: 'warning',
    basis: reading(Q.pressRelease, `The page says a press release should be reviewed and to wait at least ${MS.pressRelease.reviewDays} days for the review. We read a publication date earlier than review start + ${MS.pressRelease.reviewDays} days as not leaving that time. The date is ours, computed from the review start you recorded; Microsoft gives no publication date. "Should", hence a warning.`),
    explanation: `Microsoft's page says a press release that names Microsoft Defender for Endpoint should be reviewed by its marketing and engineering teams, and to wait at least ${MS.pressRelease.reviewDays} days for the review. The date compared with is ours: review start (onboarding.pressRelease.reviewStart) + ${MS.pressRelease.reviewDays} days, the first day that wait is over. It is not a publication date or an approval from Microsoft: the review may take longer.`,
    fix: `Plan publication no earlier than review start + ${MS.pressRelease.reviewDays} days, and after Microsoft's review has ended.`,
    message: (a) => `The press release is planned for ${a.date}, less than ${MS.pressRelease.reviewDays} days after the review started on ${a.reviewStart}.`,
    hint: (a) => `Wait for the review: not before ${a.earliest}, and only once it has ended.`,
  },

  // ── Logo file ───────────────────────────────────────────────────────────────────────────────
  LOGO_NOT_FOUND: {
    title: 'Logo file not found',
    severity: 'error',
    basis: microsoft(Q.logo),
    locked: true,
    explanation: 'logo is a path to the SVG logo, relative to the listing file.',
    fix: 'Check the path (it is relative to the folder of mde-partner.json).',
    message: (a) => `Logo ${a.path} ${a.reason}.`,
  },
  SVG_INPUT_EMPTY: {
    title: 'Logo file is empty',
    severity: 'error',
    basis: microsoft(Q.logo),
    locked: true,
    explanation: 'The logo file has no content.',
    fix: 'Export the logo again as SVG.',
    message: () => 'The logo file is empty.',
  },
  SVG_INPUT_TOO_LARGE: {
    title: 'Logo file is too large to check',
    severity: 'error',
    basis: ours(BOUNDS),
    locked: true,
    security: true,
    explanation: `Logos larger than ${KIB(policy.logo.maxBytes)} are refused before reading (size checked with stat): a logo never needs that much, and it bounds time and memory on hostile files.`,
    fix: 'Simplify the drawing or optimize it (e.g. with svgo); embedded fonts and rasters are the usual cause.',
    message: (a) => `The logo has ${a.size} bytes; the limit is ${a.limit} bytes.`,
  },
  SVG_INPUT_COMPRESSED: {
    title: 'Logo is compressed (gzip / .svgz)',
    severity: 'error',
    basis: ours('Security: compressed data is never inflated, since it could expand to any size.'),
    locked: true,
    security: true,
    explanation: 'Compressed SVG (.svgz) is never inflated: it could expand to any size. The submission needs plain SVG.',
    fix: 'Save as plain SVG (gunzip the .svgz).',
    message: () => 'The logo is gzip-compressed (.svgz); expected plain SVG text.',
  },
  SVG_INPUT_NOT_SVG: {
    title: 'Logo is not an SVG file',
    severity: 'error',
    basis: microsoft(Q.logo),
    locked: true,
    explanation: 'Microsoft asks for an SVG logo. Raster images (PNG, JPEG, GIF), PDF and other binary files are not SVG, whatever their name.',
    fix: 'Export the logo as SVG from the design tool; a renamed PNG is still a PNG.',
    message: (a) => `The logo is ${a.kind}, not SVG.`,
  },
  SVG_ENCODING_UNSUPPORTED: {
    title: 'Logo is not UTF-8',
    severity: 'error',
    basis: ours('Security: one encoding, read the way every consumer reads it; an encoding is never guessed, so no two programs can see different text.'),
    locked: true,
    security: true,
    explanation: 'Logos are read as UTF-8 (or ASCII). UTF-16, UTF-32 and other declared encodings are refused rather than guessed.',
    fix: 'Save the SVG as UTF-8.',
    message: (a) => `The logo is encoded as ${a.encoding}; expected UTF-8.`,
  },
  SVG_ENCODING_INVALID_UTF8: {
    title: 'Logo has bytes that are not valid UTF-8',
    severity: 'error',
    basis: standard('XML 1.0 §4.3.3 (character encoding in entities)'),
    locked: true,
    explanation: 'XML requires a correctly encoded document; invalid byte sequences are often a file saved in another encoding or corrupted.',
    fix: 'Save the SVG as UTF-8.',
    message: (a) => `Invalid UTF-8 byte sequence at byte ${a.offset}.`,
  },
  SVG_XML_MALFORMED: {
    title: 'Logo is not well-formed XML',
    severity: 'error',
    basis: standard('XML 1.0 §2.1 (well-formed XML documents)'),
    locked: true,
    explanation: 'An SVG file is an XML document: one root element, matching tags, quoted attributes, no undefined entities.',
    fix: 'Fix the XML at the line and column shown, or export the logo again.',
    message: (a) => `The logo is not well-formed XML: ${a.detail}`,
  },
  SVG_XML_ENTITY_DECLARATION: {
    title: 'Logo declares XML entities',
    severity: 'error',
    basis: ours(HOSTILE),
    locked: true,
    security: true,
    explanation: 'Any <!ENTITY declaration is refused before anything is expanded: entities are how XXE (reading local files) and "billion laughs" (exponential expansion) attacks work, and a logo needs none.',
    fix: 'Remove the DOCTYPE internal subset; re-export with presentation attributes, or run the file through svgo.',
    message: () => 'The logo declares an XML entity (<!ENTITY).',
  },
  SVG_XML_TOO_DEEP: {
    title: 'Logo nesting is too deep',
    severity: 'error',
    basis: ours(BOUNDS),
    locked: true,
    security: true,
    explanation: `Elements nested more than ${policy.logo.maxDepth} levels deep are refused while parsing; deep nesting is a denial-of-service pattern and no logo needs it.`,
    fix: 'Flatten groups (e.g. svgo\'s collapseGroups).',
    message: (a) => `Elements are nested deeper than ${a.limit} levels.`,
  },
  SVG_XML_TOO_MANY_ATTRIBUTES: {
    title: 'An element has too many attributes',
    severity: 'error',
    basis: ours(BOUNDS),
    locked: true,
    security: true,
    explanation: `More than ${policy.logo.maxAttributesPerElement} attributes on one element is refused while parsing; it is a denial-of-service pattern.`,
    fix: 'Move presentation attributes into a style or simplify the element.',
    message: (a) => `<${a.element}> has more than ${a.limit} attributes.`,
  },
  SVG_XML_TOO_MANY_ELEMENTS: {
    title: 'The logo has too many elements',
    severity: 'error',
    basis: ours(BOUNDS),
    locked: true,
    security: true,
    explanation: `More than ${thousands(policy.logo.maxElements)} elements are refused while parsing: real logos have hundreds at most, and optimizing the bundle's copy (svgo) takes time that grows with the square of the number of sibling elements.`,
    fix: 'Merge paths that share a style (svgo\'s mergePaths, or your editor\'s "combine" / "compound path"), and remove hidden or empty elements.',
    message: (a) => `The logo has more than ${thousands(Number(a.limit))} elements.`,
  },
  SVG_ROOT_NOT_SVG: {
    title: 'Root element is not <svg>',
    severity: 'error',
    basis: standard('SVG 1.1 §5.1.1 (an SVG document fragment has an svg element as its root)'),
    locked: true,
    explanation: 'An SVG document has <svg> in the SVG namespace (http://www.w3.org/2000/svg) as its root element.',
    fix: 'Export the logo as SVG.',
    message: (a) => `The root element is <${a.name}>; expected <svg>.`,
  },
  SVG_NAMESPACE_MISSING: {
    title: 'Root <svg> is not in the SVG namespace',
    severity: 'error',
    basis: standard('SVG 1.1 §5.1.2 and Namespaces in XML 1.0 (the SVG namespace is http://www.w3.org/2000/svg)'),
    explanation: 'Without xmlns="http://www.w3.org/2000/svg" a browser treats the file as unknown XML and shows nothing when the SVG is used as an image.',
    fix: 'Add xmlns="http://www.w3.org/2000/svg" to the <svg> element.',
    message: (a) => `<svg> is in namespace ${a.uri}; expected "http://www.w3.org/2000/svg".`,
  },
  SVG_SCRIPT: {
    title: 'Logo contains script',
    severity: 'error',
    basis: ours(HOSTILE),
    locked: true,
    security: true,
    explanation: 'A logo is shown inside a security portal; <script> (in any namespace), <handler>, <listener> and CSS expression() run code.',
    fix: 'Remove the script; a logo is a static drawing.',
    message: (a) => `Script found: ${a.what}.`,
  },
  SVG_EVENT_HANDLER: {
    title: 'Logo has an event handler',
    severity: 'error',
    basis: ours(HOSTILE),
    locked: true,
    security: true,
    explanation: 'on* attributes (onload, onclick, ...) run script, also when set by <set> or <animate attributeName="on...">.',
    fix: 'Remove the attribute.',
    message: (a) => `Event handler ${a.name} on <${a.element}>.`,
  },
  SVG_JAVASCRIPT_URL: {
    title: 'Logo has a javascript: URL',
    severity: 'error',
    basis: ours(HOSTILE),
    locked: true,
    security: true,
    explanation: 'javascript: (and vbscript:) URLs run script; they are detected also when hidden with case, white space, control characters or character references.',
    fix: 'Remove the link or the attribute.',
    message: (a) => `${a.scheme} URL in ${a.where}.`,
  },
  SVG_EXTERNAL_REFERENCE: {
    title: 'Logo references an external resource',
    severity: 'error',
    basis: ours(HOSTILE),
    locked: true,
    security: true,
    explanation: 'A logo must be self-contained: href (plain or XLink, whatever its prefix), src, xml:base, CSS url() and src() (however escaped), plain strings in image-set(), and the values an animation writes into any of them, must start with "#" (an element of the same file). Anything else loads files or tracks viewers, and breaks when the logo is copied. CSS is read with a CSS tokenizer, as a browser reads it.',
    fix: 'Embed what is referenced as vector shapes, or point to an element in the same file ("#id").',
    message: (a) => `External reference ${a.value} in ${a.where}.`,
  },
  SVG_DATA_URI: {
    title: 'Logo embeds content as a data: URI',
    severity: 'error',
    basis: ours(HOSTILE),
    locked: true,
    security: true,
    explanation: 'data: URIs embed other documents (SVG, HTML, fonts) that these checks cannot see into.',
    fix: 'Replace the embedded content with shapes in the SVG itself.',
    message: (a) => `data: URI in ${a.where}.`,
  },
  SVG_STYLE_IMPORT: {
    title: 'Logo style sheet uses @import',
    severity: 'error',
    basis: ours(HOSTILE),
    locked: true,
    security: true,
    explanation: '@import loads another style sheet from elsewhere; a logo must be self-contained.',
    fix: 'Inline the rules you need in the <style> element, or use presentation attributes.',
    message: (a) => `@import in ${a.where}.`,
  },
  SVG_STYLE_AT_RULE: {
    title: 'Logo style sheet has an at-rule outside the profile',
    severity: 'error',
    basis: ours('The profile allows the at-rules whose effect can be checked; others are refused rather than guessed at. Not locked: none of them is known to load or run anything.'),
    explanation: 'A logo\'s CSS may use @media, @supports, @layer, @container, @font-face, @namespace and @charset. Other at-rules (@document, @page, @property, vendor rules, ones no browser knows yet) are refused rather than guessed at: what a browser does with them cannot be checked here. (@import and @keyframes have codes of their own.)',
    fix: 'Remove the at-rule, or replace it with plain rules and presentation attributes.',
    message: (a) => `At-rule ${a.name} in ${a.where} is not allowed in a logo.`,
  },
  SVG_FOREIGN_OBJECT: {
    title: 'Logo embeds another document',
    severity: 'error',
    basis: ours(HOSTILE),
    locked: true,
    security: true,
    explanation: '<foreignObject> embeds HTML inside the SVG, which can carry forms, links and scripts and renders differently everywhere; <video>, <audio>, <iframe>, <embed>, <object>, <canvas> and SVG Tiny\'s <animation> embed media or other documents. None is part of a logo (SVG Tiny PS, the profile BIMI requires for brand logos, has none of them).',
    fix: 'Replace it with SVG shapes (convert text to outlines).',
    message: (a) => `<${a.element ?? 'foreignObject'}> found.`,
  },
  SVG_FOREIGN_CONTENT: {
    title: 'Logo has elements of another XML vocabulary',
    severity: 'error',
    basis: ours(HOSTILE),
    locked: true,
    security: true,
    explanation: 'A logo holds SVG elements, plus editor data in the namespaces editors use (Inkscape, Sodipodi, Illustrator, Sketch, Affinity, RDF and other metadata inside <metadata>). Elements of any other namespace are refused: XHTML (images with srcset, forms, meta refresh, scripts), MathML (links), XSLT, XInclude (includes files), XML Events (attaches handlers), and namespaces no tool knows. Names are resolved by namespace URI, so a prefix cannot disguise them.',
    fix: 'Remove the element; a logo is drawn with SVG shapes only. If an editor wrote it, export again as plain SVG.',
    message: (a) => `<${a.element}> is in ${a.namespace}, not SVG.`,
  },
  SVG_PROCESSING_INSTRUCTION: {
    title: 'Logo has a processing instruction',
    severity: 'error',
    basis: ours(HOSTILE),
    locked: true,
    security: true,
    explanation: 'Apart from the XML declaration (<?xml version="1.0"?>), a logo has no processing instructions: <?xml-stylesheet?> loads a CSS or XSLT style sheet (from the file itself or from anywhere), and others mean something only to tools we cannot see into. The XMP packet wrapper <?xpacket?> inside <metadata> is inert editor metadata and allowed.',
    fix: 'Remove the <?…?> instruction; put styles in a <style> element or in attributes.',
    message: (a) => `Processing instruction <?${a.target}?> found.`,
  },
  SVG_XML_DOCTYPE_NOT_ALLOWED: {
    title: 'Logo DOCTYPE is not a plain SVG DOCTYPE',
    severity: 'error',
    basis: ours(HOSTILE),
    locked: true,
    security: true,
    explanation: 'A DOCTYPE is allowed with no external identifier or with one of the published W3C SVG 1.0/1.1 DTDs (as Illustrator and matplotlib write it), and with an internal subset that declares nothing. Other DTDs may be fetched by validating parsers, and declarations (<!ATTLIST> defaults add attributes such as onload or href to elements; <!ELEMENT>, <!NOTATION>, parameter entities) change the document in parsers that read the DTD. They are refused, not interpreted.',
    fix: 'Remove the DOCTYPE (it is optional), or keep only <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">.',
    message: (a) => `The DOCTYPE has ${a.what}.`,
  },
  SVG_IMAGE_ELEMENT: {
    title: 'Logo embeds a raster image',
    severity: 'error',
    basis: reading(Q.logo, 'We read "SVG" as a vector drawing: a bitmap wrapped in SVG blurs when the portal scales it.'),
    explanation: 'An <image> (or <feImage> with a picture) makes the logo a bitmap in an SVG wrapper: it blurs when scaled. A logo must be vector.',
    fix: 'Redraw or trace the logo as vector shapes.',
    message: (a) => `<${a.element}> embeds a raster image.`,
  },
  SVG_ANIMATION: {
    title: 'Logo is animated',
    severity: 'error',
    basis: ours('A partner logo is a static mark; animation distracts, and can change the logo after it was reviewed.'),
    explanation: 'A partner logo is a static mark; animation elements (<animate>, <set>, ...) and CSS animations are distracting and can change the logo after review.',
    fix: 'Remove the animation.',
    message: (a) => `Animation found: ${a.what}.`,
  },
  SVG_ELEMENT_UNKNOWN: {
    title: 'Logo has an element no SVG version defines',
    severity: 'warning',
    basis: ours('An element no SVG version defines is drawn by no browser; usually a typo. Hence a warning.'),
    explanation: 'An element in the SVG namespace whose name is not in SVG 1.1, SVG Tiny 1.2 or SVG 2 is not drawn by any browser; it is usually a typo or data of a tool. Its attributes and children are checked like any other.',
    fix: 'Remove the element, or check its spelling (names are case-sensitive: linearGradient, not lineargradient).',
    message: (a) => `<${a.element}> is not an SVG element; browsers ignore it.`,
  },
  SVG_VIEWBOX_MISSING: {
    title: 'Logo has no viewBox',
    severity: 'error',
    basis: reading(Q.logo, 'The portal shows the logo at a size of its own: a logo must scale, and an SVG without a viewBox does not.'),
    explanation: 'The portal shows the logo at its own size; without a viewBox an SVG does not scale, it is cropped or padded.',
    fix: 'Add a square viewBox (the hint gives one from width and height, the drawing centred).',
    message: () => '<svg> has no viewBox attribute.',
    hint: (a) => (a.suggestion
      ? `Add viewBox="${a.suggestion}" to <svg>${a.drawing ? `: a square with the ${a.drawing} drawing in its middle` : ''}.`
      : 'Add a square viewBox="0 0 S S" around the drawing.'),
  },
  SVG_VIEWBOX_INVALID: {
    title: 'Logo viewBox is invalid',
    severity: 'error',
    basis: standard('SVG 1.1 §7.7 (the viewBox attribute)'),
    explanation: 'viewBox is four numbers "min-x min-y width height" with a positive width and height.',
    fix: 'Set viewBox="0 0 W H" with the drawing\'s size.',
    message: (a) => `viewBox ${a.value} is invalid: ${a.reason}.`,
  },
  SVG_VIEWBOX_NOT_SQUARE: {
    title: 'Logo viewBox is not square',
    severity: 'error',
    basis: microsoft(Q.logo),
    explanation: 'Microsoft asks for a square logo: the viewBox width and height must be equal.',
    fix: 'Make the artboard square (pad the shorter side) and export again.',
    message: (a) => `viewBox is ${a.width} × ${a.height}; expected a square.`,
    hint: (a) => (a.suggestion ? `For example viewBox="${a.suggestion}" centres the drawing on a square.` : undefined),
  },
  SVG_DIMENSIONS_NOT_SQUARE: {
    title: 'Logo width and height are not equal',
    severity: 'error',
    basis: microsoft(Q.logo),
    explanation: 'Microsoft asks for a square logo: width and height (converted to px from pt, mm, cm, in, pc, Q) must be equal.',
    fix: 'Make width and height equal, or remove them and keep a square viewBox.',
    message: (a) => `width ${a.width} and height ${a.height} (${a.widthPx} × ${a.heightPx} px) are not equal.`,
  },
  SVG_DIMENSIONS_INVALID: {
    title: 'Logo width or height is invalid',
    severity: 'error',
    basis: standard('SVG 1.1 §7.10 (units) and CSS Values and Units (lengths)'),
    explanation: 'width and height are a positive number with an optional CSS unit.',
    fix: 'Use e.g. width="512" height="512", or remove them.',
    message: (a) => `${a.name} ${a.value} is not a valid length.`,
  },
  SVG_SIZE_RELATIVE_UNIT: {
    title: 'Logo size uses a relative unit',
    severity: 'warning',
    basis: ours('A relative size depends on the page the logo is shown in, so squareness cannot be checked from the file. Hence a warning.'),
    explanation: 'Relative units (%, em, rem, vw, ...) depend on where the logo is shown, so squareness cannot be checked from the file.',
    fix: 'Use absolute sizes (px) or remove width and height and keep a square viewBox.',
    message: (a) => `${a.name} ${a.value} is relative; it cannot be resolved without a page.`,
  },
  SVG_STRETCHED: {
    title: 'Logo is stretched',
    severity: 'error',
    basis: reading(Q.logo, 'A square logo drawn stretched is no longer the shape that was drawn: preserveAspectRatio="none" with unequal ratios distorts it.'),
    explanation: 'preserveAspectRatio="none" with a viewBox whose shape differs from width × height distorts the drawing.',
    fix: 'Remove preserveAspectRatio="none" or make the ratios equal.',
    message: (a) => `preserveAspectRatio="none" stretches a ${a.viewBox} viewBox to ${a.size}.`,
  },
  SVG_TEXT: {
    title: 'Logo uses text',
    severity: 'warning',
    basis: ours('Live text is drawn with the viewer\'s fonts, so the logo looks different everywhere. Hence a warning.'),
    explanation: 'Text is drawn with whatever fonts the viewer has; the logo can look different everywhere. The rendered checks draw it with one bundled font (DejaVu Sans), so a logo with live text gets the same rendered verdict as the same logo with its text outlined.',
    fix: 'Convert text to outlines (Inkscape: Path › Object to Path; Illustrator: Type › Create Outlines).',
    message: () => '<text> found; it renders with the viewer\'s fonts.',
  },
  SVG_SIZE_OVER_32KB: {
    title: 'Logo file is larger than 32 KiB',
    severity: 'warning',
    basis: ours(`A logo over ${KIB(policy.logo.warnBytes)} usually carries editor data or needless precision. Hence a warning.`),
    explanation: `A logo over ${KIB(policy.logo.warnBytes)} usually carries editor data, embedded fonts or needless precision.`,
    fix: 'Optimize it (the bundle step does with svgo) or simplify the paths.',
    message: (a) => `The logo has ${a.size} bytes; logos are usually under ${KIB(policy.logo.warnBytes)}.`,
  },
  // ── The rendered logo (resvg in a child process, with the bundled font only) ───────────────────
  SVG_RENDER_EMPTY: {
    title: 'Logo shows nothing',
    severity: 'error',
    basis: ours('Drawn, the logo shows nothing: no logo at all. The rendered checks are ours; this is the one that is an error.'),
    explanation: 'Rendered, the logo shows nothing: no pixel is visible (the shapes are transparent, unfilled, hidden or outside the viewBox), or the whole square is one colour, a blank tile with nothing on it. Everything else is shown as drawn: a tile, a background shape, a mark with cut-outs or one that fills the square is a drawing. Live text is drawn with the bundled font (DejaVu Sans); text in a script that font lacks is not an error here (SVG_TEXT warns about live text).',
    fix: 'Make sure the shapes lie inside the viewBox and are filled or stroked in a colour that differs from the rest of the square.',
    message: (a) => (a.colour ? `Rendered, the whole square is one colour (${a.colour}): nothing is drawn on it.` : 'Rendered, the logo draws nothing visible.'),
  },
  SVG_OCCUPANCY_LOW: {
    title: 'Logo drawing is small in its square',
    severity: 'warning',
    basis: ours(RENDERED),
    explanation: `Everything visible (a tile or background shape included) spans less than ${Math.round(policy.logo.render.minOccupancy * 100)}% of the side in both directions, so the portal shows a small mark in an empty square: at a 32 px tile it is under ${Math.round(32 * policy.logo.render.minOccupancy)} px. A warning, our policy; change the threshold with "rules": {"SVG_OCCUPANCY_LOW": {"threshold": 0.4}} or turn it off.`,
    fix: 'If the empty space is not intended, scale the drawing up or make the square viewBox smaller around it (keep it square).',
    message: (a) => `The drawing spans ${a.size} of the square; shown at 32 px it is ${a.tile}. At least ${a.min} in one direction is expected.`,
  },
  SVG_NOT_CENTRED: {
    title: 'Logo drawing is off centre',
    severity: 'warning',
    basis: ours(RENDERED),
    explanation: `The centre of everything visible (a tile or background shape included, so a tile with lettering in a corner is centred) lies more than ${Math.round(policy.logo.render.maxCentreOffset * 100)}% of the side from the centre of the square, so the logo sits lopsided in its tile. Marks centred by eye move their box only a few percent. A warning, our policy; change the threshold with "rules": {"SVG_NOT_CENTRED": {"threshold": 0.2}} or turn it off.`,
    fix: 'If it is not intended, centre the drawing in the viewBox (Inkscape: Align and Distribute, relative to page).',
    message: (a) => `The drawing (${a.size} of the square) sits ${a.offset} of the centre; at most ${a.max} is expected.`,
  },
  SVG_CONTENT_NOT_SQUARE: {
    title: 'Logo drawing is far from square',
    severity: 'warning',
    basis: ours(RENDERED),
    explanation: `The drawing is more than ${policy.logo.render.maxContentAspect} times as wide as it is tall (or the reverse), typically a wordmark padded onto a square canvas: in a square tile it becomes a thin strip. A warning, our policy; change the threshold with "rules": {"SVG_CONTENT_NOT_SQUARE": {"threshold": 4}} or turn it off.`,
    fix: 'If the brand has one, use its square version (the symbol, or symbol above wordmark).',
    message: (a) => `The drawing spans ${a.size} of the square, ${a.ratio} times as ${a.wide === 'tall' ? 'tall as it is wide' : 'wide as it is tall'}; shown at 32 px it is ${a.tile}. At most ${a.max} times is expected.`,
  },
  SVG_RENDER_TIMEOUT: {
    title: 'Logo takes too long to draw',
    severity: 'error',
    basis: ours(BOUNDS),
    locked: true,
    security: true,
    explanation: `Drawing the logo took more than ${policy.logo.render.cpuTimeoutMs / 1000} s of CPU time, and the renderer was stopped. The time counted is the processor time the drawing used, not the time it waited for a busy machine, so load never turns a valid logo into this error. Stacked filters (blur, turbulence) on a large canvas can take minutes to draw, in the portal as here.`,
    fix: 'Remove filters (feGaussianBlur, feTurbulence, ...) or replace them with plain shapes and gradients.',
    message: (a) => `Drawing the logo took more than ${a.seconds} s of CPU time; it was stopped.`,
  },
  SVG_RENDER_FAILED: {
    title: 'Logo cannot be drawn',
    severity: 'error',
    basis: ours('A logo the renderer refuses is likely to fail elsewhere too.'),
    explanation: `The renderer (resvg) refused the logo, or stopped while drawing it, e.g. because it needed more than the ${policy.logo.render.memoryLimitMiB} MiB memory limit.`,
    fix: 'Export the logo again as plain SVG; simplify filters, masks and patterns.',
    message: (a) => `The logo could not be drawn: ${a.reason}.`,
  },
  SVG_RENDER_UNAVAILABLE: {
    title: 'Logo could not be rendered on this machine',
    severity: 'warning',
    basis: ours('The rendered checks could not run here; this says nothing about the logo, hence a warning.'),
    explanation: `The rendered checks need @resvg/resvg-js, whose prebuilt binary is an optional dependency for each platform. When it cannot be loaded, or when the render process has not finished after ${policy.logo.render.backstopMs / 1000} s of wall-clock time without having used its CPU time (a machine too busy to give it any, or a suspended process), the rendered checks are skipped; this says nothing about the logo.`,
    fix: 'Reinstall without --omit=optional (npm ci); on a busy machine, run again; or skip the rendered checks with --no-render.',
    message: (a) => `The rendered checks were skipped: ${a.reason}.`,
  },
  // ── Received bundles (verify) ───────────────────────────────────────────────────────────────
  BUNDLE_LOGO_NOT_OPTIMIZED: {
    title: 'The logo could not be optimized for the bundle',
    severity: 'error',
    basis: ours(BOUNDS),
    locked: true,
    security: true,
    explanation: `The bundle's copy of the logo is optimized with svgo, which runs with a limit of ${policy.logo.optimize.timeoutMs / 1000} s and ${policy.logo.optimize.maxMemoryMb} MiB so that no logo can keep \`bundle\` busy for minutes. svgo slows down with the number of CSS rules times the number of elements they apply to. Nothing is written when it fails.`,
    fix: 'Replace the <style> rules with presentation attributes (fill="…") on the elements, merge paths that share a style, and remove unused rules; then run `mde-partner bundle` again.',
    message: (a) => `The logo could not be optimized: ${a.reason}.`,
  },
  BUNDLE_MANIFEST_MISSING: {
    title: 'Bundle has no manifest.json',
    severity: 'error',
    basis: ours(BUNDLE),
    locked: true,
    security: true,
    explanation: 'Every bundle made by `mde-partner bundle` lists its files with their SHA-256 in manifest.json; without it nothing can be verified.',
    fix: 'Ask for a bundle made by `mde-partner bundle`, or make one.',
    message: () => 'manifest.json is missing.',
  },
  BUNDLE_MANIFEST_INVALID: {
    title: 'Bundle manifest.json is not a valid manifest',
    severity: 'error',
    basis: ours(BUNDLE),
    locked: true,
    security: true,
    explanation: 'manifest.json must be JSON with the tool name and a list of files with their SHA-256.',
    fix: 'Rebuild the bundle with `mde-partner bundle`.',
    message: (a) => `manifest.json is not a valid manifest: ${a.detail}.`,
  },
  BUNDLE_FILE_MISSING: {
    title: 'A file listed in the manifest is missing',
    severity: 'error',
    basis: ours(BUNDLE),
    locked: true,
    security: true,
    explanation: 'Every file in manifest.json must be in the bundle.',
    fix: 'Rebuild the bundle; do not remove files from it.',
    message: (a) => `${a.name} is listed in manifest.json but missing.`,
  },
  BUNDLE_HASH_MISMATCH: {
    title: 'A file differs from the manifest',
    severity: 'error',
    basis: ours(BUNDLE),
    locked: true,
    security: true,
    explanation: 'The SHA-256 of a file does not match manifest.json: it was changed after the bundle was made.',
    fix: 'Rebuild the bundle after changing the listing, rather than editing the bundle.',
    message: (a) => `${a.name} was changed after bundling (SHA-256 ${a.actual}…, manifest says ${a.expected}…).`,
  },
  BUNDLE_FILE_UNLISTED: {
    title: 'A file is not listed in the manifest',
    severity: 'error',
    basis: ours(BUNDLE),
    locked: true,
    security: true,
    explanation: 'A bundle holds exactly the files in manifest.json; anything else was added afterwards.',
    fix: 'Remove the file, or rebuild the bundle.',
    message: (a) => `${a.name} is not listed in manifest.json.`,
  },
  BUNDLE_LISTING_MISSING: {
    title: 'Bundle has no listing.json',
    severity: 'error',
    basis: ours(BUNDLE),
    locked: true,
    security: true,
    explanation: 'A bundle carries the normalized listing as listing.json; without it the listing cannot be validated.',
    fix: 'Rebuild the bundle with `mde-partner bundle`.',
    message: () => 'listing.json is not in the bundle.',
  },
  BUNDLE_PATH_TRAVERSAL: {
    title: 'Bundle entry path escapes the bundle',
    severity: 'error',
    basis: ours(OUTSIDE),
    locked: true,
    security: true,
    explanation: 'Entry names with "..", absolute paths, drive letters or backslashes could write outside the folder they are unpacked into ("zip slip"). Every path that a received listing.json names (logo, entraManifest) must be a regular file of the bundle, listed in its manifest; an absolute path, "..", a symbolic link, a folder, a FIFO or a device would make verify read something outside the bundle, so such a path is never opened.',
    fix: 'Do not use this bundle; ask for a new one made by `mde-partner bundle`.',
    message: (a) => (a.field ? `${a.field} ${a.name} in listing.json ${a.reason}; it was not opened.` : `Entry ${a.name} ${a.reason}.`),
  },
  BUNDLE_SYMLINK: {
    title: 'Bundle contains a symbolic link',
    severity: 'error',
    basis: ours(OUTSIDE),
    locked: true,
    security: true,
    explanation: 'Links can point anywhere on the machine that unpacks the bundle; a bundle holds regular files only.',
    fix: 'Do not use this bundle; ask for a new one made by `mde-partner bundle`.',
    message: (a) => `${a.name} is a symbolic link.`,
  },
  BUNDLE_TOO_MANY_ENTRIES: {
    title: 'Bundle has too many entries',
    severity: 'error',
    basis: ours(BOUNDS),
    locked: true,
    security: true,
    explanation: 'A bundle has about a dozen files; more than the limit is refused before anything is unpacked.',
    fix: 'Do not use this bundle; ask for a new one made by `mde-partner bundle`.',
    message: (a) => `The bundle has ${a.count} entries; the limit is ${a.limit}.`,
  },
  BUNDLE_ENTRY_TOO_LARGE: {
    title: 'Bundle file is too large',
    severity: 'error',
    basis: ours(BOUNDS),
    locked: true,
    security: true,
    explanation: 'Entries and whole bundles over the size limits are refused before they are read or inflated.',
    fix: 'Do not use this bundle; ask for a new one made by `mde-partner bundle`.',
    message: (a) => `${a.name} has ${a.size} bytes; the limit is ${a.limit}.`,
  },
  BUNDLE_ZIP_BOMB: {
    title: 'Bundle looks like a zip bomb',
    severity: 'error',
    basis: ours(BOUNDS),
    locked: true,
    security: true,
    explanation: 'An entry whose compression ratio is implausible for SVG and text, or whose inflated size passes the limits, is refused without inflating it further.',
    fix: 'Do not use this bundle; ask for a new one made by `mde-partner bundle`.',
    message: (a) => `${a.name} would inflate to ${a.size} bytes (ratio ${a.ratio}:1).`,
  },
  BUNDLE_ZIP_INVALID: {
    title: 'Bundle zip cannot be read',
    severity: 'error',
    basis: standard('PKWARE APPNOTE.TXT (the .ZIP file format)'),
    locked: true,
    security: true,
    explanation: 'The zip is damaged, encrypted, has duplicate or special entries, or is not a zip at all.',
    fix: 'Ask for the bundle again, or rebuild it with `mde-partner bundle`.',
    message: (a) => `The zip cannot be read safely: ${a.detail}.`,
  },

  // ── HAR captures (ua audit) ─────────────────────────────────────────────────────────────────
  HAR_INVALID: {
    title: 'The capture cannot be read as a HAR 1.2 file',
    severity: 'error',
    basis: standard('HTTP Archive (HAR) format 1.2'),
    locked: true,
    explanation: `\`ua audit\` reads HAR 1.2 files (HTTP Archive, as exported by browser dev tools, mitmproxy and Fiddler): a JSON object {"log": {"entries": [ … ]}} whose entries have a request with a method, an absolute url and a headers array of {"name", "value"} objects. The file is streamed, never loaded whole; files over ${Math.round(policy.har.maxBytes / 1024 / 1024)} MiB and nesting deeper than ${policy.har.maxDepth} levels are refused. Only what the audit needs is checked: other members may be missing or of any type.`,
    fix: 'Export the capture again as HAR (see docs/ua-audit.md, "Making a capture"), or fix the file at the place shown.',
    message: (a) => `The capture is not a usable HAR file: ${a.detail}.`,
  },
  HAR_NO_PARTNER_API_CALLS: {
    title: 'The capture has no request to an MDE API or Graph Security API',
    severity: 'warning',
    basis: ours('An audit that checked no request is no evidence that the User-Agent is sent. Hence a warning.'),
    explanation: 'Nothing in the capture could be checked: no request goes to an MDE API host or to a Graph Security path (/v1.0/security/…, /beta/security/… on a Graph host of any cloud, also inside a Graph $batch). Token requests (login.microsoftonline.com, …) and other Graph calls are not counted. CORS preflights (the OPTIONS requests a browser sends with its own User-Agent) and $batch requests whose body could not be read are counted apart and not judged. An audit that checked nothing is not evidence that the User-Agent is sent.',
    fix: 'Capture while the integration calls the MDE or Graph Security APIs (for a server-side client, through mitmproxy or Fiddler), then audit that capture.',
    message: (a) => {
      if (a.entries === 0) return 'The capture has no requests at all (log.entries is empty).';
      const apart = [
        a.preflights ? `${count(a.preflights, 'is a CORS preflight', 'are CORS preflights')} (sent by the browser with its own User-Agent)` : '',
        a.uninspected ? `${count(a.uninspected, 'is a Graph $batch', 'are Graph $batch requests')} whose body could not be read` : '',
      ].filter(Boolean);
      return apart.length === 0
        ? `None of the ${a.entries} requests in the capture goes to an MDE API host or a Graph Security path.`
        : `None of the ${a.entries} requests in the capture could be judged: ${apart.join(' and ')}, and no other goes to an MDE API host or a Graph Security path.`;
    },
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
