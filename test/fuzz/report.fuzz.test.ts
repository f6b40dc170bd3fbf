import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { codes } from '../../src/checks/catalog.js';
import type { Finding } from '../../src/checks/finding.js';
import { formatters } from '../../src/report/formatters/index.js';
import { loadCodeMessages } from '../../src/messages/codes.js';
import { buildReport } from '../../src/report/report.js';
import { anyText, UNSAFE_IN_OUTPUT } from './arbitraries.js';
import { checkProperty, timeout } from './fuzz.js';
/** SARIF describes the rules it reports in the words of the codes. */
const codeMessages = await loadCodeMessages('en');

/** Findings as hostile input can shape them: every text part may come from a listing, a logo or a zip entry name. */
const finding: fc.Arbitrary<Finding> = fc.record({
  code: fc.constantFrom(...codes),
  severity: fc.constantFrom('error', 'warning', 'info'),
  message: anyText(60),
  hint: fc.option(anyText(40), { nil: undefined }),
  field: fc.option(anyText(20).map((s) => `/${s}`), { nil: undefined }),
  file: fc.option(anyText(20), { nil: undefined }),
  line: fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: undefined }),
  column: fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: undefined }),
}, { requiredKeys: ['code', 'severity', 'message'] });

const results = fc.array(fc.record({ path: anyText(20), ok: fc.boolean(), findings: fc.array(finding, { maxLength: 5 }) }), { minLength: 1, maxLength: 3 });

describe('formatters on hostile findings', () => {
  it('text and GitHub output carry no control or bidi character; each annotation stays one line', async () => {
    await checkProperty(fc.property(results, fc.boolean(), (listings, strict) => {
      const report = buildReport(listings, { strict });
      for (const name of ['text', 'github'] as const) {
        const output = formatters[name](report, { strict, codes: codeMessages });
        expect(UNSAFE_IN_OUTPUT.exec(output)?.[0], name).toBeUndefined();
      }
      const annotations = formatters.github(report, {}).split('\n').filter(Boolean);
      const count = listings.reduce((n, l) => n + l.findings.length, 0);
      expect(annotations).toHaveLength(count + 1);
      for (const line of annotations.slice(0, -1)) expect(line).toMatch(/^::(error|warning|notice) file=[^,:]*(,line=\d+)?(,col=\d+)?,title=mde-partner [A-Z0-9_]+::/);
    }), 300);
  }, timeout(30_000));

  it('JUnit is well-formed XML, JSON and SARIF parse and keep every message as it was', async () => {
    await checkProperty(fc.property(results, (listings) => {
      const report = buildReport(listings);
      const parser = new SaxesParser();
      let error: Error | undefined;
      parser.on('error', (e) => {
        error ??= e;
      });
      parser.write(formatters.junit(report, {})).close();
      expect(error?.message).toBeUndefined();
      const json = JSON.parse(formatters.json(report, {})) as { listings: Array<{ findings: Array<{ message: string }> }> };
      expect(json.listings.flatMap((l) => l.findings.map((f) => f.message))).toEqual(listings.flatMap((l) => l.findings.map((f) => f.message)));
      const sarif = JSON.parse(formatters.sarif(report, { codes: codeMessages })) as { runs: Array<{ results: unknown[] }> };
      expect(sarif.runs[0]!.results.length).toBeLessThanOrEqual(listings.reduce((n, l) => n + l.findings.length, 0));
    }), 200);
  }, timeout(30_000));
});
