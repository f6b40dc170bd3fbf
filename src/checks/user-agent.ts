import type { ProductVersionReason, UserAgentReason } from './catalog/user-agent.js';
import type { Issue } from './finding.js';
import { escapeUnsafe, show } from './text.js';
import { requirements } from '../domain/requirements.js';

const { prefix: PREFIX, legacyPrefix: LEGACY_PREFIX } = requirements.userAgent;

/** What breaks the form, and the text it is about (quoted) when the words name it. */
type UserAgentProblem = { reason: UserAgentReason; found?: string };

/** RFC 9110 §5.6.2 tchar, as the body of a character class; NAME_CHAR is tchar without "-" (the separator). */
const TCHAR = "!#$%&'*+\\-.^_`|~0-9A-Za-z";
const NAME_CHAR = "!#$%&'*+.^_`|~0-9A-Za-z";
const TOKEN = `[${TCHAR}]+`;
/** RFC 9110 §5.6.2 token. */
const HTTP_TOKEN = new RegExp(`^${TOKEN}$`);
/** A company or product part: token characters without "-"; "/" is not tchar. */
const PART = new RegExp(`^[${NAME_CHAR}]+$`);
/** A product after the partner product (RFC 9110 §10.1.5: token ["/" token]), at the start of the text. */
const PRODUCT = new RegExp(`^${TOKEN}(?:/${TOKEN})?`);
/**
 * The partner product. Company and product are split at the first "-"; a "-" inside a name still
 * matches (the rest goes to the product) and is reported as ambiguous.
 */
const USER_AGENT = new RegExp(`^${PREFIX}([${NAME_CHAR}]+)-([${NAME_CHAR}](?:[${TCHAR}]*[${NAME_CHAR}])?)/(${TOKEN})$`);

/** Letters NFKD does not decompose into ASCII, so that "Søren" gives "Soren", not "Sren". */
const TRANSLITERATE: Readonly<Record<string, string>> = {
  ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', œ: 'oe', Œ: 'OE', đ: 'd', Đ: 'D',
  ł: 'l', Ł: 'L', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D', ı: 'i', ħ: 'h', Ħ: 'H', ŋ: 'ng', Ŋ: 'Ng',
};

/** DIN 5007-2 (names in telephone books and registers): an umlaut is its vowel followed by "e". */
const DIN_5007_2: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/**
 * ä ö ü Ä Ö Ü → ae oe ue Ae Oe Ue; a capital umlaut in a word written in capitals is spelled in
 * capitals ("MÜLLER" → "MUELLER", "BÄR" → "BAER"): the letter after it, or before it at the end of a
 * word, is a capital.
 */
function dinSpelling(name: string): string {
  const chars = [...name.normalize('NFC')];
  const capital = (ch: string | undefined) => ch !== undefined && /\p{Lu}/u.test(ch);
  const letter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);
  return chars.map((ch, i) => {
    const spelled = DIN_5007_2[ch];
    if (spelled === undefined) return ch;
    const next = chars[i + 1];
    const inCapitals = ch !== ch.toLowerCase() && (capital(next) || (!letter(next) && capital(chars[i - 1])));
    return inCapitals ? spelled.toUpperCase() : spelled;
  }).join('');
}

export interface TokenOptions {
  /** Spell German umlauts as DIN 5007-2 does (ü → ue) instead of dropping the dots (ü → u). */
  din?: boolean;
}

/**
 * One User-Agent part from a display name: NFKD, accents dropped, split on anything that is not a
 * letter or digit, PascalCase-joined, ASCII only ("Microsoft Security Add-On" → "MicrosoftSecurityAddOn").
 * With `din`, German umlauts are spelled out first ("Müller" → "Mueller" rather than "Muller").
 * Undefined when no ASCII letter is left.
 */
export function deriveUserAgentToken(name: string, options: TokenOptions = {}): string | undefined {
  const ascii = (options.din ? dinSpelling(name) : name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x00-\x7f]/g, (ch) => TRANSLITERATE[ch] ?? ' ');
  const token = ascii
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
  return /[A-Za-z]/.test(token) ? token : undefined;
}

export interface UserAgentParts {
  companyName: string;
  productName: string;
  productVersion: string;
}

export interface DerivedUserAgent {
  /** The derived value: umlauts lose their dots ("Müller" → "Muller"), whatever language the tool runs in. */
  userAgent?: string;
  /**
   * The same value with German umlauts spelled as DIN 5007-2 does ("Müller" → "Mueller"); only when
   * a name has an umlaut, so that it differs from `userAgent`. Either spelling is accepted as derived.
   */
  dinUserAgent?: string;
  issues: Issue[];
}

/**
 * The User-Agent of MdePartner-{Company}-{Product}/{Version} from the names and version. Deterministic:
 * the same names give the same value on every machine and in every language. The plain spelling is
 * the default (`userAgent`); the DIN 5007-2 spelling is offered beside it when it differs (`dinUserAgent`).
 */
export function deriveUserAgent({ companyName, productName, productVersion }: UserAgentParts): DerivedUserAgent {
  const company = deriveUserAgentToken(companyName);
  const product = deriveUserAgentToken(productName);
  const issues: Issue[] = [];
  if (!company) issues.push({ code: 'USER_AGENT_UNDERIVABLE', field: '/companyName', args: { name: 'companyName', value: show(companyName) } });
  if (!product) issues.push({ code: 'USER_AGENT_UNDERIVABLE', field: '/productName', args: { name: 'productName', value: show(productName) } });
  if (!HTTP_TOKEN.test(productVersion)) issues.push(...checkProductVersion(productVersion));
  if (issues.length > 0) return { issues };
  const userAgent = `${PREFIX}${company}-${product}/${productVersion}`;
  const din = `${PREFIX}${deriveUserAgentToken(companyName, { din: true })}-${deriveUserAgentToken(productName, { din: true })}/${productVersion}`;
  return din === userAgent ? { userAgent, issues } : { userAgent, dinUserAgent: din, issues };
}

/** The values a User-Agent may have to count as derived: the plain spelling first, then the DIN 5007-2 one. */
export function derivedSpellings(derived: DerivedUserAgent | undefined): string[] | undefined {
  if (!derived?.userAgent) return undefined;
  return derived.dinUserAgent ? [derived.userAgent, derived.dinUserAgent] : [derived.userAgent];
}

/**
 * The User-Agent derived from what a listing (or the wizard) has so far: undefined until both names
 * have text and a version is given. Listing, wizard and `ua audit` all derive through this.
 */
export function deriveFromListing(parts: { companyName?: string; productName?: string; productVersion?: string }): DerivedUserAgent | undefined {
  const companyName = parts.companyName?.trim();
  const productName = parts.productName?.trim();
  if (!companyName || !productName || parts.productVersion === undefined) return undefined;
  return deriveUserAgent({ companyName, productName, productVersion: parts.productVersion });
}

const SEMVER_LIKE = /^v?\d+(\.\d+){1,3}(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

export function checkProductVersion(version: string): Issue[] {
  const field = '/productVersion';
  if (!HTTP_TOKEN.test(version)) {
    const bad = [...version].find((ch) => !HTTP_TOKEN.test(ch));
    const reason: ProductVersionReason = version === '' ? 'empty' : 'character';
    const cleaned = version.trim().replace(/^v(?=\d)/i, '').replace(new RegExp(`[^${TCHAR}]+`, 'g'), '.').replace(/^\.+|\.+$/g, '');
    return [{ code: 'PRODUCT_VERSION_INVALID', field, args: { value: show(version), reason, ...(reason === 'character' ? { found: show(bad ?? '') } : {}), suggestion: cleaned && cleaned !== version ? cleaned : undefined } }];
  }
  return SEMVER_LIKE.test(version) ? [] : [{ code: 'PRODUCT_VERSION_NOT_SEMVER', field, args: { value: show(version) } }];
}

/**
 * RFC 9110 §10.1.5: User-Agent = product *( RWS ( product / comment ) ), product = token ["/" token],
 * comment = "(" *( ctext / quoted-pair / comment ) ")". `rest` is what follows the first product;
 * the answer is undefined when it is that grammar, else what breaks it (`found`: the text there).
 * (ctext beyond ASCII is refused before this is called.)
 */
function restProblem(rest: string): UserAgentProblem | undefined {
  let i = 0;
  while (i < rest.length) {
    const space = /^[ \t]+/.exec(rest.slice(i));
    if (!space) return { reason: 'rest-not-separated', found: show(rest.slice(i, i + 20)) };
    i += space[0].length;
    if (i === rest.length) return { reason: 'rest-trailing-space' };
    if (rest[i] === '(') {
      let depth = 0;
      for (; i < rest.length; i++) {
        const ch = rest[i]!;
        if (ch === '\\') i++;
        else if (ch === '(') depth++;
        else if (ch === ')' && --depth === 0) break;
      }
      if (depth !== 0) return { reason: 'rest-comment-unclosed' };
      i++;
      continue;
    }
    const product = PRODUCT.exec(rest.slice(i));
    if (!product) return { reason: 'rest-not-product', found: show(rest.slice(i, i + 20)) };
    i += product[0].length;
  }
  return undefined;
}

/** Why a first product is not of the form MdePartner-{Company}-{Product}/{Version}. */
function formatProblem(value: string, followed: boolean): UserAgentProblem {
  if (!value.startsWith(PREFIX)) {
    return { reason: value.toLowerCase().startsWith(PREFIX.toLowerCase()) ? 'prefix-case' : 'prefix-missing' };
  }
  const rest = value.slice(PREFIX.length);
  const slash = rest.indexOf('/');
  if (slash < 0) return { reason: followed ? 'space-in-name' : 'version-missing' };
  const names = rest.slice(0, slash).split('-');
  const version = rest.slice(slash + 1);
  if (names.length < 2) return { reason: 'one-name' };
  if (names.some((part) => part === '')) return { reason: 'name-empty' };
  const badPart = names.find((part) => !PART.test(part));
  if (badPart !== undefined) return { reason: 'name-not-token', found: show(badPart) };
  if (version === '') return { reason: 'version-empty' };
  return { reason: 'version-not-token', found: show(version) };
}

/**
 * A character that may not be in a User-Agent, as data: CR, LF and NUL by name, any other by its
 * code point (U+0007) and, escaped, itself.
 */
export function characterArgs(ch: string): { char: string; codePoint: string } {
  return { char: escapeUnsafe(ch), codePoint: `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` };
}

/**
 * Checks a User-Agent against Microsoft's form. `expectedValues` is the value derived from the listing's
 * names, when there is one, or its spellings (derivedSpellings: plain first, then DIN 5007-2): a valid
 * value equal to none of them is a mismatch warning, naming the first.
 *
 * The first product is judged against MdePartner-{CompanyName}-{ProductName}/{Version}. What follows
 * it may be further products and (comments), as RFC 9110 §10.1.5 allows: a warning, our reading of
 * "set the User-Agent field … to the below format". A "-" inside a name is a warning too: the page
 * does not forbid it, but it makes the split between company and product ambiguous.
 */
export function checkUserAgent(value: string, expectedValues?: string | readonly string[], field = '/userAgent'): Issue[] {
  const spellings = typeof expectedValues === 'string' ? [expectedValues] : expectedValues ?? [];
  const expected = spellings[0];
  const suggestion = expected && expected !== value ? expected : undefined;
  const chars = [...value];
  const forbidden = chars.findIndex((ch) => (ch < '\x20' && ch !== '\t') || ch > '\x7e');
  if (forbidden >= 0) {
    return [{ code: 'USER_AGENT_FORBIDDEN_CHARACTERS', field, args: { ...characterArgs(chars[forbidden]!), position: forbidden + 1, suggestion } }];
  }
  const end = value.search(/[ \t]/);
  const first = end < 0 ? value : value.slice(0, end);
  const rest = end < 0 ? '' : value.slice(end);
  if (first.toLowerCase().startsWith(LEGACY_PREFIX.toLowerCase())) {
    const corrected = `${PREFIX}${first.slice(LEGACY_PREFIX.length)}`;
    return [{ code: 'USER_AGENT_LEGACY_PREFIX', field, args: { value: show(value), suggestion: USER_AGENT.test(corrected) ? corrected : suggestion ?? corrected } }];
  }
  const match = USER_AGENT.exec(first);
  if (!match) {
    return [{ code: 'USER_AGENT_INVALID_FORMAT', field, args: { value: show(value), ...formatProblem(first, rest !== ''), suggestion } }];
  }
  const problem = restProblem(rest);
  if (problem) return [{ code: 'USER_AGENT_INVALID_FORMAT', field, args: { value: show(value), ...problem, suggestion } }];
  const issues: Issue[] = [];
  const names = match[1]!.split('-').length + match[2]!.split('-').length;
  if (names > 2) issues.push({ code: 'USER_AGENT_NAME_AMBIGUOUS', field, args: { value: show(first), parts: names } });
  if (rest !== '') issues.push({ code: 'USER_AGENT_EXTRA_PRODUCTS', field, args: { value: show(value), first: show(first), rest: show(rest.trim()) } });
  const compared = expected && !spellings.includes(first) ? expected : undefined;
  if (compared) issues.push({ code: 'USER_AGENT_MISMATCH', field, args: { value: show(first), derived: show(compared) } });
  return issues;
}

/** The value is exactly one partner product of the required form (no further products, no legacy prefix). */
export function isValidUserAgent(value: string): boolean {
  return USER_AGENT.test(value);
}
