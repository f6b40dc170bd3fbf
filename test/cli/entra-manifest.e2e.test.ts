import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliInProcess, copyExample, repoRoot } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'mde-entra-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const fixture = (name: string) => readFileSync(join(repoRoot, 'test/fixtures/entra', name), 'utf8');
const run = (argv: string[], options: { cwd?: string } = {}) => cliInProcess(argv, options);

/** A listing folder: examples/valid plus an exported manifest (optionally edited). */
const listingDir = (name: string, manifest: string, listing: Record<string, unknown> = {}): string =>
  copyExample(join(work, name), { listing: { entraManifest: 'entra/app-manifest.json', ...listing }, files: { 'entra/app-manifest.json': manifest } });

describe('validate with entraManifest', () => {
  it('passes with the Microsoft Graph export and with the Azure AD Graph export', async () => {
    for (const name of ['graph-manifest.json', 'legacy-manifest.json']) {
      const result = await run(['validate', listingDir(`ok-${name}`, fixture(name))]);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/✔/);
      expect(result.code).toBe(0);
    }
  });

  it('fails a single-tenant manifest and points at its signInAudience line', async () => {
    const dir = listingDir('single', fixture('graph-manifest.json').replace('"AzureADMultipleOrgs"', '"AzureADMyOrg"'));
    const text = await run(['validate', dir], { cwd: work });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('ENTRA_MANIFEST_NOT_MULTI_TENANT');
    expect(text.stdout).toContain(`${join('single', 'entra', 'app-manifest.json')}:18:2`);
    expect(text.stdout).toContain('Entra manifest single/entra/app-manifest.json is not multi-tenant ("signInAudience": "AzureADMyOrg"), but the listing\'s multiTenant is true.');

    const json = JSON.parse((await run(['validate', dir, '--format', 'json'], { cwd: work })).stdout) as { listings: Array<{ findings: unknown[] }> };
    expect(json.listings[0]!.findings).toEqual([expect.objectContaining({
      code: 'ENTRA_MANIFEST_NOT_MULTI_TENANT', severity: 'error', field: '/entraManifest', file: 'single/entra/app-manifest.json', line: 18, column: 2,
    })]);
  });

  it('shows both names on a mismatch', async () => {
    const result = await run(['validate', listingDir('name', fixture('legacy-manifest.json'), { entraAppName: 'Contoso Cognito' })]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('entraAppName "Contoso Cognito" differs from the manifest\'s name "Contoso Cognito for Microsoft Defender"');
  });

  it('warns (exit 0; exit 1 with --strict) when the app asks for no WindowsDefenderATP permissions', async () => {
    const dir = listingDir('perms', fixture('graph-manifest.json').replace('fc780465-2017-40d4-a0c5-307022471b92', '00000003-0000-0000-c000-000000000000'));
    const result = await run(['validate', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ENTRA_MANIFEST_NO_MDE_PERMISSIONS');
    expect((await run(['validate', dir, '--strict'])).code).toBe(1);
  });

  it('reports a manifest that is not JSON as a finding, not an input error', async () => {
    const result = await run(['validate', listingDir('notjson', '<html>App registrations</html>')], { cwd: work });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/ENTRA_MANIFEST_INVALID.*notjson\/entra\/app-manifest\.json:1:1/s);
  });
});

describe('bundle with entraManifest', () => {
  it('cross-checks the manifest, keeps it out of the bundle, and the bundle verifies', async () => {
    const dir = listingDir('bundle', fixture('graph-manifest.json'));
    const out = join(dir, 'mde-submission');
    const result = await run(['bundle', dir, '--out', out]);
    expect(result.code).toBe(0);
    const listing = JSON.parse(readFileSync(join(out, 'listing.json'), 'utf8')) as Record<string, unknown>;
    expect(listing).not.toHaveProperty('entraManifest');
    expect(listing.entraAppName).toBe('Contoso Cognito for Microsoft Defender');
    expect(readdirSync(out)).not.toContain('app-manifest.json');
    expect(readdirSync(out)).not.toContain('entra');
    expect((await run(['verify', `${out}.zip`])).code).toBe(0);
  });

  it('writes nothing when the manifest contradicts the listing', async () => {
    const dir = listingDir('bundle-refused', fixture('graph-manifest.json').replace('"AzureADMultipleOrgs"', '"AzureADMyOrg"'));
    const out = join(dir, 'mde-submission');
    const result = await run(['bundle', dir, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('ENTRA_MANIFEST_NOT_MULTI_TENANT');
    expect(existsSync(out)).toBe(false);
  });
});
