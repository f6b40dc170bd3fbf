import { describe, expect, it } from 'vitest';
import { parseJsonObject, syntaxArgs } from '../../src/checks/json.js';
import { validateListingText } from '../../src/listing/validate.js';
import { loadCodeMessages } from '../../src/messages/codes.js';

/** The English words of the codes (the tests read what English says). */
const { codes: words, jsonSyntax: jsonSyntaxWords } = await loadCodeMessages('en');

const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"companyName": "Contoso"}', 'utf16le')]).toString('utf8');

/** Each mistake people make in JSON by hand: where it is reported, and the cause read from the text there. */
const MISTAKES: Array<[string, string, number, number, string | undefined]> = [
  ['trailing comma before }', '{\n  "companyName": "Contoso",\n}', 2, 27, 'trailing-comma'],
  ['trailing comma before ]', '{"categories": ["other-integrations",]}', 1, 37, 'trailing-comma'],
  ['trailing comma, then blank lines', '{"companyName": "Contoso" ,  \n\n }', 1, 27, 'trailing-comma'],
  ['a // comment', '{\n  // the company\n  "companyName": "Contoso"\n}', 2, 3, 'comment'],
  ['a /* */ comment', '{ /* the company */ "companyName": "Contoso" }', 1, 3, 'comment'],
  ['single-quoted key', "{'companyName': \"Contoso\"}", 1, 2, 'single-quotes'],
  ['single-quoted string', "{\"companyName\": 'Contoso'}", 1, 17, 'single-quotes'],
  ['unquoted key', '{\n  companyName: "Contoso"\n}', 2, 3, 'unquoted-key'],
  ['unquoted key before spaces', '{ company_name   : "Contoso" }', 1, 3, 'unquoted-key'],
  ['Python True', '{"multiTenant": True}', 1, 17, 'unquoted-value'],
  ['unquoted text', '{"companyName": Contoso}', 1, 17, 'unquoted-value'],
  ['missing comma between members', '{\n  "companyName": "Contoso"\n  "productName": "Cognito"\n}', 3, 3, 'missing-comma'],
  ['missing comma between items', '{"categories": ["cross-platform" "other-integrations"]}', 1, 34, 'missing-comma'],
  ['unclosed string', '{"companyName": "Contoso}', 1, 17, 'unclosed-string'],
  ['string broken by a line break', '{"companyName": "Contoso\n", "productName": "Cognito"}', 1, 17, 'unclosed-string'],
  ['unclosed object', '{\n  "companyName": "Contoso"\n', 3, 1, 'unclosed-object'],
  ['unclosed array', '{"categories": ["other-integrations"', 1, 37, 'unclosed-array'],
  ['a BOM after a space', ' \ufeff{"companyName": "Contoso"}', 1, 2, 'bom'],
  ['smart quotes around a key', '{“companyName”: "Contoso"}', 1, 2, 'smart-quotes'],
  ['smart quotes around a value', '{"companyName": “Contoso”}', 1, 17, 'smart-quotes'],
  ['UTF-16 text', utf16, 1, 1, 'utf16'],
  ['a tab inside a string', '{"companyName": "Con\ttoso"}', 1, 21, 'control-character'],
  ['an empty file', '', 1, 1, 'empty'],
  ['only white space', '  \n', 1, 1, 'empty'],
  ['two objects', '{} {}', 1, 4, 'extra-content'],
  ['a ] where } belongs', '{"companyName": "Contoso" ]', 1, 27, undefined],
];

describe('a JSON syntax error says where it is and its likely cause', () => {
  it.each(MISTAKES)('%s', async (_name, text, line, column, cause) => {
    const parsed = await parseJsonObject(text, 64);
    const problem = 'problem' in parsed ? parsed.problem : undefined;
    expect(problem).toMatchObject({ kind: 'syntax', line, column });
    expect(problem && 'cause' in problem ? problem.cause : undefined).toBe(cause);

    const result = await validateListingText(text, { baseDir: '.', render: false });
    expect(result.findings).toEqual([expect.objectContaining({ code: 'LISTING_JSON_INVALID', line, column })]);
    const syntax = jsonSyntaxWords(syntaxArgs(problem?.kind === 'syntax' ? problem : { parseError: '' }));
    expect(result.findings[0]!.message).toBe(`The listing is not valid JSON: ${syntax.found}.`);
    expect(result.findings[0]!.hint).toBe(cause ? syntax.fix : words.LISTING_JSON_INVALID.fix);
  });

  it.each([
    ['{\n  "companyName": "Contoso",\n}', 'The listing is not valid JSON: a trailing comma before }.', /^Remove the comma/],
    ['{\n  "categories": [\n    "other-integrations"\n', 'The listing is not valid JSON: an array that is never closed (the [ at line 2, column 17).', /^Add the missing \]/],
    ['{\n  "a": {\n    "b": 1\n  }\n', 'The listing is not valid JSON: an object that is never closed (the { at line 1, column 1).', /^Add the missing \}/],
    ['{ companyName: "Contoso" }', 'The listing is not valid JSON: an unquoted key (companyName).', /^Put the key in double quotes: "companyName"\.$/],
    ['{"companyName": “Contoso”}', 'The listing is not valid JSON: a typographic quote “ where JSON needs a straight double quote ".', /plain-text editor/],
    ['{"companyName": "Contoso" ]', 'The listing is not valid JSON: expected a comma.', /^Fix the syntax at the line and column shown/],
  ])('%j is worded from the catalog', async (text, message, hint) => {
    const [finding] = (await validateListingText(text, { baseDir: '.', render: false })).findings;
    expect(finding!.message).toBe(message);
    expect(finding!.hint).toMatch(hint);
  });

  it('a BOM at the start is no error', async () => {
    expect(await parseJsonObject('\ufeff{"companyName": "Contoso"}', 64)).toMatchObject({ data: { companyName: 'Contoso' } });
  });

  it('finds the cause of an error deep in a large file without reading past its bound', async () => {
    const members = Array.from({ length: 20_000 }, (_, i) => `  "k${i}": ${i}`).join(',\n');
    const text = `{\n${members},\n}`;
    const parsed = await parseJsonObject(text, 64);
    expect('problem' in parsed && parsed.problem).toMatchObject({ cause: 'trailing-comma', line: 20_001, column: 18 });
  });
});
