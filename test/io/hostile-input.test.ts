import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyBundle } from '../../src/bundle/verify.js';
import { runInit } from '../../src/commands/init.js';
import { policy } from '../../src/domain/requirements.js';
import { InputError } from '../../src/errors.js';
import { auditCapture } from '../../src/har/audit.js';
import { LISTING_PATH_FIELDS } from '../../src/listing/load.js';
import { validateListing, validateListingText } from '../../src/listing/validate.js';
import { readBounded } from '../../src/edge/read-bounded.js';
import { loadCodeMessages } from '../../src/messages/codes.js';
import { closest, escapeUnsafe, MAX_SUGGESTION_INPUT, show } from '../../src/checks/text.js';
import { buildReport } from '../../src/report/report.js';
import { formatGithub, formatJunit, formatText } from '../../src/report/formatters/index.js';
import { yazlZip } from '../bundle/zip-fixtures.js';
import { cliInProcess, repoRoot, run } from '../cli/helpers.js';

const { unreadable: unreadableWords } = await loadCodeMessages('en');

const posix = process.platform !== 'win32';
const work = mkdtempSync(join(tmpdir(), 'mde-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);
const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const files = (dir: string, prefix = ''): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? files(join(dir, e.name), `${prefix}${e.name}/`) : e.isFile() ? [`${prefix}${e.name}`] : []);

/** Outside every bundle: a receiver's own file. Its content must never reach the output. */
const SECRET = 'RECEIVER-SECRET-4f1c';
const validListing = JSON.parse(readFileSync(join(repoRoot, 'examples/valid/mde-partner.json'), 'utf8')) as Record<string, unknown>;

describe.skipIf(!posix)('verify: every path listing.json names stays inside the bundle', () => {
  const good = join(work, 'good', 'mde-submission');
  const secretDir = join(work, 'outside');
  beforeAll(async () => {
    mkdirSync(secretDir, { recursive: true });
    // A manifest-shaped secret: if verify read it as the Entra manifest, its displayName would be quoted back.
    writeFileSync(join(secretDir, 'secret.json'), JSON.stringify({ displayName: SECRET, signInAudience: 'AzureADMyOrg', requiredResourceAccess: [] }));
    writeFileSync(join(secretDir, 'secret.svg'), `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>${SECRET}</title><script>1</script></svg>`);
    expect((await cliInProcess(['bundle', 'examples/valid', '--out', good, '--no-render'])).code).toBe(0);
  }, 30_000);

  /** A copy of the good bundle whose listing.json is changed and re-hashed, so only the path rule can catch it. */
  const tampered = (name: string, change: Record<string, unknown>, prepare?: (dir: string) => void): string => {
    const dir = join(work, name);
    cpSync(good, dir, { recursive: true });
    const listing = { ...(JSON.parse(readFileSync(join(dir, 'listing.json'), 'utf8')) as Record<string, unknown>), ...change };
    const text = Buffer.from(JSON.stringify(listing, null, 2));
    writeFileSync(join(dir, 'listing.json'), text);
    prepare?.(dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: Array<{ path: string; sha256: string; size?: number }> };
    for (const entry of manifest.files) if (entry.path === 'listing.json') Object.assign(entry, { sha256: sha(text), size: text.length });
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    return dir;
  };
  const zipOf = async (dir: string): Promise<string> => {
    const path = `${dir}.zip`;
    writeFileSync(path, await yazlZip(files(dir).map((name) => ({ name, data: readFileSync(join(dir, name)) }))));
    return path;
  };
  const outside = (file: string) => (dir: string) => relative(dir, join(secretDir, file));

  const cases: Array<[string, (dir: string) => Record<string, unknown>, ((dir: string) => void)?]> = [
    ['logo: an absolute path (/etc/passwd)', () => ({ logo: '/etc/passwd' })],
    ['logo: an absolute path to an outside SVG', () => ({ logo: join(secretDir, 'secret.svg') })],
    ['logo: ../ out of the bundle', (dir) => ({ logo: outside('secret.svg')(dir) })],
    ['logo: ../../secret that does not exist', () => ({ logo: '../../secret' })],
    ['logo: a folder of the bundle', () => ({ logo: 'user-agent' })],
    ['logo: a file that is not in the bundle', () => ({ logo: 'other.svg' })],
    ['entraManifest: an absolute path', () => ({ entraManifest: join(secretDir, 'secret.json') })],
    ['entraManifest: ../ out of the bundle', (dir) => ({ entraManifest: outside('secret.json')(dir) })],
    ['entraManifest: a sub/../../ path', () => ({ entraManifest: 'user-agent/../../outside/secret.json' })],
  ];
  const folderOnly: typeof cases = [
    ['logo: a symlink inside the bundle pointing out', () => ({ logo: 'link.svg' }), (dir) => symlinkSync(join(secretDir, 'secret.svg'), join(dir, 'link.svg'))],
    ['entraManifest: a symlink inside the bundle pointing out', () => ({ entraManifest: 'app.json' }), (dir) => symlinkSync(join(secretDir, 'secret.json'), join(dir, 'app.json'))],
    ['entraManifest: through a linked folder', () => ({ entraManifest: 'linked/secret.json' }), (dir) => symlinkSync(secretDir, join(dir, 'linked'))],
    ['logo: a FIFO inside the bundle', () => ({ logo: 'pipe.svg' }), (dir) => mkfifo(join(dir, 'pipe.svg'))],
    ['entraManifest: a FIFO inside the bundle', () => ({ entraManifest: 'pipe.json' }), (dir) => mkfifo(join(dir, 'pipe.json'))],
  ];

  const expectRefused = (result: Awaited<ReturnType<typeof verifyBundle>>, field: string) => {
    const text = JSON.stringify(result);
    expect(result.ok).toBe(false);
    expect(result.findings.filter((f) => f.code === 'BUNDLE_PATH_TRAVERSAL').map((f) => f.message.split(' ')[0])).toContain(field);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('root:');
  };

  it.each([...cases, ...folderOnly])('folder, %s', async (name, change, prepare) => {
    const dir = join(work, `f-${name.replace(/\W+/g, '-')}`);
    const path = tampered(relative(work, dir), change(dir), prepare);
    const started = performance.now();
    const result = await verifyBundle(path, 'bundle', { render: false });
    expect(performance.now() - started).toBeLessThan(5000);
    expectRefused(result, Object.keys(change(dir))[0]!);
  });

  it.each(cases)('zip, %s', async (name, change) => {
    const dir = join(work, `z-${name.replace(/\W+/g, '-')}`);
    const zip = await zipOf(tampered(relative(work, dir), change(join(tmpdir(), 'x', 'y'))));
    rmSync(dir, { recursive: true });
    expectRefused(await verifyBundle(zip, 'bundle.zip', { render: false }), Object.keys(change(dir))[0]!);
  });

  it('still passes a good bundle, folder and zip, with both path fields set inside it', async () => {
    const dir = tampered('inside', { entraManifest: 'app-manifest.json' }, (d) => writeFileSync(join(d, 'app-manifest.json'), readFileSync(join(repoRoot, 'test/fixtures/entra/graph-manifest.json'))));
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: Array<{ path: string; sha256: string }> };
    manifest.files.push({ path: 'app-manifest.json', sha256: sha(readFileSync(join(dir, 'app-manifest.json'))) });
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    for (const path of [dir, await zipOf(dir)]) {
      const result = await verifyBundle(path, 'bundle', { render: false });
      expect(result.findings.filter((f) => f.code.startsWith('BUNDLE_'))).toEqual([]);
    }
  });

  it('checks every path-valued field of the schema (the list is the schema\'s, not a copy)', () => {
    const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas/listing.schema.json'), 'utf8')) as { properties: Record<string, { description?: string }> };
    const described = Object.entries(schema.properties).filter(([, p]) => /relative to this file/.test(p.description ?? '')).map(([k]) => k);
    expect([...LISTING_PATH_FIELDS].sort()).toEqual(described.sort());
  });

  it('refuses a FIFO or a device given as the bundle itself, at once (exit 2)', async () => {
    const fifo = join(work, 'bundle.fifo');
    mkfifo(fifo);
    for (const path of [fifo, '/dev/zero']) {
      await expect(verifyBundle(path, path, { render: false })).rejects.toThrow(InputError);
    }
  });
});

describe.skipIf(!posix)('one bounded reader: FIFOs and devices refused at once, never waited on', () => {
  const fifo = join(work, 'pipe');
  beforeAll(() => mkfifo(fifo));

  it.each([
    ['a FIFO', () => fifo, 'fifo', 'is a named pipe (FIFO), not a regular file'],
    ['/dev/zero', () => '/dev/zero', 'device', 'is a device, not a regular file'],
    ['a folder', () => work, 'folder', 'is a folder, not a file'],
  ] as const)('readBounded refuses %s, and the catalog says why', async (_name, path, reason, words) => {
    expect(await readBounded(path(), 1024)).toEqual({ unreadable: reason });
    expect(unreadableWords({ reason })).toBe(words);
  });

  it.each([['a FIFO', () => fifo], ['/dev/zero', () => '/dev/zero']])('a listing that is %s is an input error (exit 2)', async (_name, path) => {
    await expect(validateListing(path(), { render: false })).rejects.toThrow(/not a regular file/);
  });

  it.each([['a FIFO', () => fifo], ['/dev/zero', () => '/dev/zero']])('a HAR capture that is %s is HAR_INVALID, not a hang', async (_name, path) => {
    const result = await auditCapture(path(), 'MdePartner-Contoso-ContosoCognito/1.0.0', { file: 'capture.har' });
    expect(result.findings.map((f) => f.code)).toEqual(['HAR_INVALID']);
    expect(result.findings[0]!.message).toMatch(/not a regular file/);
  });

  it.each([['a FIFO', () => fifo], ['/dev/zero', () => '/dev/zero'], ['a folder', () => work]])('init --answers naming %s is an InputError saying what was expected', async (_name, path) => {
    const io = { stdin: {}, stdout: { write: () => true }, stderr: { write: () => true }, env: {}, cwd: work };
    const done = runInit(join(work, 'init-target'), { answers: path(), bundle: false }, io as never, { interactive: false });
    await expect(done).rejects.toThrow(InputError);
    await expect(done).rejects.toThrow(/Expected a JSON file holding one object of listing fields/);
  });

  it('init --answers of a FIFO: the built binary exits 2 at once with a clear message', () => {
    const started = performance.now();
    const result = run(['init', join(work, 'init-bin'), '--answers', fifo, '--no-bundle']);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/The answers file ".*pipe" is a named pipe \(FIFO\), not a regular file\. Expected a JSON file/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('init --answers over its cap is refused by size, before it is read', async () => {
    const big = join(work, 'big-answers.json');
    writeFileSync(big, `{"companyName": "${'a'.repeat(policy.answers.maxBytes)}"}`);
    const io = { stdin: {}, stdout: { write: () => true }, stderr: { write: () => true }, env: {}, cwd: work };
    await expect(runInit(join(work, 'init-big'), { answers: big, bundle: false }, io as never, { interactive: false })).rejects.toThrow(`the limit is ${policy.answers.maxBytes} bytes`);
    expect(statSync(big).size).toBeGreaterThan(policy.answers.maxBytes);
  });
});

describe('linear worst cases: a 1 MiB listing of any shape answers in well under a second', () => {
  const MiB = 1024 * 1024;
  const fill = (make: (i: number) => [string, unknown], size = MiB - 4096) => {
    const entries: Record<string, unknown> = {};
    let length = 0;
    for (let i = 0; length < size; i++) {
      const [key, value] = make(i);
      entries[key] = value;
      length += key.length + JSON.stringify(value).length + 4;
    }
    return entries;
  };
  const shapes: Array<[string, () => Record<string, unknown>]> = [
    ['80,000 unknown keys', () => ({ ...validListing, ...fill((i) => [`k${i}`, 1]) })],
    ['100,000 unknown rule names', () => ({ ...validListing, rules: fill((i) => [`R${i}`, 'off']) })],
    ['30,000 long typo-like rule names', () => ({ ...validListing, rules: fill((i) => [`SVG_OCCUPANCY_LOWW_${i}`, 'warn']) })],
    ['one 1 MiB rule name', () => ({ ...validListing, rules: { [`A${'B'.repeat(MiB - 4096)}`]: 'off' } })],
    ['one 1 MiB key', () => ({ ...validListing, [`x${'y'.repeat(MiB - 4096)}`]: 1 })],
    ['1,000 keys of 1,000 characters', () => ({ ...validListing, ...fill((i) => [`${'k'.repeat(1000)}${i}`, 1]) })],
    ['100,000 unknown categories', () => ({ ...validListing, categories: Array.from({ length: 100_000 }, (_, i) => `c${i}`) })],
    ['20,000 nested arrays as categories', () => ({ ...validListing, categories: Array.from({ length: 20_000 }, () => [[[1]]]) })],
    ['a long string in every field', () => Object.fromEntries(Object.keys(validListing).map((k) => [k, `\u202e${'é'.repeat(60_000)}`]))],
    ['rules as objects with wrong members', () => ({ ...validListing, rules: fill((i) => [`SVG_TEXT${i}`, { level: 'x', threshold: 'y' }]) })],
  ];

  it.each(shapes)('%s', async (_name, make) => {
    const text = JSON.stringify(make());
    expect(text.length).toBeLessThanOrEqual(MiB);
    const started = performance.now();
    const result = await validateListingText(text, { baseDir: join(repoRoot, 'examples/valid'), render: false });
    const ms = performance.now() - started;
    // The budget is well under a second on a 2-core machine; the test allows for a loaded one.
    expect(ms).toBeLessThan(2000);
    const perCode = new Map<string, number>();
    for (const finding of result.findings) perCode.set(finding.code, (perCode.get(finding.code) ?? 0) + 1);
    expect(Math.max(...perCode.values())).toBeLessThanOrEqual(policy.listing.maxFindingsPerCode);
    for (const finding of result.findings) {
      expect(finding.message.length).toBeLessThan(1000);
      expect((finding.field ?? '').length).toBeLessThan(400);
    }
    const output = formatText(buildReport([result]), {});
    expect(output.length).toBeLessThan(64 * 1024);
  });

  it('says how many findings of a code were left out', async () => {
    const result = await validateListingText(JSON.stringify({ ...validListing, rules: { A1: 'off', A2: 'off', ...fill((i) => [`B${i}`, 'off'], 2000) } }), { baseDir: join(repoRoot, 'examples/valid'), render: false });
    const unknown = result.findings.filter((f) => f.code === 'LISTING_RULE_UNKNOWN');
    expect(unknown).toHaveLength(policy.listing.maxFindingsPerCode);
    expect(unknown.at(-1)!.message).toMatch(/\(\d+ more like this not shown\)/);
  });

  it.each([
    ['a typo of a code', 'SVG_OCCUPANCY_LOWW', 'SVG_OCCUPANCY_LOW'],
    ['a name at the length limit', 'X'.repeat(MAX_SUGGESTION_INPUT), undefined],
    ['a name over the length limit, near a code', `SVG_TEXT${' '.repeat(MAX_SUGGESTION_INPUT)}`, undefined],
  ])('closest: %s', (_name, word, expected) => {
    expect(closest(word, ['SVG_OCCUPANCY_LOW', 'SVG_TEXT', `SVG_TEXT${' '.repeat(MAX_SUGGESTION_INPUT)}`].slice(0, expected ? 2 : 3))).toBe(expected);
  });

  it('closest on a 1 MiB word returns at once', () => {
    const started = performance.now();
    expect(closest('A'.repeat(MiB), ['A'.repeat(MiB)])).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('output stays inert: every invisible or control code point is escaped', () => {
  const classes: Array<[string, string, string]> = [
    ['C0 control (ESC)', '\u001b', '\\u001b'],
    ['DEL', '\u007f', '\\u007f'],
    ['C1 control (CSI)', '\u009b', '\\u009b'],
    ['bidi override RLO', '\u202e', '\\u202e'],
    ['bidi isolate FSI', '\u2068', '\\u2068'],
    ['Arabic letter mark', '\u061c', '\\u061c'],
    ['zero-width space', '\u200b', '\\u200b'],
    ['word joiner', '\u2060', '\\u2060'],
    ['invisible separator U+2063', '\u2063', '\\u2063'],
    ['U+206F', '\u206f', '\\u206f'],
    ['soft hyphen', '\u00ad', '\\u00ad'],
    ['combining grapheme joiner U+034F', '\u034f', '\\u034f'],
    ['Hangul choseong filler U+115F', '\u115f', '\\u115f'],
    ['Hangul jungseong filler U+1160', '\u1160', '\\u1160'],
    ['Hangul filler U+3164', '\u3164', '\\u3164'],
    ['halfwidth Hangul filler U+FFA0', '\uffa0', '\\uffa0'],
    ['variation selector 16', '\ufe0f', '\\ufe0f'],
    ['variation selector 17 (astral)', '\u{e0100}', '\\u{e0100}'],
    ['U+FFF0 (reserved default-ignorable)', '\ufff0', '\\ufff0'],
    ['interlinear annotation anchor U+FFF9', '\ufff9', '\\ufff9'],
    ['BOM / ZWNBSP', '\ufeff', '\\ufeff'],
    ['line separator', '\u2028', '\\u2028'],
    ['tag LATIN CAPITAL A U+E0041', '\u{e0041}', '\\u{e0041}'],
    ['cancel tag U+E007F', '\u{e007f}', '\\u{e007f}'],
    ['musical symbol begin beam U+1D173', '\u{1d173}', '\\u{1d173}'],
    ['musical symbol end phrase U+1D17A', '\u{1d17a}', '\\u{1d17a}'],
    ['Mongolian vowel separator', '\u180e', '\\u180e'],
    ['a lone surrogate', '\udfff', '\\udfff'],
  ];

  it.each(classes)('escapeUnsafe escapes %s', (_name, ch, escaped) => {
    expect(escapeUnsafe(`a${ch}b`)).toBe(`a${escaped}b`);
    expect(show(`a${ch}b`)).toBe(`"a${escaped}b"`);
  });

  it('leaves visible text alone (accents, CJK, emoji without joiners, RTL letters)', () => {
    const text = 'Crème brûlée · 日本語 · 🛡️'.replace('\ufe0f', '') + ' · עברית';
    expect(escapeUnsafe(text)).toBe(text);
  });

  it.each(classes)('%s is escaped in the text, github and junit reports', async (_name, ch, escaped) => {
    // An unknown rule name carries the character into a message (and the field) unquoted by its check.
    const text = JSON.stringify({ ...validListing, rules: { [`X${ch}Y`]: 'off' } });
    const result = await validateListingText(text, { baseDir: join(repoRoot, 'examples/valid'), render: false });
    expect(result.findings.map((f) => f.code)).toContain('LISTING_RULE_UNKNOWN');
    const report = buildReport([result]);
    for (const output of [formatText(report, {}), formatGithub(report), formatJunit(report)]) {
      expect(output).not.toContain(ch);
      expect(output).toContain(escaped);
    }
  });
});

describe('error messages built from input reach stderr escaped and cut', () => {
  const runMain = async (argv: string[]) => {
    const { main } = await import('../../src/cli.js');
    let stderr = '';
    const io = { stdin: {}, stdout: { write: () => true }, stderr: { write: (s: string) => { stderr += s; return true; } }, env: {}, cwd: work };
    const status = await main(argv, io as never);
    return { status, stderr };
  };

  it.each([
    ['validate of a path with a bidi override', () => ['validate', `no\u202esuch${'\u{e0041}'.repeat(3)}`], ['\\u202e', '\\u{e0041}'], ['\u202e', '\u{e0041}']],
    ['explain of a code with an ESC sequence', () => ['explain', '\u001b[31mRED'], ['\\u001b[31mRED'], ['\u001b']],
    ['init --answers with hostile keys', () => {
      const answers = join(work, 'hostile-keys.json');
      writeFileSync(answers, JSON.stringify({ companyName: 'Contoso', ['\u3164\u202eevil\u{e0067}']: 1 }));
      return ['init', join(work, 'init-keys'), '--answers', answers, '--no-bundle'];
    }, ['\\u3164\\u202eevil\\u{e0067}'], ['\u3164', '\u202e', '\u{e0067}']],
    ['a 100,000-character path', () => ['validate', 'p'.repeat(100_000)], ['…'], ['p'.repeat(2001)]],
  ])('%s', async (_name, argv, present, absent) => {
    const { status, stderr } = await runMain(argv());
    expect(status).toBe(2);
    for (const text of present) expect(stderr).toContain(text);
    for (const text of absent) expect(stderr).not.toContain(text);
  });
});
