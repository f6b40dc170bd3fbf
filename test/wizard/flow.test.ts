import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { askMissing, cleanLogoPath, fieldIssues, followUserAgent, promptVerdict, userAgentNote, wordCounter, type Answers } from '../../src/wizard/flow.js';
import type { Asker } from '../../src/wizard/prompts.js';
import { formatFor } from '../../src/messages/format.js';
import { setLocale } from '../../src/messages/locale.js';
import { loadWizard } from '../../src/messages/wizard.js';

const en = await loadWizard('en');
import { loadCodeMessages } from '../../src/messages/codes.js';

/** The prompts word what they check with the words of the codes, which init loads first. */
await loadCodeMessages('en');

const exampleDir = resolve(__dirname, '../../examples/valid');

/** An asker that answers from a script and records what it was asked and what validation said. */
function scripted(script: Record<string, Array<string | boolean | string[]>>) {
  const asked: string[] = [];
  const rejected: Array<{ message: string; reason: string }> = [];
  const defaults: Record<string, unknown> = {};
  const next = (message: string) => {
    const key = Object.keys(script).find((k) => message.includes(k));
    if (!key) throw new Error(`unexpected question: ${message}`);
    asked.push(key);
    const value = script[key]!.shift();
    if (value === undefined) throw new Error(`no more answers for: ${key}`);
    return value;
  };
  const asker: Asker = {
    async text(o) {
      defaults[o.message] = o.default;
      for (;;) {
        const value = next(o.message) as string;
        const verdict = o.validate ? await o.validate(value) : true;
        if (verdict === true) return value;
        rejected.push({ message: o.message, reason: verdict });
      }
    },
    async confirm(o) { defaults[o.message] = o.default; return next(o.message) as boolean; },
    async select(o) { defaults[o.message] = o.default; return next(o.message) as never; },
    async checkbox(o) { defaults[o.message] = o.choices.filter((c) => c.checked).map((c) => c.value); return next(o.message) as never; },
  };
  return { asker, asked, rejected, defaults };
}

const fullScript = () => ({
  'Company name': ['Contoso'],
  'Product name': ['Contoso Cognito'],
  'Product version': ['1.0.0'],
  'Product description': ['Contoso Cognito correlates Defender alerts with identity risk to stop account takeover within minutes, automatically.'],
  'SVG logo': ['logo.svg'],
  'Landing page': ['https://contoso.example.com/defender'],
  'multi-tenant': [true],
  'Entra application name': ['Contoso Cognito for Defender'],
  'User-Agent': ['MdePartner-Contoso-ContosoCognito/1.0.0'],
  'categories': [['threat-intelligence']],
  'scenarios': [['other']],
  'Step 1': ['done'], 'joint customer': ['todo'], 'demoed': ['todo'], 'MISA': ['todo'], 'press release naming': ['not-applicable'],
  'GitHub Actions': [false],
});

describe('askMissing (plain answer data)', () => {
  it('asks everything in listing order and returns the answers', async () => {
    const { asker, asked } = scripted(fullScript());
    const answers = await askMissing({}, {}, asker, exampleDir);
    expect(asked).toEqual(['Company name', 'Product name', 'Product version', 'Product description', 'SVG logo', 'Landing page', 'multi-tenant', 'Entra application name', 'User-Agent', 'categories', 'scenarios', 'Step 1', 'joint customer', 'demoed', 'MISA', 'press release naming', 'GitHub Actions']);
    expect(answers).toMatchObject({ companyName: 'Contoso', multiTenant: true, categories: ['threat-intelligence'], onboarding: { license: { status: 'done' }, pressRelease: { status: 'not-applicable' } } });
  });

  it('never asks what flags already answered', async () => {
    const script = fullScript();
    const { asker, asked } = scripted(script);
    const given: Answers = { companyName: 'Contoso', multiTenant: false, ciWorkflow: false };
    await askMissing(given, {}, asker, exampleDir);
    expect(asked).not.toContain('Company name');
    expect(asked).not.toContain('Entra application name');
    expect(asked).not.toContain('GitHub Actions');
  });

  it.each([
    ['Product description', 'Too short? No: far too long for a listing, because it goes on and on and on and on and on.', /Microsoft asks for 15/],
    ['Landing page', 'http://contoso.example.com/', /expected https/],
    ['SVG logo', 'missing.svg', /LOGO_NOT_FOUND/],
    ['Product version', '1.0 beta', /not an HTTP token/],
    ['User-Agent', 'MdatpPartner-Contoso-ContosoCognito/1.0.0', /old prefix/],
    ['Company name', '', /companyName is empty/],
  ])('re-asks %s after an answer CI would reject', async (question, bad, reason) => {
    const script = fullScript() as Record<string, Array<string | boolean | string[]>>;
    script[question] = [bad, ...script[question]!];
    const { asker, rejected } = scripted(script);
    await askMissing({}, {}, asker, exampleDir);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.message).toContain(question);
    expect(rejected[0]!.reason).toMatch(reason);
  });

  it('offers an existing listing\'s values as defaults', async () => {
    const { asker, defaults } = scripted(fullScript());
    const previous: Answers = { companyName: 'Old Co', description: 'old', multiTenant: true, categories: ['network-security'], onboarding: { misa: { status: 'in-progress' } } };
    await askMissing({}, previous, asker, exampleDir);
    expect(defaults['Company name (as customers know it):']).toBe('Old Co');
    expect(defaults['Does the integration use a multi-tenant Microsoft Entra app?']).toBe(true);
    expect(defaults['Partner-page categories:']).toEqual(['network-security']);
    expect(Object.entries(defaults).find(([k]) => k.includes('MISA'))?.[1]).toBe('in-progress');
  });

  it('derives the User-Agent default from the answers', async () => {
    const { asker, defaults } = scripted(fullScript());
    await askMissing({}, {}, asker, exampleDir);
    expect(defaults['User-Agent for every MDE / Graph Security API call:']).toBe('MdePartner-Contoso-ContosoCognito/1.0.0');
  });
});

describe('the User-Agent stays true to the names and version', () => {
  const names = { companyName: 'Northwind', productName: 'ThreatLens' };
  it.each([
    ['derived before: follows a new version', { ...names, productVersion: '3.2', userAgent: 'MdePartner-Northwind-ThreatLens/3.2' }, { ...names, productVersion: '3.3' }, 'MdePartner-Northwind-ThreatLens/3.3'],
    ['derived before: follows a new product name', { ...names, productVersion: '3.2', userAgent: 'MdePartner-Northwind-ThreatLens/3.2' }, { ...names, productName: 'Threat Lens Pro', productVersion: '3.2' }, 'MdePartner-Northwind-ThreatLensPro/3.2'],
    ['typed before: kept as typed', { ...names, productVersion: '3.2', userAgent: 'MdePartner-Northwind-TL/3.2' }, { ...names, productVersion: '3.3' }, 'MdePartner-Northwind-TL/3.2'],
    ['none before: derived now', { ...names, productVersion: '3.2' }, { ...names, productVersion: '3.3' }, 'MdePartner-Northwind-ThreatLens/3.3'],
    ['derived before, nothing derivable now: kept', { ...names, productVersion: '3.2', userAgent: 'MdePartner-Northwind-ThreatLens/3.2' }, { ...names, productVersion: '3 3' }, 'MdePartner-Northwind-ThreatLens/3.2'],
  ] as Array<[string, Answers, Answers, string]>)('%s', (_, earlier, now, expected) => {
    expect(followUserAgent(earlier, now)).toBe(expected);
  });

  it.each([
    ['MdePartner-Northwind-ThreatLens/3.3', 'derived from the names and version'],
    ['MdePartner-Northwind-ThreatLens/3.2', 'warning: differs from the derived MdePartner-Northwind-ThreatLens/3.3 (USER_AGENT_MISMATCH)'],
    ['MdePartner-Northwind-ThreatLens/3.3 (Linux)', 'warning: USER_AGENT_EXTRA_PRODUCTS'],
    ['MdePartner-Northwind', undefined],
    ['', undefined],
  ])('notes %j at the prompt as %j', (value, expected) => {
    expect(userAgentNote(value, { ...names, productVersion: '3.3' }, en)).toBe(expected);
  });

  it('offers the followed value when the listing is edited, and a typed one with its warning', async () => {
    const previous: Answers = { companyName: 'Contoso', productName: 'Contoso Cognito', productVersion: '0.9.0', userAgent: 'MdePartner-Contoso-ContosoCognito/0.9.0' };
    const { asker, defaults } = scripted(fullScript());
    await askMissing({}, previous, asker, exampleDir);
    expect(defaults['User-Agent for every MDE / Graph Security API call:']).toBe('MdePartner-Contoso-ContosoCognito/1.0.0');
    const typed = scripted(fullScript());
    await askMissing({}, { ...previous, userAgent: 'MdePartner-Contoso-Cognito/0.9.0' }, typed.asker, exampleDir);
    expect(typed.defaults['User-Agent for every MDE / Graph Security API call:']).toBe('MdePartner-Contoso-Cognito/0.9.0');
  });
});

describe('the description counter', () => {
  const fifteen = 'Contoso Cognito correlates Defender alerts with identity risk to stop account takeover within minutes, automatically.';
  it.each([
    ['nothing typed, nothing offered', undefined, '', '  (0/15 words, 15 to go)'],
    ['nothing typed: counts what Enter submits, the offered description', fifteen, '', '  (15/15 words, just right, as offered)'],
    ['typing replaces what was offered', fifteen, 'Contoso Cognito', 'Contoso Cognito  (2/15 words, 13 to go)'],
    ['too many', undefined, `${fifteen} And more.`, `${fifteen} And more.  (17/15 words, 2 too many)`],
  ])('%s', (_, offered, typed, shown) => {
    expect(wordCounter(offered, en)(typed, { isFinal: false })).toBe(shown);
    expect(wordCounter(offered, en)(typed, { isFinal: true })).toBe(typed);
  });

  it.each([
    ['de', 'Contoso Cognito', 'Contoso Cognito  (2/15 Wörter, noch 13)'],
    ['fr', 'Contoso Cognito', 'Contoso Cognito  (2/15 mots, encore 13)'],
    ['ja', 'Contoso Cognitoは、Defenderのアラートを自動で阻止します。', 'Contoso Cognitoは、Defenderのアラートを自動で阻止します。  （6/15 語、あと 9 語）'],
    ['ja', `${fifteen}`, `${fifteen}  （15/15 語、ちょうどです）`],
  ] as const)('in %s: %j', async (locale, typed, shown) => {
    expect(wordCounter(undefined, await loadWizard(locale), formatFor(locale))(typed, { isFinal: false })).toBe(shown);
  });
});

describe('names with German umlauts', () => {
  const umlauts = { companyName: 'Müller Sicherheit', productName: 'Wächter', productVersion: '2.1' };
  it('offers the plain and the DIN 5007-2 spelling, the plain one first and preselected', async () => {
    const { 'User-Agent': _, ...rest } = fullScript();
    const script = { ...rest, 'Company name': ['Müller Sicherheit'], 'Product name': ['Wächter'], 'Product version': ['2.1'], umlauts: ['MdePartner-MuellerSicherheit-Waechter/2.1'], 'User-Agent for': ['MdePartner-MuellerSicherheit-Waechter/2.1'] };
    const { asker, defaults } = scripted(script);
    const select = asker.select.bind(asker);
    const offered: string[][] = [];
    asker.select = async (o) => {
      offered.push(o.choices.map((c) => c.value));
      return select(o);
    };
    const answers = await askMissing({}, {}, asker, exampleDir);
    expect(offered[0]).toEqual(['MdePartner-MullerSicherheit-Wachter/2.1', 'MdePartner-MuellerSicherheit-Waechter/2.1']);
    expect(defaults['The names contain umlauts. How should they be spelled in the User-Agent?']).toBe('MdePartner-MullerSicherheit-Wachter/2.1');
    expect(answers.userAgent).toBe('MdePartner-MuellerSicherheit-Waechter/2.1');
  });

  it.each([
    ['MdePartner-MullerSicherheit-Wachter/2.1', 'derived from the names and version'],
    ['MdePartner-MuellerSicherheit-Waechter/2.1', 'derived from the names (DIN 5007-2 spelling) and version'],
    ['MdePartner-Mueller-Waechter/2.1', 'warning: differs from the derived MdePartner-MullerSicherheit-Wachter/2.1 (USER_AGENT_MISMATCH)'],
  ])('notes %j as %j', (value, note) => {
    expect(userAgentNote(value, umlauts, en)).toBe(note);
  });

  it('a DIN spelling that was derived follows new names in that spelling', () => {
    expect(followUserAgent({ ...umlauts, userAgent: 'MdePartner-MuellerSicherheit-Waechter/2.1' }, { ...umlauts, productVersion: '2.2' })).toBe('MdePartner-MuellerSicherheit-Waechter/2.2');
  });
});

describe('the wizard asks in the chosen language', () => {
  it.each([
    ['de', ['Firmenname', 'Produktname', 'Produktversion', 'Produktbeschreibung', 'SVG-Logo', 'Angebotsseite', 'mehrinstanzenfähige', 'Entra-Anwendung', 'User-Agent für', 'Kategorien', 'Integrationsszenarien', 'Schritt 1', 'gemeinsamen Kunden', 'vorgeführt', 'MISA', 'Pressemitteilung', 'GitHub Actions']],
    ['fr', ['Nom de la société', 'Nom du produit', 'Version du produit', 'Description du produit', 'logo SVG', 'Page d’accueil', 'multilocataire ?', 'Nom de l’application', 'User-Agent de', 'Catégories', 'Scénarios', 'Étape 1', 'client commun', 'présentée', 'MISA', 'Communiqué', 'GitHub Actions']],
    ['ja', ['会社名', '製品名', '製品バージョン', '製品の説明', 'SVG ロゴ', 'ランディング', 'マルチテナント', 'アプリケーション名', 'User-Agent：', 'カテゴリ', '統合シナリオ', '手順 1', '共同顧客', 'デモ', 'MISA', 'プレスリリース', 'GitHub Actions']],
  ] as const)('%s', async (locale, questions) => {
    const answersIn = Object.values(fullScript());
    const script = Object.fromEntries(questions.map((q, i) => [q, answersIn[i]!]));
    const { asker, asked } = scripted(script);
    setLocale(locale);
    await loadCodeMessages(locale);
    try {
      await askMissing({}, {}, asker, exampleDir);
    } finally {
      setLocale('en');
    }
    expect(asked).toEqual(questions);
  });
});

describe('the logo path the listing stores', () => {
  it.each([
    ['.', 'Path to the square SVG logo (relative to this folder, where mde-partner.json goes):'],
    ['contoso', 'Path to the square SVG logo (relative to contoso/, where mde-partner.json goes):'],
  ])('the prompt says what the path is relative to (listing folder %j)', async (shownDir, message) => {
    const { asker, defaults } = scripted(fullScript());
    await askMissing({}, {}, asker, exampleDir, true, shownDir);
    expect(Object.keys(defaults)).toContain(message);
  });

  const base = resolve('/work/partner');
  it.each([
    ['logo.svg', 'logo.svg'],
    ['./logo.svg', 'logo.svg'],
    ['  art/./logo.svg ', 'art/logo.svg'],
    ['art/../logo.svg', 'logo.svg'],
    [resolve(base, 'art/logo.svg'), 'art/logo.svg'],
    ['../shared/logo.svg', '../shared/logo.svg'],
    ['', ''],
  ])('%j → %j', (typed, stored) => {
    expect(cleanLogoPath(typed, base)).toBe(stored);
  });
});

describe('one validator, two front-ends', () => {
  it.each([
    ['description', 'one two three', true],
    ['landingPage', 'https://localhost/', false],
    ['entraAppName', 'x'.repeat(257), false],
    ['productName', 'Contoso\u0007', false],
  ] as const)('%s %j passes the prompt: %s', (field, value, passes) => {
    expect(promptVerdict(fieldIssues(field, value)) === true).toBe(passes);
  });
});
