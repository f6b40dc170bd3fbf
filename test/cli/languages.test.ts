import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseLocale } from '../../src/messages/locale.js';
import { cliInProcess } from './helpers.js';

/** The language a --help came out in, by its first word. */
const USAGE = { en: 'Usage:', de: 'Aufruf:', fr: 'Utilisation :', ja: '使い方：' } as const;
const languageOf = (help: string) => (Object.keys(USAGE) as Array<keyof typeof USAGE>).find((locale) => help.startsWith(`${USAGE[locale]} `));

describe('the language of a run', () => {
  it.each([
    ['nothing set', [], {}, 'en'],
    ['--lang de', ['--lang', 'de'], {}, 'de'],
    ['--lang=fr', ['--lang=fr'], {}, 'fr'],
    ['--lang after the command', ['validate', '--lang', 'ja'], {}, 'ja'],
    ['--lang between command and subcommand options', ['ua', 'derive', '--lang', 'de'], {}, 'de'],
    ['the last --lang wins', ['--lang', 'de', '--lang', 'ja'], {}, 'ja'],
    ['--lang over MDE_PARTNER_LANG', ['--lang', 'de'], { MDE_PARTNER_LANG: 'fr' }, 'de'],
    ['--lang over an invalid MDE_PARTNER_LANG', ['--lang', 'de'], { MDE_PARTNER_LANG: 'jp' }, 'de'],
    ['MDE_PARTNER_LANG over LC_ALL', [], { MDE_PARTNER_LANG: 'fr', LC_ALL: 'de_DE.UTF-8' }, 'fr'],
    ['LC_ALL over LC_MESSAGES and LANG', [], { LC_ALL: 'ja_JP.UTF-8', LC_MESSAGES: 'de_DE.UTF-8', LANG: 'fr_FR.UTF-8' }, 'ja'],
    ['LC_MESSAGES over LANG', [], { LC_MESSAGES: 'de_DE.UTF-8', LANG: 'fr_FR.UTF-8' }, 'de'],
    ['LANG alone', [], { LANG: 'fr_CA.UTF-8' }, 'fr'],
    ['LANG with a modifier', [], { LANG: 'de_AT@euro' }, 'de'],
    ['a bare language in LANG', [], { LANG: 'ja' }, 'ja'],
    ['empty values are skipped', [], { MDE_PARTNER_LANG: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'ja_JP.UTF-8' }, 'ja'],
    ['LC_ALL=C decides (English) before LANG', [], { LC_ALL: 'C', LANG: 'de_DE.UTF-8' }, 'en'],
    ['C.UTF-8', [], { LANG: 'C.UTF-8' }, 'en'],
    ['POSIX', [], { LANG: 'POSIX' }, 'en'],
    ['a language we do not speak', [], { LANG: 'es_ES.UTF-8' }, 'en'],
  ])('%s → %s', async (_name, flags, env, locale) => {
    const result = await cliInProcess([...flags, '--help'], { env });
    expect(result.code).toBe(0);
    expect(languageOf(result.stdout)).toBe(locale);
  });

  it.each([
    ['--lang xx', ['--lang', 'xx'], {}, /^mde-partner: --lang "xx" is not a language of mde-partner\. Expected en, de, fr, or ja/],
    ['--lang DE (codes are lower case)', ['validate', '--lang', 'DE'], {}, /--lang "DE" is not a language/],
    ['--lang= (empty)', ['--lang='], {}, /--lang "" is not a language/],
    ['--lang de_DE (a language, not a locale)', ['--lang', 'de_DE'], {}, /--lang "de_DE" is not a language/],
    ['MDE_PARTNER_LANG=jp', [], { MDE_PARTNER_LANG: 'jp' }, /^mde-partner: MDE_PARTNER_LANG is "jp", not a language of mde-partner\. Expected en, de, fr, or ja;.*unset it/],
    ['said in the next language down: LANG', ['--lang', 'xx'], { LANG: 'de_DE.UTF-8' }, /^mde-partner: --lang "xx" ist keine Sprache von mde-partner\. Möglich ist en, de, fr oder ja/],
    ['said in the next language down: MDE_PARTNER_LANG', ['--lang', 'xx'], { MDE_PARTNER_LANG: 'ja' }, /^mde-partner: --lang "xx" は mde-partner が対応している言語ではありません/],
    ['said past an invalid MDE_PARTNER_LANG', [], { MDE_PARTNER_LANG: 'jp', LANG: 'fr_FR.UTF-8' }, /^mde-partner: MDE_PARTNER_LANG vaut "jp"/],
  ])('%s: exit 2, naming the value and where it came from', async (_name, flags, env, message) => {
    const result = await cliInProcess([...flags, '--help'], { env });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('--lang without a value is commander\'s missing value, exit 2', async () => {
    const result = await cliInProcess(['validate', '--lang']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: option '--lang <lang>' needs a value\n/);
  });

  it.each([
    [undefined, { LANG: 'de_DE.UTF-8' }, { locale: 'de', from: 'LANG' }],
    [undefined, { LC_MESSAGES: 'ja_JP', LANG: 'de_DE' }, { locale: 'ja', from: 'LC_MESSAGES' }],
    [undefined, { LC_ALL: 'fr_FR', LC_MESSAGES: 'ja_JP' }, { locale: 'fr', from: 'LC_ALL' }],
    [undefined, { MDE_PARTNER_LANG: 'de' }, { locale: 'de', from: 'MDE_PARTNER_LANG' }],
    [undefined, {}, { locale: 'en', from: 'default' }],
    ['ja', { MDE_PARTNER_LANG: 'de' }, { locale: 'ja', from: 'flag' }],
    ['xx', {}, { invalid: 'xx', from: 'flag' }],
    [undefined, { MDE_PARTNER_LANG: 'xx' }, { invalid: 'xx', from: 'MDE_PARTNER_LANG' }],
  ])('chooseLocale(%j, %j) → %j', (flag, env, choice) => {
    expect(chooseLocale(flag, env)).toEqual(choice);
  });
});

const LANGS = ['en', 'de', 'fr', 'ja'] as const;

describe('--help in each language', () => {
  for (const lang of LANGS) {
    it.each([[[]], [['validate']], [['ua', 'audit']]])(`${lang}: %j --help`, async (command) => {
      const result = await cliInProcess([...command, '--help'], { env: { MDE_PARTNER_LANG: lang } });
      expect(result.code).toBe(0);
      expect(result.stdout).toMatchSnapshot();
    });
  }

  it.each(LANGS)('%s: the wrapped part of init --help fits 80 columns and no line starts with a closing mark', async (lang) => {
    const { stdout } = await cliInProcess(['init', '--help', '--lang', lang]);
    const wrapped = stdout.slice(0, stdout.lastIndexOf('\n\n', stdout.indexOf('$ npx')));
    for (const line of wrapped.split('\n')) {
      const width = [...line].reduce((sum, char) => sum + (/[\u3000-\u9fff\uff00-\uff60]/u.test(char) ? 2 : 1), 0);
      expect(width, line).toBeLessThanOrEqual(80);
      expect(line, line).not.toMatch(/^\s*[、。）」：]/u);
    }
  });
});

describe('parse errors and exit-2 messages in each language', () => {
  const empty = mkdtempSync(join(tmpdir(), 'mde-lang-'));
  const RUNS: string[][] = [
    ['validate', '--frobnicate'],
    ['validate', '--formt', 'json'],
    ['valdate'],
    ['validate', '--format', 'xml'],
    ['verify', 'a.zip', 'b.zip'],
    ['verify'],
    ['validate', '--out'],
    ['ua', 'derive', '--company', 'Contoso'],
    ['ua', 'audit', 'x.har', '--expect', 'MdePartner-Contoso-ContosoCognito/1.0.0', '--listing', 'x'],
    ['ua', 'derive', '--company', 'Contoso', '--product', 'Cognito', '--version', '1.0.0'],
    ['validate', '--version'],
    ['validate', '/nonexistent/mde-partner'],
    ['validate', '.'],
    ['ua', 'audit', 'capture.har'],
    ['ua', 'audit', '/nonexistent/capture.har', '--expect', 'MdePartner-Contoso-ContosoCognito/1.0.0'],
    ['ua', 'audit', '.', '--expect', 'MdePartner-Contoso-ContosoCognito/1.0.0'],
    ['ua', 'audit', 'capture.har', '--expect', 'MdatpPartner-Contoso'],
  ];
  for (const lang of LANGS) {
    it(`${lang}: every one exit 2, worded in the language`, async () => {
      const said: string[] = [];
      for (const argv of RUNS) {
        const result = await cliInProcess(argv, { cwd: empty, env: { MDE_PARTNER_LANG: lang } });
        expect(result.code, argv.join(' ')).toBe(2);
        expect(result.stdout, argv.join(' ')).toBe('');
        if (lang !== 'en') expect(result.stderr, argv.join(' ')).not.toMatch(/\berror:|Did you mean|Allowed choices|too many|does not exist|is not a/);
        said.push(`$ mde-partner ${argv.join(' ')}\n${result.stderr.replaceAll(empty, '<tmp>')}`);
      }
      expect(said.join('\n')).toMatchSnapshot();
    });
  }

  it('de: the job summary warning follows the language', async () => {
    const result = await cliInProcess(['ua', 'check', 'MdePartner-Contoso-ContosoCognito/1.0.0'], { env: { LANG: 'de_DE.UTF-8', GITHUB_STEP_SUMMARY: empty } });
    expect(result.stderr).toMatch(/^mde-partner: Warnung: Die Auftragszusammenfassung wurde nicht nach ".*" geschrieben \(EISDIR\)\.\n$/);
  });
});
