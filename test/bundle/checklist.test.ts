import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildChecklist, checklistMarkdown, checklistText, type Checklist } from '../../src/bundle/checklist.js';
import { links, requirements, sources, type SourceId } from '../../src/domain/requirements.js';
import { validateListingText } from '../../src/listing/validate.js';
import { checkOnboarding } from '../../src/checks/onboarding.js';
import { loadChecklist } from '../../src/messages/checklist.js';
import { formatFor } from '../../src/messages/format.js';
import { cliInProcess } from '../cli/helpers.js';

const exampleDir = resolve(__dirname, '../../examples/valid');
const base = {
  companyName: 'Contoso', productName: 'Contoso Cognito', productVersion: '1.0.0',
  description: 'Contoso Cognito correlates Defender alerts with identity risk to stop account takeover within minutes, automatically.',
  logo: 'logo.svg', landingPage: 'https://contoso.example.com/', multiTenant: false,
};

async function fullChecklistFor(listing: Record<string, unknown>): Promise<Checklist> {
  const result = await validateListingText(JSON.stringify(listing), { baseDir: exampleDir });
  return buildChecklist('mde-partner.json', result.listing ?? {}, result.findings, await loadChecklist('en'));
}

async function checklistFor(listing: Record<string, unknown>) {
  const checklist = await fullChecklistFor(listing);
  return Object.fromEntries(checklist.steps.flatMap((s) => s.items.map((i) => [`${s.id}.${i.id}`, i])));
}

/** Each step's part of the Markdown and of the text output, by step id, and what follows the steps. */
const en = await loadChecklist('en');
/** A date as the English checklist writes it. */
const day = (iso: string) => formatFor('en').date(iso);

function parts(checklist: Checklist) {
  const md = checklistMarkdown(checklist, en).split(/^## /m).slice(1);
  const text = checklistText(checklist, en).split(/^(?=\d\. |Sources$)/m);
  const ids = checklist.steps.map((s) => s.id);
  return {
    md: Object.fromEntries(ids.map((id, i) => [id, md[i]!])) as Record<string, string>,
    text: Object.fromEntries(ids.map((id, i) => [id, text[i + 1]!])) as Record<string, string>,
    mdSources: md[ids.length]!,
    textSources: text[ids.length + 1]!,
  };
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

  it('estimates the earliest press-release date from the review start, and says it is our estimate', async () => {
    const checklist = await fullChecklistFor({ ...base, onboarding: { pressRelease: { status: 'in-progress', reviewStart: '2025-12-25' } } });
    const item = checklist.steps.flatMap((s) => s.items).find((i) => i.id === 'pressRelease')!;
    expect(item).toMatchObject({ state: 'in-progress', reviewStart: '2025-12-25', earliest: '2026-01-04' });
    expect(item.title).toContain('should be reviewed by Microsoft\'s marketing and engineering teams');
    for (const output of [item.earliestNote!, parts(checklist).md.listing, parts(checklist).text.listing]) {
      expect(output).toContain('earliest publication January 4, 2026: our estimate, 10 days after it was submitted for review on December 25, 2025, not a date Microsoft gives');
    }
  });

  it('gives no earliest date without a review start', async () => {
    const items = await checklistFor({ ...base, onboarding: { pressRelease: { status: 'todo' } } });
    expect(items['listing.pressRelease']).not.toHaveProperty('earliest');
    expect(items['listing.pressRelease']).not.toHaveProperty('earliestNote');
  });

  it('carries manual state, dates and notes', async () => {
    const items = await checklistFor({ ...base, onboarding: { license: { status: 'done', date: '2025-01-02', note: 'trial tenant' } } });
    expect(items['license.license']).toMatchObject({ kind: 'manual', state: 'done', date: '2025-01-02', note: 'trial tenant' });
  });
});

describe('where each step comes from', () => {
  // Every step, every page it cites: the section, the page's language and date, in JSON, Markdown and text.
  const citations = requirements.steps.flatMap((step) => step.from.map(({ source, section }) => [step.id, source, section] as const));

  it.each(citations)('%s cites %s (%s) with its language and date in every format', async (stepId, source, section) => {
    const checklist = await fullChecklistFor(base);
    const page = sources[source];
    expect(page.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(checklist.steps.find((s) => s.id === stepId)!.from).toContainEqual({ source, section });
    expect(checklist.sources[source]).toEqual(page);
    const number = Object.keys(checklist.sources).indexOf(source) + 1;
    const { md, text } = parts(checklist);
    expect(md[stepId]).toContain(`- ${section} — ${page.lang}, ${day(page.date)}${source === 'current' ? ', the current page' : ''} [${number}]`);
    expect(text[stepId]).toContain(`${section} (${page.lang}, ${day(page.date)}${source === 'current' ? ', the current page' : ''} [${number}])`);
  });

  // What the pages say, as read in ../shared/seeds: where each step is, by page and date.
  it.each([
    ['license', 'Step 1: Subscribe to a Microsoft Defender for Endpoint license', 'en, March 26, 2025'],
    ['license', 'Step 1: Subscribe to a Microsoft Defender for Endpoint Developer license', 'de, April 20, 2021'],
    ['validation', 'Step 2', 'fr, November 24, 2021'],
    ['misa', 'Step 3: Become a Microsoft Intelligent Security Association member', 'de, April 20, 2021'],
    ['misa', 'Step 3', 'fr, November 24, 2021'],
    ['misa', 'MISA nomination (not a numbered step)', 'ja, January 24, 2022'],
    ['misa', 'MISA nomination (not a numbered step), and the end of Step 2', 'en, March 26, 2025'],
    ['listing', 'Step 3: Get listed in the Microsoft Defender for Endpoint partner application portal', 'en, March 26, 2025'],
    ['listing', 'Step 3', 'ja, January 24, 2022'],
    ['listing', 'Step 4', 'de, April 20, 2021'],
  ])('%s: "%s" — %s', async (stepId, section, dated) => {
    const { md } = parts(await fullChecklistFor(base));
    expect(md[stepId]).toContain(`- ${section} — ${dated}`);
  });

  it.each([
    ['license', 'Developer license with up to 10 devices', links.trial],
    ['validation', '"Recommend a partner" option', links.partnerApplicationPage],
    ['misa', 'Step 3 of the 2021 pages', links.misa],
    ['listing', '"Azure AD"', links.partnerApplicationsDoc],
  ])('%s: history (%s) and link in every format', async (stepId, history, url) => {
    const checklist = await fullChecklistFor(base);
    const step = checklist.steps.find((s) => s.id === stepId)!;
    expect(step.history).toContain(history);
    expect(step.links.map((link) => link.url)).toEqual([url]);
    const { md, text } = parts(checklist);
    for (const output of [md[stepId]!, text[stepId]!]) {
      expect(output).toContain(`Earlier versions: ${step.history}`);
      expect(output).toContain(url);
    }
  });

  it.each(Object.entries(sources) as Array<[SourceId, (typeof sources)[SourceId]]>)('Sources lists %s with language, date and address', async (_id, page) => {
    const { mdSources, textSources } = parts(await fullChecklistFor(base));
    for (const output of [mdSources, textSources]) {
      expect(output).toContain(`${page.title} — ${page.lang}, ${page.date ? day(page.date) : 'no dated copy'}`);
      if (page.url) expect(output).toContain(page.url);
    }
  });

  it('dates no step to a single page', async () => {
    const checklist = await fullChecklistFor(base);
    for (const output of [checklistMarkdown(checklist, en), checklistText(checklist, en)]) {
      expect(output).not.toMatch(/published on|as published|docs of \d/i);
    }
  });
});

describe('the checklist command', () => {
  it.each([
    ['text', 'Step 3: Become a Microsoft Intelligent Security Association member (de, April 20, 2021 [2])'],
    ['md', '- MISA nomination (not a numbered step), and the end of Step 2 — en, March 26, 2025, the current page [1]'],
    ['md', '## Sources'],
    ['json', '"section": "Step 3: Become a Microsoft Intelligent Security Association member"'],
    ['json', '"date": "2021-11-24"'],
  ])('--format %s shows %s', async (format, expected) => {
    const result = await cliInProcess(['checklist', 'examples/valid', '--format', format]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(expected);
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
