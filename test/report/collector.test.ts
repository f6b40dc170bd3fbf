import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/checks/finding.js';
import { fails, FindingCollector } from '../../src/report/findings.js';

describe('the run-scoped finding collector', () => {
  const rules = { SVG_TEXT: 'error', DESCRIPTION_TOO_SHORT: 'off', USER_AGENT_MISMATCH: 'warn', SVG_SCRIPT: 'off', LISTING_TOO_LARGE: 'warn' };
  it.each([
    ['SVG_TEXT', 'error', 'a warning raised to an error'],
    ['DESCRIPTION_TOO_SHORT', 'off', 'a warning turned off'],
    ['USER_AGENT_MISMATCH', 'warning', 'a warning kept a warning'],
    ['SVG_SCRIPT', 'error', 'a locked security rule cannot be turned off'],
    ['LISTING_TOO_LARGE', 'error', 'a locked rule cannot be relaxed'],
    ['DESCRIPTION_TOO_LONG', 'error', 'no rule: the catalog'],
  ] as const)('%s is %s in this run (%s), for the checks and for the words alike', async (code, severity) => {
    const run = new FindingCollector(rules, 5);
    expect(run.severity(code)).toBe(severity);
    expect(run.isError(code)).toBe(severity === 'error');
    run.add({ code, field: '/x' });
    const findings = await run.finish();
    expect(findings.map((f) => f.severity)).toEqual(severity === 'off' ? [] : [severity]);
  });

  it('keeps the first few issues of each code and says how many more there were', async () => {
    const run = new FindingCollector(undefined, 2);
    const unknown = (name: string): Issue => ({ code: 'LISTING_FIELD_UNKNOWN', field: `/${name}`, args: { name } });
    run.add(unknown('a'), unknown('b'), unknown('c'), unknown('d'), { code: 'DESCRIPTION_TOO_LONG', field: '/description', args: { count: 20 } });
    expect(run.issues.map((issue) => issue.field)).toEqual(['/a', '/b', '/description']);
    const findings = await run.finish();
    expect(findings.map((f) => f.code)).toEqual(['LISTING_FIELD_UNKNOWN', 'LISTING_FIELD_UNKNOWN', 'DESCRIPTION_TOO_LONG']);
    expect(findings[1]!.message).toMatch(/\(2 more like this not shown\)$/);
  });
});

describe('pass or fail, decided in one place', () => {
  it.each([
    [[], false, false],
    [['warning'], false, false],
    [['warning'], true, true],
    [['info'], true, false],
    [['error'], false, true],
    [['info', 'error'], false, true],
  ] as const)('%j with strict %s fails: %s', (severities, strict, expected) => {
    expect(fails(severities.map((severity) => ({ severity })), strict)).toBe(expected);
  });
});

describe('a run finished in its file: placed and in reading order', () => {
  it('places its own issues on the line of their pointer, keeps other files\' places, and sorts file by file, line by line', async () => {
    const run = new FindingCollector(undefined, 5);
    run.add(
      { code: 'SVG_TEXT', file: 'logo.svg', line: 7, column: 3 },
      { code: 'DESCRIPTION_TOO_LONG', field: '/description', args: { count: 20 } },
      { code: 'SVG_SIZE_OVER_32KB', file: 'logo.svg', args: { size: 40_000 } },
      { code: 'LISTING_FIELD_UNKNOWN', field: '/descripton', args: { name: 'descripton' } },
      { code: 'LISTING_NOT_OBJECT', field: '' },
    );
    const asked: string[][] = [];
    const findings = await run.finishIn('mde-partner.json', async (pointers) => {
      asked.push(pointers);
      return new Map([['/descripton', { line: 5, column: 3 }], ['/description', { line: 6, column: 3 }]]);
    });
    expect(asked).toEqual([['/description', '/descripton', '']]);
    expect(findings.map((f) => [f.code, f.file, f.line])).toEqual([
      ['LISTING_FIELD_UNKNOWN', 'mde-partner.json', 5],
      ['DESCRIPTION_TOO_LONG', 'mde-partner.json', 6],
      ['LISTING_NOT_OBJECT', 'mde-partner.json', undefined],
      ['SVG_TEXT', 'logo.svg', 7],
      ['SVG_SIZE_OVER_32KB', 'logo.svg', undefined],
    ]);
  });

  it('does not parse for positions when no issue needs a line', async () => {
    const run = new FindingCollector(undefined, 5);
    run.add({ code: 'SVG_TEXT', file: 'logo.svg', line: 2 });
    let parsed = false;
    await run.finishIn('mde-partner.json', async () => {
      parsed = true;
      return new Map();
    });
    expect(parsed).toBe(false);
  });
});
