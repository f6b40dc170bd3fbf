import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInProcess, repoRoot } from './helpers.js';

// The SARIF 2.1.0 JSON schema (rtm.5, the version GitHub code scanning accepts), as published by
// OASIS/SchemaStore. It is draft-04, so it needs ajv's draft-04 class; its own patterns are not
// valid in Unicode mode, and formats are not what this test is about.
const require = createRequire(import.meta.url);
const Ajv04 = require('ajv-draft-04') as new (options: object) => { compile: (schema: object) => ((data: unknown) => boolean) & { errors?: unknown[] | null } };
const schema = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/sarif/sarif-schema-2.1.0-rtm.5.json'), 'utf8')) as object;
const validateSarif = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false }).compile(schema);

describe('SARIF output is valid against the SARIF 2.1.0 schema', () => {
  it.each([
    ['a valid listing (no results)', ['validate', 'examples/valid']],
    ['listings with errors and warnings', ['validate', 'examples/broken', 'examples/valid', '--strict']],
    ['a User-Agent check', ['ua', 'check', 'Contoso Cognito 1.0']],
    ['a HAR audit', ['ua', 'audit', 'examples/capture.har', '--listing', 'examples/valid']],
  ])('%s', async (_name, args) => {
    const result = await cliInProcess([...args, '--format', 'sarif']);
    expect([0, 1]).toContain(result.code);
    const log = JSON.parse(result.stdout) as { runs: Array<{ results: unknown[] }> };
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    // The schema is not a rubber stamp: the same log with a result that breaks it is refused.
    log.runs[0]!.results.push({ ruleId: 5, message: {} });
    expect(validateSarif(log)).toBe(false);
  });
});
