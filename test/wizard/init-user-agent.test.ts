import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInit, type InitOptions } from '../../src/commands/init.js';
import { copyExample } from '../cli/helpers.js';

/** `init` without a terminal on a copy of examples/valid, run in-process. */
let dir: string;
let stdout: string;
let stderr: string;
beforeEach(() => {
  dir = copyExample(mkdtempSync(join(tmpdir(), 'mde-init-ua-')));
  stdout = '';
  stderr = '';
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const listingFile = () => join(dir, 'mde-partner.json');
const listing = () => JSON.parse(readFileSync(listingFile(), 'utf8')) as Record<string, unknown>;
function edit(change: Record<string, unknown>): void {
  writeFileSync(listingFile(), JSON.stringify({ ...listing(), $schema: undefined, ...change }, null, 2));
}
function init(options: InitOptions): Promise<number> {
  const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {}, cwd: dir };
  return runInit(undefined, { bundle: false, render: false, ...options }, io, { interactive: false });
}

describe('init on an existing listing keeps its User-Agent true', () => {
  it.each([
    ['a derived User-Agent follows a new version', {}, { productVersion: '3.5', yes: true }, 'MdePartner-Contoso-ContosoCognito/3.5'],
    ['… without --yes too (it was derived, not chosen)', {}, { productVersion: '3.5' }, 'MdePartner-Contoso-ContosoCognito/3.5'],
    ['a derived User-Agent follows a new product name', {}, { product: 'Contoso Sentinel' }, 'MdePartner-Contoso-ContosoSentinel/1.0.0'],
    ['a typed one is kept', { userAgent: 'MdePartner-Contoso-Cognito/1.0.0' }, { productVersion: '3.5' }, 'MdePartner-Contoso-Cognito/1.0.0'],
    ['a flag wins', {}, { productVersion: '3.5', userAgent: 'MdePartner-Contoso-ContosoCognito/3.5' }, 'MdePartner-Contoso-ContosoCognito/3.5'],
  ])('%s', async (_, before, options, expected) => {
    edit(before);
    expect(await init(options)).toBe(0);
    expect(listing().userAgent).toBe(expected);
    expect(listing().productVersion).toBe((options as InitOptions).productVersion ?? '1.0.0');
  });

  it('says before writing that a typed User-Agent now differs from the derived one', async () => {
    edit({ userAgent: 'MdePartner-Contoso-ContosoCognito/1.0.0', productVersion: '0.9.0' });
    expect(await init({ productVersion: '3.5', userAgent: 'MdePartner-Contoso-ContosoCognito/1.0.0' })).toBe(0);
    expect(stdout).toMatch(/1 warning \(validate --strict fails on it; init --strict writes nothing while there is one\):\n  warning USER_AGENT_MISMATCH/);
    expect(stdout).toContain('MdePartner-Contoso-ContosoCognito/3.5');
  });

  it('with --strict, writes nothing while a warning stands (as validate --strict would fail)', async () => {
    edit({ userAgent: 'MdePartner-Contoso-Cognito/1.0.0' });
    const before = readFileSync(listingFile(), 'utf8');
    expect(await init({ productVersion: '3.5', strict: true })).toBe(1);
    expect(readFileSync(listingFile(), 'utf8')).toBe(before);
    expect(stdout).toMatch(/warning USER_AGENT_MISMATCH/);
    expect(stderr).toMatch(/nothing written: the answers above do not pass validation with --strict/);
  });

  it('with --strict and no warnings, writes as usual', async () => {
    expect(await init({ productVersion: '3.5', strict: true })).toBe(0);
    expect(listing().userAgent).toBe('MdePartner-Contoso-ContosoCognito/3.5');
    expect(stdout).not.toMatch(/warning/);
  });
});
