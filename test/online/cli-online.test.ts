import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli.js';
import { cliInProcess, copyExample, repoRoot } from '../cli/helpers.js';
import { loopbackLookup, makeTestPki, startServer, TEST_HOSTS, type TestServer } from './https-server.js';

const work = mkdtempSync(join(tmpdir(), 'mde-online-cli-'));
let server: TestServer;
let seam: NonNullable<Io['online']>;

beforeAll(async () => {
  const pki = makeTestPki();
  server = await startServer(pki, (req, res) => {
    if (req.url === '/guide') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<h1>Contoso Cognito for Microsoft Defender</h1>');
    } else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not found</h1>');
    }
  });
  seam = { lookup: loopbackLookup(TEST_HOSTS), ca: pki.ca };
});

afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

const example = JSON.parse(readFileSync(join(repoRoot, 'examples/valid/mde-partner.json'), 'utf8')) as Record<string, unknown>;

const listing = (name: string, landingPage: string): string => copyExample(join(work, name), { listing: { $schema: undefined, landingPage } });

/** The CLI in this process, with the --online seams only code can set. */
const cli = (args: string[]) => cliInProcess(args, { cwd: work, env: { NO_COLOR: '1' }, online: seam });

describe('--online through the commands', () => {
  it('validate fetches nothing without --online', async () => {
    const dir = listing('offline', server.url('/gone'));
    const before = server.requests.length;
    expect((await cli(['validate', dir])).code).toBe(0);
    expect(server.requests.length).toBe(before);
  });

  it('validate --online passes a page that loads and names the product', async () => {
    const result = await cli(['validate', listing('good', server.url('/guide')), '--online']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('validate --online fails a 404, on the landingPage line of the listing', async () => {
    const result = await cli(['validate', listing('gone', server.url('/gone')), '--online', '--format', 'json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { listings: Array<{ findings: Array<Record<string, unknown>> }> };
    expect(report.listings[0]!.findings).toEqual([expect.objectContaining({ code: 'LANDING_PAGE_HTTP_STATUS', field: '/landingPage', file: 'gone/mde-partner.json', line: 7, column: 3 })]);
  });

  it('checklist --online marks the landing page failing', async () => {
    const result = await cli(['checklist', listing('gone-checklist', server.url('/gone')), '--online', '--format', 'json']);
    expect(result.code).toBe(1);
    const checklist = JSON.parse(result.stdout) as { steps: Array<{ items: Array<{ id: string; state: string; codes?: string[] }> }> };
    const item = checklist.steps.flatMap((step) => step.items).find((i) => i.id === 'landingPage');
    expect(item).toEqual(expect.objectContaining({ state: 'failing', codes: ['LANDING_PAGE_HTTP_STATUS'] }));
  });

  it('bundle --online writes nothing when the page does not load', async () => {
    const dir = listing('gone-bundle', server.url('/gone'));
    const result = await cli(['bundle', dir, '--online']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('LANDING_PAGE_HTTP_STATUS');
    expect(existsSync(join(dir, 'mde-submission'))).toBe(false);
    expect((await cli(['bundle', listing('good-bundle', server.url('/guide')), '--online', '--quiet'])).code).toBe(0);
  });
});

describe('init --online', () => {
  it.each([
    ['/gone', [], 0],
    ['/gone', ['--online'], 1],
    ['/guide', ['--online'], 0],
  ])('a landing page at %s with %j: exit %i, the listing written only on 0', async (path, flags, status) => {
    const dir = join(work, `init${path.replace('/', '-')}-${flags.length}`);
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(repoRoot, 'examples/valid/logo.svg'), join(dir, 'logo.svg'));
    const answers = { ...example, $schema: undefined, onboarding: undefined, landingPage: server.url(path) };
    writeFileSync(join(dir, 'answers.json'), JSON.stringify(answers));
    const result = await cli(['init', dir, '--answers', join(dir, 'answers.json'), '--yes', '--no-bundle', '--no-ci-workflow', '--no-render', ...flags]);
    expect(result.code).toBe(status);
    expect(result.stdout.includes('LANDING_PAGE_HTTP_STATUS')).toBe(status === 1);
    expect(existsSync(join(dir, 'mde-partner.json'))).toBe(status === 0);
  });
});

describe('--online, without the seams', () => {
  it('is in the help of init, validate, bundle and checklist', async () => {
    for (const command of ['init', 'validate', 'bundle', 'checklist']) expect((await cliInProcess([command, '--help'])).stdout).toContain('--online');
  });

  it('does not fetch a landing page that fails the offline rules', async () => {
    // localhost is refused offline, so no request is made; nothing here reaches the network.
    const result = await cliInProcess(['validate', listing('local', 'https://localhost/defender'), '--online', '--format', 'json']);
    expect(result.code).toBe(1);
    const codes = (JSON.parse(result.stdout) as { listings: Array<{ findings: Array<{ code: string }> }> }).listings[0]!.findings.map((f) => f.code);
    expect(codes).toEqual(['LANDING_PAGE_NOT_PUBLIC']);
  });
});
