import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess, copyExample, type InProcessResult } from './helpers.js';

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

interface Validation {
  status: number | null;
  console: string;
  executionSuccessful: boolean[];
  notifications: unknown[];
  /** Each input's diagnostics, by the file the result's location names. */
  byInput: Map<string, Diagnostic[]>;
  /** Results whose location names no input (or more than one place): they cannot be laid on a case. */
  unattributed: unknown[];
}

/**
 * Runs `Sarif.Multitool validate` once on several logs (one .NET start-up for all of them) and
 * sorts what it reported by input file: every result it writes has one location, the file it read.
 */
function validateWithMultitool(path: string, inputs: string[], output: string): Validation {
  const ran = spawnSync(path, ['validate', ...inputs, '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning;Note', '--output', output, '--log', 'ForceOverwrite', '--quiet'], { env: MULTITOOL_ENV, encoding: 'utf8', timeout: 60_000, maxBuffer: 16 * 1024 * 1024 });
  const validation: Validation = { status: ran.status, console: ran.error?.message ?? (ran.stderr || ran.stdout), executionSuccessful: [], notifications: [], byInput: new Map(inputs.map((input) => [input, []])), unattributed: [] };
  if (ran.status !== 0) return validation;
  const { runs } = JSON.parse(readFileSync(output, 'utf8')) as { runs: Array<{
    invocations?: Array<{ executionSuccessful: boolean; toolConfigurationNotifications?: unknown[]; toolExecutionNotifications?: unknown[] }>;
    results?: Array<{ ruleId: string; level?: string; message: { arguments?: string[] }; locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }> }>;
  }> };
  for (const run of runs) {
    for (const invocation of run.invocations ?? []) {
      validation.executionSuccessful.push(invocation.executionSuccessful);
      validation.notifications.push(...invocation.toolConfigurationNotifications ?? [], ...invocation.toolExecutionNotifications ?? []);
    }
    for (const result of run.results ?? []) {
      const uri = result.locations?.length === 1 ? result.locations[0]!.physicalLocation?.artifactLocation?.uri : undefined;
      const diagnostics = uri?.startsWith('file:') ? validation.byInput.get(fileURLToPath(uri)) : undefined;
      if (diagnostics) diagnostics.push({ level: result.level ?? 'warning', ruleId: result.ruleId, where: result.message.arguments?.[0] ?? '' });
      else validation.unattributed.push(result);
    }
  }
  return validation;
}

/**
 * What the multitool reported on one input, after checking the invocation as a whole: it ran, it
 * reported no trouble of its own, every result names an input, and it did read this one. A log it
 * cannot load (an unknown level, say) gets no results at all, and the inputs after it are dropped
 * with it, while the run still exits 0 and calls itself successful; every log this CLI writes draws
 * at least a note (no versionControlProvenance), so an input with none was not validated.
 */
function diagnosticsOf(validation: Validation, input: string): Diagnostic[] {
  expect(validation.status, validation.console).toBe(0);
  expect(validation.executionSuccessful).toEqual([true]);
  expect(validation.notifications).toEqual([]);
  expect(validation.unattributed).toEqual([]);
  const diagnostics = validation.byInput.get(input)!;
  const unread = [...validation.byInput].filter(([, d]) => d.length === 0).map(([file]) => file);
  expect(diagnostics.length, `the multitool reported nothing on ${input}, so it did not validate it; inputs it did not read, in order: ${unread.join(', ')}`).toBeGreaterThan(0);
  return diagnostics;
}

// A log the multitool validates cleanly: what the CLI writes, and how many results it holds.
const CLEAN: Array<[name: string, args: string[] | ((dir: string) => string[]), results: number]> = [
  ['a valid listing (no results)', ['validate', 'examples/valid'], 0],
  ['listings with errors and warnings (relative URIs)', ['validate', 'examples/broken', 'examples/valid'], 14],
  // A listing whose only finding has no line (an empty logo), outside the working directory.
  ['a finding without a line, outside the working directory (absolute URIs)', (dir) => ['validate', copyExample(join(dir, 'empty-logo'), { logo: '' })], 1],
];

// The invocation really applies the rules: the log for examples/broken, broken the way code scanning would refuse.
const REFUSED: Array<[name: string, ruleId: string, breakIt: (log: SarifLog) => void]> = [
  ['a result without a region', 'SARIF2017', (log) => { delete log.runs[0]!.results[0]!.locations[0]!.physicalLocation.region; }],
  ['a %SRCROOT% without its trailing slash', 'SARIF1004', (log) => { log.runs[0]!.originalUriBaseIds!['%SRCROOT%']!.uri = log.runs[0]!.originalUriBaseIds!['%SRCROOT%']!.uri.replace(/\/$/, ''); }],
  ['a result without a location', 'GH1015', (log) => { delete (log.runs[0]!.results[0] as { locations?: unknown }).locations; }],
];

describe.skipIf('why' in multitool)(`SARIF passes Microsoft's SARIF multitool with GitHub's rules${'why' in multitool ? ` (skipped: ${multitool.why})` : ''}`, () => {
  const path = 'path' in multitool ? multitool.path : '';
  const dir = mkdtempSync(join(tmpdir(), 'mde-multitool-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const sarif = (args: string[]) => cliInProcess([...args, '--format', 'sarif']);
  const input = (kind: string, index: number) => join(dir, `${kind}-${index}.sarif`);

  // Every log is written first, in this process as the CLI writes it, then one multitool run validates them all.
  const clean: InProcessResult[] = [];
  let broken: InProcessResult;
  let validation: Validation;
  beforeAll(async () => {
    for (const [index, [, args]] of CLEAN.entries()) {
      clean[index] = await sarif(typeof args === 'function' ? args(dir) : args);
      writeFileSync(input('clean', index), clean[index].stdout);
    }
    broken = await sarif(['validate', 'examples/broken']);
    for (const [index, [, , breakIt]] of REFUSED.entries()) {
      const log = JSON.parse(broken.stdout) as SarifLog;
      breakIt(log);
      writeFileSync(input('refused', index), JSON.stringify(log));
    }
    validation = validateWithMultitool(path, [...CLEAN.map((_, i) => input('clean', i)), ...REFUSED.map((_, i) => input('refused', i))], join(dir, 'multitool.sarif'));
  }, 90_000);

  it.each(CLEAN.map(([name, , results], index) => [name, index, results] as const))('%s', (_name, index, results) => {
    const result = clean[index]!;
    expect([0, 1], result.stderr).toContain(result.code);
    expect((JSON.parse(result.stdout) as { runs: Array<{ results: unknown[] }> }).runs[0]!.results).toHaveLength(results);
    const unexpected = diagnosticsOf(validation, input('clean', index)).filter((d) => d.level !== 'note' || !(d.ruleId in ACCEPTED_NOTES));
    expect(unexpected).toEqual([]);
  });

  it.each(REFUSED.map(([name, ruleId], index) => [name, ruleId, index] as const))('refuses %s (%s)', (_name, ruleId, index) => {
    expect([0, 1], broken.stderr).toContain(broken.code);
    const reported = diagnosticsOf(validation, input('refused', index));
    expect(reported.filter((d) => d.level !== 'note').map((d) => d.ruleId)).toContain(ruleId);
  });
});

interface SarifLog {
  runs: Array<{
    originalUriBaseIds?: Record<string, { uri: string }>;
    results: Array<{ locations: Array<{ physicalLocation: { region?: unknown } }> }>;
  }>;
}
