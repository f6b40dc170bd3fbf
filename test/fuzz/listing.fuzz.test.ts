import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes, isCode } from '../../src/checks/catalog.js';
import { LISTING_FIELDS } from '../../src/listing/load.js';
import { validateListingText, type ListingResult } from '../../src/listing/validate.js';
import { formatters } from '../../src/report/formatters/index.js';
import { loadCodeMessages } from '../../src/messages/codes.js';
import { buildReport } from '../../src/report/report.js';
import { repoRoot } from '../cli/helpers.js';
import { anyText, jsonValue, UNSAFE_IN_OUTPUT } from './arbitraries.js';
import { checkProperty, guarded, timeout } from './fuzz.js';
/** SARIF describes the rules it reports in the words of the codes. */
const codeMessages = await loadCodeMessages('en');

/** Listings are checked against the valid example's folder, so "logo.svg" is a real, valid logo. */
const BASE = join(repoRoot, 'examples/valid');
const VALID_TEXT = readFileSync(join(BASE, 'mde-partner.json'), 'utf8');
const VALID = JSON.parse(VALID_TEXT) as Record<string, unknown>;

/** Logo paths a hostile listing may name: devices, the process's own files, folders, the listing itself. */
const HOSTILE_LOGO_PATHS = ['/dev/zero', '/dev/null', '/dev/stdin', '/dev/urandom', '/proc/self/environ', '/proc/self/mem', '/proc/self/fd/0', '.', '..', '/', 'mde-partner.json', 'logo.svg/', 'logo.svg\0.png', '../../../../../../etc/passwd'];

const TASKS = ['license', 'customerApproval', 'demo', 'misa', 'pressRelease'];
const STATUSES = ['todo', 'in-progress', 'done', 'not-applicable'];
const date = fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), fc.constantFrom('2025-02-30', '2025-13-01', '0000-00-00', '9999-12-31', '2025-1-1'), anyText(12));

/** A field of the listing: its valid value, a value of the right type but random content, or any JSON. */
function fieldValue(key: string): fc.Arbitrary<unknown> {
  const valid = VALID[key];
  const sameType: Record<string, fc.Arbitrary<unknown>> = {
    logo: fc.oneof(fc.constantFrom(...HOSTILE_LOGO_PATHS), anyText(20)),
    multiTenant: fc.boolean(),
    categories: fc.array(fc.oneof(fc.constantFrom('security-information-and-analytics', 'threat-intelligence', 'other-integrations'), anyText(10))),
    scenarios: fc.array(fc.oneof(fc.constantFrom('external-alert-correlation', 'other'), anyText(10))),
    onboarding: fc.dictionary(fc.oneof(fc.constantFrom(...TASKS), anyText(8)), fc.oneof(
      fc.record({ status: fc.oneof(fc.constantFrom(...STATUSES), jsonValue), date, reviewStart: date, note: anyText(20) }, { requiredKeys: [] }),
      jsonValue,
    )),
    rules: fc.dictionary(fc.oneof(fc.constantFrom(...codes), anyText(12)), fc.oneof(fc.constantFrom('off', 'warn', 'error'), jsonValue)),
  };
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(valid) },
    { weight: 3, arbitrary: sameType[key] ?? anyText(120) },
    { weight: 2, arbitrary: jsonValue },
  );
}

const FIELDS = LISTING_FIELDS.filter((key) => key !== '$schema');

/** Objects built from the listing's fields, each of them valid, of the right type, or anything. */
const listingShaped = fc.record(Object.fromEntries(FIELDS.map((key) => [key, fieldValue(key)])), { requiredKeys: [] });

/** The valid listing's text with a few bytes flipped, removed, inserted or cut off. */
const mutatedText = fc.array(fc.record({
  op: fc.constantFrom('replace', 'delete', 'insert', 'truncate'),
  at: fc.nat(),
  text: fc.oneof(fc.constantFrom('{', '}', '[', ']', '"', '\\', ',', ':', '\0', '\ud800', '\n', '\u2028', '\ufeff', '[[[[[[[[', 'null', '1e999', '-0'), anyText(3)),
}), { minLength: 1, maxLength: 6 }).map((edits) => edits.reduce((text, { op, at, text: piece }) => {
  const i = at % (text.length + 1);
  if (op === 'replace') return text.slice(0, i) + piece + text.slice(i + 1);
  if (op === 'delete') return text.slice(0, i) + text.slice(i + piece.length + 1);
  if (op === 'insert') return text.slice(0, i) + piece + text.slice(i);
  return text.slice(0, i);
}, VALID_TEXT));

const listingText = fc.oneof(
  { weight: 3, arbitrary: listingShaped.map((listing) => JSON.stringify(listing, null, 2)) },
  { weight: 2, arbitrary: jsonValue.map((value) => JSON.stringify(value)) },
  { weight: 3, arbitrary: mutatedText },
  { weight: 1, arbitrary: anyText(200) },
);

const validate = (text: string) => validateListingText(text, { baseDir: BASE, displayRoot: BASE, path: 'mde-partner.json' });

/** What every result must be, whatever the input: known codes, worded findings, a place, and formats that render. */
function expectWellFormed(result: ListingResult): void {
  expect(result.ok).toBe(!result.findings.some((f) => f.severity === 'error'));
  for (const finding of result.findings) {
    expect(isCode(finding.code), finding.code).toBe(true);
    expect(finding.message).not.toMatch(/\bundefined\b|\[object Object\]|\bNaN\b/);
    expect(finding.file, finding.code).toBeDefined();
    if (finding.line !== undefined) expect(finding.line >= 1 && finding.column! >= 1, `${finding.code} at ${finding.line}:${finding.column}`).toBe(true);
  }
  const report = buildReport([result]);
  for (const [name, format] of Object.entries(formatters)) expect(typeof format(report, { codes: codeMessages }), name).toBe('string');
  expect(UNSAFE_IN_OUTPUT.exec(formatters.text(report, {}))?.[0]).toBeUndefined();
  expect(JSON.parse(formatters.json(report, {})).listings[0].findings).toHaveLength(result.findings.length);
}

describe('listing loading and validation on arbitrary input', () => {
  it('never throws; findings are known, worded and placed; every format renders; the same every time', async () => {
    await checkProperty(fc.asyncProperty(listingText, async (text) => {
      const result = await guarded('validating a listing', () => validate(text));
      expectWellFormed(result);
      expect((await validate(text)).findings).toEqual(result.findings);
    }), 500);
  }, timeout(60_000));

  it('a field of the wrong type is LISTING_FIELD_TYPE on that field', async () => {
    const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
    const wrong = fc.constantFrom(...FIELDS.filter((key) => VALID[key] !== undefined))
      .chain((key) => fc.tuple(fc.constant(key), jsonValue.filter((value) => typeOf(value) !== typeOf(VALID[key]))));
    await checkProperty(fc.asyncProperty(wrong, async ([key, value]) => {
      const result = await validate(JSON.stringify({ ...VALID, [key]: value }, null, 2));
      expect(result.ok).toBe(false);
      expect(result.findings).toContainEqual(expect.objectContaining({ code: 'LISTING_FIELD_TYPE', field: `/${key}` }));
    }), 150);
  }, timeout(60_000));

  it('an unknown field is LISTING_FIELD_UNKNOWN at its JSON pointer', async () => {
    const name = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '$ref', '', '/', '~', 'descripton'), anyText(16))
      .filter((key) => !(LISTING_FIELDS as readonly string[]).includes(key));
    await checkProperty(fc.asyncProperty(name, jsonValue, async (key, value) => {
      const listing = { ...VALID };
      Object.defineProperty(listing, key, { value, enumerable: true });
      const result = await validate(JSON.stringify(listing, null, 2));
      const pointer = `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      expect(result.findings).toContainEqual(expect.objectContaining({ code: 'LISTING_FIELD_UNKNOWN', field: pointer }));
    }), 150);
  }, timeout(60_000));

  it('text that is not JSON is one LISTING_JSON_INVALID placed inside the text', async () => {
    await checkProperty(fc.asyncProperty(fc.oneof(mutatedText, anyText(100)), async (text) => {
      let parses = true;
      try {
        JSON.parse(text.replace(/^\ufeff/, ''));
      } catch {
        parses = false;
      }
      fc.pre(!parses);
      const result = await validate(text);
      expect(result.findings.map((f) => f.code)).toEqual(['LISTING_JSON_INVALID']);
      const lines = text.split('\n').length;
      expect(result.findings[0]!.line).toBeLessThanOrEqual(lines);
    }), 200);
  }, timeout(60_000));
});
