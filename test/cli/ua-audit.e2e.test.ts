import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliInProcess, copyExample, normalize, repoRoot, run } from './helpers.js';
import { meta, staticallyLoaded } from '../helpers/build-meta.js';

const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const FORMATS = ['text', 'json', 'sarif', 'junit', 'github'] as const;
const EXPECTED = 'MdePartner-Contoso-ContosoCognito/1.0.0';
const har = (name: string) => `test/fixtures/har/${name}`;
const audit = (...args: string[]) => cliInProcess(['ua', 'audit', ...args]);

describe('ua audit, every format', () => {
  for (const [name, status] of [['good.har', 0], ['default-agent.har', 1]] as const) {
    for (const format of FORMATS) {
      it(`${name} --format ${format}`, async () => {
        const result = await audit(har(name), '--listing', 'examples/valid', '--format', format);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(status);
        expect(normalize(result.stdout, version)).toMatchSnapshot();
      });
    }
  }
});

/** The built binary once: the exit code as the shell sees it, the report alone on stdout. */
describe('ua audit, built binary', () => {
  it('a failing capture: exit 1, the report on stdout as in-process, nothing on stderr', async () => {
    const args = [har('default-agent.har'), '--listing', 'examples/valid', '--format', 'github'];
    const result = run(['ua', 'audit', ...args]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe((await audit(...args)).stdout);
  });
});

describe('ua audit exit codes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mde-audit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const writeListing = (folder: string, changes: Record<string, unknown>) => copyExample(join(dir, folder), { listing: changes });
  const derived = writeListing('derived', { userAgent: undefined });
  const relaxed = writeListing('relaxed', { rules: { USER_AGENT_NOT_SENT: 'warn' } });
  const underivable = writeListing('underivable', { userAgent: undefined, companyName: 'コントソ' });
  const legacy = writeListing('legacy', { userAgent: 'MdatpPartner-Contoso-ContosoCognito/1.0.0' });
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'not-a-listing.json'), '{ nope');
  const good = join(repoRoot, har('good.har'));

  it.each([
    ['every partner request right (--expect)', [har('good.har'), '--expect', EXPECTED], 0],
    ['every partner request right (--listing file)', [har('good.har'), '--listing', 'examples/valid/mde-partner.json'], 0],
    ['the derived User-Agent of a listing without userAgent', [har('good.har'), '--listing', derived], 0],
    ['several captures, one failing', [har('good.har'), har('missing-agent.har'), '--expect', EXPECTED], 1],
    ['missing User-Agent', [har('missing-agent.har'), '--expect', EXPECTED], 1],
    ['a library default', [har('default-agent.har'), '--expect', EXPECTED], 1],
    ['an old version', [har('old-version.har'), '--expect', EXPECTED], 1],
    ['the legacy prefix', [har('legacy-prefix.har'), '--expect', EXPECTED], 1],
    ['two User-Agent headers', [har('duplicate-agent.har'), '--expect', EXPECTED], 1],
    ['a government host', [har('government.har'), '--expect', EXPECTED], 1],
    ['Graph Security on graph.microsoft.us', [har('graph-us.har'), '--expect', EXPECTED], 1],
    ['a Chrome capture: preflights, a $batch, an encoded path, the historic host', [har('chrome-portal.har'), '--expect', EXPECTED], 1],
    ['a newer expected version makes a good capture fail', [har('good.har'), '--expect', 'MdePartner-Contoso-ContosoCognito/1.1.0'], 1],
    ['only token and other Graph calls: a warning', [har('token-only.har'), '--expect', EXPECTED], 0],
    ['only token and other Graph calls with --strict', [har('token-only.har'), '--expect', EXPECTED, '--strict'], 1],
    ['empty entries: a warning', [har('empty-entries.har'), '--expect', EXPECTED], 0],
    ['not JSON', [har('not-json.har'), '--expect', EXPECTED], 1],
    ['JSON but not HAR', [har('not-har.json'), '--expect', EXPECTED], 1],
    ['a cut-off capture', [har('truncated.har'), '--expect', EXPECTED], 1],
    ['wrong types', [har('wrong-types.har'), '--expect', EXPECTED], 1],
    ['the listing relaxes USER_AGENT_NOT_SENT to a warning', [har('default-agent.har'), '--listing', relaxed], 0],
    ['a malformed --expect', [har('good.har'), '--expect', 'Contoso Cognito 1.0'], 2],
    ['a legacy --expect', [har('good.har'), '--expect', 'MdatpPartner-Contoso-ContosoCognito/1.0.0'], 2],
    ['--expect and --listing together', [har('good.har'), '--expect', EXPECTED, '--listing', 'examples/valid'], 2],
    ['a listing whose userAgent is malformed', [har('good.har'), '--listing', 'examples/broken'], 2],
    ['a listing with the legacy prefix', [har('good.har'), '--listing', legacy], 2],
    ['a listing from which no User-Agent can be derived', [har('good.har'), '--listing', underivable], 2],
    ['a listing that is not JSON', [har('good.har'), '--listing', join(dir, 'not-a-listing.json')], 2],
    ['a listing that does not exist', [har('good.har'), '--listing', join(dir, 'nope')], 2],
    ['a folder without a listing', [har('good.har'), '--listing', join(dir, 'empty')], 2],
    ['a capture that does not exist', [join(dir, 'nope.har'), '--expect', EXPECTED], 2],
    ['a folder as capture', [dir, '--expect', EXPECTED], 2],
    ['no capture', ['--expect', EXPECTED], 2],
    ['unknown format', [har('good.har'), '--expect', EXPECTED, '--format', 'xml'], 2],
    ['--help', ['--help'], 0],
  ])('%s → %i', async (_name, args, status) => {
    const result = await audit(...(args as string[]));
    expect(result.code).toBe(status);
    if (status === 2) expect(result.stderr).toMatch(/\S/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('takes ./mde-partner.json by default', async () => {
    expect((await cliInProcess(['ua', 'audit', good], { cwd: join(repoRoot, 'examples/valid') })).code).toBe(0);
  });

  it('without --expect, --listing or ./mde-partner.json: exit 2 naming both flags', async () => {
    const result = await cliInProcess(['ua', 'audit', good], { cwd: join(dir, 'empty') });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/--expect <user-agent>/);
    expect(result.stderr).toMatch(/--listing <path>/);
  });

  it('a malformed --expect says why, with the check\'s own words', async () => {
    const result = await audit(har('good.har'), '--expect', 'MdatpPartner-Contoso-ContosoCognito/1.0.0');
    expect(result.stderr).toMatch(/--expect "MdatpPartner-Contoso-ContosoCognito\/1\.0\.0" is not a valid partner User-Agent: .*old prefix/);
    expect(result.stderr).toMatch(/Use MdePartner-Contoso-ContosoCognito\/1\.0\.0/);
  });

  it('checks every capture path before auditing any', async () => {
    const result = await audit(har('missing-agent.har'), join(dir, 'nope.har'), '--expect', EXPECTED);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/nope\.har does not exist/);
  });
});

describe('the example of docs/ua-audit.md', () => {
  it('shows what `ua audit examples/capture.har --listing examples/valid` prints', async () => {
    const doc = readFileSync(join(repoRoot, 'docs/ua-audit.md'), 'utf8');
    const shown = /npx mde-partner ua audit examples\/capture\.har --listing examples\/valid\n```\n\n```\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(shown).toBeDefined();
    const result = await audit('examples/capture.har', '--listing', 'examples/valid');
    expect(result.code).toBe(1);
    expect(result.stdout.startsWith(shown!)).toBe(true);
  });
});

describe('ua audit JSON report', () => {
  it('keeps the version 1 shape and adds the audit part to each capture', async () => {
    const result = await audit(har('good.har'), har('government.har'), '--expect', EXPECTED, '--format', 'json');
    const report = JSON.parse(result.stdout) as Record<string, unknown> & { listings: Array<Record<string, unknown>> };
    expect(Object.keys(report)).toEqual(['version', 'tool', 'ok', 'summary', 'listings']);
    expect(report).toMatchObject({ version: 1, ok: false, summary: { errors: 1, warnings: 0, infos: 0 } });
    expect(report.listings.map((l) => Object.keys(l))).toEqual([['path', 'ok', 'findings', 'audit'], ['path', 'ok', 'findings', 'audit']]);
    expect(report.listings[1]).toMatchObject({
      path: 'test/fixtures/har/government.har',
      ok: false,
      findings: [{ code: 'USER_AGENT_NOT_SENT', severity: 'error', field: '/log/entries/2/request/headers/0/value', file: 'test/fixtures/har/government.har', line: 52 }],
      audit: {
        expectedUserAgent: EXPECTED,
        entries: 3,
        partnerRequests: 2,
        hosts: [
          { host: 'api-gcc.securitycenter.microsoft.us', api: 'mde', requests: 1, rightAgent: 0, wrongAgent: 1 },
          { host: 'api-gov.securitycenter.microsoft.us', api: 'mde', requests: 1, rightAgent: 1, wrongAgent: 0 },
        ],
      },
    });
  });

  it('counts what was not judged, and the text report says why in a note', async () => {
    const json = JSON.parse((await audit(har('chrome-portal.har'), '--expect', EXPECTED, '--format', 'json')).stdout) as { listings: Array<{ audit: Record<string, unknown> }> };
    expect(json.listings[0]!.audit).toMatchObject({ entries: 7, partnerRequests: 4, corsPreflightsSkipped: 2, batchesNotInspected: 0 });
    const text = (await audit(har('chrome-portal.har'), '--expect', EXPECTED)).stdout;
    expect(text).toContain('\n  note: 2 CORS preflights to partner APIs not judged: the browser sends these OPTIONS requests itself, with its own User-Agent.\n');
    expect(text).not.toContain('$batch request not judged');
    expect((await audit(har('good.har'), '--expect', EXPECTED)).stdout).not.toContain('note:');
  });

  it('validate reports have no audit part', async () => {
    const report = JSON.parse((await cliInProcess(['validate', 'examples/valid', '--format', 'json'])).stdout) as { listings: Array<Record<string, unknown>> };
    expect(Object.keys(report.listings[0]!)).toEqual(['path', 'ok', 'findings']);
  });

  it('escapes hostile captured values in text output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mde-audit-esc-'));
    try {
      const hostile = { log: { entries: [{ request: { method: 'GET\u001b[2J', url: 'https://api.security.microsoft.com/api/\u001b]0;pwned\u0007', headers: [{ name: 'User-Agent', value: 'x\u001b[31m\r\n::error::pwned' }] } }] } };
      writeFileSync(join(dir, 'hostile.har'), JSON.stringify(hostile));
      const text = (await audit(join(dir, 'hostile.har'), '--expect', EXPECTED)).stdout;
      expect(text).not.toContain('\u001b');
      expect(text).toContain('\\u001b[31m');
      const github = (await audit(join(dir, 'hostile.har'), '--expect', EXPECTED, '--format', 'github')).stdout;
      expect(github.trimEnd().split('\n').every((line) => line.startsWith('::') || line.startsWith('mde-partner:'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('start-up stays lean', () => {
  /** The chunk of a command: its name and esbuild's hash ("ua-" must not find "ua-audit-"). */
  const commandChunk = (name: string) => Object.keys(meta.outputs).find((f) => new RegExp(`^dist/chunks/${name}-[A-Z0-9]+\\.cjs$`).test(f))!;
  const HAR_CODE = /node_modules\/stream-json\/|src\/har\//;

  it.each([
    ['--help (dist/cli.cjs)', () => 'dist/cli.cjs'],
    ['validate', () => commandChunk('validate')],
    ['ua derive and ua check', () => commandChunk('ua')],
  ])('%s does not load the HAR reader or stream-json', (_name, entry) => {
    const loaded = staticallyLoaded(entry());
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((source) => HAR_CODE.test(source))).toEqual([]);
  });

  it('the audit chunk does', () => {
    const loaded = staticallyLoaded(commandChunk('ua-audit'));
    expect(loaded.some((source) => source.startsWith('node_modules/stream-json/'))).toBe(true);
    expect(loaded).toContain('src/har/reader.ts');
  });
});
