import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliInProcess } from '../cli/helpers.js';

/** `init --answers` without a terminal, in-process, in a temp folder holding the example logo. */
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mde-init-answers-'));
  copyFileSync(resolve(__dirname, '../../examples/valid/logo.svg'), join(dir, 'logo.svg'));
  writeFileSync(join(dir, 'script.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">\n<script>alert(1)</script><rect width="100" height="100"/></svg>\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const init = (argv: string[]) => cliInProcess(['init', ...argv, '--yes', '--no-bundle', '--no-render', '--no-ci-workflow', '--no-color'], { cwd: dir });

const LONG = 'Contoso Cognito correlates Defender alerts with identity risk to stop account takeover within minutes, automatically, for every tenant.';
const GOOD = 'Contoso Cognito correlates Defender alerts with identity risk to stop account takeover within minutes, automatically.';

/** An answers file with one member per line: `description` on line 4, `multiTenant` on line 8. */
function answersText(change: Record<string, unknown> = {}): string {
  const answers = {
    companyName: 'Contoso',
    productName: 'Contoso Cognito',
    description: LONG,
    productVersion: '1.0.0',
    logo: 'logo.svg',
    landingPage: 'https://contoso.example.com/defender',
    multiTenant: false,
    ...change,
  };
  return `${JSON.stringify(answers, null, 2)}\n`;
}

/** The findings of init's text report: code, field and where. */
const placed = (stdout: string) => [...stdout.matchAll(/^ {2}(?:error|warning) +(\w+)(?: \([^)]*\))?((?: +\S+)+)$/gm)].map((m) => `${m[1]}${m[2]!.replace(/ +/g, ' ')}`);

describe('init --answers: findings on values from the answers file point into it', () => {
  it.each<[string, Record<string, unknown>, string, string[], string[]]>([
    ['a description too long, from the file', {}, 'answers.json', [], ['DESCRIPTION_TOO_LONG /description answers.json:4:3']],
    ['the file as typed, in a subfolder', {}, './in/answers.json', [], ['DESCRIPTION_TOO_LONG /description ./in/answers.json:4:3']],
    ['a flag overriding the file', {}, 'answers.json', ['--description', `${LONG} Twice.`], ['DESCRIPTION_TOO_LONG /description mde-partner.json:6:3']],
    ['a flag overriding the file with a good value', {}, 'answers.json', ['--description', GOOD], []],
    ['a flag repeating the file\'s value: the flag won', {}, 'answers.json', ['--description', LONG], ['DESCRIPTION_TOO_LONG /description mde-partner.json:6:3']],
    ['a value of the wrong type', { description: GOOD, multiTenant: 'no' }, 'answers.json', [], ['LISTING_FIELD_TYPE /multiTenant answers.json:8:3']],
    ['a nested value', { description: GOOD, onboarding: { license: { status: 'finished' } } }, 'answers.json', [], ['LISTING_VALUE_NOT_ALLOWED /onboarding/license/status answers.json:11:7']],
    ['a nested value a flag replaced', { description: GOOD, onboarding: { license: { status: 'finished' } } }, 'answers.json', ['--license', 'done'], []],
    ['a finding in the logo the file names stays in the logo', { description: GOOD, logo: 'script.svg' }, 'answers.json', [], ['SVG_SCRIPT script.svg:2:1']],
  ])('%s', async (_name, change, path, flags, expected) => {
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, path), answersText(change));
    const result = await init(['--answers', path, ...flags]);
    expect(placed(result.stdout)).toEqual(expected);
    expect(result.code).toBe(expected.length > 0 ? 1 : 0);
    expect(existsSync(join(dir, 'mde-partner.json'))).toBe(expected.length === 0);
  });

  it('a value the existing listing gave is not pointed into the answers file', async () => {
    writeFileSync(join(dir, 'mde-partner.json'), answersText());
    writeFileSync(join(dir, 'answers.json'), '{\n  "productVersion": "2.0.0"\n}\n');
    const result = await init(['--answers', 'answers.json']);
    expect(placed(result.stdout)).toEqual(['DESCRIPTION_TOO_LONG /description mde-partner.json:6:3']);
  });

  it.each([
    ['{\n  "companyName": "Contoso",\n}\n', /The answers file "answers\.json" is not valid JSON: a trailing comma before \} at line 2, column 27\. Remove the comma/],
    ['{\n  companyName: "Contoso"\n}\n', /is not valid JSON: an unquoted key \(companyName\) at line 2, column 3\. Put the key in double quotes: "companyName"\./],
    ['{"companyName": “Contoso”}', /is not valid JSON: a typographic quote “ where JSON needs a straight double quote " at line 1, column 17\./],
  ])('a syntax error in the answers file is exit 2 with its line, column and cause: %j', async (text, message) => {
    writeFileSync(join(dir, 'answers.json'), text);
    const result = await init(['--answers', 'answers.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
