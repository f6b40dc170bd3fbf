import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Args, Issue } from '../../src/checks/finding.js';
import { loadCodeMessages } from '../../src/messages/codes.js';

/** The English words of the codes (the tests read what English says). */
const { codes: words } = await loadCodeMessages('en');

/**
 * Checks hand the catalog codes and data, never sentences: that is what lets the catalog be
 * translated. Every issue that reaches the wording (toFindings, the one place that words issues) and
 * every issue a check returns here is collected while the checks run over the project's fixtures and
 * a table of bad inputs; each string argument must then be one of:
 * - quoted input, as `show()` gives it (starts with a double quote), or a list of such;
 * - a number, a percentage, numbers separated by spaces (a viewBox); the empty string (the document's JSON pointer);
 * - a token without white space: a code, an id, a field name, a JSON pointer, a path, a URL, an escaped character;
 * - a list of such tokens (the field names a listing allows);
 * - where the catalog declares the argument an id (`ids`), one of its ids;
 * - text written by another program (a parser's or the system's message), named in FOREIGN.
 * A string with white space that is none of these is a sentence written by a check.
 */
const seen: Issue[] = [];

vi.mock('../../src/report/findings.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/report/findings.js')>();
  return {
    ...actual,
    toFindings: (issues: readonly Issue[], ...rest: unknown[]) => {
      seen.push(...issues);
      return (actual.toFindings as (...a: unknown[]) => ReturnType<typeof actual.toFindings>)(issues, ...rest);
    },
  };
});

const { catalog } = await import('../../src/checks/catalog.js');
const { checkLandingPage } = await import('../../src/checks/landing-page.js');
const { checkLogoBytes } = await import('../../src/checks/logo/index.js');
const { checkLogoFile } = await import('../../src/edge/logo.js');
const { checkEntraManifestText } = await import('../../src/checks/entra-manifest.js');
const { checkEntraManifestFile } = await import('../../src/edge/entra-manifest.js');
const { checkProductVersion, checkUserAgent, deriveUserAgent } = await import('../../src/checks/user-agent.js');
const { checkRequestUserAgent, auditCapture } = await import('../../src/har/audit.js');
const { validateListing, validateListingText } = await import('../../src/listing/validate.js');
const { verifyBundle } = await import('../../src/bundle/verify.js');

/** Messages other programs write: a JSON, XML or zip parser's, the system's, the renderer's (src/edge/render.ts). */
const FOREIGN: Readonly<Partial<Record<keyof typeof catalog, readonly string[]>>> = {
  HAR_INVALID: ['detail'],
  SVG_XML_MALFORMED: ['detail'],
  BUNDLE_MANIFEST_INVALID: ['detail'],
  BUNDLE_ZIP_INVALID: ['detail'],
  BUNDLE_LOGO_NOT_OPTIMIZED: ['detail'],
  LANDING_PAGE_UNREACHABLE: ['detail'],
  SVG_RENDER_FAILED: ['detail'],
  SVG_RENDER_UNAVAILABLE: ['detail'],
};

const QUOTED = /^"/;
const NUMBER = /^[-+]?\d[\d.,]*%?$/;
/** Numbers separated by spaces: a viewBox. */
const NUMBERS = /^[-+]?\d[\d.]*( [-+]?\d[\d.]*)+$/;
const TOKEN = /^\S+$/;
const TOKEN_LIST = /^[^\s,]+(, [^\s,]+)+$/;

/** Why a string argument is not data, or undefined when it is. */
function notData(code: keyof typeof catalog, key: string, value: string): string | undefined {
  const ids = catalog[code].ids?.[key];
  if (ids) return ids.includes(value) ? undefined : `${code}.${key} = ${JSON.stringify(value)} is not one of the ids the catalog words (${ids.join(', ')})`;
  if (value === '' || QUOTED.test(value) || NUMBER.test(value) || NUMBERS.test(value) || TOKEN.test(value) || TOKEN_LIST.test(value) || FOREIGN[code]?.includes(key)) return undefined;
  return `${code}.${key} = ${JSON.stringify(value)} reads as words written by a check`;
}

function problems(issues: readonly Issue[]): string[] {
  return issues.flatMap(({ code, args }) => Object.entries(args ?? {}).flatMap(([key, value]) => {
    const problem = typeof value === 'string' ? notData(code, key, value) : undefined;
    return problem ? [problem] : [];
  }));
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'test/fixtures');
const dir = mkdtempSync(join(tmpdir(), 'args-are-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const VALID = JSON.parse(readFileSync(join(root, 'examples/valid/mde-partner.json'), 'utf8')) as Record<string, unknown>;

/** One change to the valid example listing per row: each field's bad values, and the schema's. */
const LISTINGS: ReadonlyArray<Record<string, unknown>> = [
  ...['mdepartner-A-B/1', 'Contoso/1', 'MdePartner-A/1', 'MdePartner-A-B', 'MdePartner-A-B C/1', 'MdePartner-A-B/1 (x', 'MdePartner-A-B/1 ',
    'MdePartner-A-B/1 "q"', 'MdePartner-A-B/', 'MdePartner-A-B/1;2', 'MdePartner--B/1', 'MdePartner-A;-B/1', 'MdePartner-A-B/1\r\nX: y',
    'MdePartner-A-B/1\u00e9', 'MdePartner-A-B/1\u0000', 'MdatpPartner-A-B/1', 'MdePartner-A-B-C/1', 'MdePartner-A-B/1 (Linux)', 'MdePartner-Other-Name/1.0.0']
    .map((userAgent) => ({ userAgent })),
  ...['', '1 0', 'v1/2', '1.0'].map((productVersion) => ({ productVersion })),
  ...['contoso.example', 'ftp://contoso.example/', 'http://contoso.example/', 'https://user:pw@contoso.example/', 'https://localhost/', 'https://intranet/',
    'https://portal.corp/', 'https://10.0.0.1/', 'https://[::ffff:127.0.0.1]/', 'https://[64:ff9b:1:7f00:1::]/', 'https://[4000::1]/', 'https://0x7f.1/']
    .map((landingPage) => ({ landingPage })),
  { companyName: ' Contoso ' }, { companyName: 'Con\u001btoso' }, { companyName: '' }, { companyName: '日本' }, { productName: 'x'.repeat(200) },
  { description: 'Too short.' }, { description: `${'word '.repeat(80)}` }, { entraAppName: 'x\u0007', multiTenant: true },
  { entraAppName: undefined, multiTenant: true }, { entraAppName: 'App', multiTenant: false },
  { companyName: 42 }, { multiTenant: 'yes' }, { categories: 'cross-platform' }, { categories: ['antivirus'] }, { categories: ['cross-platform', 'cross-platform'] },
  { rules: { SVG_TEXT: 'ignore' } }, { rules: { SVG_TEXT: 1 } }, { rules: { SVG_TEXT: {} } }, { rules: { NOPE: 'off' } }, { rules: { SVG_SCRIPT: 'off' } },
  { rules: { SVG_TEXT: { threshold: 0.5 } } }, { rules: { SVG_OCCUPANCY_LOW: { threshold: 2 } } }, { rules: { SVG_NOT_CENTRED: { threshold: 1 } } },
  { rules: { SVG_CONTENT_NOT_SQUARE: { threshold: 0.5 } } }, { descripton: 'typo' }, { onboarding: {} }, { onboarding: { license: { status: 'finished' } } },
  { onboarding: { pressRelease: { date: '2020-01-01' }, review: { date: '2025-13-40' } } },
  { entraManifest: 'nope.json', multiTenant: true, entraAppName: 'App' }, { logo: 'missing.svg' }, { logo: '.' },
];

const TEXTS = ['', '{', '{"a": 1,}', '// c\n{}', "{'a': 1}", '{a: 1}', '{"a": b}', '{"a": 1 "b": 2}', '{"a": "x', '{"a": [1', '\u201c', '[]', '"text"', 'null', '{} x',
  `${'['.repeat(200)}${']'.repeat(200)}`];

const MANIFESTS: ReadonlyArray<unknown> = [
  { displayName: 42 }, { displayName: 'App', signInAudience: ['x'] }, { displayName: 'App', requiredResourceAccess: {} }, { displayName: 'App', requiredResourceAccess: ['x'] },
  { displayName: 'App', requiredResourceAccess: [{ resourceAccess: [] }] }, { displayName: 'App', requiredResourceAccess: [{ resourceAppId: 'x', resourceAccess: 'Role' }] },
  { name: 'App', availableToOtherTenants: 'true' }, { name: 'App', availableToOtherTenants: false }, { displayName: 'App', signInAudience: 'AzureADMyOrg' },
  { displayName: 'App' }, { name: 'App' }, { displayName: 'Other', signInAudience: 'AzureADMultipleOrgs', requiredResourceAccess: [] },
  { displayName: 'App', signInAudience: 'AzureADMultipleOrgs', requiredResourceAccess: [{ resourceAppId: 'fc780465-2017-40d4-a0c5-307022471b92', resourceAccess: [] }] },
  {}, { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }, [], 'manifest',
];

describe('checks hand the catalog data, not sentences', () => {
  it('the listing checks, over the examples and one bad value of each field', async () => {
    for (const example of ['examples/broken/mde-partner.json', 'examples/valid/mde-partner.json']) {
      await validateListing(join(root, example), { render: false });
    }
    for (const change of LISTINGS) {
      await validateListingText(JSON.stringify({ ...VALID, ...change }), { baseDir: join(root, 'examples/valid'), render: false });
    }
    for (const text of TEXTS) await validateListingText(text, { baseDir: dir, render: false });
    expect(problems(seen)).toEqual([]);
  });

  it('the User-Agent and version checks, called directly', () => {
    const issues = [
      ...LISTINGS.flatMap((change) => (typeof change.userAgent === 'string' ? checkUserAgent(change.userAgent, 'MdePartner-A-B/1') : [])),
      ...['', '1 0', 'v1/2', '1.0', 'x'].flatMap(checkProductVersion),
      ...deriveUserAgent({ companyName: '日本', productName: 'ア', productVersion: '' }).issues,
    ];
    expect(issues.length).toBeGreaterThan(20);
    expect(problems(issues)).toEqual([]);
  });

  it('the landing-page checks', () => {
    const issues = LISTINGS.flatMap((change) => (typeof change.landingPage === 'string' ? checkLandingPage(change.landingPage) : []));
    expect(new Set(issues.map((issue) => issue.code)).size).toBeGreaterThanOrEqual(4);
    expect(problems(issues)).toEqual([]);
  });

  it('the logo checks, over test/fixtures/svg/bad and the rendered fixtures', async () => {
    const issues: Issue[] = [];
    for (const name of readdirSync(join(fixtures, 'svg/bad'))) {
      issues.push(...checkLogoBytes(readFileSync(join(fixtures, 'svg/bad', name)), { file: name }));
    }
    for (const bytes of [Buffer.from([0xff, 0xfe, 0x3c, 0x00]), Buffer.from([0xfe, 0xff, 0x00, 0x3c]), Buffer.from([0, 0, 0xfe, 0xff]), Buffer.from('hello'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), Buffer.from('<svg>\u0000</svg>'), Buffer.from([0x3c, 0xff, 0xfe])]) {
      issues.push(...checkLogoBytes(bytes, { file: 'x.svg' }));
    }
    for (const name of readdirSync(join(fixtures, 'svg/render'))) issues.push(...await checkLogoFile(join(fixtures, 'svg/render', name), { file: name }));
    issues.push(...await checkLogoFile(join(dir, 'missing.svg'), { file: 'missing.svg' }), ...await checkLogoFile(dir, { file: 'folder.svg' }));
    expect(new Set(issues.map((issue) => issue.code)).size).toBeGreaterThanOrEqual(40);
    expect(problems(issues)).toEqual([]);
  });

  it('the Entra manifest checks', async () => {
    const context = { file: 'm.json', multiTenant: true, entraAppName: 'App' };
    const issues: Issue[] = [];
    for (const manifest of MANIFESTS) issues.push(...await checkEntraManifestText(JSON.stringify(manifest), context));
    for (const text of TEXTS) issues.push(...await checkEntraManifestText(text, context));
    for (const name of readdirSync(join(fixtures, 'entra'))) issues.push(...await checkEntraManifestFile(join(fixtures, 'entra', name), context));
    issues.push(...await checkEntraManifestFile(join(dir, 'nope.json'), context), ...await checkEntraManifestFile(dir, context));
    expect(problems(issues)).toEqual([]);
  });

  it('ua audit, over test/fixtures/har, examples/capture.har and files that are not HAR', async () => {
    const hostile: Array<[string, Buffer | string]> = [
      ['gzip.har', gzipSync('{}')], ['zip.har', Buffer.from([0x50, 0x4b, 3, 4])], ['utf16.har', Buffer.from([0xff, 0xfe, 0x7b, 0])],
      ['deep.har', '['.repeat(200)], ['cut.har', '{"log": {"entries": ['], ['empty.har', ''], ['escape.har', '{"log": "\u0001"}'],
      ['relative.har', JSON.stringify({ log: { entries: [{ request: { method: 'GET', url: '/api/alerts', headers: [] } }] } })],
    ];
    const paths = [
      ...readdirSync(join(fixtures, 'har')).map((name) => join(fixtures, 'har', name)),
      join(root, 'examples/capture.har'), join(dir, 'nope.har'), dir,
      ...hostile.map(([name, content]) => {
        writeFileSync(join(dir, name), content);
        return join(dir, name);
      }),
    ];
    for (const path of paths) await auditCapture(path, 'MdePartner-Contoso-ContosoCognito/1.0.0', { file: 'capture.har' });
    const request = (...values: string[]) => ({ entry: 0, method: 'GET', url: 'https://api.securitycenter.microsoft.com/api/alerts', urlLine: 1, headersLine: 1,
      userAgents: values.map((value, i) => ({ header: i, value, truncated: false, line: 1 })), userAgentCount: values.length, corsRequestMethod: false });
    const direct = [[], [''], ['curl/8'], ['MdePartner-Contoso-ContosoCognito/0.9'], [' MdePartner-Contoso-ContosoCognito/1.0.0'], ['MdatpPartner-Contoso-ContosoCognito/1.0.0'],
      ['mdepartner-contoso-contosocognito/1.0.0'], ['MdePartner-Fabrikam-Sentinel/1.0.0'], ['python/3 MdePartner-A-B/2'], ['MdePartner-Contoso Cognito 1.0'], ['a', 'b']]
      .flatMap((values) => checkRequestUserAgent(request(...values), 'MdePartner-Contoso-ContosoCognito/1.0.0') ?? []);
    expect(problems([...seen, ...direct])).toEqual([]);
  });

  it('verify, over folders that are not bundles', async () => {
    const bundle = (name: string, files: Record<string, string>) => {
      const folder = join(dir, name);
      mkdirSync(folder, { recursive: true });
      for (const [file, content] of Object.entries(files)) writeFileSync(join(folder, file), content);
      return folder;
    };
    const manifest = (files: string[]) => JSON.stringify({ tool: { name: 'mde-partner' }, files: files.map((path) => ({ path, sha256: '0'.repeat(64) })) });
    for (const folder of [
      bundle('no-manifest', { 'listing.json': '{}' }),
      bundle('bad-manifest', { 'manifest.json': '{"files": 1}' }),
      bundle('broken-manifest', { 'manifest.json': '{' }),
      bundle('unsafe', { 'manifest.json': manifest(['../x', 'a\\b', '/abs', 'listing.json']), 'listing.json': JSON.stringify({ ...VALID, logo: '../logo.svg' }), 'extra.txt': '' }),
    ]) await verifyBundle(folder, 'bundle');
    expect(problems(seen)).toEqual([]);
  });
});

/** The other values an id is worded with: the id of the table it belongs to. */
const CONTEXT: Readonly<Record<string, Args>> = {
  'ENTRA_MANIFEST_INVALID reason': { expected: 'file' },
  'ENTRA_MANIFEST_INVALID foundType': { expected: 'object' },
  'ENTRA_MANIFEST_INVALID cause': { expected: 'json' },
  'HAR_INVALID cause': { reason: 'syntax' },
  'HAR_INVALID expected': { reason: 'type' },
  'HAR_INVALID foundType': { reason: 'type' },
  'LANDING_PAGE_NOT_PUBLIC form': { reason: 'embedded' },
  'LANDING_PAGE_NOT_PUBLIC range': { reason: 'range' },
  'LISTING_RULE_THRESHOLD_INVALID range': { name: 'SVG_OCCUPANCY_LOW' },
};

describe('the catalog has words for every id it declares', () => {
  const declared = Object.entries(catalog).flatMap(([code, info]) => Object.entries(info.ids ?? {}).flatMap(([key, ids]) => ids.map((id) => [code as keyof typeof catalog, key, id] as const)));
  const worded = (code: keyof typeof catalog, args: Args) => `${words[code].message(args)} ${words[code].hint?.(args) ?? ''}`;

  it.each(declared)('%s %s=%s', (code, key, id) => {
    const context = CONTEXT[`${code} ${key}`] ?? {};
    // An id the table does not know is shown as it is: a known one must be worded otherwise.
    expect(worded(code, { ...context, [key]: id })).not.toBe(worded(code, { ...context, [key]: 'no-such-id' }));
  });
});
