import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/checks/catalog.js';
import { TEXT_CHECKS, type CheckedTextField } from '../../src/listing/field-checks.js';
import { FIELD_IDS, FIELDS, optionKey } from '../../src/listing/fields.js';
import { cliInProcess } from '../cli/helpers.js';

/** The field table drives the schema's required fields and types, the init flags, the prompts and the examples. */
const schema = JSON.parse(readFileSync(resolve(__dirname, '../../schemas/listing.schema.json'), 'utf8')) as {
  required: string[];
  properties: Record<string, { type?: string; examples?: unknown[] }>;
};

describe('the field table', () => {
  it('has the schema\'s required fields, and only those, as required', () => {
    expect(FIELD_IDS.filter((field) => FIELDS[field].required)).toEqual(schema.required);
  });

  it.each(FIELD_IDS)('%s has the type the schema gives it', (field) => {
    expect(schema.properties[field]?.type).toBe(FIELDS[field].type);
  });

  it.each(FIELD_IDS.filter((field) => schema.properties[field]?.examples))('%s has the schema\'s example', (field) => {
    expect(FIELDS[field].example).toBe(JSON.stringify(schema.properties[field]!.examples![0]));
  });

  it.each(Object.keys(TEXT_CHECKS) as CheckedTextField[])('the example of %s passes its own check', (field) => {
    const errors = TEXT_CHECKS[field](JSON.parse(FIELDS[field].example) as string).filter((issue) => catalog[issue.code].severity === 'error');
    expect(errors).toEqual([]);
  });

  it('gives init one flag per field, with the table\'s help', async () => {
    const { stdout } = await cliInProcess(['init', '--help']);
    for (const field of FIELD_IDS) {
      const line = stdout.split('\n').find((text) => text.trimStart().startsWith(`${FIELDS[field].flag} `) || text.trim() === FIELDS[field].flag);
      expect(line, field).toBeDefined();
    }
    expect(stdout).toContain('--no-multi-tenant');
  });

  it.each([
    ['companyName', 'company'],
    ['productVersion', 'productVersion'],
    ['landingPage', 'landingPage'],
    ['multiTenant', 'multiTenant'],
    ['entraAppName', 'entraAppName'],
  ] as const)('maps the flag of %s to the option key %s', (field, key) => {
    expect(optionKey(field)).toBe(key);
  });

  it('asks each question of the table in the wizard (the prompts are the table\'s)', () => {
    const flow = readFileSync(join(__dirname, '../../src/wizard/flow.ts'), 'utf8');
    expect(flow).not.toMatch(/message: '(Company|Product|Landing|User-Agent)/);
  });
});
