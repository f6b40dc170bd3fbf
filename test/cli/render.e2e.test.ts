import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliInProcess, copyExample, repoRoot, run } from './helpers.js';

/**
 * The rendered logo checks through the CLI: on by default, --no-render, and (in the built binary
 * installed without its dependencies, where the process and its module resolution are what is
 * tested) a missing renderer.
 */
const work = mkdtempSync(join(tmpdir(), 'mde-render-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of examples/valid whose logo is the given render fixture. */
const listingWith = (fixture: string): string =>
  copyExample(join(work, fixture.replace(/\.svg$/, '')), { logo: readFileSync(join(repoRoot, 'test/fixtures/svg/render', fixture)) });
const cli = (argv: string[]) => cliInProcess(argv);

describe('validate draws the logo', () => {
  it('by default: a tiny logo in a corner warns, an empty one fails', async () => {
    const result = await cli(['validate', listingWith('tiny-corner.svg'), '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { listings: Array<{ findings: Array<{ code: string; severity: string; file: string }> }> };
    expect(report.listings[0]!.findings.map((f) => [f.code, f.severity])).toEqual([['SVG_OCCUPANCY_LOW', 'warning'], ['SVG_NOT_CENTRED', 'warning']]);
    expect((await cli(['validate', listingWith('tiny-corner.svg'), '--strict'])).code).toBe(1);
    expect((await cli(['validate', listingWith('empty.svg')])).code).toBe(1);
    expect(report.listings[0]!.findings[0]!.file).toMatch(/logo\.svg$/);
  });

  it('says in text output that the rule is our policy, with what was measured', async () => {
    const result = await cli(['validate', listingWith('tiny-corner.svg'), '--no-color']);
    expect(result.stdout).toContain('SVG_OCCUPANCY_LOW (mde-partner policy)');
    expect(result.stdout).toContain('The drawing spans 13% × 13% of the square; shown at 32 px it is 4 × 4 px. At least 50% in one direction is expected.');
  });

  it('not with --no-render', async () => {
    const result = await cli(['validate', listingWith('tiny-corner.svg'), '--no-render']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('SVG_OCCUPANCY_LOW');
  });

  it('passes the example, and a wide wordmark only warns', async () => {
    expect((await cli(['validate', 'examples/valid'])).code).toBe(0);
    const wide = await cli(['validate', listingWith('wide-wordmark.svg')]);
    expect(wide.code).toBe(0);
    expect(wide.stdout).toContain('SVG_CONTENT_NOT_SQUARE');
    expect((await cli(['validate', listingWith('wide-wordmark.svg'), '--strict'])).code).toBe(1);
  });

  it('for several listings in one run, each with its own result', async () => {
    const result = await cli(['validate', 'examples/valid', listingWith('off-centre.svg'), listingWith('centred.svg'), '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { listings: Array<{ ok: boolean; findings: Array<{ code: string }> }> };
    expect(report.listings.map((l) => l.findings.map((f) => f.code))).toEqual([[], ['SVG_NOT_CENTRED'], []]);
  });
});

describe('without the renderer installed', () => {
  // The package as installed with --omit=optional on a platform without a prebuilt resvg: no node_modules.
  const installed = join(work, 'installed');
  cpSync(join(repoRoot, 'bin'), join(installed, 'bin'), { recursive: true });
  cpSync(join(repoRoot, 'dist'), join(installed, 'dist'), { recursive: true });
  copyFileSync(join(repoRoot, 'package.json'), join(installed, 'package.json'));
  const runInstalled = (args: string[]) => run(['validate', join(repoRoot, 'examples/valid'), ...args], { bin: join(installed, 'bin/mde-partner.js') });

  it('warns that the rendered checks were skipped (SVG_RENDER_UNAVAILABLE), and exit 0 stays possible', () => {
    const result = runInstalled(['--format', 'json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { listings: Array<{ findings: Array<{ code: string; severity: string; message: string }> }> };
    expect(report.listings[0]!.findings).toMatchObject([{ code: 'SVG_RENDER_UNAVAILABLE', severity: 'warning' }]);
    expect(report.listings[0]!.findings[0]!.message).toContain('@resvg/resvg-js');
    expect(runInstalled(['--strict']).status).toBe(1);
    expect(runInstalled(['--strict', '--no-render']).status).toBe(0);
  });
});
