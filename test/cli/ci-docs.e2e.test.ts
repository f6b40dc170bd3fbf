import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { action, runAction, work } from './action-runner.js';
import { repoRoot } from './helpers.js';

/**
 * The CI examples a partner copies: the workflow `init` writes and docs/ci.md's. Each is parsed; the
 * GitHub ones are run through the action as the runner would, the GitLab and Azure ones by running
 * their script lines with bash against a copy of an example listing, and the pre-commit configuration
 * (also in the README) names the hook of .pre-commit-hooks.yaml.
 */

const VENDORED = 'tools/mde-partner';
const template = readFileSync(join(repoRoot, 'templates/github-workflow.yml'), 'utf8');
const ciDoc = readFileSync(join(repoRoot, 'docs/ci.md'), 'utf8');
const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const preCommitHooks = parse(readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; pass_filenames?: boolean }[];

interface WorkflowStep { id?: string; name?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown> }
interface Workflow { permissions: Record<string, string>; jobs: Record<string, { steps: WorkflowStep[] }> }

/** The YAML code blocks of a Markdown text, parsed. */
const yamlBlocks = (markdown: string) => [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!) as unknown);

/** The step that runs the action of this repository, from where a partner keeps it. */
const actionStep = (workflow: Workflow) => Object.values(workflow.jobs ?? {}).flatMap((job) => job.steps ?? []).find((step) => step.uses === `./${VENDORED}`);

/** A workspace with a listing at its root and this checkout where a partner keeps its copy. */
function vendor(workspace: string): string {
  mkdirSync(join(workspace, 'tools'), { recursive: true });
  symlinkSync(repoRoot, join(workspace, VENDORED), 'dir');
  return join(workspace, VENDORED);
}

let workspaces = 0;
function partnerWorkspace(example: 'valid' | 'broken'): string {
  const workspace = join(work, `partner-${workspaces++}`);
  cpSync(join(repoRoot, `examples/${example}`), workspace, { recursive: true });
  vendor(workspace);
  return workspace;
}

/** Lines that install the vendored copy; the checkout is installed and built, so they are not run. */
const INSTALL = /^npm (ci|run) --prefix tools\/mde-partner /;
const runScript = (script: string, cwd: string, env: NodeJS.ProcessEnv = {}) =>
  spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, encoding: 'utf8' });

describe('the workflow init writes (templates/github-workflow.yml)', () => {
  const workflow = parse(template) as Workflow;
  const step = actionStep(workflow)!;

  it('runs the action with inputs it has, and reads outputs it sets', () => {
    expect(step).toBeDefined();
    expect(step.id).toBeTruthy();
    for (const name of Object.keys(step.with ?? {})) expect(action.inputs).toHaveProperty(name);
    const used = [...template.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)];
    expect(used.length).toBeGreaterThan(0);
    for (const [, id, output] of used) {
      expect(id).toBe(step.id);
      expect(action.outputs).toHaveProperty(output!);
    }
    expect(workflow.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    const checkout = workflow.jobs.validate!.steps[0]!;
    expect(checkout.uses).toMatch(/^actions\/checkout@/);
    expect(checkout.with).toEqual({ submodules: true });
  });

  it.each([['valid', 0, 'true'], ['broken', 1, 'false']] as const)('on the %s example: exit %i, ok %s, a SARIF file to upload', (example, status, ok) => {
    const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([key, value]) => [key, String(value)]));
    const run = runAction(inputs, { listings: { '.': `examples/${example}` }, actionPath: vendor });
    expect(run.status).toBe(status);
    expect(run.outputs.ok).toBe(ok);
    expect(run.outputs.sarif).toBe('mde-partner.sarif');
    expect((JSON.parse(readFileSync(join(run.workspace, run.outputs.sarif!), 'utf8')) as { runs: unknown[] }).runs).toHaveLength(1);
    expect(run.summary).toContain(status === 0 ? '✅ **Passed**' : '❌ **Failed**');
  });

  it('is the workflow docs/ci.md shows', () => {
    expect(yamlBlocks(ciDoc)).toContainEqual(parse(template));
  });
});

describe('docs/ci.md', () => {
  const blocks = yamlBlocks(ciDoc) as Record<string, unknown>[];

  it('GitHub Actions, the plain CLI: exit 1 on the broken example, annotations and a job summary', () => {
    const workflow = blocks.find((block) => !actionStep(block as unknown as Workflow) && 'jobs' in block) as unknown as Workflow;
    const lines = workflow.jobs.validate!.steps.filter((s) => s.run).map((s) => s.run!);
    expect(lines.filter((line) => INSTALL.test(line))).toHaveLength(1);
    const workspace = partnerWorkspace('broken');
    writeFileSync(join(workspace, 'summary.md'), '');
    const result = runScript(lines.filter((line) => !INSTALL.test(line)).join('\n'), workspace, { GITHUB_STEP_SUMMARY: join(workspace, 'summary.md') });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error file=mde-partner\.json,line=/m);
    expect(readFileSync(join(workspace, 'summary.md'), 'utf8')).toContain('| | Code | Severity | Place | Message | Fix |');
  });

  const gitlab = () => (blocks.find((block) => 'mde-partner' in block) as { 'mde-partner': { script: string[]; artifacts: { reports: { junit: string } } } })['mde-partner'];
  it.each([['valid', 0], ['broken', 1]] as const)('GitLab CI on the %s example: exit %i and the JUnit report', (example, status) => {
    const job = gitlab();
    expect(job.script.filter((line) => INSTALL.test(line))).toHaveLength(2);
    const workspace = partnerWorkspace(example);
    const result = runScript(job.script.filter((line) => !INSTALL.test(line)).join('\n'), workspace);
    expect(result.status).toBe(status);
    const junit = readFileSync(join(workspace, job.artifacts.reports.junit), 'utf8');
    expect(junit).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="mde-partner"/);
    expect(/<testsuites [^>]*failures="(\d+)"/.exec(junit)![1] !== '0').toBe(status === 1);
  });

  it('GitLab CI: a listing that cannot be checked fails the job at the JUnit line', () => {
    const workspace = join(work, `partner-${workspaces++}`);
    mkdirSync(workspace);
    vendor(workspace);
    const result = runScript(gitlab().script.filter((line) => !INSTALL.test(line)).join('\n'), workspace);
    expect(result.status).not.toBe(0);
    expect(result.stderr.match(/^mde-partner: /gm)).toHaveLength(1);
  });

  it.each([['valid', 0], ['broken', 1]] as const)('Azure Pipelines on the %s example: script steps in order, then the JUnit file to publish', (example, status) => {
    const pipeline = blocks.find((block) => 'pool' in block) as { steps: { script?: string; task?: string; condition?: string; inputs?: Record<string, string> }[] };
    const scripts = pipeline.steps.filter((s) => s.script).map((s) => s.script!);
    expect(scripts.filter((line) => INSTALL.test(line))).toHaveLength(1);
    const workspace = partnerWorkspace(example);
    let failed = 0;
    for (const script of scripts.filter((line) => !INSTALL.test(line))) {
      // Azure runs each script with bash and fails the step on its exit code; later steps are skipped.
      const result = spawnSync('bash', ['--noprofile', '--norc', '-c', script], { cwd: workspace, env: { PATH: process.env.PATH }, encoding: 'utf8' });
      failed = result.status ?? 128;
      if (failed !== 0) break;
    }
    expect(failed).toBe(status);
    const publish = pipeline.steps.find((s) => s.task === 'PublishTestResults@2')!;
    expect(publish.condition).toBe('succeededOrFailed()');
    expect(publish.inputs!.testResultsFormat).toBe('JUnit');
    expect(existsSync(join(workspace, publish.inputs!.testResultsFiles!))).toBe(true);
  });
});

describe('the pre-commit configuration of docs/ci.md and the README', () => {
  type PreCommitConfig = { repos: { repo: string; rev: string; hooks: { id: string; args?: string[] }[] }[] };
  const configs = (markdown: string) => (yamlBlocks(markdown) as Partial<PreCommitConfig>[]).filter((block) => Array.isArray(block?.repos)) as PreCommitConfig[];

  it.each([['docs/ci.md', ciDoc], ['README.md', readme]])('%s names the hook this repository declares, at a release tag', (_, markdown) => {
    const [config] = configs(markdown);
    expect(config).toBeDefined();
    const hooks = config!.repos.flatMap((repo) => repo.hooks);
    expect(hooks.map((hook) => hook.id)).toEqual(['mde-partner']);
    expect(preCommitHooks.map((hook) => hook.id)).toContain('mde-partner');
    expect(config!.repos[0]!.rev).toMatch(/^v\d+\.\d+\.\d+$/);
  });

  it('shows the listing folder as args, since the hook gets no file names', () => {
    expect(preCommitHooks.find((hook) => hook.id === 'mde-partner')!.pass_filenames).toBe(false);
    const args = configs(ciDoc)[0]!.repos[0]!.hooks[0]!.args;
    expect(args).toEqual(['path/to/listing-folder']);
  });
});
