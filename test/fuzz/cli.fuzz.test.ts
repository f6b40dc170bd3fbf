import fc from 'fast-check';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { cliInProcess, repoRoot } from '../cli/helpers.js';
import { anyText, displayName, UNSAFE_IN_OUTPUT, version } from './arbitraries.js';
import { checkProperty, guarded, timeout } from './fuzz.js';

/**
 * The CLI on arbitrary input, run in-process through main() (the binary minus bin/, which only sets
 * the exit code) so that hundreds of cases fit in the test budget. Whatever the input, the exit code
 * is one of the contract's: never 3 (internal error), and the run stays within the hang guard.
 */
const work = mkdtempSync(join(tmpdir(), 'mde-cli-fuzz-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let counter = 0;
const fresh = (name: string) => {
  const dir = join(work, `${name}-${counter++}`);
  mkdirSync(dir, { recursive: true });
  return dir;
};

interface Ran { code: number; stdout: string; stderr: string }

async function cli(argv: string[], cwd = work): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdin: { isTTY: false },
    stdout: { write: (s: string) => (stdout += s, true) },
    stderr: { write: (s: string) => (stderr += s, true) },
    env: { CI: 'true' },
    cwd,
  };
  const code = await guarded(`mde-partner ${argv[0]}`, () => main(argv, io), 10_000);
  return { code, stdout, stderr };
}

const expectContractExit = (ran: Ran, allowed: number[]) => {
  expect(allowed, `exit ${ran.code}: ${ran.stderr}`).toContain(ran.code);
  expect(ran.stderr).not.toMatch(/internal error|\n\s+at /);
};

const VALID_DIR = join(repoRoot, 'examples/valid');
const VALID = JSON.parse(readFileSync(join(VALID_DIR, 'mde-partner.json'), 'utf8')) as Record<string, unknown>;
const VALID_LOGO = readFileSync(join(VALID_DIR, 'logo.svg'), 'utf8');

describe('ua derive and ua check through the CLI', () => {
  it('exit 0, 1 or 2 for any arguments, and a derived value passes ua check', async () => {
    await checkProperty(fc.asyncProperty(displayName, displayName, version, fc.constantFrom('text', 'json'), async (company, product, productVersion, format) => {
      const derived = await cli(['ua', 'derive', '--company', company, '--product', product, '--product-version', productVersion, '--format', format]);
      expectContractExit(derived, [0, 1, 2]);
      if (derived.code !== 0 || format !== 'text') return;
      const value = derived.stdout.trim();
      expect((await cli(['ua', 'check', value, '--company', company, '--product', product, '--product-version', productVersion])).code).toBe(0);
    }), 200, 5);
  }, timeout(60_000));

  it('ua check of any value: exit 0, 1 or 2, and text output that cannot drive the terminal', async () => {
    await checkProperty(fc.asyncProperty(fc.oneof(anyText(60), fc.constantFrom('MdePartner-Contoso-ContosoCognito/1.0.0\r\nX-Evil: 1', 'MdatpPartner-A-B/1')), async (value) => {
      const ran = await cli(['ua', 'check', value]);
      expectContractExit(ran, [0, 1, 2]);
      expect(UNSAFE_IN_OUTPUT.exec(ran.stdout)?.[0]).toBeUndefined();
    }), 200, 5);
  }, timeout(60_000));
});

/** Listing text as the listing fuzz makes it, in a folder with a logo that is the valid one or a broken copy. */
const listingFiles = fc.record({
  listing: fc.oneof(
    fc.dictionary(fc.constantFrom(...Object.keys(VALID), 'extra'), fc.oneof(fc.jsonValue({ maxDepth: 3 }), anyText(40))).map((changes) => JSON.stringify({ ...VALID, ...changes })),
    fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
    anyText(80),
  ),
  logo: fc.oneof(
    fc.constant(VALID_LOGO),
    fc.tuple(fc.nat(), fc.constantFrom('<script>x</script>', '<!ENTITY a "b">', '"', '<', '\u0000', 'url(', '<g>'.repeat(80))).map(([at, piece]) => {
      const i = at % (VALID_LOGO.length + 1);
      return VALID_LOGO.slice(0, i) + piece + VALID_LOGO.slice(i);
    }),
  ),
});

describe('validate through the CLI', () => {
  it('exit 0 or 1 for any listing and logo, in every format; JSON always parses', async () => {
    await checkProperty(fc.asyncProperty(listingFiles, fc.constantFrom('text', 'json', 'sarif', 'junit', 'github'), async ({ listing, logo }, format) => {
      const dir = fresh('validate');
      writeFileSync(join(dir, 'mde-partner.json'), listing);
      writeFileSync(join(dir, 'logo.svg'), logo);
      const ran = await cli(['validate', dir, '--format', format]);
      expectContractExit(ran, [0, 1]);
      if (format === 'json' || format === 'sarif') expect(() => JSON.parse(ran.stdout)).not.toThrow();
      if (format === 'text' || format === 'github') expect(UNSAFE_IN_OUTPUT.exec(ran.stdout)?.[0]).toBeUndefined();
      rmSync(dir, { recursive: true, force: true });
    }), 150, 10);
  }, timeout(60_000));
});

describe('verify through the CLI on damaged bundles', () => {
  let zip: Buffer;
  beforeAll(async () => {
    const out = join(fresh('good'), 'mde-submission');
    expect((await cliInProcess(['bundle', VALID_DIR, '--out', out])).code).toBe(0);
    zip = readFileSync(`${out}.zip`);
  });

  const damage = fc.array(fc.record({
    op: fc.constantFrom('byte', 'int32', 'truncate', 'insert', 'delete'),
    at: fc.nat(),
    value: fc.integer(),
    length: fc.integer({ min: 1, max: 512 }),
  }), { minLength: 1, maxLength: 4 });

  it('a zip with flipped, cut, inserted or overwritten bytes: exit 0, 1 or 2, never an internal error or a hang', async () => {
    await checkProperty(fc.asyncProperty(damage, async (edits) => {
      let bytes = Buffer.from(zip);
      for (const { op, at, value, length } of edits) {
        const i = at % bytes.length;
        if (op === 'byte') bytes[i] = value & 255;
        else if (op === 'int32' && i + 4 <= bytes.length) bytes.writeInt32LE(value | 0, i);
        else if (op === 'truncate') bytes = bytes.subarray(0, i);
        else if (op === 'insert') bytes = Buffer.concat([bytes.subarray(0, i), Buffer.alloc(length, value & 255), bytes.subarray(i)]);
        else if (op === 'delete') bytes = Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + length)]);
        if (bytes.length === 0) break;
      }
      const path = join(fresh('verify'), 'bundle.zip');
      writeFileSync(path, bytes);
      expectContractExit(await cli(['verify', path, '--format', 'json']), [0, 1, 2]);
    }), 250, 10);
  }, timeout(60_000));
});

describe('bundle and init through the CLI', () => {
  /** A clean logo with harmless, odd pieces spliced in: svgo must not take the run down. */
  const logo = fc.array(fc.tuple(fc.constantFrom('<g/>', '<rect width="1" height="1" style=":red"/>', '<rect width="1" height="1" transform="matrix(1,2,3,4,5)"/>', '<path d="M0 0L1e999 1"/>', '<title>x</title>', '<!-- c -->'), fc.nat()), { maxLength: 3 })
    .map((pieces) => pieces.reduce((text, [piece, at]) => {
      const ends = [...text.matchAll(/<\//g)].map((m) => m.index);
      const i = ends[at % ends.length]!;
      return text.slice(0, i) + piece + text.slice(i);
    }, VALID_LOGO));

  it('bundle: exit 0 or 1; a written bundle passes verify', async () => {
    await checkProperty(fc.asyncProperty(logo, displayName, version, async (svg, productName, productVersion) => {
      const dir = fresh('bundle');
      cpSync(VALID_DIR, dir, { recursive: true });
      writeFileSync(join(dir, 'logo.svg'), svg);
      const { userAgent: _ua, ...listing } = VALID;
      writeFileSync(join(dir, 'mde-partner.json'), JSON.stringify({ ...listing, productName, productVersion }));
      const ran = await cli(['bundle', dir]);
      expectContractExit(ran, [0, 1]);
      if (ran.code === 0) expect((await cli(['verify', join(dir, 'mde-submission.zip')])).code).toBe(0);
      rmSync(dir, { recursive: true, force: true });
    }), 20, 20);
  }, timeout(120_000));

  it('init without a terminal, every answer a flag, --yes: exit 0, 1 or 2; a written listing validates', async () => {
    const answer = <T>(valid: T, other: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: fc.constant(valid) }, { weight: 1, arbitrary: other });
    const flags = fc.record({
      company: answer('Contoso', displayName),
      product: answer('Contoso Cognito', displayName),
      productVersion: answer('1.0.0', version),
      description: answer(String(VALID.description), anyText(120)),
      landingPage: answer(String(VALID.landingPage), anyText(40)),
      multiTenant: fc.boolean(),
      entraAppName: answer(String(VALID.entraAppName), anyText(40)),
      bundle: fc.boolean(),
    });
    await checkProperty(fc.asyncProperty(flags, async (f) => {
      const dir = fresh('init');
      writeFileSync(join(dir, 'logo.svg'), VALID_LOGO);
      const ran = await cli([
        'init', dir, '--company', f.company, '--product', f.product, '--product-version', f.productVersion, '--description', f.description,
        '--logo', 'logo.svg', '--landing-page', f.landingPage, f.multiTenant ? '--multi-tenant' : '--no-multi-tenant', '--entra-app-name', f.entraAppName,
        '--no-ci-workflow', ...(f.bundle ? [] : ['--no-bundle']), '--yes',
      ]);
      expectContractExit(ran, [0, 1, 2]);
      if (ran.code === 0) expect((await cli(['validate', dir])).code).toBe(0);
      rmSync(dir, { recursive: true, force: true });
    }), 40, 10);
  }, timeout(120_000));
});
