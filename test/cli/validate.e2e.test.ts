import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, copyFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog, type Code } from '../../src/checks/catalog.js';
import { describeBasis } from '../../src/messages/basis.js';
import { validateListing, type ListingResult } from '../../src/listing/validate.js';
import { formatters, FORMATS } from '../../src/report/formatters/index.js';
import { buildReport, getExitCode } from '../../src/report/report.js';
import { cliInProcess, copyExample, normalize, repoRoot, run } from './helpers.js';
import { loadCodeMessages } from '../../src/messages/codes.js';

/** The English words of the codes (the tests read what English says). */
const codeMessages = await loadCodeMessages('en');
const { codes: words, basis: basisWords } = codeMessages;

const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const EXAMPLES = ['valid', 'broken'] as const;
const cli = (argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) => cliInProcess(argv, options);

/** The examples checked once; each format is then the pure formatter on their report. */
const checked = {} as Record<(typeof EXAMPLES)[number], ListingResult>;
beforeAll(async () => {
  for (const example of EXAMPLES) checked[example] = await validateListing(join(repoRoot, 'examples', example, 'mde-partner.json'), { displayRoot: repoRoot });
});
const formatted = (example: (typeof EXAMPLES)[number], format: (typeof FORMATS)[number]) =>
  formatters[format](buildReport([checked[example]]), { cwd: repoRoot, color: false, codes: codeMessages });

describe('validate, every format', () => {
  for (const example of EXAMPLES) {
    for (const format of FORMATS) {
      it(`${example} --format ${format}`, () => {
        expect(getExitCode(buildReport([checked[example]]))).toBe(example === 'valid' ? 0 : 1);
        expect(normalize(formatted(example, format), version)).toMatchSnapshot();
      });
    }
  }
});

/**
 * The built binary, where the process boundary is what is tested: the exit code as the shell sees
 * it, stdout holding exactly the report (the snapshots above) and stderr nothing.
 */
describe('validate, built binary', () => {
  it.each([
    ['valid', 'text'],
    ['broken', 'sarif'],
  ] as const)('%s --format %s: the report on stdout, nothing on stderr, the exit code of its findings', (example, format) => {
    const result = run(['validate', `examples/${example}`, '--format', format]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(example === 'valid' ? 0 : 1);
    expect(result.stdout).toBe(formatted(example, format));
  });

  it('--help: the usage on stdout, exit 0', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: mde-partner /);
    expect(result.stderr).toBe('');
  });

  it('a usage error: exit 2, the message on stderr and nothing on stdout', () => {
    const result = run(['validate', '--frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/frobnicate/);
  });
});

describe('exit codes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mde-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'warn'));
  copyFileSync(join(repoRoot, 'examples/valid/logo.svg'), join(dir, 'warn/logo.svg'));
  const listing = JSON.parse(readFileSync(join(repoRoot, 'examples/valid/mde-partner.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'warn/mde-partner.json'), JSON.stringify({ ...listing, $schema: undefined, description: 'Stops account takeover.' }));
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'bad.json'), '{ not json');

  it.each([
    ['valid listing', ['validate', 'examples/valid'], 0],
    ['a folder with a listing, by file path', ['validate', 'examples/valid/mde-partner.json'], 0],
    ['warnings only', ['validate', join(dir, 'warn')], 0],
    ['warnings with --strict', ['validate', join(dir, 'warn'), '--strict'], 1],
    ['errors', ['validate', 'examples/broken'], 1],
    ['valid and broken together', ['validate', 'examples/valid', 'examples/broken'], 1],
    ['bad JSON is a finding', ['validate', join(dir, 'bad.json')], 1],
    ['missing path', ['validate', join(dir, 'nope')], 2],
    ['folder without a listing', ['validate', join(dir, 'empty')], 2],
    ['unknown option', ['validate', '--frobnicate'], 2],
    ['unknown format', ['validate', '--format', 'xml'], 2],
    ['unknown command', ['frobnicate'], 2],
    ['no command', [], 2],
    ['--help', ['--help'], 0],
    ['--version', ['--version'], 0],
    ['validate --help', ['validate', '--help'], 0],
    ['ua derive', ['ua', 'derive', '--company', 'Contoso', '--product', 'Contoso Cognito', '--product-version', '1.0.0'], 0],
    ['ua derive underivable', ['ua', 'derive', '--company', 'コントソ', '--product', 'Cognito', '--product-version', '1.0.0'], 1],
    ['ua derive missing flag', ['ua', 'derive', '--company', 'Contoso'], 2],
    ['ua check valid', ['ua', 'check', 'MdePartner-Contoso-ContosoCognito/1.0.0'], 0],
    ['ua check legacy', ['ua', 'check', 'MdatpPartner-Contoso-ContosoCognito/1.0.0'], 1],
    ['ua check mismatch is a warning', ['ua', 'check', 'MdePartner-Contoso-ContosoCognito/1.0.0', '--company', 'Contoso', '--product', 'Contoso Cognito', '--product-version', '2.0.0'], 0],
    ['ua check mismatch --strict', ['ua', 'check', 'MdePartner-Contoso-ContosoCognito/1.0.0', '--company', 'Contoso', '--product', 'Contoso Cognito', '--product-version', '2.0.0', '--strict'], 1],
    ['explain a code', ['explain', 'SVG_SCRIPT'], 0],
    ['explain lower-case with dashes', ['explain', 'svg-script'], 0],
    ['explain unknown code', ['explain', 'SVG_SCRIPTS'], 2],
    ['explain --list', ['explain', '--list'], 0],
    ['checklist of a valid listing', ['checklist', 'examples/valid'], 0],
    ['checklist as markdown', ['checklist', 'examples/valid', '--format', 'md'], 0],
    ['checklist as JSON', ['checklist', 'examples/valid', '--format', 'json'], 0],
    ['checklist with failing items', ['checklist', 'examples/broken'], 1],
    ['checklist of a missing listing', ['checklist', join(dir, 'nope')], 2],
    ['bundle of a missing listing', ['bundle', join(dir, 'nope')], 2],
    ['verify of a missing bundle', ['verify', join(dir, 'nope.zip')], 2],
    ['verify without an argument', ['verify'], 2],
  ])('%s', async (_name, args, status) => {
    const result = await cli(args as string[]);
    expect(result.code).toBe(status);
    if (status === 2) expect(result.stderr).toMatch(/\S/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('says what is missing and what to do for a folder without a listing', async () => {
    const result = await cli(['validate', join(dir, 'empty')]);
    expect(result.stderr).toMatch(/has no mde-partner\.json/);
    expect(result.stderr).toMatch(/mde-partner init/);
  });

  it('suggests the closest code for a typo', async () => {
    expect((await cli(['explain', 'SVG_SCRIPTS'])).stderr).toMatch(/Did you mean SVG_SCRIPT\?/);
  });

  it('prints only the derived value for scripts', async () => {
    expect((await cli(['ua', 'derive', '--company', 'Microsoft', '--product', 'Security Add-On', '--product-version', '1.0.0'])).stdout)
      .toBe('MdePartner-Microsoft-SecurityAddOn/1.0.0\n');
  });
});

describe('color', () => {
  const args = ['validate', 'examples/broken'];
  const ESC = '\u001b[';
  // A real pipe: what `mde-partner validate | less` and CI logs get.
  it.each([
    ['off in a pipe', args, false],
    ['forced in a pipe by --color', [...args, '--color'], true],
  ])('the built binary: %s', (_, argv, colored) => {
    expect(run(argv).stdout.includes(ESC)).toBe(colored);
  });
  it.each([
    ['off without a terminal', args, {}, false],
    ['on with FORCE_COLOR', args, { FORCE_COLOR: '1' }, true],
    ['off with FORCE_COLOR=0', args, { FORCE_COLOR: '0' }, false],
    ['NO_COLOR wins over FORCE_COLOR', args, { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
    ['--color forces it in a pipe', [...args, '--color'], {}, true],
    ['--color wins over NO_COLOR (a flag is more specific than the environment)', [...args, '--color'], { NO_COLOR: '1' }, true],
    ['--color in a pipe for ua check', ['ua', 'check', 'MdatpPartner-A-B/1', '--color'], {}, true],
    ['--no-color wins over FORCE_COLOR', [...args, '--no-color'], { FORCE_COLOR: '1' }, false],
    ['--no-color and TERM=dumb', [...args, '--no-color'], { TERM: 'dumb' }, false],
  ])('is %s', async (_, argv, env, colored) => {
    expect((await cli(argv, { env })).stdout.includes(ESC)).toBe(colored);
  });
  it('never colors machine formats', async () => expect((await cli([...args, '--format', 'json'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain(ESC));
});

describe('machine formats are well-formed', () => {
  it('json has the versioned shape of DESIGN §6', async () => {
    const report = JSON.parse((await cli(['validate', 'examples/valid', 'examples/broken', '--format', 'json'])).stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['version', 'tool', 'ok', 'summary', 'listings']);
    expect(report).toMatchObject({ version: 1, tool: { name: 'mde-partner', version }, ok: false });
    const listings = report.listings as Array<{ path: string; ok: boolean; findings: Array<Record<string, unknown>> }>;
    expect(listings.map((l) => [l.path, l.ok])).toEqual([['examples/valid/mde-partner.json', true], ['examples/broken/mde-partner.json', false]]);
    for (const finding of listings[1]!.findings) {
      expect(Object.keys(finding).every((k) => ['code', 'severity', 'field', 'message', 'hint', 'file', 'line', 'column'].includes(k))).toBe(true);
      expect(finding.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(['error', 'warning', 'info']).toContain(finding.severity);
      expect(typeof finding.message).toBe('string');
    }
  });

  it('sarif has what code scanning needs: rules with help, results with ruleId, file:line and a fingerprint', async () => {
    const log = JSON.parse((await cli(['validate', 'examples/broken', '--format', 'sarif'])).stdout) as SarifLog;
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const [sarifRun] = log.runs;
    expect(sarifRun!.tool.driver.name).toBe('mde-partner');
    expect(sarifRun!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: pathToFileURL(`${repoRoot}/`).href } });
    const ruleIds = sarifRun!.tool.driver.rules.map((r) => r.id);
    for (const rule of sarifRun!.tool.driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(5);
      expect(rule.fullDescription.text).toBe(words[rule.id as Code].explanation);
      expect(rule.help.text).toContain(`How to fix: ${words[rule.id as Code].fix}`);
      expect(rule.help.markdown).toContain(describeBasis(catalog[rule.id as Code].basis, words[rule.id as Code].why, basisWords));
    }
    expect(sarifRun!.results.length).toBeGreaterThan(5);
    for (const result of sarifRun!.results) {
      expect(ruleIds[result.ruleIndex]).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(result.message.text).toMatch(/\S/);
      const location = result.locations[0]!.physicalLocation;
      expect(location.artifactLocation).toEqual({ uri: expect.stringMatching(/^examples\/broken\/(mde-partner\.json|logo\.svg)$/), uriBaseId: '%SRCROOT%' });
      expect(location.region!.startLine).toBeGreaterThanOrEqual(1);
      expect(location.region!.startColumn).toBeGreaterThanOrEqual(1);
      expect(result.partialFingerprints['mdePartner/v1']).toMatch(/^[0-9a-f]{32}:\d+$/);
    }
    const fingerprints = sarifRun!.results.map((r) => r.partialFingerprints['mdePartner/v1']);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  it.each([
    ['SVG_SCRIPT', 'a security error', ['security'], '8.0'],
    ['LISTING_FIELD_UNKNOWN', 'an error that is not about security', [], undefined],
    ['SVG_TEXT', 'a warning that is not about security', [], undefined],
  ])('sarif: rule %s (%s) has the security tag and security-severity as the catalog says', async (code, _kind, tags, securitySeverity) => {
    expect(catalog[code as Code].security === true).toBe(securitySeverity !== undefined);
    const log = JSON.parse((await cli(['validate', 'examples/broken', '--format', 'sarif'])).stdout) as SarifLog;
    const rule = log.runs[0]!.tool.driver.rules.find((r) => r.id === code)!;
    expect(rule.properties.tags).toEqual(['mde-partner', catalog[code as Code].basis.kind, ...tags]);
    expect(rule.properties['security-severity']).toBe(securitySeverity);
    expect(rule.properties.basis).toEqual({ ...catalog[code as Code].basis, ...(words[code as Code].why === undefined ? {} : { why: words[code as Code].why }) });
  });

  it('sarif: a finding without a line points at line 1 of its file, outside the working directory by an absolute URI', async () => {
    const dir = copyExample(mkdtempSync(join(tmpdir(), 'mde-sarif-')), { logo: '' });
    try {
      const [sarifRun] = (JSON.parse((await cli(['validate', dir, '--format', 'sarif'])).stdout) as SarifLog).runs;
      expect(sarifRun!.results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation])).toEqual([
        ['SVG_INPUT_EMPTY', { artifactLocation: { uri: pathToFileURL(join(dir, 'logo.svg')).href }, region: { startLine: 1 } }],
      ]);
      expect(sarifRun!.originalUriBaseIds).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('sarif fingerprints depend on code, file and field, not on where the checkout is or on lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mde-fingerprint-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const checkout = (name: string, shiftLines: number) => {
      const listing = join(dir, name, 'examples/broken');
      mkdirSync(listing, { recursive: true });
      cpSync(join(repoRoot, 'examples/broken'), listing, { recursive: true });
      const file = join(listing, 'mde-partner.json');
      writeFileSync(file, '\n'.repeat(shiftLines) + readFileSync(file, 'utf8'));
      return join(dir, name);
    };
    const machineA = checkout('a', 0);
    const machineB = checkout('b', 3);
    const results = async (args: string[], cwd = repoRoot) =>
      (JSON.parse((await cli([...args, '--format', 'sarif'], { cwd })).stdout) as SarifLog).runs[0]!.results;
    const fingerprints = async (args: string[], cwd?: string) => (await results(args, cwd)).map((r) => r.partialFingerprints['mdePartner/v1']);
    let here: Array<string | undefined>;
    beforeAll(async () => { here = await fingerprints(['validate', 'examples/broken']); });

    it.each([
      ['another checkout', ['validate', 'examples/broken'], machineA],
      ['another checkout, the listing three lines further down', ['validate', 'examples/broken'], machineB],
    ])('the same in %s', async (_name, args, cwd) => {
      expect(await fingerprints(args, cwd)).toEqual(here);
    });

    it('the lines did move', async () => {
      const lines = async (cwd: string) => (await results(['validate', 'examples/broken'], cwd)).map((r) => r.locations[0]!.physicalLocation.region!.startLine);
      expect((await lines(machineB)).slice(0, 5)).toEqual((await lines(machineA)).slice(0, 5).map((line) => line + 3));
    });

    it('outside the working directory, the same wherever the listing lives', async () => {
      const outside = await fingerprints(['validate', join(machineA, 'examples/broken')]);
      expect(await fingerprints(['validate', join(machineB, 'examples/broken')])).toEqual(outside);
      expect(outside).not.toEqual(here);
    });

    it('another listing in the same checkout has its own', async () => {
      const other = join(machineA, 'examples/other');
      cpSync(join(repoRoot, 'examples/broken'), other, { recursive: true });
      const both = await fingerprints(['validate', 'examples/broken', 'examples/other'], machineA);
      expect(new Set(both).size).toBe(both.length);
    });
  });

  it('junit counts failures', async () => {
    const xml = (await cli(['validate', 'examples/valid', 'examples/broken', '--format', 'junit'])).stdout;
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="mde-partner" tests="15" failures="13" errors="0" time="0">/);
    expect(xml).toContain('<testcase classname="examples/valid/mde-partner.json" name="listing is valid" time="0" file="examples/valid/mde-partner.json"/>');
    expect((xml.match(/<failure /g) ?? []).length).toBe(13);
  });

  it('github annotations escape hostile text so it cannot start another command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mde-gh-'));
    try {
      writeFileSync(join(dir, 'mde-partner.json'), JSON.stringify({
        companyName: 'Contoso', productName: 'Cognito', productVersion: '1.0.0',
        description: 'short', logo: 'logo.svg', landingPage: 'https://contoso.com/', multiTenant: false,
        userAgent: 'x\n::error file=evil::pwned',
      }));
      const out = (await cli(['validate', dir, '--format', 'github'])).stdout;
      const lines = out.trimEnd().split('\n');
      expect(lines.every((line) => line.startsWith('::') || line.startsWith('mde-partner:'))).toBe(true);
      expect(lines.filter((line) => line.includes('pwned')).every((line) => line.startsWith('::error file=') && !line.startsWith('::error file=evil'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('text output escapes terminal control sequences from the listing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mde-esc-'));
    try {
      writeFileSync(join(dir, 'mde-partner.json'), JSON.stringify({
        companyName: 'Contoso', productName: 'Cognito', productVersion: '1.0.0 \u001b[2J',
        description: 'short', logo: 'logo.svg', landingPage: 'https://contoso.com/', multiTenant: false,
      }));
      const out = (await cli(['validate', dir])).stdout;
      expect(out).not.toContain('\u001b');
      expect(out).toContain('\\u001b[2J');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

interface SarifLog {
  version: string;
  $schema: string;
  runs: Array<{
    tool: { driver: { name: string; rules: Array<{
      id: string;
      shortDescription: { text: string };
      fullDescription: { text: string };
      help: { text: string; markdown: string };
      properties: { tags: string[]; 'security-severity'?: string; basis: unknown };
    }> } };
    originalUriBaseIds?: Record<string, { uri: string }>;
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: { startLine: number; startColumn?: number } } }>;
      partialFingerprints: Record<string, string>;
    }>;
  }>;
}
