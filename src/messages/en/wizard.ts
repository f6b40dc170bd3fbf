import type { FieldId } from '../../listing/fields.js';
import type { PluralForms } from '../format.js';
import { bundle } from './bundle.js';

/**
 * The words of `init`: the wizard's questions, its live word counter and notes, the summary, the
 * confirmation, the next steps, and init's exit-2 messages. English is the source of the shape.
 */
type FieldWords = {
  /** The wizard's question. */
  prompt: string;
  /** What a missing-answer message asks for. */
  what: string;
  /** The value shown after the flag in a missing-answer message. */
  placeholder?: string;
};

export const wizard = {
  fields: {
    companyName: { prompt: 'Company name (as customers know it):', what: 'company name as customers know it', placeholder: '<company name>' },
    productName: { prompt: 'Product name (shown on the partner tile):', what: 'product name shown on the partner tile', placeholder: '<product name>' },
    productVersion: { prompt: 'Product version (sent in the User-Agent, e.g. 1.0.0):', what: 'product version sent in the User-Agent', placeholder: '<1.0.0>' },
    description: { prompt: 'Product description (15 words):', what: 'the 15-word product description', placeholder: '<15-word description>' },
    logo: { prompt: 'Path to the square SVG logo', what: 'path to the square SVG logo', placeholder: '<logo.svg>' },
    landingPage: { prompt: 'Landing page or blog post for customers (https://…):', what: 'landing page or blog post for customers', placeholder: '<https://…>' },
    multiTenant: { prompt: 'Does the integration use a multi-tenant Microsoft Entra app?', what: 'whether the integration uses a multi-tenant Entra app' },
    entraAppName: { prompt: 'Microsoft Entra application name (its display name):', what: 'display name of the multi-tenant Entra app (required with --multi-tenant)', placeholder: '<app display name>' },
    userAgent: { prompt: 'User-Agent for every MDE / Graph Security API call:', what: 'the User-Agent', placeholder: '<MdePartner-{Company}-{Product}/{Version}>' },
    language: { prompt: 'Language of the bundle\'s files (en, de, fr or ja):', what: 'the language of the bundle\'s files (en, de, fr or ja)', placeholder: '<en|de|fr|ja>' },
  } satisfies Record<FieldId, FieldWords>,
  /** The logo question: `listingDir` is the listing's folder as typed, or undefined for the current one. */
  logoWhere: (a: { listingDir?: string }) => `(relative to ${a.listingDir === undefined ? 'this folder' : `${a.listingDir}/`}, where mde-partner.json goes):`,
  logoEmpty: 'Enter the path to the SVG logo.',
  logoLine: (a: { code: string; line?: number; message: string; hint?: string }) => `${a.code}${a.line ? ` (line ${a.line})` : ''}: ${a.message}${a.hint ? ` Fix: ${a.hint}` : ''}`,
  logoMore: (a: { more: number }) => `… and ${a.more} more. Fix the file, or enter another one.`,

  /** Notes beside an answer while typing: "(5/15 words, 10 to go)". */
  parenthesized: (parts: string[]) => `(${parts.join(', ')})`,
  /** The live counter beside the description while typing. */
  counter: {
    words: { one: '# word', other: '# words' } as PluralForms,
    tooMany: (a: { over: number }) => `${a.over} too many`,
    toGo: (a: { under: number }) => `${a.under} to go`,
    justRight: 'just right',
    asOffered: 'as offered',
  },

  userAgent: {
    derived: 'derived from the names and version',
    derivedDin: 'derived from the names (DIN 5007-2 spelling) and version',
    differs: (a: { derived: string; code: string }) => `warning: differs from the derived ${a.derived} (${a.code})`,
    warning: (a: { code: string }) => `warning: ${a.code}`,
    spelling: 'The names contain umlauts. How should they be spelled in the User-Agent?',
    plain: (a: { value: string }) => `${a.value}  (umlauts without dots: ü → u; the default)`,
    din: (a: { value: string }) => `${a.value}  (DIN 5007-2: ü → ue)`,
  },

  categories: 'Partner-page categories:',
  scenarios: 'Integration scenarios:',
  /** The same titles as the bundle's (one text for each, in each language). */
  categoryTitles: bundle.categories,
  /** The same titles as the bundle's (one text for each, in each language). */
  scenarioTitles: bundle.scenarios,
  status: { todo: 'to do', 'in-progress': 'in progress', done: 'done', 'not-applicable': 'not applicable' },
  onboarding: {
    license: 'Step 1 — MDE license or trial tenant to develop against?',
    customerApproval: 'Step 2 — joint customer approved the integration design (Partner Application page)?',
    demo: 'Step 2 — integration tested and demoed to the MDE team?',
    misa: 'Step 3 — MISA nomination (confirm details with your Microsoft contact)?',
    pressRelease: (a: { days: number }) => `Step 4 — press release naming MDE (should be reviewed by Microsoft; wait at least ${a.days} days)?`,
  },
  reviewStart: 'Date the press release went to Microsoft for review (YYYY-MM-DD, empty if not yet):',
  reviewStartInvalid: 'Expected a calendar date, YYYY-MM-DD.',
  ciWorkflow: 'Add a GitHub Actions workflow that runs `mde-partner validate`?',

  /** The summary before anything is written. */
  editing: (a: { path: string }) => `Editing ${a.path}: its values are offered as defaults.`,
  summaryTitle: 'Summary',
  summary: {
    company: 'Company', product: 'Product', version: 'Version', description: 'Description', logo: 'Logo',
    landingPage: 'Landing page', multiTenant: 'Multi-tenant Entra app', userAgent: 'User-Agent', categories: 'Categories',
    scenarios: 'Scenarios', onboarding: 'Onboarding', files: 'Will write',
  },
  yesApp: (a: { name: string }) => `yes — ${a.name}`,
  no: 'no',
  none: '—',
  onboardingTasks: { license: 'license', customerApproval: 'customer approval', demo: 'demo', misa: 'MISA', pressRelease: 'press release' },
  reviewFrom: (a: { date: string }) => `review from ${a.date}`,
  existsKept: 'exists: kept',
  folderAndZip: (a: { folder: string }) => `${a.folder}/ and ${a.folder}.zip`,
  warnings: { one: '# warning (validate --strict fails on it; init --strict writes nothing while there is one):', other: '# warnings (validate --strict fails on them; init --strict writes nothing while there are any):' } as PluralForms,
  warningLabel: 'warning',
  fixLabel: 'fix:',
  confirmWrite: (a: { path: string; bundle: boolean }) => `Write ${a.path}${a.bundle ? ' and the bundle' : ''}?`,
  nothingWritten: 'Nothing written.',
  notValid: (a: { strict: boolean }) => `nothing written: the answers above do not pass validation${a.strict ? ' with --strict' : ''}.`,

  /** After writing. */
  wrote: (a: { path: string }) => `✔ Wrote ${a.path}`,
  workflowExists: (a: { path: string }) => `${a.path} exists; left as it is.`,
  wroteWorkflow: (a: { path: string }) => `✔ Wrote ${a.path} (runs the mde-partner action from tools/mde-partner, a copy of mde-partner kept in your repository: see the comments at its top)`,
  wroteBundle: (a: { folder: string }) => `✔ Wrote the bundle ${a.folder}/ and ${a.folder}.zip`,
  note: 'Note:',
  bundleFailed: (a: { command: string }) => `the listing was written, the bundle was not: fix the findings above, then run "${a.command}".`,
  writeListing: { todo: 'run init for another folder', kept: 'nothing was written' },
  writeWorkflow: { todo: 'add the workflow by hand from templates/github-workflow.yml', kept: (a: { listing: string }) => `${a.listing} is written, the bundle is not` },
  checklist: (a: { verified: string; failing: string; open: string }) => `Checklist: ${a.verified} verified, ${a.failing} failing, ${a.open} open.`,
  manualOpen: { one: '# manual item', other: '# manual items' } as PluralForms,
  nextSteps: 'Next steps:',
  nextChecklist: 'the four steps in full',
  nextSubmission: 'the six items to paste',
  nextValidate: 'in CI too: --format sarif or --format github',
  microsoftPages: 'Microsoft\'s pages:',

  /** init's exit-2 messages. */
  notAFolder: (a: { dir: string }) => `${a.dir} is not a folder. init [dir] takes the folder the listing goes into; pass a folder (it is created when missing).`,
  existingListing: 'The existing listing',
  answersFile: 'The answers file',
  expectedJson: 'Expected a JSON file holding one object of listing fields, e.g. {"companyName": "Contoso", "productName": "Contoso Cognito"}.',
  unreadable: (a: { what: string; path: string; why: string; expected: string }) => `${a.what} ${a.path} ${a.why}. ${a.expected} Pass the path of such a file.`,
  tooLarge: (a: { what: string; path: string; size: string; limit: string; expected: string }) => `${a.what} ${a.path} has ${a.size} bytes; the limit is ${a.limit} bytes. ${a.expected}`,
  notJson: (a: { what: string; path: string; found: string; line?: number; column?: number; fix: string }) =>
    `${a.what} ${a.path} is not valid JSON: ${a.found}${a.line !== undefined ? ` at line ${a.line}, column ${a.column}` : ''}. ${a.fix} Fix the file and run init again.`,
  tooDeep: (a: { limit: number }) => `values nested deeper than ${a.limit} levels`,
  notUsable: (a: { what: string; path: string; found: string; expected: string }) => `${a.what} ${a.path} is not usable: found ${a.found}. ${a.expected} Fix the file and run init again.`,
  unknownKeys: (a: { source: string; keys: string; known: string }) => `${a.source} has unknown keys: ${a.keys}. Expected listing fields (${a.known}); remove or rename the others.`,
  andMore: (a: { more: number }) => ` and ${a.more} more`,
  missingIntro: 'init needs answers that were not given, and there is no terminal to ask on (stdin/stdout are not a TTY, or CI is set):',
  missingUserAgent: (a: { derived: string }) => `the User-Agent; --yes accepts the derived ${a.derived}`,
  missingUserAgentDin: (a: { din: string }) => `(or pass the DIN 5007-2 spelling: --user-agent ${a.din})`,
  runWithValues: 'Run it with your values:',
  orAnswersFile: 'Or put the answers in a JSON file (listing field names) and pass --answers answers.json.',
};

export type WizardWords = typeof wizard;
