import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInProcess, copyExample } from './helpers.js';

const cli = (argv: string[]) => cliInProcess(argv);

/** The long flags of a --help text's Options section, in order. */
function helpOptions(help: string): string[] {
  const section = help.slice(help.indexOf('\nOptions:\n'));
  return [...section.split('\n\n')[0]!.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((match) => match[1]!);
}

const REPORT = ['--format', '--strict', '--quiet', '--color', '--no-color'];

/** Every command's own options, then the shared ones that mean something for it. */
const OPTIONS: Array<[string[], string[]]> = [
  [['init'], [
    '--company', '--product', '--product-version', '--description', '--logo', '--landing-page', '--multi-tenant', '--no-multi-tenant',
    '--entra-app-name', '--user-agent', '--language', '--category', '--scenario', '--license', '--customer-approval', '--demo', '--misa', '--press-release',
    '--press-review-start', '--answers', '--yes', '--ci-workflow', '--no-ci-workflow', '--no-bundle', '--out',
    '--strict', '--color', '--no-color', '--online', '--no-render', '--lang', '--help',
  ]],
  [['validate'], [...REPORT, '--online', '--no-render', '--lang', '--help']],
  [['bundle'], ['--out', ...REPORT, '--online', '--no-render', '--lang', '--help']],
  [['checklist'], ['--format', '--strict', '--online', '--no-render', '--lang', '--help']],
  [['verify'], [...REPORT, '--no-render', '--lang', '--help']],
  [['ua', 'derive'], ['--company', '--product', '--product-version', ...REPORT, '--lang', '--help']],
  [['ua', 'check'], ['--company', '--product', '--product-version', ...REPORT, '--lang', '--help']],
  [['ua', 'audit'], ['--expect', '--listing', ...REPORT, '--lang', '--help']],
  [['explain'], ['--list', '--format', '--lang', '--help']],
  [[], ['--version', '--lang', '--help']],
  [['ua'], ['--lang', '--help']],
];

describe('the options of each command', () => {
  it.each(OPTIONS)('%j --help lists exactly its options', async (command, expected) => {
    const result = await cli([...command, '--help']);
    expect(result.code).toBe(0);
    expect(helpOptions(result.stdout)).toEqual(expected);
  });

  it.each([
    [['init'], /--no-render .*at the prompts too; the bundle gets no PNG previews/],
    [['bundle'], /--no-render .*the bundle gets no PNG previews/],
    [['bundle'], /--strict .*nothing written/],
    [['checklist'], /--strict .*items verified with warnings fail too/],
  ])('%j --help says what a shared option does there: %s', async (command, words) => {
    // Help text wraps; the words are matched across its line breaks.
    expect((await cli([...command, '--help'])).stdout.replace(/\s+/g, ' ')).toMatch(words);
  });

  it.each([['validate'], ['checklist'], ['verify']])('%s --help says nothing of a bundle under --no-render', async (command) => {
    const help = (await cli([command, '--help'])).stdout;
    const render = help.slice(help.indexOf('--no-render'), help.indexOf('-h, --help'));
    expect(render).toMatch(/rendered logo checks/);
    expect(render).not.toMatch(/bundle|preview/);
  });

  // Each command stops on its input only after its options were parsed: an option it did not accept
  // would have been refused first, as "unknown option".
  const missing = '/nonexistent/mde-partner-test';
  it.each([
    [['init', 'package.json', '--strict', '--color', '--online', '--no-render', '--no-bundle', '--out', 'x'], /is not a folder/],
    [['init', 'package.json', '--no-color'], /is not a folder/],
    [['validate', missing, '--format', 'sarif', '--strict', '--quiet', '--color', '--online', '--no-render'], /does not exist/],
    [['validate', missing, '--no-color'], /does not exist/],
    [['bundle', missing, '--format', 'junit', '--strict', '--quiet', '--no-color', '--online', '--no-render', '--out', 'x'], /does not exist/],
    [['checklist', missing, '--format', 'md', '--strict', '--online', '--no-render'], /does not exist/],
    [['verify', missing, '--format', 'github', '--strict', '--quiet', '--color', '--no-render'], /does not exist/],
    [['verify', missing, '--format', 'sarif', '--no-color'], /does not exist/],
    [['ua', 'audit', missing, '--expect', 'MdePartner-Contoso-ContosoCognito/1.0.0', '--format', 'junit', '--strict', '--quiet', '--color'], /does not exist/],
  ])('%j parses its options and stops on the input', async (argv, stop) => {
    const result = await cli(argv);
    expect(result.stderr).not.toMatch(/unknown option|error: option/);
    expect(result.stderr).toMatch(stop);
    expect(result.code).toBe(2);
  });

  it.each([
    [['ua', 'derive', '--company', 'Contoso', '--product', 'Contoso Cognito', '--product-version', '1.0.0', '--format', 'sarif', '--strict', '--quiet', '--no-color'], 0],
    [['ua', 'check', 'MdatpPartner-Contoso-ContosoCognito/1.0.0', '--format', 'github', '--strict', '--quiet', '--color'], 1],
    [['explain', 'SVG_SCRIPT', '--format', 'json'], 0],
  ])('%j parses its options and runs', async (argv, code) => {
    const result = await cli(argv);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(code);
  });

  it.each([
    [['checklist', '.', '--quiet'], '--quiet'],
    [['checklist', '.', '--color'], '--color'],
    [['explain', '--strict'], '--strict'],
    [['verify', 'x.zip', '--online'], '--online'],
    [['validate', '.', '--out', 'x'], '--out'],
    [['init', '--format', 'json'], '--format'],
    [['init', '--quiet'], '--quiet'],
  ])('%j is refused: the option means nothing there', async (argv, option) => {
    const result = await cli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`unknown option '${option}'`);
  });
});

describe('checklist --strict', () => {
  const warned = copyExample(join(mkdtempSync(join(tmpdir(), 'mde-options-')), 'short'), { listing: { description: 'Stops account takeover.' } });
  it.each([
    [[], 0],
    [['--strict'], 1],
  ])('a listing whose items pass with warnings, %j: exit %i', async (flags, code) => {
    const result = await cli(['checklist', warned, '--no-render', ...flags]);
    expect(result.stdout).toMatch(/verified, with warnings/);
    expect(result.code).toBe(code);
  });

  it('a listing without warnings passes with --strict', async () => {
    const result = await cli(['checklist', 'examples/valid', '--no-render', '--strict']);
    expect(result.stdout).not.toMatch(/with warnings/);
    expect(result.code).toBe(0);
  });
});

describe('the command a run names (only its options are built)', () => {
  it.each([
    [['validate', 'examples/valid'], 'validate'],
    [['--lang', 'de', 'validate'], 'validate'],
    [['--lang=ja', 'ua', 'check', 'MdePartner-A-B/1'], 'ua check'],
    [['ua', '--lang', 'fr', 'derive', '--company', 'A'], 'ua derive'],
    [['ua'], 'ua'],
    [['ua', 'nope'], 'ua'],
    [['help', 'bundle'], 'bundle'],
    [['help', 'ua', 'audit'], 'ua audit'],
    [['--help'], undefined],
    [[], undefined],
    [['validat'], undefined],
    [['--lang', 'validate'], undefined],
  ] as const)('%j → %s', async (argv, path) => {
    const { commandPath } = await import('../../src/cli.js');
    expect(commandPath(argv)).toBe(path);
  });
});
