import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, run } from './helpers.js';

/** The rendered logo checks through the built binary: on by default, --no-render, a missing renderer. */
const work = mkdtempSync(join(tmpdir(), 'mde-render-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const validListing = JSON.parse(readFileSync(join(repoRoot, 'examples/valid/mde-partner.json'), 'utf8')) as Record<string, unknown>;

/** A copy of examples/valid whose logo is the given render fixture. */
function listingWith(fixture: string): string {
  const dir = join(work, fixture.replace(/\.svg$/, ''));
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(repoRoot, 'test/fixtures/svg/render', fixture), join(dir, 'logo.svg'));
  writeFileSync(join(dir, 'mde-partner.json'), JSON.stringify({ ...validListing, $schema: undefined, logo: 'logo.svg' }));
  return dir;
}

describe('validate draws the logo', () => {
  it('by default: a tiny logo in a corner warns, an empty one fails', () => {
    const result = run(['validate', listingWith('tiny-corner.svg'), '--format', 'json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { listings: Array<{ findings: Array<{ code: string; severity: string; file: string }> }> };
    expect(report.listings[0]!.findings.map((f) => [f.code, f.severity])).toEqual([['SVG_OCCUPANCY_LOW', 'warning'], ['SVG_NOT_CENTRED', 'warning']]);
    expect(run(['validate', listingWith('tiny-corner.svg'), '--strict']).status).toBe(1);
    expect(run(['validate', listingWith('empty.svg')]).status).toBe(1);
    expect(report.listings[0]!.findings[0]!.file).toMatch(/logo\.svg$/);
  });

  it('says in text output that the rule is our policy, with what was measured', () => {
    const result = run(['validate', listingWith('tiny-corner.svg'), '--no-color']);
    expect(result.stdout).toContain('SVG_OCCUPANCY_LOW (mde-partner policy)');
    expect(result.stdout).toContain('The drawing spans 13% × 13% of the square; shown at 32 px it is 4 × 4 px. At least 50% in one direction is expected.');
  });

  it('not with --no-render', () => {
    const result = run(['validate', listingWith('tiny-corner.svg'), '--no-render']);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('SVG_OCCUPANCY_LOW');
  });

  it('passes the example, and a wide wordmark only warns', () => {
    expect(run(['validate', 'examples/valid']).status).toBe(0);
    const wide = run(['validate', listingWith('wide-wordmark.svg')]);
    expect(wide.status).toBe(0);
    expect(wide.stdout).toContain('SVG_CONTENT_NOT_SQUARE');
    expect(run(['validate', listingWith('wide-wordmark.svg'), '--strict']).status).toBe(1);
  });

  it('for several listings in one run, each with its own result', () => {
    const result = run(['validate', 'examples/valid', listingWith('off-centre.svg'), listingWith('centred.svg'), '--format', 'json']);
    expect(result.status).toBe(0);
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
