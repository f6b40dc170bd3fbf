import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess, copyExample, repoRoot, run } from '../cli/helpers.js';
import { rawZip, yazlZip, zeros } from './zip-fixtures.js';
import { checkLogoBytes } from '../../src/checks/logo/index.js';
import { LogoRenderer } from '../../src/edge/render.js';
import { decodePng } from '../helpers/png.js';
import { links } from '../../src/domain/requirements.js';

const work = mkdtempSync(join(tmpdir(), 'mde-bundle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cli = (argv: string[]) => cliInProcess(argv);
const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const EXPECTED_FILES = [
  'CHECKLIST.md', 'SUBMISSION.md', 'checklist.json', 'listing.json', 'logo.svg', 'manifest.json',
  'preview.html', 'preview/logo-192.png', 'preview/logo-32.png', 'preview/logo-512.png',
  'user-agent/csharp.cs', 'user-agent/curl.sh', 'user-agent/go.go', 'user-agent/java.java',
  'user-agent/node.mjs', 'user-agent/powershell.ps1', 'user-agent/python.py',
];

function filesBelow(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesBelow(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]).sort();
}

describe('bundle of examples/valid, file by file', () => {
  const out = join(work, 'valid', 'mde-submission');
  let result: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    result = await cli(['bundle', 'examples/valid', '--out', out]);
  });

  it('succeeds and writes the folder and the zip', () => {
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Bundle written');
    expect(filesBelow(out)).toEqual(EXPECTED_FILES);
    expect(existsSync(`${out}.zip`)).toBe(true);
    expect(readdirSync(join(work, 'valid'))).toEqual(['mde-submission', 'mde-submission.zip']);
  });

  it('writes a normalized listing that validates on its own', async () => {
    const listing = JSON.parse(readFileSync(join(out, 'listing.json'), 'utf8')) as Record<string, unknown>;
    expect(listing).toMatchObject({
      $schema: 'https://mde-partner.dev/schemas/listing/v1.json',
      companyName: 'Contoso', productName: 'Contoso Cognito', logo: 'logo.svg',
      userAgent: 'MdePartner-Contoso-ContosoCognito/1.0.0', multiTenant: true,
    });
    expect((await cli(['validate', join(out, 'listing.json')])).code).toBe(0);
  });

  it('optimizes the logo, keeps viewBox, title and role, and never touches the original', () => {
    const original = readFileSync(join(repoRoot, 'examples/valid/logo.svg'));
    const optimized = readFileSync(join(out, 'logo.svg'));
    expect(optimized.length).toBeLessThan(original.length);
    const text = optimized.toString('utf8');
    expect(text).toContain('viewBox="0 0 512 512"');
    expect(text).toContain('<title');
    expect(text).toContain('role="img"');
    expect(text).toMatch(/aria-labelledby="title"[\s\S]*id="title"|id="title"[\s\S]*aria-labelledby="title"/);
    expect(checkLogoBytes(optimized)).toEqual([]);
    expect(sha(readFileSync(join(repoRoot, 'examples/valid/logo.svg')))).toBe(sha(original));
  });

  it('puts the six items in SUBMISSION.md, ready to paste', () => {
    const md = readFileSync(join(out, 'SUBMISSION.md'), 'utf8');
    for (const value of [
      'Contoso Cognito',
      'Contoso Cognito correlates Defender alerts with identity risk to stop account takeover within minutes, automatically.',
      'https://contoso.example.com/defender-integration',
      'Contoso Cognito for Microsoft Defender',
      'MdePartner-Contoso-ContosoCognito/1.0.0',
    ]) expect(md).toContain(`\`\`\`text\n${value}\n\`\`\``);
    expect(md).toContain(sha(readFileSync(join(out, 'logo.svg'))));
    expect(md).toContain('(15 words)');
    expect(md).not.toMatch(/\{\{/);
  });

  // What a partner needs to open from each file: Microsoft's pages, and where the header is defined.
  it.each([
    ['SUBMISSION.md', links.trial], ['SUBMISSION.md', links.partnerApplicationPage], ['SUBMISSION.md', links.misa],
    ['SUBMISSION.md', links.partnerPage], ['SUBMISSION.md', links.createAppPartnersDoc], ['SUBMISSION.md', links.graphSecurityApi],
    ['SUBMISSION.md', links.rfc2616UserAgent], ['SUBMISSION.md', links.rfc9110UserAgent],
    ['CHECKLIST.md', links.trial], ['CHECKLIST.md', links.partnerApplicationPage], ['CHECKLIST.md', links.misa],
    ['CHECKLIST.md', links.partnerPage], ['CHECKLIST.md', links.createAppPartnersDoc], ['CHECKLIST.md', links.graphSecurityApi],
    ['CHECKLIST.md', links.partnerApplicationsDoc],
  ])('%s links to %s', (file, url) => {
    expect(readFileSync(join(out, file), 'utf8')).toContain(`](${url})`);
  });

  it('says a press release "should be reviewed", and cites RFC 2616 beside RFC 9110 for the User-Agent', () => {
    const md = readFileSync(join(out, 'SUBMISSION.md'), 'utf8');
    expect(md).toMatch(/should be reviewed by Microsoft's marketing and engineering teams, and to wait at least\s+10 days/);
    expect(md).not.toMatch(/must be reviewed/);
    expect(md).toContain(`[RFC 2616 section 14.43, User-Agent (the reference Microsoft's partner page gives)](${links.rfc2616UserAgent})`);
    expect(md).toContain(`[RFC 9110 section 10.1.5, User-Agent (the current HTTP standard)](${links.rfc9110UserAgent})`);
  });

  it('writes the checklist as markdown and JSON with computed dates', () => {
    const checklist = JSON.parse(readFileSync(join(out, 'checklist.json'), 'utf8')) as {
      steps: Array<{ id: string; items: Array<{ id: string; kind: string; state: string; earliest?: string }> }>;
    };
    expect(checklist.steps.map((s) => s.id)).toEqual(['license', 'validation', 'misa', 'listing']);
    const items = checklist.steps.flatMap((s) => s.items);
    expect(items.find((i) => i.id === 'pressRelease')).toMatchObject({ kind: 'manual', state: 'in-progress', earliest: '2025-03-11' });
    expect(items.filter((i) => i.kind === 'verified').every((i) => i.state === 'passed')).toBe(true);
    const md = readFileSync(join(out, 'CHECKLIST.md'), 'utf8');
    expect(md).toContain('## 4. Listing in the partner application portal');
    expect(md).toContain('earliest publication March 11, 2025: our estimate, 10 days after it was submitted for review on March 1, 2025, not a date Microsoft gives');
    expect(md).not.toMatch(/published on|publish on \d/);
    expect(md).toContain('## Sources');
  });

  it.each(EXPECTED_FILES.filter((f) => f.startsWith('user-agent/')))('%s sets the User-Agent for an MDE and a Graph Security API call, citing both RFCs', (file) => {
    const text = readFileSync(join(out, file), 'utf8');
    expect(text).toMatch(/["']MdePartner-Contoso-ContosoCognito\/1\.0\.0["']/);
    expect(text).toContain('/api/alerts?');
    expect(text).toContain('/v1.0/security/alerts_v2?');
    expect(text).toContain('https://graph.microsoft.com');
    for (const url of [links.rfc2616UserAgent, links.rfc9110UserAgent]) expect(text).toContain(url);
    expect(text).not.toMatch(/\{\{/);
  });

  it('lists every file with its SHA-256 in manifest.json', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { docsDate: string; tool: { name: string }; files: Array<{ path: string; sha256: string; size: number }> };
    expect(manifest.tool.name).toBe('mde-partner');
    expect(manifest.docsDate).toBe('2025-03-26');
    expect(manifest.files.map((f) => f.path)).toEqual(EXPECTED_FILES.filter((f) => f !== 'manifest.json'));
    for (const file of manifest.files) {
      const data = readFileSync(join(out, file.path));
      expect(file.sha256, file.path).toBe(sha(data));
      expect(file.size, file.path).toBe(data.length);
    }
  });

  it('passes verify as a folder and as a zip', async () => {
    expect((await cli(['verify', out])).code).toBe(0);
    expect((await cli(['verify', `${out}.zip`])).code).toBe(0);
  });
});

describe('previews in the bundle', () => {
  const out = join(work, 'previews', 'mde-submission');
  beforeAll(async () => {
    expect((await cli(['bundle', 'examples/valid', '--out', out])).code).toBe(0);
  });

  it('are square PNGs of the optimized logo at 512, 192 and 32 px, as the renderer draws it', async () => {
    const logo = readFileSync(join(out, 'logo.svg'), 'utf8');
    const renderer = new LogoRenderer();
    const rendered = await renderer.request(logo, [512, 192, 32]).result;
    renderer.close();
    if (rendered.status !== 'ok') throw new Error(`render failed: ${JSON.stringify(rendered)}`);
    for (const size of [512, 192, 32]) {
      const png = readFileSync(join(out, `preview/logo-${size}.png`));
      const decoded = decodePng(png);
      expect([decoded.width, decoded.height], `logo-${size}.png`).toEqual([size, size]);
      expect(png.equals(rendered.pngs.get(size)!), `logo-${size}.png`).toBe(true);
    }
    // The shield's blue at the centre, transparency in the rounded-off corner.
    const { rgba, width } = decodePng(readFileSync(join(out, 'preview/logo-512.png')));
    const at = (x: number, y: number) => [...rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)];
    expect(at(256, 200)[2]! - at(256, 200)[0]!).toBeGreaterThan(100);
    expect(at(1, 1)[3]).toBe(0);
  });

  it('include preview.html: self-contained, a strict CSP, the logo as data: PNG, the listing text', () => {
    const html = readFileSync(join(out, 'preview.html'), 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none'; form-action 'none'">/);
    const hash = /style-src 'sha256-([^']+)'/.exec(html)![1];
    expect(createHash('sha256').update(/<style>([\s\S]*?)<\/style>/.exec(html)![1]!).digest('base64')).toBe(hash);
    expect(html).not.toMatch(/<script|<link|<iframe|<object|<embed|@import|url\(/i);
    const references = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
    expect(references.filter((ref) => !ref.startsWith('data:image/png;base64,'))).toEqual(['https://contoso.example.com/defender-integration']);
    const png192 = readFileSync(join(out, 'preview/logo-192.png')).toString('base64');
    expect(html).toContain(`src="data:image/png;base64,${png192}"`);
    for (const text of ['Contoso Cognito', 'Contoso', 'Security information and analytics', 'correlates Defender alerts with identity risk']) expect(html).toContain(text);
    expect(html).not.toMatch(/\{\{/);
  });

  it('are named in SUBMISSION.md and hashed in the manifest', () => {
    expect(readFileSync(join(out, 'SUBMISSION.md'), 'utf8')).toContain('`preview.html` shows the partner tile');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { files: Array<{ path: string; sha256: string }> };
    for (const path of ['preview.html', 'preview/logo-512.png', 'preview/logo-192.png', 'preview/logo-32.png']) {
      expect(manifest.files.find((f) => f.path === path)?.sha256, path).toBe(sha(readFileSync(join(out, path))));
    }
  });

  it('are left out with --no-render, and that bundle verifies too', async () => {
    const bare = join(work, 'previews-off', 'mde-submission');
    expect((await cli(['bundle', 'examples/valid', '--out', bare, '--no-render'])).code).toBe(0);
    expect(filesBelow(bare)).toEqual(EXPECTED_FILES.filter((f) => !f.startsWith('preview')));
    expect(readFileSync(join(bare, 'SUBMISSION.md'), 'utf8')).toContain('No previews in this bundle');
    expect((await cli(['verify', `${bare}.zip`])).code).toBe(0);
  });

  it('escape hostile listing text: names and description appear as text, never as markup', async () => {
    const dir = copyExample(join(work, 'hostile'), { listing: {
      companyName: 'Contoso" onmouseover="alert(1)',
      productName: '<img src=x onerror=alert(1)> & \'Cognito\'',
      description: '<script>alert(1)</script> correlates Defender alerts with identity risk to stop account takeover within minutes, automatically.',
      userAgent: undefined,
    } });
    const result = await cli(['bundle', dir, '--format', 'json']);
    expect(result.code, result.stdout).toBe(0);
    const html = readFileSync(join(dir, 'mde-submission', 'preview.html'), 'utf8');
    expect(html).toContain('<h1 id="product-name">&lt;img src=x onerror=alert(1)&gt; &amp; &#39;Cognito&#39;</h1>');
    expect(html).toContain('alt="&lt;img src=x onerror=alert(1)&gt; &amp; &#39;Cognito&#39; logo"');
    expect(html).toContain('<p class="company" id="company-name">Contoso&quot; onmouseover=&quot;alert(1)</p>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; correlates');
    expect(html).not.toMatch(/<script|<img src=x|onerror=alert\(1\)>/);
  });
});

describe('determinism', () => {
  // Spawned: TZ is read by the process at start, so only a fresh process is in another time zone.
  it('gives a byte-identical zip for identical input, in any time zone', () => {
    const a = join(work, 'det-a', 'b');
    const b = join(work, 'det-b', 'b');
    expect(run(['bundle', 'examples/valid', '--out', a], { env: { TZ: 'UTC' } }).status).toBe(0);
    expect(run(['bundle', 'examples/valid', '--out', b], { env: { TZ: 'Pacific/Kiritimati' } }).status).toBe(0);
    expect(sha(readFileSync(`${a}.zip`))).toBe(sha(readFileSync(`${b}.zip`)));
  });
});

describe('refusal and bad --out', () => {
  it('writes nothing for a listing with errors', async () => {
    const out = join(work, 'refused', 'mde-submission');
    const result = await cli(['bundle', 'examples/broken', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nothing written');
    expect(existsSync(join(work, 'refused'))).toBe(false);
  });

  it('keeps the previous bundle when a later run is refused', async () => {
    const dir = copyExample(join(work, 'keep'));
    expect((await cli(['bundle', dir])).code).toBe(0);
    const before = readFileSync(join(dir, 'mde-submission.zip'));
    copyExample(dir, { listing: { landingPage: 'http://contoso.example.com/' } });
    expect((await cli(['bundle', dir])).code).toBe(1);
    expect(readFileSync(join(dir, 'mde-submission.zip')).equals(before)).toBe(true);
    expect((await cli(['verify', join(dir, 'mde-submission')])).code).toBe(0);
  });

  it.each([
    ['a file where the folder should be', () => { const p = join(work, 'is-a-file'); writeFileSync(p, 'x'); return p; }],
    ['a folder that is not a bundle', () => { const p = join(work, 'user-folder'); mkdirSync(p); writeFileSync(join(p, 'notes.txt'), 'mine'); return p; }],
    ['a folder below a file', () => { const p = join(work, 'file-parent'); writeFileSync(p, 'x'); return join(p, 'out'); }],
    ['a folder where the zip goes', () => { const p = join(work, 'zip-is-a-folder'); mkdirSync(`${p}.zip`); writeFileSync(join(`${p}.zip`, 'notes.txt'), 'mine'); return p; }],
  ])('is exit 2 for %s, and leaves it as it was', async (_name, makeOut) => {
    const out = makeOut();
    const result = await cli(['bundle', 'examples/valid', '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--out|cannot/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    for (const folder of [out, `${out}.zip`]) {
      if (existsSync(join(folder, 'notes.txt'))) expect(readFileSync(join(folder, 'notes.txt'), 'utf8')).toBe('mine');
    }
    if (existsSync(`${out}.zip`)) expect(existsSync(out)).toBe(false);
  });
});

describe('verify rejects tampered and hostile bundles', () => {
  const good = join(work, 'verify-good', 'mde-submission');
  beforeAll(async () => {
    expect((await cli(['bundle', 'examples/valid', '--out', good])).code).toBe(0);
  });
  const copy = (name: string) => {
    const dir = join(work, name);
    cpSync(good, dir, { recursive: true });
    return dir;
  };
  const codes = async (args: string[]) => {
    const result = await cli(['verify', ...args, '--format', 'json']);
    const report = JSON.parse(result.stdout) as { listings: Array<{ findings: Array<{ code: string }> }> };
    return { code: result.code, codes: [...new Set(report.listings[0]!.findings.map((f) => f.code))] };
  };

  it.each<[string, () => string, string[]]>([
    ['a changed file', () => { const d = copy('t-changed'); appendFileSync(join(d, 'SUBMISSION.md'), 'x'); return d; }, ['BUNDLE_HASH_MISMATCH']],
    ['a changed logo', () => { const d = copy('t-logo'); writeFileSync(join(d, 'logo.svg'), readFileSync(join(d, 'logo.svg'), 'utf8').replace('</svg>', '<script>x</script></svg>')); return d; }, ['BUNDLE_HASH_MISMATCH']],
    ['an unlisted file', () => { const d = copy('t-unlisted'); writeFileSync(join(d, 'extra.js'), 'alert(1)'); return d; }, ['BUNDLE_FILE_UNLISTED']],
    ['a missing file', () => { const d = copy('t-missing'); rmSync(join(d, 'CHECKLIST.md')); return d; }, ['BUNDLE_FILE_MISSING']],
    ['no manifest', () => { const d = copy('t-nomanifest'); rmSync(join(d, 'manifest.json')); return d; }, ['BUNDLE_MANIFEST_MISSING']],
    ['a broken manifest', () => { const d = copy('t-badmanifest'); writeFileSync(join(d, 'manifest.json'), '{"tool":'); return d; }, ['BUNDLE_MANIFEST_INVALID']],
    ['a symlink', () => { const d = copy('t-symlink'); symlinkSync('/etc/passwd', join(d, 'passwd')); return d; }, ['BUNDLE_SYMLINK']],
    ['a manifest path with ..', () => {
      const d = copy('t-manifest-traversal');
      const m = JSON.parse(readFileSync(join(d, 'manifest.json'), 'utf8')) as { files: Array<{ path: string; sha256: string }> };
      m.files.push({ path: '../../etc/passwd', sha256: '0'.repeat(64) });
      writeFileSync(join(d, 'manifest.json'), JSON.stringify(m));
      return d;
    }, ['BUNDLE_PATH_TRAVERSAL']],
  ])('folder with %s', async (_name, make, expected) => {
    const result = await codes([make()]);
    expect(result.code).toBe(1);
    expect(result.codes).toEqual(expected);
  });

  it.each<[string, () => Promise<Buffer> | Buffer, string]>([
    ['a ../ entry', () => rawZip([{ name: '../evil.txt', data: Buffer.from('x') }]), 'BUNDLE_PATH_TRAVERSAL'],
    ['an absolute entry', () => rawZip([{ name: '/tmp/evil.txt', data: Buffer.from('x') }]), 'BUNDLE_PATH_TRAVERSAL'],
    ['a drive-letter entry', () => rawZip([{ name: 'C:/evil.txt', data: Buffer.from('x') }]), 'BUNDLE_PATH_TRAVERSAL'],
    ['a backslash entry', () => rawZip([{ name: '..\\evil.txt', data: Buffer.from('x') }]), 'BUNDLE_PATH_TRAVERSAL'],
    ['a symlink entry', () => rawZip([{ name: 'link', data: Buffer.from('/etc/passwd'), mode: 0o120777 }]), 'BUNDLE_SYMLINK'],
    ['too many entries', () => yazlZip(Array.from({ length: 100 }, (_, i) => ({ name: `f${i}.txt`, data: Buffer.from('x') }))), 'BUNDLE_TOO_MANY_ENTRIES'],
    ['an oversized entry', () => yazlZip([{ name: 'big.txt', data: Buffer.alloc(3 * 1024 * 1024, 'a') }]), 'BUNDLE_ENTRY_TOO_LARGE'],
    ['a duplicate entry', () => rawZip([{ name: 'a.txt', data: Buffer.from('x') }, { name: 'a.txt', data: Buffer.from('y') }]), 'BUNDLE_ZIP_INVALID'],
    ['garbage after a zip signature', () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]), 'BUNDLE_ZIP_INVALID'],
    ['a zip file over 16 MiB (judged by its size, before opening)', () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(16 * 1024 * 1024 + 1)]), 'BUNDLE_ENTRY_TOO_LARGE'],
    ['more than 8 MiB inflated in all, no entry over its limit', () => yazlZip(Array.from({ length: 5 }, (_, i) => ({ name: `f${i}.bin`, data: randomBytes(1900 * 1024) }))), 'BUNDLE_ZIP_BOMB'],
  ])('zip with %s', async (_name, make, expected) => {
    const path = join(work, `hostile-${expected}-${Math.random().toString(16).slice(2)}.zip`);
    writeFileSync(path, await make());
    const result = await codes([path]);
    expect(result.code).toBe(1);
    expect(result.codes).toContain(expected);
    expect(existsSync(join(work, 'evil.txt'))).toBe(false);
    expect(existsSync('/tmp/evil.txt')).toBe(false);
  });

  it('rejects a zip bomb (1 GiB of zeros) quickly, without inflating it', async () => {
    const path = join(work, 'bomb.zip');
    writeFileSync(path, await yazlZip([{ name: 'logo.svg', stream: () => zeros(1024 ** 3) }]));
    const started = performance.now();
    const result = await codes([path]);
    expect(result.code).toBe(1);
    expect(result.codes).toEqual(['BUNDLE_ENTRY_TOO_LARGE']);
    expect(performance.now() - started).toBeLessThan(5000);
  }, 120_000);

  it('rejects a bomb that lies about its size in the header (inflation is counted)', async () => {
    // Real sizes in the central directory are what yauzl checks; a bomb below the entry limit
    // but with an absurd ratio is refused by the ratio rule before inflation.
    const path = join(work, 'ratio-bomb.zip');
    writeFileSync(path, await yazlZip([{ name: 'logo.svg', stream: () => zeros(1900 * 1024) }]));
    expect((await codes([path])).codes).toEqual(['BUNDLE_ZIP_BOMB']);
  }, 60_000);

  it('is exit 2 for something that is not a bundle', async () => {
    const path = join(work, 'not-a-bundle.txt');
    writeFileSync(path, 'hello');
    const result = await cli(['verify', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/neither a folder nor a zip/);
    expect((await cli(['verify', join(work, 'nope.zip')])).code).toBe(2);
  });
});
