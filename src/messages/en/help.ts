import type { FieldId } from '../../listing/fields.js';

/**
 * The command line's own words: every description and option help of `--help`, and commander's
 * section titles and extras (its parse errors are in the errors part, loaded only when one is said). Commands, flags, codes and file names in the examples
 * stay as they are typed; only the words around them are here.
 */
export const help = {
  sections: {
    usage: 'Usage:',
    arguments: 'Arguments:',
    options: 'Options:',
    globalOptions: 'Global options:',
    commands: 'Commands:',
    examples: 'Examples:',
    example: 'Example:',
  },
  /** Commander's extras after a description, e.g. "(choices: "text", "json", default: "text")". */
  choices: (a: { values: string }) => `choices: ${a.values}`,
  default: (a: { value: string }) => `default: ${a.value}`,
  withExtras: (a: { description: string; extras: readonly string[] }) => `${a.description} (${a.extras.join(', ')})`,

  program: {
    description: 'Check and prepare a Microsoft Defender for Endpoint partner listing.',
    version: 'print the version',
    help: 'show help',
    helpCommand: 'show help for a command',
    lang: 'language of messages and help; without it, MDE_PARTNER_LANG decides, else LC_ALL, LC_MESSAGES, LANG',
    examples: {
      init: 'the wizard: asks, checks, writes the listing and bundle',
      validate: 'check a listing and its logo',
      audit: "does captured traffic send the listing's User-Agent?",
    },
    more: 'Run "mde-partner <command> --help" for a command\'s options.',
  },

  shared: {
    format: 'output format',
    strict: 'warnings fail too (exit 1)',
    quiet: 'text format: only failing findings and the summary',
    color: 'force color',
    noColor: 'no color (also NO_COLOR=1)',
    online: 'also fetch the landing page over HTTPS: status, redirects, product name (network access; off by default)',
    render: 'skip the rendered logo checks (no render child process)',
    listingPath: 'listing file or folder holding mde-partner.json',
    exitCodes: 'Exit codes: 0 no errors (warnings allowed unless --strict) · 1 findings fail · 2 usage or input problem · 3 internal error',
  },

  /** init's flag for each answer field. */
  fields: {
    companyName: 'company name as customers know it',
    productName: 'product name shown on the partner tile',
    productVersion: 'product version sent in the User-Agent, e.g. 1.0.0',
    description: 'the 15-word product description',
    logo: 'path to the square SVG logo (relative to dir)',
    landingPage: 'https:// landing page or blog post for customers',
    multiTenant: 'the integration uses a multi-tenant Microsoft Entra app',
    entraAppName: 'display name of the multi-tenant Entra app',
    userAgent: 'User-Agent (default: derived, accepted with --yes or at the prompt)',
    language: 'language of the bundle\'s files: en, de, fr or ja (default en; --lang sets the terminal\'s)',
  } satisfies Record<FieldId, string>,
  /** The "--no-" flag of a yes/no field. */
  noFields: {
    multiTenant: 'the integration does not use a multi-tenant Entra app',
  },

  init: {
    description: 'interactive wizard: asks, checks each answer, writes mde-partner.json and the bundle',
    dir: 'folder for mde-partner.json (default .)',
    category: (a: { ids: string }) => `partner-page category (repeatable): ${a.ids}`,
    scenario: (a: { ids: string }) => `integration scenario (repeatable): ${a.ids}`,
    license: 'step 1: MDE license or trial tenant',
    customerApproval: 'step 2: joint customer approved the design',
    demo: 'step 2: integration demoed to the MDE team',
    misa: 'step 3: MISA nomination',
    pressRelease: 'step 4: press release naming MDE',
    pressReviewStart: 'date (YYYY-MM-DD) the press release went to Microsoft for review',
    answers: 'a JSON file with the answers (listing field names); flags win over it',
    yes: 'accept derived values (the User-Agent); never invents required ones',
    ciWorkflow: 'also write .github/workflows/mde-partner.yml',
    noCiWorkflow: 'do not write the workflow (and do not ask)',
    noBundle: 'write only mde-partner.json',
    out: 'bundle folder (default: mde-submission in dir)',
    strict: 'write nothing while there are warnings, as validate --strict fails on them',
    online: 'also fetch the landing page over HTTPS before anything is written (network access; off by default)',
    render: 'skip the rendered logo checks, at the prompts too; the bundle gets no PNG previews',
    examples: { terminal: 'asks, on a terminal', ci: 'in CI: no prompts' },
    note: 'Without a terminal (or with CI set) nothing is asked: a missing answer is exit 2 with the list of\nmissing flags and the command to run. Ctrl-C: exit 130, nothing written.',
  },

  validate: {
    description: 'check listing(s): a listing file, or a folder holding mde-partner.json (default .)',
    paths: 'listing files or folders',
    examples: { here: './mde-partner.json', github: 'annotations in GitHub Actions', online: 'also fetch the landing page' },
  },

  bundle: {
    description: 'validate, then write the submission bundle: a folder and <folder>.zip',
    out: 'bundle folder (default: mde-submission beside the listing); <dir>.zip is written next to it',
    strict: 'warnings fail too: exit 1 and nothing written',
    quiet: 'no progress lines, no "Bundle written" lines; text format: only failing findings and the summary',
    render: 'skip the rendered logo checks; the bundle gets no PNG previews',
    examples: { here: './mde-submission/ and ./mde-submission.zip' },
    note: 'Nothing is written when the listing has errors; a failed or interrupted run keeps the previous bundle.',
  },

  checklist: {
    description: 'the four onboarding steps: what is verified, failing, or still to do',
    strict: 'items verified with warnings fail too (exit 1)',
  },

  verify: {
    description: 'check a received bundle (folder or .zip): hashes, unlisted files, safe unzip, full validation',
    bundle: 'bundle folder or .zip',
  },

  ua: {
    description: 'derive or check a User-Agent (MdePartner-{Company}-{Product}/{Version})',
    derive: 'derive the User-Agent from the company name, product name and version',
    deriveFormat: 'output format (text: the value alone when it can be derived)',
    company: 'company name, e.g. "Contoso"',
    product: 'product name, e.g. "Contoso Cognito"',
    productVersion: 'product version, e.g. 1.0.0',
    check: 'check a User-Agent string; with the names, also compare it with the derived one',
    value: 'the User-Agent value',
    compareCompany: 'company name to compare with',
    compareProduct: 'product name to compare with',
    compareVersion: 'product version to compare with',
    legacy: 'legacy prefix: exit 1',
    audit: 'check HAR captures: every request to an MDE API or Graph Security API must send exactly the expected User-Agent',
    captures: 'HAR 1.2 files exported from browser dev tools, mitmproxy or Fiddler',
    expect: 'the User-Agent every partner API request must send',
    listing: 'take the expected User-Agent from a listing (file, or folder holding mde-partner.json); default ./mde-partner.json',
    auditExamples: {
      here: 'expects the User-Agent of ./mde-partner.json',
      mitmproxy: 'record a server-side client through mitmproxy',
    },
    auditNote: 'Counted: requests to the MDE API hosts (api.security.microsoft.com, its regional and US Government\nhosts) and to /v1.0/security/… and /beta/security/… on every Microsoft Graph cloud. Token requests\nand other Graph calls are not. Captures are streamed: up to 256 MiB each, in bounded memory.',
    auditExitCodes: 'Exit codes: 0 every partner request sends the value · 1 findings fail · 2 usage or input problem',
  },

  explain: {
    description: 'what a finding code means and how to fix it',
    code: 'a finding code, e.g. SVG_SCRIPT',
    list: 'list every code',
  },
};

export type HelpWords = typeof help;
