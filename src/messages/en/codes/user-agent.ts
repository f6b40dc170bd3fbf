import type * as IDS from '../../../checks/catalog/user-agent.js';
import type { userAgentCodes } from '../../../checks/catalog/user-agent.js';
import type { CodeWords } from '../../types.js';
import { requirements as MS } from '../../../domain/requirements.js';
import type { Args } from '../../../checks/args.js';
import { wordsFor, type Phrase } from '../../types.js';
import { count } from './words.js';

const { prefix: PREFIX, legacyPrefix: LEGACY_PREFIX } = MS.userAgent;

/** Why a User-Agent does not have the required form; `found` is the quoted text it is about. */
const FORMAT_REASONS = {
  'prefix-case': () => `the prefix is case-sensitive: "${PREFIX}"`,
  'prefix-missing': () => `it must start with "${PREFIX}"`,
  'space-in-name': () => 'a space ends the product before its "/{Version}": names cannot contain spaces',
  'version-missing': () => 'the "/{Version}" at the end is missing',
  'one-name': () => 'company and product must be two parts joined by "-", found one',
  'name-empty': () => 'the company or product part is empty',
  'name-not-token': (a) => `${a.found} has characters that are not allowed in a token`,
  'version-empty': () => 'the version after "/" is empty',
  'version-not-token': (a) => `the version ${a.found} is not an HTTP token`,
  'rest-not-separated': (a) => `${a.found} must be separated from what comes before by a space`,
  'rest-trailing-space': () => 'it ends with white space',
  'rest-comment-unclosed': () => 'a comment "(" is not closed with ")"',
  'rest-not-product': (a) => `${a.found} after the partner product is neither a product (name/version) nor a (comment)`,
} satisfies Record<(typeof IDS.FORMAT_REASONS)[number], Phrase>;


/** Why the productVersion is not an HTTP token; `found` is the first character that is not allowed. */
export const PRODUCT_VERSION_REASONS = {
  empty: () => 'it is empty',
  character: (a) => `${a.found} is not allowed`,
} satisfies Record<(typeof IDS.PRODUCT_VERSION_REASONS)[number], Phrase>;


/** Why a partner-looking User-Agent that `ua audit` found is not the expected one. */
const WRONG_REASONS = {
  'legacy-prefix': () => `it uses the old prefix ${LEGACY_PREFIX}`,
  'white-space': () => 'it has white space around the value',
  'other-text': () => 'it has other text besides the expected value',
  version: (a) => `version ${a.sentVersion} instead of ${a.expectedVersion}`,
  'letter-case': () => 'the letter case differs',
  'other-names': () => 'a different company or product',
  'not-whole-value': () => 'the partner token is not the whole value',
  'not-form': () => `it is not of the form ${PREFIX}{CompanyName}-{ProductName}/{Version}`,
} satisfies Record<(typeof IDS.WRONG_REASONS)[number], Phrase>;


/** The characters named rather than shown; any other is shown quoted, with its code point. */
const CHARACTER_NAMES: Readonly<Record<string, string>> = { 'U+000D': 'CR (\\r)', 'U+000A': 'LF (\\n)', 'U+0000': 'NUL' };
const character = (a: Args) => CHARACTER_NAMES[String(a.codePoint)] ?? `"${a.char}" (${a.codePoint})`;

/** A value `ua audit` found: `""` is an empty header. */
const sent = (found: unknown) => (found === '""' ? 'an empty value' : String(found));

/** `ua audit`: the request a finding is about; a Graph $batch says how many Graph Security calls it carries. */
const request = (a: Args) => `${a.method} ${a.url}${a.batched ? ` (carrying ${count(a.batched, 'Graph Security request', 'Graph Security requests')})` : ''}`;

/** Finding codes of the User-Agent: the value in the listing, and the requests `ua audit` reads. */
export const userAgentWords = {
  USER_AGENT_INVALID_FORMAT: {
    title: 'User-Agent does not have the required form',
    explanation: `Every call to the MDE public APIs and the Graph Security APIs must send a User-Agent of the form MdePartner-{CompanyName}-{ProductName}/{Version}, e.g. ${MS.userAgent.example}. The first product of the value must have that form: company and product are HTTP tokens joined by "-", the version is an HTTP token (RFC 9110 §5.6.2). What may follow it is USER_AGENT_EXTRA_PRODUCTS.`,
    fix: 'Use the derived value shown, or `mde-partner ua derive`.',
    message: (a) => `User-Agent ${a.value} does not match MdePartner-{CompanyName}-{ProductName}/{Version}: ${wordsFor(FORMAT_REASONS, a)}.`,
    hint: (a) => (a.suggestion ? `Use ${a.suggestion}.` : undefined),
  },
  USER_AGENT_FORBIDDEN_CHARACTERS: {
    title: 'User-Agent contains characters that are not allowed in a header',
    why: 'RFC 9110 §5.5 (CR, LF and NUL are invalid in a field value) and §5.6.2 (a product token is ASCII tchar)',
    explanation: 'CR, LF and NUL are never valid in an HTTP field value (RFC 9110 §5.5) and make header injection possible; other control characters and non-ASCII characters are refused too (RFC 9110 §5.5: new fields use US-ASCII; a product token is ASCII, §5.6.2). Spaces are not refused: they separate the partner product from further products and comments.',
    fix: 'Remove the character shown; derive the value with `mde-partner ua derive`.',
    message: (a) => `User-Agent contains ${character(a)} at position ${a.position}; expected MdePartner-{CompanyName}-{ProductName}/{Version} in printable ASCII only.`,
    hint: (a) => (a.suggestion ? `Use ${a.suggestion}.` : undefined),
  },
  USER_AGENT_LEGACY_PREFIX: {
    title: 'User-Agent uses the old MdatpPartner- prefix',
    explanation: `"${MS.userAgent.legacyPrefix}" is built from the product's former name (Microsoft Defender ATP) and is still seen in older integrations. It is not the format: the pages give "${MS.userAgent.prefix}" (all versions read here, 2021-04 to ${MS.docsDate}).`,
    fix: `Replace ${MS.userAgent.legacyPrefix} with ${MS.userAgent.prefix}.`,
    message: (a) => `User-Agent ${a.value} uses the old prefix ${MS.userAgent.legacyPrefix}.`,
    hint: (a) => `Use ${a.suggestion}.`,
  },
  USER_AGENT_MISMATCH: {
    title: 'User-Agent differs from the one derived from the names',
    why: 'We read the placeholders as the company, product and version of the listing. A different value may be how Microsoft knows the product, so it is a warning; usually it is a stale copy.',
    explanation: 'The User-Agent is expected to be built from companyName, productName and productVersion; a different value is allowed but is usually a stale copy.',
    fix: 'Use the derived value, or remove userAgent to have it derived.',
    message: (a) => `User-Agent is ${a.value} but the names give ${a.derived}.`,
    hint: (a) => `Use ${a.derived}, or keep yours if Microsoft knows your product by it.`,
  },
  USER_AGENT_EXTRA_PRODUCTS: {
    title: 'User-Agent adds products or comments after the partner product',
    why: 'RFC 9110 §10.1.5 lets a User-Agent list further products and (comments) after the first, and HTTP libraries often add theirs. The page gives the format of the whole field and says nothing about more, so we read a value that starts with the partner product and adds RFC 9110 products or comments as allowed but not what was asked for.',
    explanation: `The value starts with the partner product (${MS.userAgent.prefix}{CompanyName}-{ProductName}/{Version}) and adds more after a space, e.g. "(Linux)" or "python-requests/2.31". That is valid HTTP (RFC 9110 §10.1.5), and the partner product is still the first thing in it. Microsoft's page shows the User-Agent as the partner product alone; whether its statistics read a longer value the same way is not documented, hence a warning.`,
    fix: 'Send the partner product alone, or keep the rest if your client needs it (relax this with "rules": {"USER_AGENT_EXTRA_PRODUCTS": "off"}).',
    message: (a) => `${a.method ? `${request(a)}: ` : ''}User-Agent ${a.value} adds ${a.rest} after the partner product ${a.first}.`,
    hint: (a) => `Send ${a.first} alone, as the page shows it.`,
  },
  USER_AGENT_NAME_AMBIGUOUS: {
    title: 'User-Agent has "-" inside the company or product name',
    why: 'The format joins {CompanyName} and {ProductName} with "-". The page does not forbid "-" inside a name, but with one the value no longer says where the company ends and the product begins.',
    explanation: `In ${MS.userAgent.prefix}{CompanyName}-{ProductName}/{Version} the "-" separates company and product. A "-" inside either (MdePartner-Contoso-Add-On/1.0) can be read as company "Contoso" and product "Add-On", or as company "Contoso-Add" and product "On". Names derived by \`mde-partner ua derive\` never contain one: Add-On becomes AddOn.`,
    fix: 'Drop the "-" inside the name (PascalCase it: AddOn), or use the derived value.',
    message: (a) => `User-Agent ${a.value} has ${a.parts} parts between "${MS.userAgent.prefix}" and "/": company and product cannot be told apart.`,
  },
  USER_AGENT_UNDERIVABLE: {
    title: 'No User-Agent can be derived from the names',
    why: 'RFC 9110 §10.1.5 and §5.6.2: each part of a product is a token, ASCII letters, digits and !#$%&\'*+-.^_`|~',
    explanation: 'Each part of the User-Agent product is an HTTP token: ASCII letters, digits and a few symbols (RFC 9110 §5.6.2). The tokens are derived from the names by dropping accents and joining the words; when a name has no ASCII letter left (e.g. a name written only in Japanese), nothing can be derived and the tokens must be given explicitly.',
    fix: 'Set userAgent explicitly, e.g. "MdePartner-Contoso-ContosoCognito/1.0.0".',
    message: (a) => `${a.name} ${a.value} has no ASCII letters to build the User-Agent from.`,
    hint: () => 'Set "userAgent" in the listing (or --user-agent) with ASCII company and product tokens.',
  },
  USER_AGENT_NOT_SENT: {
    title: 'A partner API request does not send the partner User-Agent',
    explanation: `Microsoft asks for ${MS.userAgent.prefix}{CompanyName}-{ProductName}/{Version} as the User-Agent of every call to the MDE public APIs and the Graph Security APIs; it is used for statistics, troubleshooting and partner recognition, and is a prerequisite of MISA. A request without a User-Agent, or with an HTTP library's or a browser's default (python-requests/2.31, Go-http-client/1.1, Mozilla/5.0 …), is not recognised as the partner's. Found by \`ua audit\` in a HAR capture.`,
    fix: 'Set the User-Agent header on the HTTP client that calls the API (the bundle\'s user-agent/ folder has snippets for curl, PowerShell, Python, C#, Node, Go and Java).',
    message: (a) => (a.found ? `${request(a)} sent User-Agent ${sent(a.found)} instead of the partner User-Agent.` : `${request(a)} sent no User-Agent.`),
    hint: (a) => (a.expected ? `Send User-Agent: ${a.expected} on every call to this host.` : undefined),
  },
  USER_AGENT_WRONG: {
    title: 'A partner API request sends a partner User-Agent other than the expected one',
    explanation: `The request sends a ${MS.userAgent.prefix} or ${MS.userAgent.legacyPrefix} value, but not exactly the expected one: an old version, the old prefix, other names, or text before it or after it that is not RFC 9110 products or comments (the expected value followed by those is USER_AGENT_EXTRA_PRODUCTS, a warning). The User-Agent is how Microsoft recognises the partner's traffic (statistics, troubleshooting, partner recognition), so every call should send the one value given with the listing. Found by \`ua audit\` in a HAR capture.`,
    fix: 'Send exactly the expected value (from --expect or the listing); update the version string where the client is built.',
    message: (a) => `${request(a)} sent User-Agent ${a.found}: ${wordsFor(WRONG_REASONS, a)}.`,
    hint: (a) => (a.expected ? `Send exactly ${a.expected}.` : undefined),
  },
  USER_AGENT_MULTIPLE: {
    title: 'A partner API request sends more than one User-Agent header',
    why: 'RFC 9110 §5.3 (a sender must not repeat a field that is not a list) and §10.1.5 (User-Agent is one product list)',
    explanation: 'User-Agent is a single product list, not a comma-separated list field: a sender must not repeat it (RFC 9110 §5.3), and a recipient that joins the lines sees "A, B", which is not the expected value. It usually means both an HTTP library and the integration set the header. Found by `ua audit` in a HAR capture.',
    fix: 'Set the header once, replacing the library\'s default instead of adding a second one.',
    message: (a) => `${request(a)} sent ${a.count} User-Agent headers${a.found ? ` (${a.found})` : ''}.`,
    hint: (a) => (a.expected ? `Send one User-Agent header: ${a.expected}.` : undefined),
  },
} satisfies Record<keyof typeof userAgentCodes, CodeWords>;
