import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

/**
 * The package as a user gets it: `npm pack` (of the build `npm test` just made), installed from the
 * tarball into an empty prefix without devDependencies, and run in a folder outside the checkout.
 */
const work = mkdtempSync(join(tmpdir(), 'mde-install-'));
const prefix = join(work, 'prefix');
const outside = join(work, 'partner');
/** npm run by npm test inherits npm_config_* of the outer run (prefix, global, …): none of it applies here. */
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let tarball = '';
let files: string[] = [];

beforeAll(() => {
  const packed = JSON.parse(execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: repoRoot, env, encoding: 'utf8' })) as [{ filename: string; files: { path: string }[] }];
  tarball = join(work, packed[0].filename);
  files = packed[0].files.map((file) => file.path);
  execFileSync(npm, ['install', '--global', '--prefix', prefix, '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: work, env, stdio: 'pipe' });
  cpSync(join(repoRoot, 'examples'), outside, { recursive: true });
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function installed(args: string[]) {
  const result = spawnSync(join(prefix, 'bin', 'mde-partner'), args, { cwd: outside, env: { ...env, NO_COLOR: '1' }, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function bytes(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + bytes(join(path, name)), 0);
}

describe('installed from the tarball, outside the checkout', () => {
  it('holds only what runs: no tests, sources or source maps', () => {
    expect(files).toContain('bin/mde-partner.js');
    expect(files).toContain('dist/cli.cjs');
    expect(files).toContain('schemas/listing.schema.json');
    expect(files.filter((path) => /^(test|src|scripts)\/|\.map$|^dist\/meta\.json$|\.test\./.test(path))).toEqual([]);
  });

  it.each([
    [['validate', 'valid'], 0, /✔ 1 listing checked: 0 errors, 0 warnings/],
    [['validate', 'broken'], 1, /error/],
    [['validate', 'valid', '--format', 'json'], 0, /"ok": true/],
    [['ua', 'derive', '--company', 'Contoso', '--product', 'Contoso Cognito', '--product-version', '1.0.0'], 0, /^MdePartner-Contoso-ContosoCognito\/1\.0\.0\n$/],
    [['ua', 'audit', 'capture.har', '--listing', 'valid'], 1, /USER_AGENT_NOT_SENT/],
    // svgo is built into the bundle's worker (dist/optimize-worker.cjs), not installed: the logo is
    // optimized (no note that it was copied as it is) and drawn (17 files, the previews included).
    [['bundle', 'valid', '--out', 'submission'], 0, /^✔ Bundle written: submission\/ and submission\.zip \(17 files\)\n {2}Next steps:/],
  ])('mde-partner %j → exit %i', (args, status, output) => {
    const result = installed(args);
    expect(result.stderr).not.toMatch(/internal error|Cannot find (module|package)/);
    expect(result.status, result.stderr).toBe(status);
    expect(result.stdout).toMatch(output);
  });

  it('stays under 20 MB installed, dependencies included', () => {
    const size = bytes(join(prefix, 'lib', 'node_modules', 'mde-partner'));
    expect(size).toBeGreaterThan(1_000_000);
    expect(size).toBeLessThan(20_000_000);
  });
});
