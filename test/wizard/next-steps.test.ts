import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINK_TITLES } from '../../src/bundle/links.js';
import { runInit } from '../../src/commands/init.js';
import { links } from '../../src/domain/requirements.js';

const dir = mkdtempSync(join(tmpdir(), 'mde-next-steps-'));
let stdout = '';

beforeAll(async () => {
  copyFileSync(resolve(__dirname, '../../examples/valid/logo.svg'), join(dir, 'logo.svg'));
  const io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stdout += s) },
    env: {},
    cwd: dir,
  };
  const status = await runInit(undefined, {
    company: 'Contoso', product: 'Contoso Cognito', productVersion: '1.0.0',
    description: 'Contoso Cognito correlates Defender alerts with identity risk to stop account takeover within minutes, automatically.',
    logo: 'logo.svg', landingPage: 'https://contoso.example.com/defender', multiTenant: false, yes: true, bundle: false, render: false,
  }, io, { interactive: false });
  expect(status, stdout).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('init: next steps point to Microsoft\'s pages', () => {
  it.each(['trial', 'partnerApplicationPage', 'misa', 'partnerPage', 'createAppPartnersDoc', 'graphSecurityApi'] as const)('%s', (id) => {
    const after = stdout.slice(stdout.indexOf('Microsoft\'s pages:'));
    expect(after).toContain(`  ${LINK_TITLES[id]}\n    ${links[id]}\n`);
  });
});
