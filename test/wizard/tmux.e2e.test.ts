import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { bin, cliInProcess } from '../cli/helpers.js';

/**
 * The wizard in a real terminal: tmux runs the built binary in a pseudo-terminal, send-keys types,
 * capture-pane reads the screen. `.ci/run` installs tmux when it is missing.
 */
// A tmux server of its own for each test: `kill-server` returns before the old server is gone, and a
// session started on the same socket meanwhile fails with "server exited unexpectedly".
let server = 0;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', `mde-test-${process.pid}-${server}`, ...args], { encoding: 'utf8' });
const work = mkdtempSync(join(tmpdir(), 'mde-tmux-'));
let session = 0;

afterAll(() => {
  try {
    tmux('kill-server');
  } catch {
    // no server left
  }
  rmSync(work, { recursive: true, force: true });
});

function start(dir: string, args: string[] = [], env = ''): string {
  const name = `s${++session}`;
  const command = `cd '${dir}' && env -u CI ${env} '${process.execPath}' '${bin}' init ${args.join(' ')}; echo EXIT=$?; sleep 600`;
  tmux('new-session', '-d', '-s', name, '-x', '160', '-y', '50', command);
  return name;
}

const screen = (name: string) => tmux('capture-pane', '-p', '-J', '-t', name);

async function waitFor(name: string, text: string | RegExp, timeout = 15_000): Promise<string> {
  const started = Date.now();
  for (;;) {
    const content = screen(name);
    if (typeof text === 'string' ? content.includes(text) : text.test(content)) return content;
    if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${String(text)}; screen:\n${content}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const keys = (name: string, ...k: string[]) => tmux('send-keys', '-t', name, ...k);

function projectDir(name: string): string {
  const dir = join(work, name);
  execFileSync('mkdir', ['-p', dir]);
  copyFileSync(join(__dirname, '../../examples/valid/logo.svg'), join(dir, 'logo.svg'));
  return dir;
}

afterEach(() => {
  try {
    tmux('kill-server');
  } catch {
    // no server running
  }
  server++;
});

describe('init in a real terminal (tmux)', () => {
  it('a full run ends with a valid listing and a bundle that verifies', async () => {
    const dir = projectDir('full');
    const s = start(dir);
    const answer = async (prompt: string, ...k: string[]) => {
      await waitFor(s, prompt);
      keys(s, ...k);
    };
    await answer('Company name', 'Contoso', 'Enter');
    await answer('Product name', 'Contoso Cognito', 'Enter');
    await answer('Product version', '1.0.0', 'Enter');
    await answer('Product description', 'Contoso Cognito correlates Defender alerts');
    await waitFor(s, '(5/15 words, 10 to go)');
    keys(s, ' with identity risk to stop account takeover within minutes, automatically.', 'Enter');
    await answer('Path to the square SVG logo', 'logo.svg', 'Enter');
    await answer('Landing page', 'http://contoso.example.com/defender', 'Enter');
    await waitFor(s, 'expected https:');
    keys(s, 'C-u', 'https://contoso.example.com/defender', 'Enter');
    await answer('multi-tenant', 'y', 'Enter');
    await answer('Entra application name', 'Contoso Cognito for Defender', 'Enter');
    await answer('MdePartner-Contoso-ContosoCognito/1.0.0', 'Enter');
    await answer('Partner-page categories', 'Space', 'Enter');
    await answer('Integration scenarios', 'Space', 'Enter');
    await answer('Step 1', 'Down', 'Down', 'Enter');
    await answer('joint customer', 'Enter');
    await answer('demoed', 'Enter');
    await answer('MISA nomination', 'Enter');
    await answer('press release naming', 'Enter');
    await answer('went to Microsoft for review', 'Enter');
    await answer('GitHub Actions', 'y', 'Enter');
    await answer('Write mde-partner.json and the bundle?', 'Enter');
    const final = await waitFor(s, /EXIT=\d+/, 30_000);
    expect(final).toContain('EXIT=0');
    expect(final).toContain('Wrote the bundle');
    expect((await cliInProcess(['validate', dir])).code).toBe(0);
    expect((await cliInProcess(['verify', join(dir, 'mde-submission.zip')])).code).toBe(0);
    expect(existsSync(join(dir, '.github/workflows/mde-partner.yml'))).toBe(true);
  }, 90_000);

  it('editing a listing: a derived User-Agent follows the new version; a typed one is warned about as you type', async () => {
    const dir = projectDir('edit');
    const listing = JSON.parse(readFileSync(join(__dirname, '../../examples/valid/mde-partner.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'mde-partner.json'), JSON.stringify({ ...listing, $schema: undefined, productVersion: '3.2', userAgent: 'MdePartner-Contoso-ContosoCognito/3.2' }, null, 2));
    const s = start(dir, ['--no-bundle']);
    const answer = async (prompt: string | RegExp, ...k: string[]) => {
      await waitFor(s, prompt);
      keys(s, ...k);
    };
    for (const prompt of ['Company name', 'Product name']) await answer(prompt, 'Enter');
    await answer('Product version', 'C-u', '3.3', 'Enter');
    for (const prompt of ['Product description', 'Path to the square SVG logo', 'Landing page', 'multi-tenant', 'Entra application name']) await answer(prompt, 'Enter');
    await waitFor(s, 'MdePartner-Contoso-ContosoCognito/3.3  (derived from the names and version)');
    keys(s, 'BSpace', '2');
    // (the note may wrap at the terminal's width)
    await waitFor(s, /MdePartner-Contoso-ContosoCognito\/3\.2 {2}\(warning: differs from the derived MdePartner-Contoso-Contoso\s*Cognit\s*o\/3\.3 \(USER_AGENT_MISMATCH\)\)/);
    keys(s, 'BSpace', '3', 'Enter');
    for (const prompt of ['Partner-page categories', 'Integration scenarios', 'Step 1', 'joint customer', 'demoed', 'MISA nomination', 'press release naming', 'went to Microsoft for review', 'GitHub Actions']) await answer(prompt, 'Enter');
    const summary = await waitFor(s, 'Write mde-partner.json?');
    expect(summary).toMatch(/User-Agent: +MdePartner-Contoso-ContosoCognito\/3\.3  \(derived from the names and version\)/);
    expect(summary).toMatch(/Will write: +mde-partner\.json\n/);
    keys(s, 'Enter');
    expect(await waitFor(s, /EXIT=\d+/, 30_000)).toContain('EXIT=0');
    const written = JSON.parse(readFileSync(join(dir, 'mde-partner.json'), 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({ productVersion: '3.3', userAgent: 'MdePartner-Contoso-ContosoCognito/3.3' });
    expect((await cliInProcess(['validate', '--strict', dir])).code).toBe(0);
  }, 90_000);

  it('Ctrl-C at a prompt: exit 130, nothing written', async () => {
    const dir = projectDir('ctrl-c');
    const s = start(dir);
    await waitFor(s, 'Company name');
    keys(s, 'Contoso', 'Enter');
    await waitFor(s, 'Product name');
    keys(s, 'C-c');
    expect(await waitFor(s, /EXIT=\d+/)).toContain('EXIT=130');
    expect(readdirSync(dir)).toEqual(['logo.svg']);
  }, 30_000);

  it('CI set on a terminal: no prompts, exit 2 with the missing flags', async () => {
    const dir = projectDir('ci-on-tty');
    const s = start(dir, [], 'CI=true');
    const final = await waitFor(s, /EXIT=\d+/);
    expect(final).toContain('EXIT=2');
    expect(final).toContain('--company');
    expect(readdirSync(dir)).toEqual(['logo.svg']);
  }, 30_000);
});

/**
 * The wizard in each language (MDE_PARTNER_LANG): the first questions, then the description with its
 * live counter on the screen (Japanese counted by its independent words), then Ctrl-C. The screen at
 * that point is the snapshot.
 */
describe('init in a real terminal, in German, French and Japanese', () => {
  it.each([
    { lang: 'de', company: 'Firmenname', product: 'Produktname', version: 'Produktversion', description: 'Produktbeschreibung (15 Wörter)',
      typed: 'Müller Wächter verknüpft Defender-Warnungen mit Identitätsrisiken', counter: '(6/15 Wörter, noch 9)' },
    { lang: 'fr', company: 'Nom de la société', product: 'Nom du produit', version: 'Version du produit', description: 'Description du produit (15 mots)',
      typed: 'Contoso Cognito corrèle les alertes Defender', counter: '(6/15 mots, encore 9)' },
    { lang: 'ja', company: '会社名', product: '製品名', version: '製品バージョン', description: '製品の説明（15 語。',
      typed: 'Contoso Cognitoは、Defenderのアラートを相関分析し、', counter: '（6/15 語、あと 9 語）' },
  ])('$lang: the questions and the live counter', async ({ lang, company, product, version, description, typed, counter }) => {
    const dir = projectDir(`lang-${lang}`);
    const s = start(dir, [], `MDE_PARTNER_LANG=${lang}`);
    await waitFor(s, company);
    keys(s, lang === 'de' ? 'Müller Sicherheit' : 'Contoso', 'Enter');
    await waitFor(s, product);
    keys(s, 'Contoso Cognito', 'Enter');
    await waitFor(s, version);
    keys(s, '1.0.0', 'Enter');
    await waitFor(s, description);
    keys(s, '-l', typed);
    const shown = await waitFor(s, `${typed}  ${counter}`);
    expect(shown.split('\n').map((line) => line.trimEnd()).filter(Boolean).join('\n')).toMatchSnapshot();
    keys(s, 'C-c');
    expect(await waitFor(s, /EXIT=\d+/)).toContain('EXIT=130');
    expect(readdirSync(dir)).toEqual(['logo.svg']);
  }, 30_000);
});

describe('init without a terminal', () => {
  it('exits 2 at once on an open, empty stdin, naming every missing flag and the command to run', async () => {
    const dir = projectDir('no-tty');
    const started = performance.now();
    const child = spawn(process.execPath, [bin, 'init', '--company', 'Contoso'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, CI: '' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    const elapsed = performance.now() - started;
    child.stdin.end();
    expect(status).toBe(2);
    expect(elapsed).toBeLessThan(5000); // a hang guard; the figure itself is in `npm run bench`
    for (const flag of ['--product', '--product-version', '--description', '--logo', '--landing-page', '--multi-tenant | --no-multi-tenant', '--user-agent <value> | --yes']) {
      expect(stderr).toContain(flag);
    }
    expect(stderr).not.toMatch(/^\s+--company\b/m);
    expect(stderr).toContain("npx mde-partner init --company Contoso --product '<product name>'");
    expect(readdirSync(dir)).toEqual(['logo.svg']);
  });

  it('with every flag and --yes, writes the listing and the bundle without asking', async () => {
    const dir = projectDir('flags');
    const result = await cliInProcess(['init', dir, '--company', 'Contoso', '--product', 'Contoso Cognito', '--product-version', '1.0.0',
      '--description', 'Contoso Cognito correlates Defender alerts with identity risk to stop account takeover within minutes, automatically.',
      '--logo', 'logo.svg', '--landing-page', 'https://contoso.example.com/defender', '--no-multi-tenant', '--yes', '--category', 'threat-intelligence']);
    expect(result.code).toBe(0);
    expect((await cliInProcess(['validate', dir])).code).toBe(0);
    expect((await cliInProcess(['verify', join(dir, 'mde-submission')])).code).toBe(0);
  });

  it('takes the answers from --answers, flags winning, and can add the CI workflow', async () => {
    const dir = projectDir('answers');
    const answers = join(dir, 'answers.json');
    writeFileSync(answers, JSON.stringify({
      companyName: 'Contoso', productName: 'Contoso Cognito', productVersion: '0.9.0',
      description: 'Contoso Cognito correlates Defender alerts with identity risk to stop account takeover within minutes, automatically.',
      logo: 'logo.svg', landingPage: 'https://contoso.example.com/defender', multiTenant: true, entraAppName: 'Contoso Cognito App',
    }));
    const result = await cliInProcess(['init', dir, '--answers', answers, '--product-version', '1.0.0', '--yes', '--ci-workflow', '--no-bundle']);
    expect(result.code).toBe(0);
    const listing = JSON.parse(readFileSync(join(dir, 'mde-partner.json'), 'utf8')) as Record<string, unknown>;
    expect(listing).toMatchObject({ productVersion: '1.0.0', userAgent: 'MdePartner-Contoso-ContosoCognito/1.0.0', entraAppName: 'Contoso Cognito App' });
    expect(existsSync(join(dir, '.github/workflows/mde-partner.yml'))).toBe(true);
    expect(existsSync(join(dir, 'mde-submission'))).toBe(false);
  });

  it('rejects an answers file with unknown keys (exit 2)', async () => {
    const dir = projectDir('answers-typo');
    writeFileSync(join(dir, 'answers.json'), JSON.stringify({ company: 'Contoso' }));
    const result = await cliInProcess(['init', dir, '--answers', join(dir, 'answers.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown keys: "company"');
  });

  it('refuses answers that CI would reject, and writes nothing', async () => {
    const dir = projectDir('bad-flags');
    const result = await cliInProcess(['init', dir, '--company', 'Contoso', '--product', 'Contoso Cognito', '--product-version', '1.0.0',
      '--description', 'Too short.', '--logo', 'logo.svg', '--landing-page', 'http://contoso.example.com/', '--no-multi-tenant', '--yes']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('LANDING_PAGE_NOT_HTTPS');
    expect(readdirSync(dir)).toEqual(['logo.svg']);
  });
});
