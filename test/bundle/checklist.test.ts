import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../src/bundle/checklist.js';
import { validateListingText } from '../../src/listing/validate.js';
import { checkOnboarding } from '../../src/checks/onboarding.js';

const exampleDir = resolve(__dirname, '../../examples/valid');
const base = {
  companyName: 'Contoso', productName: 'Contoso Cognito', productVersion: '1.0.0',
  description: 'Contoso Cognito correlates Defender alerts with identity risk to stop account takeover within minutes, automatically.',
  logo: 'logo.svg', landingPage: 'https://contoso.example.com/', multiTenant: false,
};

async function checklistFor(listing: Record<string, unknown>) {
  const result = await validateListingText(JSON.stringify(listing), { baseDir: exampleDir });
  const checklist = buildChecklist('mde-partner.json', result.listing ?? {}, result.findings);
  return Object.fromEntries(checklist.steps.flatMap((s) => s.items.map((i) => [`${s.id}.${i.id}`, i])));
}

describe('buildChecklist', () => {
  it('marks every verified item passed for a clean listing, manual items as to do', async () => {
    const items = await checklistFor(base);
    expect(items['listing.logo']!.state).toBe('passed');
    expect(items['listing.entraAppName']!.state).toBe('not-applicable');
    expect(items['license.license']!.state).toBe('todo');
    expect(items['listing.pressRelease']!.state).toBe('todo');
  });

  it.each([
    ['description', { description: 'Too short.' }, 'listing.description', 'warning', ['DESCRIPTION_TOO_SHORT']],
    ['landing page', { landingPage: 'http://contoso.example.com/' }, 'listing.landingPage', 'failing', ['LANDING_PAGE_NOT_HTTPS']],
    ['logo', { logo: 'missing.svg' }, 'listing.logo', 'failing', ['LOGO_NOT_FOUND']],
    ['entra', { multiTenant: true }, 'listing.entraAppName', 'failing', ['ENTRA_APP_NAME_REQUIRED']],
    ['user agent (MISA prerequisite)', { userAgent: 'MdatpPartner-Contoso-ContosoCognito/1.0.0' }, 'misa.userAgent', 'failing', ['USER_AGENT_LEGACY_PREFIX']],
    ['company name feeds the User-Agent', { companyName: '' }, 'listing.userAgent', 'failing', ['COMPANY_NAME_EMPTY']],
    ['unknown field', { extra: 1 }, 'listing.listingFile', 'failing', ['LISTING_FIELD_UNKNOWN']],
  ])('%s', async (_name, change, key, state, codes) => {
    const items = await checklistFor({ ...base, ...change });
    expect(items[key]).toMatchObject({ state, codes });
  });

  it('computes the earliest press-release date from the review start', async () => {
    const items = await checklistFor({ ...base, onboarding: { pressRelease: { status: 'in-progress', reviewStart: '2025-12-25' } } });
    expect(items['listing.pressRelease']).toMatchObject({ state: 'in-progress', earliest: '2026-01-04' });
  });

  it('carries manual state, dates and notes', async () => {
    const items = await checklistFor({ ...base, onboarding: { license: { status: 'done', date: '2025-01-02', note: 'trial tenant' } } });
    expect(items['license.license']).toMatchObject({ kind: 'manual', state: 'done', date: '2025-01-02', note: 'trial tenant' });
  });
});

describe('checkOnboarding', () => {
  it.each([
    [{ license: { status: 'done', date: '2025-02-29' } }, ['ONBOARDING_DATE_INVALID']],
    [{ license: { status: 'done', date: '2024-02-29' } }, []],
    [{ pressRelease: { status: 'todo', reviewStart: '2025-03-01', date: '2025-03-10' } }, ['ONBOARDING_PRESS_RELEASE_TOO_EARLY']],
    [{ pressRelease: { status: 'todo', reviewStart: '2025-03-01', date: '2025-03-11' } }, []],
    [{ pressRelease: { status: 'todo', reviewStart: '01/03/2025' } }, ['ONBOARDING_DATE_INVALID']],
  ] as const)('%j → %j', (onboarding, codes) => {
    expect(checkOnboarding(onboarding as never).map((i) => i.code)).toEqual(codes);
  });
});
