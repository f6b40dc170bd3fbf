import { screen } from '@inquirer/testing/vitest';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInit } from '../../src/commands/init.js';

const logo = resolve(__dirname, '../../examples/valid/logo.svg');
let dir: string;
let out: string[];
const io = () => ({
  stdin: { isTTY: true },
  stdout: { write: (s: string) => out.push(s), isTTY: true },
  stderr: { write: (s: string) => out.push(s), isTTY: false },
  env: {},
  cwd: dir,
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mde-wizard-'));
  copyFileSync(logo, join(dir, 'logo.svg'));
  out = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Waits for the screen that shows `expected`. An answer that is checked asynchronously (the logo is
 * read and drawn) shows a spinner first, for longer on a busy machine: its frames are skipped.
 */
async function waitFor(expected: string | RegExp) {
  const shows = () => (typeof expected === 'string' ? screen.getScreen().includes(expected) : expected.test(screen.getScreen()));
  await screen.next();
  for (let frame = 0; frame < 200 && !shows() && /^[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/.test(screen.getScreen()); frame++) await screen.next();
  if (process.env.DEBUG_WIZARD) console.log(JSON.stringify(screen.getScreen()));
  expect(screen.getScreen()).toMatch(expected);
}

async function answer(expected: string | RegExp, keys: string | string[]) {
  await waitFor(expected);
  for (const key of Array.isArray(keys) ? keys : [keys]) {
    if (key === 'enter' || key === 'space' || key === 'down') screen.keypress(key);
    else screen.type(key);
  }
  if (!Array.isArray(keys) || keys.at(-1) !== 'enter') screen.keypress('enter');
}

describe('init with Inquirer prompts', () => {
  it('asks every question, shows the live word count, re-prompts on an invalid answer, and writes the listing', async () => {
    const done = runInit(undefined, { bundle: false }, io(), { interactive: true });
    await screen.next();
    expect(screen.getScreen()).toContain('Company name');
    screen.type('Contoso');
    screen.keypress('enter');
    await answer('Product name', 'Contoso Cognito');
    await answer('Product version', '1.0.0');
    await screen.next();
    screen.type('Stops account takeover');
    expect(screen.getScreen()).toContain('(3/15 words, 12 to go)');
    screen.type(' for Defender customers by correlating alerts with identity risk within minutes, automatically.');
    screen.keypress('enter');
    await answer('Path to the square SVG logo', 'missing.svg');
    await waitFor(/LOGO_NOT_FOUND: Logo missing\.svg does not exist/);
    for (let i = 0; i < 'missing.svg'.length; i++) screen.keypress('backspace');
    screen.type('logo.svg');
    screen.keypress('enter');
    await answer('Landing page', 'https://contoso.example.com/defender');
    await answer('multi-tenant', 'n');
    await answer(/User-Agent.*MdePartner-Contoso-ContosoCognito\/1\.0\.0/, ['enter']);
    await answer('Partner-page categories', ['space', 'enter']);
    await answer('Integration scenarios', ['enter']);
    for (const step of ['Step 1', 'joint customer', 'demoed', 'MISA', 'press release naming']) await answer(step, ['enter']);
    await answer('went to Microsoft for review', ['enter']);
    await answer('GitHub Actions', ['enter']);
    await answer('Write', ['enter']);
    expect(await done).toBe(0);
    const listing = JSON.parse(readFileSync(join(dir, 'mde-partner.json'), 'utf8')) as Record<string, unknown>;
    expect(listing).toMatchObject({
      companyName: 'Contoso', productName: 'Contoso Cognito', multiTenant: false, logo: 'logo.svg',
      userAgent: 'MdePartner-Contoso-ContosoCognito/1.0.0', categories: ['security-information-and-analytics'],
    });
    expect(listing.description).toBe('Stops account takeover for Defender customers by correlating alerts with identity risk within minutes, automatically.');
  });

  it('offers an existing listing as defaults (resume/edit)', async () => {
    writeFileSync(join(dir, 'mde-partner.json'), JSON.stringify({ companyName: 'Fabrikam', productName: 'Sentinel Bridge' }));
    const done = runInit(undefined, { bundle: false }, io(), { interactive: true });
    await screen.next();
    expect(screen.getScreen()).toContain('(Fabrikam)');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('(Sentinel Bridge)');
    screen.keypress({ name: 'c', ctrl: true });
    expect(await done.catch((e: Error) => e.constructor.name)).toBe('CancelledError');
    expect(JSON.parse(readFileSync(join(dir, 'mde-partner.json'), 'utf8'))).toEqual({ companyName: 'Fabrikam', productName: 'Sentinel Bridge' });
  });

  it('Ctrl-C cancels and writes nothing', async () => {
    const done = runInit(undefined, {}, io(), { interactive: true });
    await screen.next();
    screen.type('Contoso');
    screen.keypress('enter');
    await screen.next();
    screen.keypress({ name: 'c', ctrl: true });
    expect(await done.catch((e: Error) => e.constructor.name)).toBe('CancelledError');
    expect(existsSync(join(dir, 'mde-partner.json'))).toBe(false);
    expect(existsSync(join(dir, 'mde-submission'))).toBe(false);
  });
});
