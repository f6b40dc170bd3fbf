import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliInProcess, copyExample } from './helpers.js';

// Microsoft's SARIF multitool, with the rules GitHub code scanning applies on upload ("Gh") and the
// SARIF spec's own rules. It is a .NET single-file binary: without libicu it needs invariant mode.
const MULTITOOL_ENV = { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' };

function findMultitool(): { path: string } | { why: string } {
  let path: string;
  try {
    path = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
  } catch (error) {
    return { why: `@microsoft/sarif-multitool has no binary for ${process.platform}: ${(error as Error).message.split('\n')[0]}` };
  }
  const ran = spawnSync(path, ['--version'], { env: MULTITOOL_ENV, encoding: 'utf8', timeout: 20_000 });
  if (ran.status === 0) return { path };
  return { why: `the SARIF multitool (${path}) does not run on ${process.platform}-${process.arch}: ${ran.error?.message ?? (ran.stderr.trim().split('\n')[0] || `exit ${ran.status}`)}` };
}

const multitool = findMultitool();

/**
 * Notes the multitool may leave, each for a reason; any other note, and every warning and error,
 * fails the test.
 */
const ACCEPTED_NOTES: Record<string, string> = {
  SARIF2002: 'messages are worded per finding (message.text), not message strings with arguments',
  SARIF2003: 'no versionControlProvenance: the CLI does not read the repository',
  SARIF2006: 'the $schema URL is not fetched when the machine is offline',
  SARIF2009: 'rule ids are the stable codes (SVG_SCRIPT), not TOOL1234',
  SARIF2010: 'no snippet: the logo source would carry hostile content into the log',
  SARIF2011: 'no context region, for the same reason',
  SARIF2012: 'no helpUri (help text and markdown are inline), and a clean run has no rules',
  SARIF2016: 'absolute file URIs for files outside the working directory, by design',
};

interface Diagnostic { level: string; ruleId: string; where: string }

/** Runs `Sarif.Multitool validate` on a log and returns what it reported. */
function validateWithMultitool(path: string, dir: string, log: string): Diagnostic[] {
  const input = join(dir, 'input.sarif');
  const output = join(dir, 'multitool.sarif');
  writeFileSync(input, log);
  const ran = spawnSync(path, ['validate', input, '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning;Note', '--output', output, '--log', 'ForceOverwrite', '--quiet'], { env: MULTITOOL_ENV, encoding: 'utf8', timeout: 20_000 });
  expect(ran.status, ran.stderr || ran.stdout).toBe(0);
  const [validation] = (JSON.parse(readFileSync(output, 'utf8')) as { runs: Array<{
    invocations?: Array<{ executionSuccessful: boolean; toolConfigurationNotifications?: unknown[]; toolExecutionNotifications?: unknown[] }>;
    results?: Array<{ ruleId: string; level?: string; message: { arguments?: string[] } }>;
  }> }).runs;
  const [invocation] = validation!.invocations ?? [];
  expect(invocation?.executionSuccessful).toBe(true);
  expect([...invocation?.toolConfigurationNotifications ?? [], ...invocation?.toolExecutionNotifications ?? []]).toEqual([]);
  return (validation!.results ?? []).map((r) => ({ level: r.level ?? 'warning', ruleId: r.ruleId, where: r.message.arguments?.[0] ?? '' }));
}

describe.skipIf('why' in multitool)(`SARIF passes Microsoft's SARIF multitool with GitHub's rules${'why' in multitool ? ` (skipped: ${multitool.why})` : ''}`, () => {
  const path = 'path' in multitool ? multitool.path : '';
  const dir = mkdtempSync(join(tmpdir(), 'mde-multitool-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // A listing whose only finding has no line (an empty logo), outside the working directory.
  const emptyLogo = copyExample(join(dir, 'empty-logo'), { logo: '' });
  const sarif = async (args: string[]) => {
    const result = await cliInProcess([...args, '--format', 'sarif']);
    expect([0, 1], result.stderr).toContain(result.code);
    return result.stdout;
  };

  it.each([
    ['a valid listing (no results)', ['validate', 'examples/valid'], 0],
    ['listings with errors and warnings (relative URIs)', ['validate', 'examples/broken', 'examples/valid'], 14],
    ['a finding without a line, outside the working directory (absolute URIs)', ['validate', emptyLogo], 1],
  ])('%s', async (_name, args, results) => {
    const log = await sarif(args as string[]);
    expect((JSON.parse(log) as { runs: Array<{ results: unknown[] }> }).runs[0]!.results).toHaveLength(results as number);
    const reported = validateWithMultitool(path, dir, log);
    const unexpected = reported.filter((d) => d.level !== 'note' || !(d.ruleId in ACCEPTED_NOTES));
    expect(unexpected).toEqual([]);
  });

  // The invocation really applies the rules: the same log, broken the way code scanning would refuse.
  it.each([
    ['a result without a region', 'SARIF2017', (log: SarifLog) => { delete log.runs[0]!.results[0]!.locations[0]!.physicalLocation.region; }],
    ['a %SRCROOT% without its trailing slash', 'SARIF1004', (log: SarifLog) => { log.runs[0]!.originalUriBaseIds!['%SRCROOT%']!.uri = log.runs[0]!.originalUriBaseIds!['%SRCROOT%']!.uri.replace(/\/$/, ''); }],
    ['a result without a location', 'GH1015', (log: SarifLog) => { delete (log.runs[0]!.results[0] as { locations?: unknown }).locations; }],
  ])('refuses %s (%s)', async (_name, ruleId, breakIt) => {
    const log = JSON.parse(await sarif(['validate', 'examples/broken'])) as SarifLog;
    breakIt(log);
    const reported = validateWithMultitool(path, dir, JSON.stringify(log));
    expect(reported.filter((d) => d.level !== 'note').map((d) => d.ruleId)).toContain(ruleId);
  });
});

interface SarifLog {
  runs: Array<{
    originalUriBaseIds?: Record<string, { uri: string }>;
    results: Array<{ locations: Array<{ physicalLocation: { region?: unknown } }> }>;
  }>;
}
