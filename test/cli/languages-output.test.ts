import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/messages/locale.js';
import { cliInProcess } from './helpers.js';

/**
 * What a partner reads, in each language, snapshotted: `validate examples/broken` (every finding of
 * the broken example: listing, logo, User-Agent), `explain` of a locked policy rule, a reading and a
 * Microsoft rule, and `explain` of a code that does not exist. The checklist and the bundle's files
 * are in test/bundle/languages.test.ts, the wizard in test/wizard/, the reports' own words in
 * test/report/words.test.ts.
 */
describe.each(LOCALES)('%s', (locale) => {
  it('validate examples/broken', async () => {
    const result = await cliInProcess(['validate', 'examples/broken', '--no-render', '--lang', locale]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatchSnapshot();
  });

  it('validate examples/broken --format json: the keys and codes stay, the messages follow the language', async () => {
    const result = await cliInProcess(['validate', 'examples/broken', '--no-render', '--format', 'json', '--lang', locale]);
    const english = await cliInProcess(['validate', 'examples/broken', '--no-render', '--format', 'json', '--lang', 'en']);
    type Json = { listings: Array<{ findings: Array<{ code: string; message: string; severity: string }> }> };
    const [ours, theirs] = [JSON.parse(result.stdout) as Json, JSON.parse(english.stdout) as Json];
    const shape = (json: Json) => json.listings.map((listing) => listing.findings.map((finding) => [finding.code, finding.severity]));
    expect(shape(ours)).toEqual(shape(theirs));
    const messages = ours.listings[0]!.findings.map((finding) => finding.message);
    const englishMessages = theirs.listings[0]!.findings.map((finding) => finding.message);
    // A message may read the same in two languages only when it is all code ("@import in <style>.").
    const prose = (message: string) => /[a-z]{3,}/i.test(message.replace(/<[^>]*>|@\w+|"[^"]*"/g, ''));
    if (locale === 'en') expect(messages).toEqual(englishMessages);
    else expect(messages.filter((message, i) => message === englishMessages[i] && prose(message))).toEqual([]);
  });

  it.each(['SVG_SCRIPT', 'DESCRIPTION_TOO_LONG', 'USER_AGENT_INVALID_FORMAT'])('explain %s', async (code) => {
    const result = await cliInProcess(['explain', code, '--lang', locale]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchSnapshot();
  });

  it('explain of an unknown code: exit 2, in the language', async () => {
    const result = await cliInProcess(['explain', 'SVG_SCRPT', '--lang', locale]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatchSnapshot();
  });
});
