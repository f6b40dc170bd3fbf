import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliInProcess, copyExample } from './helpers.js';

/** The "next steps" that bundle and init print are commands: pasted into a shell, each works. */
const work = mkdtempSync(join(tmpdir(), 'mde-next-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cli = (argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}) => cliInProcess(argv, { cwd, env });

/** POSIX shell words of one command line, as `sh` splits them (plain words and '…' quoting), the comment cut. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  const pattern = /\s*(?:'((?:[^']|'\\\\'')*)'|([^\s'#]+)|(#.*))/gy;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(line)) !== null && match[0] !== '') {
    if (match[3] !== undefined) break;
    words.push(match[1] !== undefined ? match[1].replace(/'\\\\''/g, "'") : match[2]!);
  }
  return words;
}

/** The command lines under "Next steps:" up to the first blank line. */
function nextSteps(stdout: string): string[][] {
  const after = stdout.slice(stdout.indexOf('Next steps:') + 'Next steps:'.length).split('\n\n')[0]!;
  return after.split('\n').map((line) => line.trim()).filter(Boolean).map(shellWords);
}

const partnerFolder = (name: string, listing: Record<string, unknown> = {}): string => copyExample(join(work, name), { listing });

/** Runs a pasted step: `cat FILE` must name a file; `[npx] mde-partner …` must exit 0. */
async function paste(words: string[], cwd: string, expectedCli: string[]) {
  if (words[0] === 'cat') {
    expect(existsSync(join(cwd, words[1]!)), words.join(' ')).toBe(true);
    return;
  }
  expect(words.slice(0, expectedCli.length)).toEqual(expectedCli);
  const result = await cli([...words.slice(expectedCli.length), '--no-render'], cwd);
  expect(result.code, `${words.join(' ')}\n${result.stdout}${result.stderr}`).toBe(0);
}

describe('next steps are commands a user can paste', () => {
  it.each([
    ['installed', {}, ['mde-partner']],
    ['through npx', { npm_command: 'exec' }, ['npx', 'mde-partner']],
  ])('after bundle, %s', async (_, env, expectedCli) => {
    const folder = partnerFolder(`bundle ${expectedCli.length}`);
    const result = await cli(['bundle', 'bundle ' + expectedCli.length, '--no-render'], work, env);
    expect(result.code, result.stderr).toBe(0);
    const steps = nextSteps(result.stdout);
    expect(steps.map((words) => (words[0] === 'cat' ? 'cat' : words[expectedCli.length]))).toEqual(['cat', 'checklist', 'verify']);
    expect(steps[0]![1]).toBe(`${folder.slice(work.length + 1)}/mde-submission/SUBMISSION.md`);
    for (const words of steps) await paste(words, work, expectedCli);
  });

  it.each([
    ['installed', {}, ['mde-partner']],
    ['through npx', { npm_command: 'exec' }, ['npx', 'mde-partner']],
  ])('after init, %s', async (_, env, expectedCli) => {
    const name = `init ${expectedCli.length}`;
    partnerFolder(name);
    const result = await cli(['init', name, '--product-version', '1.0.1', '--no-render'], work, { ...env, CI: 'true' });
    expect(result.code, result.stderr).toBe(0);
    const steps = nextSteps(result.stdout);
    expect(steps).toHaveLength(3);
    for (const words of steps) await paste(words, work, expectedCli);
  });
});

describe('bundle says its warnings where it writes', () => {
  it('prints the warning findings with the bundle, not "run validate to see them"', async () => {
    partnerFolder('warned', { description: 'Contoso Cognito correlates Defender alerts with identity risk.' });
    const result = await cli(['bundle', 'warned', '--no-render'], work);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/warning DESCRIPTION_TOO_SHORT .*\/description/);
    expect(result.stdout).toMatch(/✔ Bundle written: warned\/mde-submission\//);
    expect(result.stdout).not.toMatch(/to see them/);
  });

  it('gives the machine formats the findings too (annotations for warnings)', async () => {
    partnerFolder('warned-gh', { description: 'Contoso Cognito correlates Defender alerts with identity risk.' });
    const result = await cli(['bundle', 'warned-gh', '--no-render', '--format', 'github'], work);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^::warning file=warned-gh\/mde-partner\.json,line=\d+.*DESCRIPTION_TOO_SHORT/m);
  });
});

describe('verify given a listing instead of a bundle', () => {
  it.each([
    ['its folder, before any bundle', 'listing-a', false, (dir: string) => dir, /listing-a is a listing \(mde-partner\.json\), not a bundle\. .*It has no bundle in listing-a\/mde-submission\/ yet: make one with "mde-partner bundle listing-a"/],
    ['its mde-partner.json, before any bundle', 'listing-b', false, (dir: string) => `${dir}/mde-partner.json`, /listing-b\/mde-partner\.json is a listing .*make one with "mde-partner bundle listing-b"/],
    ['its folder, with a bundle', 'listing c', true, (dir: string) => dir, /Its bundle is listing c\/mde-submission\.zip: run "mde-partner verify 'listing c\/mde-submission\.zip'"/],
  ])('%s: exit 2, and where the bundle is', async (_, name, bundled, arg, message) => {
    partnerFolder(name);
    if (bundled) expect((await cli(['bundle', name, '--no-render'], work)).code).toBe(0);
    const result = await cli(['verify', arg(name)], work);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('still verifies the bundle folder itself', async () => {
    partnerFolder('listing-d');
    expect((await cli(['bundle', 'listing-d', '--no-render'], work)).code).toBe(0);
    expect((await cli(['verify', 'listing-d/mde-submission', '--no-render'], work)).code).toBe(0);
  });
});
