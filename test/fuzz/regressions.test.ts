import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countDescriptionWords } from '../../src/checks/description.js';
import { main } from '../../src/cli.js';
import { cliInProcess, copyExample, repoRoot, run } from '../cli/helpers.js';

/**
 * Failures the property and fuzz tests found, each kept as a fixture in test/fixtures/regressions
 * (test/fixtures/svg/bad for logos) and run here through the CLI: in-process, but in the built binary
 * where the failure was the process dying or waiting forever, which only a process of its own can
 * show without taking the test run with it.
 */
const FIXTURES = join(repoRoot, 'test/fixtures/regressions');
const work = mkdtempSync(join(tmpdir(), 'mde-regressions-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const codesOf = (stdout: string) => (JSON.parse(stdout) as { listings: Array<{ findings: Array<{ code: string }> }> }).listings.flatMap((l) => l.findings.map((f) => f.code));

const cli = (argv: string[]) => cliInProcess(argv);

/** A copy of examples/valid with its logo replaced. */
const listingWithLogo = (name: string, logo: Buffer | string) => copyExample(join(work, name), { logo });

describe('logos svgo cannot optimize (bundle was exit 3)', () => {
  it.each(['svgo-empty-css-property.svg', 'svgo-matrix-five-numbers.svg'])('%s: the bundle keeps the checked original and says so', async (name) => {
    const original = readFileSync(join(FIXTURES, name));
    const dir = listingWithLogo(name, original);
    const result = await cli(['bundle', dir]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Note: The logo was copied as it is: svgo could not optimize it');
    expect(readFileSync(join(dir, 'mde-submission/logo.svg')).equals(original)).toBe(true);
    expect((await cli(['verify', join(dir, 'mde-submission.zip')])).code).toBe(0);
    const json = await cli(['bundle', dir, '--format', 'json']);
    expect((JSON.parse(json.stdout) as { notes: string[] }).notes).toHaveLength(1);
  });
});

describe('a zip entry with corrupt deflate data (verify could die on an unhandled stream error)', () => {
  const zip = join(FIXTURES, 'bundle-corrupt-deflate.zip');

  it('is BUNDLE_ZIP_INVALID through the binary', () => {
    const result = run(['verify', zip, '--format', 'json']);
    expect(result.status).toBe(1);
    expect(codesOf(result.stdout)).toEqual(['BUNDLE_ZIP_INVALID']);
  });

  it('is BUNDLE_ZIP_INVALID on every one of many runs in one process (the error came before the stream had a listener)', async () => {
    const sink = { write: () => true };
    for (let i = 0; i < 150; i++) {
      expect(await main(['verify', zip, '--format', 'json'], { stdout: sink, stderr: sink, env: {}, cwd: work })).toBe(1);
    }
  }, 60_000);
});

describe('a received bundle whose listing names a logo outside it (verify read it)', () => {
  it('is BUNDLE_PATH_TRAVERSAL, and the file outside is never read', async () => {
    const result = await cli(['verify', join(FIXTURES, 'bundle-logo-outside.zip'), '--format', 'json']);
    expect(result.code).toBe(1);
    expect(codesOf(result.stdout)).toEqual(['BUNDLE_PATH_TRAVERSAL']);
  });
});

describe('a FIFO where a file should be (validate and verify waited forever)', () => {
  it('a FIFO as the logo is LOGO_NOT_FOUND, at once', () => {
    const dir = listingWithLogo('fifo-logo', '');
    rmSync(join(dir, 'logo.svg'));
    execFileSync('mkfifo', [join(dir, 'logo.svg')]);
    const result = run(['validate', dir, '--format', 'json']);
    expect(result.status).toBe(1);
    expect(codesOf(result.stdout)).toEqual(['LOGO_NOT_FOUND']);
  });

  it('a FIFO as the bundle to verify is exit 2, at once', () => {
    const fifo = join(work, 'bundle.zip');
    execFileSync('mkfifo', [fifo]);
    const result = run(['verify', fifo]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/neither a folder nor a zip file/);
  });
});

describe('terminal escapes in keys, rule names and values (text output passed them raw)', () => {
  const listing = join(FIXTURES, 'listing-terminal-escapes.json');

  it.each(['text', 'github'])('--format %s prints no control or bidi character', async (format) => {
    const result = await cli(['validate', listing, '--format', format]);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(result.stdout).toContain('\\u001b');
  });

  it('describes a value that is not a string instead of printing [object Object]', async () => {
    const result = await cli(['validate', listing]);
    expect(result.stdout).toContain('An object is not allowed here.');
    expect(result.stdout).not.toContain('[object Object]');
  });
});

describe('a logo path with a lone surrogate (SARIF was exit 3: URI malformed)', () => {
  it('renders SARIF with the path as the file system has it', async () => {
    const result = await cli(['validate', join(FIXTURES, 'lone-surrogate-logo'), '--format', 'sarif']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('%EF%BF%BD.svg');
  });
});

describe('strings the property tests found', () => {
  const cases = JSON.parse(readFileSync(join(FIXTURES, 'fuzz-strings.json'), 'utf8')) as { countDescriptionWords: Array<{ input: string; words: number }> };
  it.each(cases.countDescriptionWords)('countDescriptionWords($input) = $words', ({ input, words }) => {
    expect(countDescriptionWords(input)).toBe(words);
  });
});
