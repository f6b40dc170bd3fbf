import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateListing, validateListingText } from '../../src/listing/validate.js';
import { InputError } from '../../src/errors.js';

const exampleDir = resolve(__dirname, '../../examples/valid');
/** A logo that passes the static checks but not the rendered ones (relative to exampleDir). */
const TINY_LOGO = '../../test/fixtures/svg/render/tiny-corner.svg';
const valid = {
  companyName: 'Contoso',
  productName: 'Contoso Cognito',
  productVersion: '1.0.0',
  description: 'Contoso Cognito correlates Defender alerts with identity risk to stop account takeover within minutes, automatically.',
  logo: 'logo.svg',
  landingPage: 'https://contoso.example.com/defender',
  multiTenant: true,
  entraAppName: 'Contoso Cognito for Microsoft Defender',
  userAgent: 'MdePartner-Contoso-ContosoCognito/1.0.0',
};

type Change = Record<string, unknown>;
const DELETE = Symbol('delete');

async function check(change: Change | ((listing: Record<string, unknown>) => Record<string, unknown>)) {
  const listing: Record<string, unknown> = typeof change === 'function' ? change({ ...valid }) : { ...valid };
  if (typeof change !== 'function') {
    for (const [key, value] of Object.entries(change)) {
      if (value === DELETE) delete listing[key];
      else listing[key] = value;
    }
  }
  return validateListingText(JSON.stringify(listing, null, 2), { baseDir: exampleDir, displayRoot: exampleDir });
}

const summary = (result: Awaited<ReturnType<typeof check>>) => result.findings.map((f) => ({ code: f.code, field: f.field }));

describe('a valid listing', () => {
  it('has no findings', async () => {
    const result = await check({});
    expect(result.findings).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.userAgent).toBe(valid.userAgent);
  });

  it('derives the User-Agent when it is absent', async () => {
    const result = await check({ userAgent: DELETE });
    expect(result.findings).toEqual([]);
    expect(result.userAgent).toBe('MdePartner-Contoso-ContosoCognito/1.0.0');
  });

  it('accepts $schema, categories, scenarios and rules', async () => {
    const result = await check({
      $schema: 'https://example.com/schema.json',
      categories: ['threat-intelligence', 'cross-platform'],
      scenarios: ['soar-integration'],
      rules: { SVG_TEXT: 'error', DESCRIPTION_TOO_SHORT: 'off' },
    });
    expect(result.findings).toEqual([]);
  });
});

describe('one change from a valid listing', () => {
  it.each<[string, Change, Array<{ code: string; field?: string }>]>([
    ['company missing', { companyName: DELETE }, [{ code: 'LISTING_FIELD_MISSING', field: '/companyName' }]],
    ['company empty', { companyName: '  ' }, [{ code: 'COMPANY_NAME_EMPTY', field: '/companyName' }]],
    ['company with control char', { companyName: 'Con\u001btoso' }, [{ code: 'COMPANY_NAME_CONTROL_CHARACTER', field: '/companyName' }, { code: 'USER_AGENT_MISMATCH', field: '/userAgent' }]],
    ['company untrimmed', { companyName: ' Contoso ' }, [{ code: 'COMPANY_NAME_WHITESPACE', field: '/companyName' }]],
    ['company is a number', { companyName: 42 }, [{ code: 'LISTING_FIELD_TYPE', field: '/companyName' }]],
    ['product empty', { productName: '' }, [{ code: 'PRODUCT_NAME_EMPTY', field: '/productName' }]],
    ['product too long', { productName: 'A'.repeat(101), userAgent: DELETE }, [{ code: 'PRODUCT_NAME_TOO_LONG', field: '/productName' }]],
    ['product with tab', { productName: 'Contoso\tCognito' }, [{ code: 'PRODUCT_NAME_CONTROL_CHARACTER', field: '/productName' }]],
    ['product untrimmed', { productName: 'Contoso Cognito ' }, [{ code: 'PRODUCT_NAME_WHITESPACE', field: '/productName' }]],
    ['version not a token', { productVersion: '1.0 beta', userAgent: DELETE }, [{ code: 'PRODUCT_VERSION_INVALID', field: '/productVersion' }]],
    ['version not semver', { productVersion: 'latest', userAgent: 'MdePartner-Contoso-ContosoCognito/latest' }, [{ code: 'PRODUCT_VERSION_NOT_SEMVER', field: '/productVersion' }]],
    ['description 22 words', { description: `${valid.description} one two three four five six seven` }, [{ code: 'DESCRIPTION_TOO_LONG', field: '/description' }]],
    ['description 3 words', { description: 'Stops account takeover.' }, [{ code: 'DESCRIPTION_TOO_SHORT', field: '/description' }]],
    ['description missing', { description: DELETE }, [{ code: 'LISTING_FIELD_MISSING', field: '/description' }]],
    ['logo missing file', { logo: 'nope.svg' }, [{ code: 'LOGO_NOT_FOUND', field: '/logo' }]],
    ['logo is a folder', { logo: '.' }, [{ code: 'LOGO_NOT_FOUND', field: '/logo' }]],
    ['landing page http', { landingPage: 'http://contoso.example.com/' }, [{ code: 'LANDING_PAGE_NOT_HTTPS', field: '/landingPage' }]],
    ['landing page not a URL', { landingPage: 'contoso' }, [{ code: 'LANDING_PAGE_INVALID_URL', field: '/landingPage' }]],
    ['landing page credentials', { landingPage: 'https://a:b@contoso.com/' }, [{ code: 'LANDING_PAGE_CREDENTIALS', field: '/landingPage' }]],
    ['landing page private', { landingPage: 'https://192.168.0.10/' }, [{ code: 'LANDING_PAGE_NOT_PUBLIC', field: '/landingPage' }]],
    ['multiTenant as string', { multiTenant: 'yes' }, [{ code: 'LISTING_FIELD_TYPE', field: '/multiTenant' }]],
    ['entra name missing', { entraAppName: DELETE }, [{ code: 'ENTRA_APP_NAME_REQUIRED', field: '/multiTenant' }]],
    ['entra name empty', { entraAppName: '' }, [{ code: 'ENTRA_APP_NAME_REQUIRED', field: '/entraAppName' }]],
    ['entra name 257 chars', { entraAppName: 'x'.repeat(257) }, [{ code: 'ENTRA_APP_NAME_TOO_LONG', field: '/entraAppName' }]],
    ['entra name 256 chars', { entraAppName: 'x'.repeat(256) }, []],
    ['entra name with newline', { entraAppName: 'Contoso\nApp' }, [{ code: 'ENTRA_APP_NAME_CONTROL_CHARACTER', field: '/entraAppName' }]],
    ['single tenant with name', { multiTenant: false }, [{ code: 'ENTRA_APP_NAME_UNUSED', field: '/entraAppName' }]],
    ['single tenant without name', { multiTenant: false, entraAppName: DELETE }, []],
    ['UA legacy', { userAgent: 'MdatpPartner-Contoso-ContosoCognito/1.0.0' }, [{ code: 'USER_AGENT_LEGACY_PREFIX', field: '/userAgent' }]],
    ['UA with spaces', { userAgent: 'Contoso Cognito 1.0' }, [{ code: 'USER_AGENT_INVALID_FORMAT', field: '/userAgent' }]],
    ['UA with a comment after the partner product', { userAgent: 'MdePartner-Contoso-ContosoCognito/1.0.0 (Linux)' }, [{ code: 'USER_AGENT_EXTRA_PRODUCTS', field: '/userAgent' }]],
    ['UA header injection', { userAgent: 'MdePartner-Contoso-ContosoCognito/1.0.0\r\nX: y' }, [{ code: 'USER_AGENT_FORBIDDEN_CHARACTERS', field: '/userAgent' }]],
    ['UA bad format', { userAgent: 'MdePartner-ContosoCognito/1.0.0' }, [{ code: 'USER_AGENT_INVALID_FORMAT', field: '/userAgent' }]],
    ['UA stale version', { userAgent: 'MdePartner-Contoso-ContosoCognito/0.9.0' }, [{ code: 'USER_AGENT_MISMATCH', field: '/userAgent' }]],
    ['UA underivable', { companyName: 'コントソ', userAgent: DELETE }, [{ code: 'USER_AGENT_UNDERIVABLE', field: '/companyName' }]],
    ['UA given, names underivable', { companyName: 'コントソ' }, []],
    ['unknown field', { descripton: 'typo' }, [{ code: 'LISTING_FIELD_UNKNOWN', field: '/descripton' }]],
    ['unknown category', { categories: ['antivirus'] }, [{ code: 'LISTING_VALUE_NOT_ALLOWED', field: '/categories/0' }]],
    ['duplicate category', { categories: ['cross-platform', 'cross-platform'] }, [{ code: 'LISTING_VALUE_INVALID', field: '/categories' }]],
    ['unknown scenario', { scenarios: ['edr'] }, [{ code: 'LISTING_VALUE_NOT_ALLOWED', field: '/scenarios/0' }]],
    ['categories not an array', { categories: 'cross-platform' }, [{ code: 'LISTING_FIELD_TYPE', field: '/categories' }]],
    ['rule with unknown code', { rules: { SVG_TEXTS: 'off' } }, [{ code: 'LISTING_RULE_UNKNOWN', field: '/rules/SVG_TEXTS' }]],
    ['rule with bad level', { rules: { SVG_TEXT: 'ignore' } }, [{ code: 'LISTING_VALUE_NOT_ALLOWED', field: '/rules/SVG_TEXT' }]],
    ['rule relaxing a locked code', { rules: { SVG_SCRIPT: 'off' } }, [{ code: 'LISTING_RULE_LOCKED', field: '/rules/SVG_SCRIPT' }]],
    ['rule raising a warning', { description: 'Too short.', rules: { DESCRIPTION_TOO_SHORT: 'error' } }, [{ code: 'DESCRIPTION_TOO_SHORT', field: '/description' }]],
    ['rule turning a warning off', { description: 'Too short.', rules: { DESCRIPTION_TOO_SHORT: 'off' } }, []],
    ['rule turning an error into a warning', { landingPage: 'http://contoso.example.com/', rules: { LANDING_PAGE_NOT_HTTPS: 'warn' } }, [{ code: 'LANDING_PAGE_NOT_HTTPS', field: '/landingPage' }]],
    ['rendered: a tiny logo in a corner', { logo: TINY_LOGO }, [{ code: 'SVG_OCCUPANCY_LOW', field: undefined }, { code: 'SVG_NOT_CENTRED', field: undefined }]],
    ['rendered: thresholds changed in rules', { logo: TINY_LOGO, rules: { SVG_OCCUPANCY_LOW: { threshold: 0.1 }, SVG_NOT_CENTRED: { threshold: 0.45 } } }, []],
    ['rendered: a rule object with a level', { logo: TINY_LOGO, rules: { SVG_OCCUPANCY_LOW: { level: 'off' } } }, [{ code: 'SVG_NOT_CENTRED', field: undefined }]],
    ['threshold out of range', { rules: { SVG_OCCUPANCY_LOW: { threshold: 2 } } }, [{ code: 'LISTING_RULE_THRESHOLD_INVALID', field: '/rules/SVG_OCCUPANCY_LOW/threshold' }]],
    ['threshold below 1 for an aspect ratio', { rules: { SVG_CONTENT_NOT_SQUARE: { threshold: 0.5 } } }, [{ code: 'LISTING_RULE_THRESHOLD_INVALID', field: '/rules/SVG_CONTENT_NOT_SQUARE/threshold' }]],
    ['threshold on a code without one', { rules: { SVG_TEXT: { threshold: 1 } } }, [{ code: 'LISTING_RULE_THRESHOLD_INVALID', field: '/rules/SVG_TEXT/threshold' }]],
    ['rule object relaxing a locked code', { rules: { SVG_RENDER_TIMEOUT: { level: 'warn' } } }, [{ code: 'LISTING_RULE_LOCKED', field: '/rules/SVG_RENDER_TIMEOUT/level' }]],
    ['rule object with an unknown key', { rules: { SVG_TEXT: { lvl: 'off' } } }, [{ code: 'LISTING_FIELD_UNKNOWN', field: '/rules/SVG_TEXT/lvl' }]],
    ['rule object with a bad level', { rules: { SVG_TEXT: { level: 'ignore' } } }, [{ code: 'LISTING_VALUE_NOT_ALLOWED', field: '/rules/SVG_TEXT/level' }]],
    ['threshold that is not a number', { rules: { SVG_OCCUPANCY_LOW: { threshold: '0.4' } } }, [{ code: 'LISTING_FIELD_TYPE', field: '/rules/SVG_OCCUPANCY_LOW/threshold' }]],
    ['rule that is neither a level nor an object', { rules: { SVG_TEXT: 1 } }, [{ code: 'LISTING_FIELD_TYPE', field: '/rules/SVG_TEXT' }]],
  ])('%s', async (_name, change, expected) => {
    expect(summary(await check(change))).toEqual(expected);
  });

  it('applies overridden severities', async () => {
    const raised = await check({ description: 'Too short.', rules: { DESCRIPTION_TOO_SHORT: 'error' } });
    expect(raised.findings[0]?.severity).toBe('error');
    expect(raised.ok).toBe(false);
    const lowered = await check({ landingPage: 'http://contoso.example.com/', rules: { LANDING_PAGE_NOT_HTTPS: 'warn' } });
    expect(lowered.findings[0]?.severity).toBe('warning');
    expect(lowered.ok).toBe(true);
    const locked = await check({ logo: 'nope.svg', rules: { LOGO_NOT_FOUND: 'off' } });
    expect(locked.findings.map((f) => [f.code, f.severity])).toEqual([['LOGO_NOT_FOUND', 'error'], ['LISTING_RULE_LOCKED', 'error']]);
  });
});

describe('rendered checks in a listing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mde-listing-render-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('draw a logo whose static errors the listing\'s rules made warnings, and not otherwise', async () => {
    writeFileSync(join(dir, 'animated.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect x="8" y="8" width="40" height="40"><animate attributeName="x" to="20" dur="1s"/></rect></svg>');
    const listing = (rules: object) => JSON.stringify({ ...valid, logo: 'animated.svg', rules });
    const strict = await validateListingText(listing({}), { baseDir: dir, displayRoot: dir });
    expect(summary(strict)).toEqual([{ code: 'SVG_ANIMATION', field: undefined }]);
    const relaxed = await validateListingText(listing({ SVG_ANIMATION: 'warn' }), { baseDir: dir, displayRoot: dir });
    expect(summary(relaxed)).toEqual([{ code: 'SVG_ANIMATION', field: undefined }, { code: 'SVG_OCCUPANCY_LOW', field: undefined }, { code: 'SVG_NOT_CENTRED', field: undefined }]);
  });

  it('are skipped with render: false', async () => {
    const result = await validateListingText(JSON.stringify({ ...valid, logo: TINY_LOGO }), { baseDir: exampleDir, displayRoot: exampleDir, render: false });
    expect(result.findings).toEqual([]);
  });
});

describe('several problems at once', () => {
  it('reports every schema problem in one run', async () => {
    const result = await check(() => ({ companyName: 1, productName: true, logo: [], multiTenant: 'no', extra: 1, other: 2 }));
    expect(summary(result)).toEqual(expect.arrayContaining([
      { code: 'LISTING_FIELD_MISSING', field: '/productVersion' },
      { code: 'LISTING_FIELD_MISSING', field: '/description' },
      { code: 'LISTING_FIELD_MISSING', field: '/landingPage' },
      { code: 'LISTING_FIELD_TYPE', field: '/companyName' },
      { code: 'LISTING_FIELD_TYPE', field: '/productName' },
      { code: 'LISTING_FIELD_TYPE', field: '/logo' },
      { code: 'LISTING_FIELD_TYPE', field: '/multiTenant' },
      { code: 'LISTING_FIELD_UNKNOWN', field: '/extra' },
      { code: 'LISTING_FIELD_UNKNOWN', field: '/other' },
    ]));
    expect(result.findings.every((f) => f.severity === 'error')).toBe(true);
  });
});

describe('listing text that is not a listing', () => {
  const run = (text: string) => validateListingText(text, { baseDir: exampleDir });
  it.each([
    ['unclosed object', '{', 'LISTING_JSON_INVALID', 1],
    ['trailing comma', '{"companyName": "Contoso",}', 'LISTING_JSON_INVALID', 1],
    ['missing comma on line 3', '{\n  "a": 1\n  "b": 2\n}', 'LISTING_JSON_INVALID', 3],
    ['a comment', '// comment\n{}', 'LISTING_JSON_INVALID', 1],
    ['empty file', '', 'LISTING_JSON_INVALID', undefined],
    ['an array', '[]', 'LISTING_NOT_OBJECT', undefined],
    ['a string', '"text"', 'LISTING_NOT_OBJECT', undefined],
    ['null', 'null', 'LISTING_NOT_OBJECT', undefined],
    ['100,000 open brackets', '['.repeat(100_000), 'LISTING_TOO_DEEP', undefined],
    ['70-deep categories', `{"categories": ${'['.repeat(70)}${']'.repeat(70)}}`, 'LISTING_TOO_DEEP', undefined],
  ])('%s', async (_name, text, code, line) => {
    const result = await run(text);
    expect(result.findings.map((f) => f.code)).toEqual([code]);
    if (line !== undefined) expect(result.findings[0]?.line).toBe(line);
    expect(result.ok).toBe(false);
  });

  it('places field findings on the line of the field', async () => {
    const text = `{\n  "companyName": "Contoso",\n  "productName": "Contoso Cognito",\n  "productVersion": "1.0.0",\n  "description": "Too short.",\n  "logo": "logo.svg",\n  "landingPage": "https://contoso.example.com/",\n  "multiTenant": false\n}`;
    const result = await run(text);
    expect(result.findings.map((f) => [f.code, f.line, f.column])).toEqual([['DESCRIPTION_TOO_SHORT', 5, 3]]);
  });

  it('accepts a UTF-8 BOM', async () => {
    const result = await run(`\ufeff${JSON.stringify(valid)}`);
    expect(result.findings).toEqual([]);
  });
});

describe('validateListing on files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mde-listing-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('throws InputError for a missing file', async () => {
    await expect(validateListing(join(dir, 'missing.json'))).rejects.toBeInstanceOf(InputError);
  });

  it('refuses a listing over the size limit without parsing it', async () => {
    const path = join(dir, 'huge.json');
    writeFileSync(path, `{"description": "${'a'.repeat(1024 * 1024 + 10)}"}`);
    const result = await validateListing(path);
    expect(result.findings.map((f) => f.code)).toEqual(['LISTING_TOO_LARGE']);
  });

  it('resolves the logo relative to the listing file', async () => {
    const path = join(dir, 'mde-partner.json');
    writeFileSync(path, JSON.stringify({ ...valid, logo: join(exampleDir, 'logo.svg') }));
    expect((await validateListing(path)).findings).toEqual([]);
    writeFileSync(path, JSON.stringify(valid));
    expect((await validateListing(path)).findings.map((f) => f.code)).toEqual(['LOGO_NOT_FOUND']);
  });
});
