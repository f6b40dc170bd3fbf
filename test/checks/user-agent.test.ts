import { describe, expect, it } from 'vitest';
import { checkProductVersion, checkUserAgent, derivedSpellings, deriveUserAgent, deriveUserAgentToken } from '../../src/checks/user-agent.js';
import { loadCodeMessages } from '../../src/messages/codes.js';

/** The English words of the codes (the tests read what English says). */
const { codes: words } = await loadCodeMessages('en');

describe('deriveUserAgentToken', () => {
  it.each([
    ['Contoso', 'Contoso'],
    ['Contoso Cognito', 'ContosoCognito'],
    ['Microsoft Security Add-On', 'MicrosoftSecurityAddOn'],
    ['contoso cognito', 'ContosoCognito'],
    ['ACME corp.', 'ACMECorp'],
    ['Société Générale', 'SocieteGenerale'],
    ['Søren & Ærø', 'SorenAEro'],
    ['Straße', 'Strasse'],
    ['Ｆｕｌｌｗｉｄｔｈ', 'Fullwidth'],
    ['7-Zip', '7Zip'],
    ['  spaced   out  ', 'SpacedOut'],
    ['Łódź Labs', 'LodzLabs'],
    ['マイクロソフト', undefined],
    ['123', undefined],
    ['', undefined],
    ['—', undefined],
    ['株式会社 Contoso', 'Contoso'],
  ])('%j → %j', (name, token) => {
    expect(deriveUserAgentToken(name)).toBe(token);
  });
});

describe('deriveUserAgentToken: DIN 5007-2 spelling beside the plain one', () => {
  it.each([
    ['Müller', 'Muller', 'Mueller'],
    ['Schröder & Söhne', 'SchroderSohne', 'SchroederSoehne'],
    ['Bären Übersicht', 'BarenUbersicht', 'BaerenUebersicht'],
    ['Ärzte-Öl', 'ArzteOl', 'AerzteOel'],
    ['MÜLLER', 'MULLER', 'MUELLER'],
    ['ÄÖÜ', 'AOU', 'AEOEUE'],
    ['Ü', 'U', 'Ue'],
    ['BÄR AG', 'BARAG', 'BAERAG'],
    ['Öl', 'Ol', 'Oel'],
    ['Mu\u0308ller', 'Muller', 'Mueller'],
    ['Weiß', 'Weiss', 'Weiss'],
    ['Citroën Zoë', 'CitroenZoe', 'CitroenZoe'],
    ['Contoso', 'Contoso', 'Contoso'],
  ])('%j → %j, DIN %j', (name, plain, din) => {
    expect(deriveUserAgentToken(name)).toBe(plain);
    expect(deriveUserAgentToken(name, { din: true })).toBe(din);
  });
});

describe('deriveUserAgent', () => {
  it.each([
    [{ companyName: 'Müller Sicherheit', productName: 'Wächter', productVersion: '2.1' }, 'MdePartner-MullerSicherheit-Wachter/2.1', 'MdePartner-MuellerSicherheit-Waechter/2.1'],
    [{ companyName: 'Contoso', productName: 'Straßenwacht', productVersion: '1.0' }, 'MdePartner-Contoso-Strassenwacht/1.0', undefined],
    [{ companyName: 'Contoso', productName: 'Contoso Cognito', productVersion: '1.0.0' }, 'MdePartner-Contoso-ContosoCognito/1.0.0', undefined],
  ])('%j → %j, DIN %j', (parts, userAgent, dinUserAgent) => {
    const derived = deriveUserAgent(parts);
    expect(derived.userAgent).toBe(userAgent);
    expect(derived.dinUserAgent).toBe(dinUserAgent);
    expect('dinUserAgent' in derived).toBe(dinUserAgent !== undefined);
    expect(checkUserAgent(userAgent, derivedSpellings(derived))).toEqual([]);
    if (dinUserAgent) expect(checkUserAgent(dinUserAgent, derivedSpellings(derived))).toEqual([]);
    expect(checkUserAgent('MdePartner-Other-Name/1.0', derivedSpellings(derived)).map((i) => [i.code, i.args?.derived])).toEqual([['USER_AGENT_MISMATCH', JSON.stringify(userAgent)]]);
  });


  it('builds the documented example', () => {
    expect(deriveUserAgent({ companyName: 'Contoso', productName: 'Contoso Cognito', productVersion: '1.0.0' }).userAgent)
      .toBe('MdePartner-Contoso-ContosoCognito/1.0.0');
  });

  it.each([
    [{ companyName: 'マイクロソフト', productName: 'Cognito', productVersion: '1.0' }, ['USER_AGENT_UNDERIVABLE'], ['/companyName']],
    [{ companyName: 'Contoso', productName: '製品', productVersion: '1.0' }, ['USER_AGENT_UNDERIVABLE'], ['/productName']],
    [{ companyName: 'Contoso', productName: 'Cognito', productVersion: '1.0 beta' }, ['PRODUCT_VERSION_INVALID'], ['/productVersion']],
    [{ companyName: 'Contoso', productName: 'Cognito', productVersion: '1.0/2' }, ['PRODUCT_VERSION_INVALID'], ['/productVersion']],
  ])('%j → %j', (parts, codes, fields) => {
    const derived = deriveUserAgent(parts);
    expect(derived.userAgent).toBeUndefined();
    expect(derived.issues.map((i) => i.code)).toEqual(codes);
    expect(derived.issues.map((i) => i.field)).toEqual(fields);
  });
});

describe('checkUserAgent', () => {
  const ok = 'MdePartner-Contoso-ContosoCognito/1.0.0';
  it.each([
    [ok, undefined, []],
    ['MdePartner-C-P/1', undefined, []],
    ["MdePartner-Con.toso_-Cog!nito/1.0.0-beta+7", undefined, []],
    [ok, ok, []],
    [ok, 'MdePartner-Contoso-ContosoCognito/2.0.0', ['USER_AGENT_MISMATCH']],
    ['Contoso Cognito 1.0', undefined, ['USER_AGENT_INVALID_FORMAT']],
    ['MdePartner-Contoso-ContosoCognito/1.0.0\r\nX-Evil: 1', undefined, ['USER_AGENT_FORBIDDEN_CHARACTERS']],
    ['MdePartner-Contoso-ContosoCognito/1.0.0\n', undefined, ['USER_AGENT_FORBIDDEN_CHARACTERS']],
    ['MdePartner-Contoso-ContosoCognito/1.0.0\u0000', undefined, ['USER_AGENT_FORBIDDEN_CHARACTERS']],
    ['MdePartner-Contoso-ContosoCognito/1.0.0\u001b[31m', undefined, ['USER_AGENT_FORBIDDEN_CHARACTERS']],
    ['MdePartner-Société-Cognito/1.0', undefined, ['USER_AGENT_FORBIDDEN_CHARACTERS']],
    ['MdePartner-Contoso-Contoso Cognito/1.0', undefined, ['USER_AGENT_INVALID_FORMAT']],
    ['MdePartner-Contoso-ContosoCognito/1.0.0 (Linux)', undefined, ['USER_AGENT_EXTRA_PRODUCTS']],
    ['MdePartner-Contoso-ContosoCognito/1.0.0 python-requests/2.31.0', undefined, ['USER_AGENT_EXTRA_PRODUCTS']],
    ['MdePartner-Contoso-ContosoCognito/1.0.0 (Linux; x64 (glibc \\) 2.36)) node/20', undefined, ['USER_AGENT_EXTRA_PRODUCTS']],
    ['MdePartner-Contoso-ContosoCognito/1.0.0 (Linux)) node/20', undefined, ['USER_AGENT_INVALID_FORMAT']],
    ['MdePartner-Contoso-ContosoCognito/1.0.0\t(Linux (nested)) curl/8.5.0', undefined, ['USER_AGENT_EXTRA_PRODUCTS']],
    ['MdePartner-Contoso-ContosoCognito/1.0.0 (Linux)', ok, ['USER_AGENT_EXTRA_PRODUCTS']],
    ['MdePartner-Contoso-ContosoCognito/1.0.0 (Linux)', 'MdePartner-Contoso-ContosoCognito/2.0.0', ['USER_AGENT_EXTRA_PRODUCTS', 'USER_AGENT_MISMATCH']],
    ['MdePartner-Contoso-ContosoCognito/1.0.0 ', undefined, ['USER_AGENT_INVALID_FORMAT']],
    ['MdePartner-Contoso-ContosoCognito/1.0.0 (Linux', undefined, ['USER_AGENT_INVALID_FORMAT']],
    ['MdePartner-Contoso-ContosoCognito/1.0.0 a/b/c', undefined, ['USER_AGENT_INVALID_FORMAT']],
    ['MdePartner-Contoso-ContosoCognito/1.0.0 "quoted"', undefined, ['USER_AGENT_INVALID_FORMAT']],
    ['MdatpPartner-Contoso-ContosoCognito/1.0.0', undefined, ['USER_AGENT_LEGACY_PREFIX']],
    ['mdatppartner-Contoso-ContosoCognito/1.0.0', undefined, ['USER_AGENT_LEGACY_PREFIX']],
    ['mdepartner-Contoso-ContosoCognito/1.0.0', undefined, ['USER_AGENT_INVALID_FORMAT']],
    ['MdePartner-Contoso-ContosoCognito', undefined, ['USER_AGENT_INVALID_FORMAT']],
    ['MdePartner-Contoso-ContosoCognito/', undefined, ['USER_AGENT_INVALID_FORMAT']],
    ['MdePartner-ContosoCognito/1.0', undefined, ['USER_AGENT_INVALID_FORMAT']],
    ['MdePartner-Contoso-Add-On/1.0', undefined, ['USER_AGENT_NAME_AMBIGUOUS']],
    ['MdePartner-Contoso-Add-On/1.0 (Linux)', undefined, ['USER_AGENT_NAME_AMBIGUOUS', 'USER_AGENT_EXTRA_PRODUCTS']],
    ['MdePartner-Contoso-Cognito-/1.0', undefined, ['USER_AGENT_INVALID_FORMAT']],
    ['MdePartner--Cognito/1.0', undefined, ['USER_AGENT_INVALID_FORMAT']],
    ['MdePartner-Contoso-Cognito/1.0/2', undefined, ['USER_AGENT_INVALID_FORMAT']],
    ['MdePartner-Con(toso)-Cognito/1.0', undefined, ['USER_AGENT_INVALID_FORMAT']],
    ['Contoso/1.0', undefined, ['USER_AGENT_INVALID_FORMAT']],
    ['', undefined, ['USER_AGENT_INVALID_FORMAT']],
  ])('%j (expected %j) → %j', (value, expected, codes) => {
    expect(checkUserAgent(value, expected).map((i) => i.code)).toEqual(codes);
  });

  it('gives the corrected string for the legacy prefix', () => {
    expect(checkUserAgent('MdatpPartner-Contoso-ContosoCognito/1.0.0')[0]?.args?.suggestion).toBe(ok);
  });

  it.each([
    ['mdepartner-A-B/1', 'prefix-case', /case-sensitive/],
    ['MdePartner-A/1', 'one-name', /found one/],
    ['MdePartner-A-B', 'version-missing', /Version/],
    ['MdePartner-A-B C/1', 'space-in-name', /names cannot contain spaces/],
    ['MdePartner-A-B/1 (x', 'rest-comment-unclosed', /not closed/],
    ['MdePartner-A-B/1 ', 'rest-trailing-space', /ends with white space/],
    ['MdePartner-A-B/1 "q"', 'rest-not-product', /"\\"q\\"" after the partner product is neither a product/],
    ['MdePartner-A-B/', 'version-empty', /the version after "\/" is empty/],
    ['MdePartner-A-B/1;2', 'version-not-token', /the version "1;2" is not an HTTP token/],
  ])('says why %j is not of the form: a reason id, worded by the catalog', (value, reason, said) => {
    const [issue] = checkUserAgent(value);
    expect(issue?.args?.reason).toBe(reason);
    expect(words.USER_AGENT_INVALID_FORMAT.message(issue!.args!)).toMatch(said);
  });

  it('keeps the partner product apart from what follows it', () => {
    const [issue] = checkUserAgent('MdePartner-A-B/1 (Linux) curl/8');
    expect(issue?.args).toMatchObject({ first: '"MdePartner-A-B/1"', rest: '"(Linux) curl/8"' });
    expect(checkUserAgent('MdePartner-A-B-C/1')[0]?.args).toMatchObject({ parts: 3 });
  });

  it('shows both values on a mismatch', () => {
    const [issue] = checkUserAgent(ok, 'MdePartner-Contoso-ContosoCognito/2.0.0');
    expect(issue?.args).toMatchObject({ value: `"${ok}"`, derived: '"MdePartner-Contoso-ContosoCognito/2.0.0"' });
  });

  it('derive → check always passes for derivable names', () => {
    for (const [company, product, version] of [['Contoso', 'Cognito', '1.0.0'], ['Société Générale', 'Défense+', '2024.1'], ['a b c', 'Add-On Pro', 'v3.1-rc.1']] as const) {
      const derived = deriveUserAgent({ companyName: company, productName: product, productVersion: version });
      expect(checkUserAgent(derived.userAgent!, derived.userAgent)).toEqual([]);
    }
  });
});

describe('checkProductVersion', () => {
  it.each([
    ['1.0.0', []],
    ['1.0', []],
    ['2024.3', []],
    ['v2.1.0', []],
    ['1.0.0-beta.2+build.5', []],
    ['1', ['PRODUCT_VERSION_NOT_SEMVER']],
    ['latest', ['PRODUCT_VERSION_NOT_SEMVER']],
    ['1.0 beta', ['PRODUCT_VERSION_INVALID']],
    ['1.0/2', ['PRODUCT_VERSION_INVALID']],
    ['', ['PRODUCT_VERSION_INVALID']],
    ['１.０', ['PRODUCT_VERSION_INVALID']],
  ])('%j → %j', (version, codes) => {
    expect(checkProductVersion(version).map((i) => i.code)).toEqual(codes);
  });
});
