import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkEntraManifestText, entraManifestFormat } from '../../src/checks/entra-manifest.js';
import { checkEntraManifestFile } from '../../src/edge/entra-manifest.js';
import { validateListingText } from '../../src/listing/validate.js';
import { loadCodeMessages } from '../../src/messages/codes.js';

/** The English words of the codes (the tests read what English says). */
const { codes: words } = await loadCodeMessages('en');

const FIXTURES = resolve(__dirname, '../fixtures/entra');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const parse = (name: string) => JSON.parse(read(name)) as Record<string, unknown>;
const APP_NAME = 'Contoso Cognito for Microsoft Defender';
const MDE = 'fc780465-2017-40d4-a0c5-307022471b92';
const context = { file: 'manifest.json', multiTenant: true, entraAppName: APP_NAME };

type Change = (manifest: Record<string, unknown>) => unknown;
const summary = (issues: Array<{ code: string; field?: string }>) => issues.map((issue) => issue.code);

async function check(fixture: string, change: Change = (m) => m, ctx: Partial<typeof context> = {}) {
  return checkEntraManifestText(JSON.stringify(change(parse(fixture)), null, 2), { ...context, ...ctx });
}

const set = (key: string, value: unknown): Change => (m) => ({ ...m, [key]: value });
const without = (...keys: string[]): Change => (m) => Object.fromEntries(Object.entries(m).filter(([key]) => !keys.includes(key)));

describe('the exported manifests as they are', () => {
  it.each([
    ['graph-manifest.json', 'Microsoft Graph'],
    ['legacy-manifest.json', 'Azure AD Graph'],
    ['legacy-available-to-other-tenants.json', 'Azure AD Graph'],
  ])('%s (%s format) passes', async (fixture, format) => {
    expect(entraManifestFormat(parse(fixture))).toBe(format);
    expect(await checkEntraManifestFile(join(FIXTURES, fixture), context)).toEqual([]);
  });
});

describe('one change from a valid Microsoft Graph manifest', () => {
  it.each<[string, Change, Partial<typeof context>, string[]]>([
    ['single tenant', set('signInAudience', 'AzureADMyOrg'), {}, ['ENTRA_MANIFEST_NOT_MULTI_TENANT']],
    ['personal accounts only', set('signInAudience', 'PersonalMicrosoftAccount'), {}, ['ENTRA_MANIFEST_NOT_MULTI_TENANT']],
    ['a typo in the audience', set('signInAudience', 'AzureADMultipleOrg'), {}, ['ENTRA_MANIFEST_NOT_MULTI_TENANT']],
    ['organizations and personal accounts count as multi-tenant', set('signInAudience', 'AzureADandPersonalMicrosoftAccount'), {}, []],
    ['the audience in another case', set('signInAudience', 'azureadmultipleorgs'), {}, []],
    ['no audience', without('signInAudience'), {}, ['ENTRA_MANIFEST_NOT_MULTI_TENANT']],
    ['single tenant, and the listing says so', set('signInAudience', 'AzureADMyOrg'), { multiTenant: false }, []],
    ['another display name', set('displayName', 'Contoso Cognito'), {}, ['ENTRA_MANIFEST_NAME_MISMATCH']],
    ['the display name in another case', set('displayName', APP_NAME.toLowerCase()), {}, ['ENTRA_MANIFEST_NAME_MISMATCH']],
    ['the display name with spaces around it', set('displayName', ` ${APP_NAME} `), {}, []],
    ['another name, listing single-tenant', set('displayName', 'Other'), { multiTenant: false }, []],
    ['another name, listing without entraAppName', set('displayName', 'Other'), { entraAppName: undefined }, []],
    ['single tenant and another name', (m) => ({ ...m, signInAudience: 'AzureADMyOrg', displayName: 'Other' }), {}, ['ENTRA_MANIFEST_NOT_MULTI_TENANT', 'ENTRA_MANIFEST_NAME_MISMATCH']],
    ['no WindowsDefenderATP entry', (m) => ({ ...m, requiredResourceAccess: (m.requiredResourceAccess as unknown[]).slice(1) }), {}, ['ENTRA_MANIFEST_NO_MDE_PERMISSIONS']],
    ['WindowsDefenderATP without permissions', set('requiredResourceAccess', [{ resourceAppId: MDE, resourceAccess: [] }]), {}, ['ENTRA_MANIFEST_NO_MDE_PERMISSIONS']],
    ['WindowsDefenderATP id in capitals', set('requiredResourceAccess', [{ resourceAppId: MDE.toUpperCase(), resourceAccess: [{ id: 'x', type: 'Role' }] }]), {}, []],
    ['no requiredResourceAccess', without('requiredResourceAccess'), {}, ['ENTRA_MANIFEST_NO_MDE_PERMISSIONS']],
    ['no permissions, single-tenant listing', set('requiredResourceAccess', []), { multiTenant: false }, ['ENTRA_MANIFEST_NO_MDE_PERMISSIONS']],
    ['displayName is a number', set('displayName', 42), {}, ['ENTRA_MANIFEST_INVALID']],
    ['signInAudience is an array', set('signInAudience', ['AzureADMultipleOrgs']), {}, ['ENTRA_MANIFEST_INVALID']],
    ['requiredResourceAccess is an object', set('requiredResourceAccess', { resourceAppId: MDE }), {}, ['ENTRA_MANIFEST_INVALID']],
    ['an entry is a string', set('requiredResourceAccess', [MDE]), {}, ['ENTRA_MANIFEST_INVALID']],
    ['an entry without resourceAppId', set('requiredResourceAccess', [{ resourceAccess: [] }]), {}, ['ENTRA_MANIFEST_INVALID']],
    ['an entry whose resourceAccess is not an array', set('requiredResourceAccess', [{ resourceAppId: MDE, resourceAccess: 'Role' }]), {}, ['ENTRA_MANIFEST_INVALID']],
    ['neither format', without('displayName'), {}, ['ENTRA_MANIFEST_INVALID']],
    ['an array', (m) => [m], {}, ['ENTRA_MANIFEST_INVALID']],
    ['a string', () => 'manifest', {}, ['ENTRA_MANIFEST_INVALID']],
  ])('%s', async (_name, change, ctx, expected) => {
    const issues = await check('graph-manifest.json', change, ctx);
    expect(summary(issues)).toEqual(expected);
    for (const issue of issues) expect(issue).toMatchObject({ field: '/entraManifest', file: 'manifest.json' });
  });
});

describe('one change from a valid Azure AD Graph manifest', () => {
  it.each<[string, string, Change, Partial<typeof context>, string[]]>([
    ['single tenant', 'legacy-manifest.json', set('signInAudience', 'AzureADMyOrg'), {}, ['ENTRA_MANIFEST_NOT_MULTI_TENANT']],
    ['another name', 'legacy-manifest.json', set('name', 'Contoso'), {}, ['ENTRA_MANIFEST_NAME_MISMATCH']],
    ['name is null', 'legacy-manifest.json', set('name', null), {}, ['ENTRA_MANIFEST_INVALID']],
    ['no WindowsDefenderATP entry', 'legacy-manifest.json', set('requiredResourceAccess', []), {}, ['ENTRA_MANIFEST_NO_MDE_PERMISSIONS']],
    ['availableToOtherTenants false', 'legacy-available-to-other-tenants.json', set('availableToOtherTenants', false), {}, ['ENTRA_MANIFEST_NOT_MULTI_TENANT']],
    ['availableToOtherTenants false, single-tenant listing', 'legacy-available-to-other-tenants.json', set('availableToOtherTenants', false), { multiTenant: false }, []],
    ['availableToOtherTenants as a string', 'legacy-available-to-other-tenants.json', set('availableToOtherTenants', 'true'), {}, ['ENTRA_MANIFEST_INVALID']],
    ['signInAudience wins over availableToOtherTenants', 'legacy-available-to-other-tenants.json', set('signInAudience', 'AzureADMyOrg'), {}, ['ENTRA_MANIFEST_NOT_MULTI_TENANT']],
    ['neither signInAudience nor availableToOtherTenants', 'legacy-manifest.json', without('signInAudience'), {}, ['ENTRA_MANIFEST_NOT_MULTI_TENANT']],
    ['displayName of the older export differs', 'legacy-available-to-other-tenants.json', set('displayName', 'Cognito'), {}, ['ENTRA_MANIFEST_NAME_MISMATCH']],
  ])('%s (%s)', async (_name, fixture, change, ctx, expected) => {
    expect(summary(await check(fixture, change, ctx))).toEqual(expected);
  });
});

describe('where the findings point', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mde-entra-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string | Buffer) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('at the line and column of the value, in the manifest file', async () => {
    const manifest = write('tabs.json', read('graph-manifest.json').replace('"AzureADMultipleOrgs"', '"AzureADMyOrg"').replace(`"${APP_NAME}"`, '"Cognito"'));
    const issues = await checkEntraManifestFile(manifest, { ...context, file: 'tabs.json' });
    expect(issues).toEqual([
      { code: 'ENTRA_MANIFEST_NOT_MULTI_TENANT', field: '/entraManifest', file: 'tabs.json', line: 18, column: 2, args: { path: 'tabs.json', reason: 'audience', audience: '"AzureADMyOrg"' } },
      { code: 'ENTRA_MANIFEST_NAME_MISMATCH', field: '/entraManifest', file: 'tabs.json', line: 8, column: 2, args: { path: 'tabs.json', key: 'displayName', manifestName: '"Cognito"', listingName: `"${APP_NAME}"` } },
    ]);
  });

  it('at the requiredResourceAccess of an Azure AD Graph manifest', async () => {
    const manifest = write('legacy.json', read('legacy-manifest.json').replace(MDE, '00000003-0000-0000-c000-000000000000'));
    const [issue] = await checkEntraManifestFile(manifest, { ...context, file: 'legacy.json' });
    expect(issue).toMatchObject({ code: 'ENTRA_MANIFEST_NO_MDE_PERMISSIONS', line: 47, column: 2 });
  });

  it('at a syntax error', async () => {
    const manifest = write('broken.json', read('legacy-available-to-other-tenants.json').replace('"appPermissions": null,', '"appPermissions": null'));
    const issues = await checkEntraManifestFile(manifest, { ...context, file: 'broken.json' });
    expect(issues).toMatchObject([{ code: 'ENTRA_MANIFEST_INVALID', file: 'broken.json', line: 4, column: 3 }]);
    expect(words.ENTRA_MANIFEST_INVALID.message(issues[0]!.args!)).toBe('Entra manifest broken.json is not valid JSON: a missing comma before this member or item.');
  });

  it('says what it expected and what it found when the format is neither', async () => {
    const manifest = write('listing.json', read('../../../examples/valid/mde-partner.json'));
    const [issue] = await checkEntraManifestFile(manifest, { ...context, file: 'listing.json' });
    expect(issue).toMatchObject({ code: 'ENTRA_MANIFEST_INVALID', line: 1, column: 1 });
    const message = words.ENTRA_MANIFEST_INVALID.message(issue!.args!);
    expect(message).toMatch(/expected an Entra app manifest: the Microsoft Graph format .*Azure AD Graph format/);
    expect(message).toMatch(/found an object with the keys "\$schema", "companyName", .* and \d+ more\./);
  });

  it('reads a UTF-16 manifest written by Windows PowerShell', async () => {
    const manifest = write('utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(read('graph-manifest.json'), 'utf16le')]));
    expect(await checkEntraManifestFile(manifest, context)).toEqual([]);
  });

  it('refuses a missing file, a folder and a device, pointing at the listing field', async () => {
    mkdirSync(join(dir, 'folder.json'));
    for (const [path, reason] of [[join(dir, 'nope.json'), 'missing'], [join(dir, 'folder.json'), 'folder'], ...(process.platform === 'win32' ? [] : [['/dev/zero', 'device']])] as const) {
      expect(await checkEntraManifestFile(path, { ...context, file: 'm.json' })).toEqual([{ code: 'ENTRA_MANIFEST_INVALID', field: '/entraManifest', args: { path: 'm.json', expected: 'file', reason } }]);
    }
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO without blocking on it', async () => {
    const fifo = join(dir, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    expect(await checkEntraManifestFile(fifo, { ...context, file: 'fifo.json' })).toEqual([{ code: 'ENTRA_MANIFEST_INVALID', field: '/entraManifest', args: { path: 'fifo.json', expected: 'file', reason: 'fifo' } }]);
    expect(words.ENTRA_MANIFEST_INVALID.message({ path: 'fifo.json', expected: 'file', reason: 'fifo' })).toBe('Entra manifest fifo.json is a named pipe (FIFO), not a regular file.');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses a file over the size cap before reading it', async () => {
    const manifest = write('huge.json', `{"displayName": "${'x'.repeat(1024 * 1024)}"}`);
    const issues = await checkEntraManifestFile(manifest, { ...context, file: 'huge.json' });
    expect(issues).toEqual([{ code: 'ENTRA_MANIFEST_INVALID', field: '/entraManifest', file: 'huge.json', args: { path: 'huge.json', expected: 'size', size: 1024 * 1024 + 19, limit: 1048576 } }]);
    expect(words.ENTRA_MANIFEST_INVALID.message(issues[0]!.args!)).toBe(`Entra manifest huge.json: expected at most 1048576 bytes; found ${1024 * 1024 + 19} bytes.`);
  });

  it('refuses deep nesting before parsing', async () => {
    const issues = await checkEntraManifestFile(write('deep.json', `{"displayName": "x", "a": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`), context);
    expect(issues).toMatchObject([{ code: 'ENTRA_MANIFEST_INVALID', args: { expected: 'depth', limit: 64 } }]);
    expect(words.ENTRA_MANIFEST_INVALID.message(issues[0]!.args!)).toMatch(/: expected at most 64 levels of nesting; found values nested deeper\.$/);
  });

});

describe('through the listing', () => {
  const listing = {
    companyName: 'Contoso',
    productName: 'Contoso Cognito',
    productVersion: '1.0.0',
    description: 'Contoso Cognito correlates Defender alerts with identity risk to stop account takeover within minutes, automatically.',
    logo: '../../../examples/valid/logo.svg',
    landingPage: 'https://contoso.example.com/defender',
    multiTenant: true,
    entraAppName: APP_NAME,
    entraManifest: 'graph-manifest.json',
  };
  const validate = (change: Record<string, unknown>) =>
    validateListingText(JSON.stringify({ ...listing, ...change }, null, 2), { baseDir: FIXTURES, displayRoot: FIXTURES, path: 'mde-partner.json' });

  it.each(['graph-manifest.json', 'legacy-manifest.json', 'legacy-available-to-other-tenants.json'])('%s matches the listing', async (entraManifest) => {
    expect((await validate({ entraManifest })).findings).toEqual([]);
  });

  it('reports a name mismatch on the manifest, showing both names', async () => {
    const result = await validate({ entraAppName: 'Contoso Cognito' });
    expect(result.findings).toEqual([{
      code: 'ENTRA_MANIFEST_NAME_MISMATCH',
      severity: 'error',
      field: '/entraManifest',
      file: 'graph-manifest.json',
      line: 8,
      column: 2,
      message: `entraAppName "Contoso Cognito" differs from the manifest's displayName "${APP_NAME}" (graph-manifest.json).`,
      hint: `Set entraAppName to "${APP_NAME}", or rename the app in Entra.`,
    }]);
    expect(result.ok).toBe(false);
  });

  it('reports a missing manifest on the listing line that names it', async () => {
    const result = await validate({ entraManifest: 'nope.json' });
    expect(result.findings).toMatchObject([{ code: 'ENTRA_MANIFEST_INVALID', field: '/entraManifest', file: 'mde-partner.json', line: 10, column: 3, message: 'Entra manifest nope.json does not exist.' }]);
  });

  it('reports a wrong type as a schema finding', async () => {
    const result = await validate({ entraManifest: 42 });
    expect(result.findings.map((f) => ({ code: f.code, field: f.field }))).toEqual([{ code: 'LISTING_FIELD_TYPE', field: '/entraManifest' }]);
  });

  it('does not let a rule turn the invalid-manifest error off', async () => {
    const result = await validate({ entraManifest: 'nope.json', rules: { ENTRA_MANIFEST_INVALID: 'off' } });
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([['ENTRA_MANIFEST_INVALID', 'error'], ['LISTING_RULE_LOCKED', 'error']]);
  });
});
