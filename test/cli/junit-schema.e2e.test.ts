import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliInProcess, copyExample, repoRoot } from './helpers.js';

// The Jenkins xUnit plugin's JUnit schema (junit-10.xsd), kept in the repository for clean clones.
const SCHEMA = join(repoRoot, 'test/fixtures/schemas/junit-10.xsd');

// .ci/run installs xmllint (libxml2-utils), so in CI a missing xmllint fails instead of skipping.
const xmllintMissing = spawnSync('xmllint', ['--version']).error !== undefined;
const skip = xmllintMissing && process.env.CI !== 'true';

/** The documented extensions: `file` and `line` on a test case, which the schema does not know. */
const stripExtensions = (xml: string) =>
  xml.replace(/<testcase [^>]*>/g, (tag) => tag.replace(/ (?:file|line)="[^"]*"/g, ''));

describe.skipIf(skip)(`JUnit output is valid against the Jenkins xUnit schema${skip ? ' (skipped: xmllint is not installed; apt-get install libxml2-utils)' : ''}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'mde-junit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const emptyLogo = copyExample(join(dir, 'empty-logo'), { logo: '' });
  const xmllint = (xml: string) => {
    const file = join(dir, 'report.xml');
    writeFileSync(file, xml);
    return spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8', timeout: 20_000 });
  };

  it.each([
    ['a valid listing', ['validate', 'examples/valid'], 1],
    ['a listing with errors, a warning and a code found twice', ['validate', 'examples/broken'], 14],
    ['several listings in one run, warnings failing', ['validate', 'examples/valid', 'examples/broken', emptyLogo, '--strict'], 16],
    ['a HAR audit', ['ua', 'audit', 'examples/capture.har', '--listing', 'examples/valid'], 1],
  ])('%s', async (_name, args, cases) => {
    const result = await cliInProcess([...(args as string[]), '--format', 'junit']);
    expect([0, 1], result.stderr).toContain(result.code);
    const xml = result.stdout;
    expect(xml.match(/<testcase /g)).toHaveLength(cases as number);
    expect(xml.match(/<testcase [^>]*\btime="0"[^>]*\bfile="[^"]+"/g)).toHaveLength(cases as number);

    const checked = xmllint(stripExtensions(xml));
    expect(checked.error).toBeUndefined();
    expect(checked.stderr).toMatch(/ validates$/m);
    expect(checked.status, checked.stderr).toBe(0);

    for (const suite of xml.match(/<testsuite [\s\S]*?<\/testsuite>/g)!) {
      const names = [...suite.matchAll(/<testcase [^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
      expect(new Set(names).size, names.join(', ')).toBe(names.length);
    }
    // The schema is not a rubber stamp: it refuses the extension attributes it does not know.
    expect(xmllint(xml).status).not.toBe(0);
  });
});
