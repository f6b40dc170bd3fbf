/**
 * Everything here restates Microsoft's published partner requirements. It is data, kept in one
 * place with the date of the docs it reflects, so that the next change to the docs is a data edit.
 * Rules that are this tool's own policy live next to the checks and are labelled `policy` in the
 * code catalog; nothing in this file is policy.
 */

/** A page of Microsoft's docs that a rule or a checklist step is taken from. */
export interface DocSource {
  /** The page title in the language it is quoted from. */
  title: string;
  /** Language of the text read; quotes in the catalog are the English source text. */
  lang: 'en' | 'de' | 'fr' | 'ja';
  /** YYYY-MM-DD: when this version of the text was published (for translations: handed off); absent when we have no dated copy. */
  date?: string;
  /** Where the page is, or was, published. */
  where: string;
  /** Present for pages that can still be opened. */
  url?: string;
}

/**
 * The versions of Microsoft's pages that the rules and the checklist cite. The partner page has
 * changed: the 2021 pages number four steps (step 3: "Become a Microsoft Intelligent Security
 * Association member"); since the January 2022 page it numbers three, with a separate "MISA
 * nomination" section. The 2021 translations carry the English source text they were made from, which
 * is what the catalog quotes.
 */
const sourceData = {
  current: {
    title: 'Become a Microsoft Defender for Endpoint partner',
    lang: 'en',
    date: '2025-03-26',
    where: 'Microsoft Learn, MicrosoftDocs/defender-docs defender-endpoint/get-started-partner-integration.md',
    url: 'https://learn.microsoft.com/defender-endpoint/get-started-partner-integration',
  },
  'de-2021-04': {
    title: 'Werden Sie Microsoft Defender für Endpunkt-Partner (English source: Become a Microsoft Defender for Endpoint partner)',
    lang: 'de',
    date: '2021-04-20',
    where: 'Microsoft Docs, de-DE translation of the microsoft-365-docs copy of the partner page',
  },
  'fr-2021-11': {
    title: 'Devenir un partenaire Microsoft Defender pour point de terminaison',
    lang: 'fr',
    date: '2021-11-24',
    where: 'Microsoft Docs, fr-FR translation of the microsoft-365-docs copy of the partner page',
  },
  'ja-2022-01': {
    title: 'Microsoft Defender for Endpoint パートナーになる',
    lang: 'ja',
    date: '2022-01-24',
    where: 'Microsoft Docs, ja-JP translation of the microsoft-365-docs copy of the partner page',
  },
  opportunities: {
    title: 'Microsoft Defender for Endpoint partner opportunities and scenarios',
    lang: 'de',
    date: '2021-03-23',
    where: 'Microsoft Docs, de-DE translation of partner-integration.md',
    url: 'https://learn.microsoft.com/defender-endpoint/partner-integration',
  },
  partnerApplications: {
    title: 'Partner applications in Microsoft Defender for Endpoint',
    lang: 'en',
    where: 'Microsoft Learn, MicrosoftDocs/defender-docs defender-endpoint/partner-applications.md',
    url: 'https://learn.microsoft.com/defender-endpoint/partner-applications',
  },
  createAppPartners: {
    title: 'Partner access through Microsoft Defender for Endpoint APIs',
    lang: 'en',
    where: 'Microsoft Learn, MicrosoftDocs/defender-docs defender-endpoint/api/exposed-apis-create-app-partners.md',
    url: 'https://learn.microsoft.com/defender-endpoint/api/exposed-apis-create-app-partners',
  },
} as const satisfies Record<string, DocSource>;

export type SourceId = keyof typeof sourceData;
export const sources: Readonly<Record<SourceId, DocSource>> = sourceData;

/** Pages the bundle and the wizard send partners to. */
export const links = {
  trial: 'https://signup.microsoft.com/create-account/signup?products=7f379fee-c4f9-4278-b0a1-e4c8c2fcdf7e&ru=https://aka.ms/MDEp2OpenTrial?ocid=docs-wdatp-exposedapis-abovefoldlink',
  partnerApplicationPage: 'https://security.microsoft.com/interoperability/partnersapps',
  misa: 'https://www.microsoft.com/security/business/intelligent-security-association',
  partnerPage: sourceData.current.url,
  partnerApplicationsDoc: sourceData.partnerApplications.url,
  createAppPartnersDoc: sourceData.createAppPartners.url,
  graphSecurityApi: 'https://learn.microsoft.com/graph/api/resources/security-api-overview',
  rfc2616UserAgent: 'https://tools.ietf.org/html/rfc2616#section-14.43',
  rfc9110UserAgent: 'https://www.rfc-editor.org/rfc/rfc9110#section-10.1.5',
} as const;

export const requirements = {
  /** The date of the current partner page, which the rules reflect. */
  docsDate: sourceData.current.date,
  sources: [
    'MicrosoftDocs/defender-docs defender-endpoint/get-started-partner-integration.md (2025-03-26)',
    'The same page as translated in 2021-04 (de-DE), 2021-11 (fr-FR) and 2022-01 (ja-JP)',
    'MicrosoftDocs/defender-docs defender-endpoint/partner-applications.md',
    'MicrosoftDocs/defender-docs defender-endpoint/partner-integration.md',
    'MicrosoftDocs/defender-docs defender-endpoint/api/exposed-apis-create-app-partners.md',
    'RFC 9110 §5.6.2 (token), §10.1.5 (User-Agent), §5.5 (field values); RFC 2616 §14.43, the reference the partner page gives',
    'Microsoft Graph application resource (displayName, signInAudience)',
    'WindowsDefenderATP application id: from public scripts, not a Learn page',
  ],
  /**
   * Sentences of the current page (sources.current), verbatim: the catalog quotes them as the basis of
   * the rules that restate them.
   */
  quotes: {
    listing: 'To have your company listed as a partner in the in-product partner page, provide the following information:',
    logo: 'A square logo (SVG)',
    productName: 'Name of the product to be presented',
    description: 'A 15-word product description',
    landingPage: 'A link to the landing page for the customer to complete the integration or blog post that includes sufficient information for customers.',
    pressRelease: 'Any press release including the Microsoft Defender for Endpoint product name should be reviewed by the marketing and engineering teams. Wait for at least 10 days for the review process to be done.',
    entra: 'If you use a multi-tenant Microsoft Entra ID approach, we need the Microsoft Entra application name to track usage of the application.',
    userAgentCalls: 'The User-Agent field in each API call to the Defender for Endpoint public set of APIs or Graph Security APIs. This is used for statistical purposes, troubleshooting, and partner recognition.',
    userAgentFormat: 'Set the User-Agent field in each HTTP request header to the below format. MdePartner-{CompanyName}-{ProductName}/{Version}',
  },
  description: {
    /** "A 15-word product description". The docs do not say "exactly": fewer is a warning. */
    words: 15,
  },
  userAgent: {
    prefix: 'MdePartner-',
    /** Older versions of the page used this prefix; Microsoft's current docs use `prefix`. */
    legacyPrefix: 'MdatpPartner-',
    example: 'MdePartner-Contoso-ContosoCognito/1.0.0',
  },
  /**
   * Where the User-Agent must be sent: "every call to the MDE public APIs or the Graph Security
   * APIs". `ua audit` counts a request as such a call when its host is an MDE API host, or when it
   * is a Graph host and the path starts with one of the Graph Security path prefixes. Token
   * endpoints (login.microsoftonline.com, …) and other Graph calls are not counted.
   */
  apiHosts: {
    sources: [
      'MicrosoftDocs/defender-docs defender-endpoint/api/exposed-apis-list.md (2025-03-21): api.security.microsoft.com and the regional us., eu., uk., au., swa., ina., aea. hosts',
      'MicrosoftDocs/defender-docs defender-endpoint/gov.md: api-gcc.securitycenter.microsoft.us (GCC), api-gov.securitycenter.microsoft.us (GCC High, DoD)',
      'MicrosoftDocs/windows-itpro-docs and microsoft-365-docs, older copies of the API pages: api.securitycenter.microsoft.com and api-{us,eu,uk,au}.securitycenter.microsoft.com',
      'The older MDE API pages (MicrosoftDocs/microsoft-365-docs and windows-itpro-docs, e.g. exposed-apis-list.md and the per-call pages: "you can use server closer to your geo location") and the WDATP connectors built on them: the historic api.securitycenter.windows.com and api-{us,eu,uk}.securitycenter.windows.com',
      'Microsoft Graph national cloud deployments (learn.microsoft.com/graph/deployments): graph.microsoft.com, graph.microsoft.us (L4: GCC High), dod-graph.microsoft.us (L5: DoD), microsoftgraph.chinacloudapi.cn (21Vianet)',
      'Microsoft Graph security API overview: the security resources live under /security on v1.0 and beta',
      'Microsoft Graph JSON batching (learn.microsoft.com/graph/json-batching): POST /{v1.0|beta}/$batch with a JSON body whose requests[] each have a url relative to that version',
    ],
    mde: [
      'api.security.microsoft.com',
      'us.api.security.microsoft.com',
      'eu.api.security.microsoft.com',
      'uk.api.security.microsoft.com',
      'au.api.security.microsoft.com',
      'swa.api.security.microsoft.com',
      'ina.api.security.microsoft.com',
      'aea.api.security.microsoft.com',
      'api.securitycenter.microsoft.com',
      'api-us.securitycenter.microsoft.com',
      'api-eu.securitycenter.microsoft.com',
      'api-uk.securitycenter.microsoft.com',
      'api-au.securitycenter.microsoft.com',
      'api-gcc.securitycenter.microsoft.us',
      'api-gov.securitycenter.microsoft.us',
      'api.securitycenter.windows.com',
      'api-us.securitycenter.windows.com',
      'api-eu.securitycenter.windows.com',
      'api-uk.securitycenter.windows.com',
    ],
    graph: [
      'graph.microsoft.com',
      'graph.microsoft.us',
      'dod-graph.microsoft.us',
      'microsoftgraph.chinacloudapi.cn',
    ],
    /** Path prefixes (compared without case) of the Graph Security API on every Graph host. */
    graphSecurityPaths: ['/v1.0/security', '/beta/security'],
    /** JSON batching endpoints on every Graph host: each request in the body is a call of its own. */
    graphBatchPaths: ['/v1.0/$batch', '/beta/$batch'],
  },
  entra: {
    /** Microsoft Graph application.displayName is limited to 256 characters. */
    appNameMaxLength: 256,
    /**
     * exposed-apis-create-app-partners.md: create a multi-tenant app with "Supported account types -
     * accounts in any organizational directory", which is this signInAudience.
     */
    multiTenantAudience: 'AzureADMultipleOrgs',
    /**
     * The same page has the app ask for permissions on the WindowsDefenderATP API. Its application
     * (client) id — the resourceAppId in requiredResourceAccess — is from public scripts, not a Learn page.
     */
    windowsDefenderAtpAppId: 'fc780465-2017-40d4-a0c5-307022471b92',
  },
  pressRelease: {
    /** Any press release naming MDE is reviewed by Microsoft marketing and engineering. */
    reviewDays: 10,
  },
  /**
   * The four onboarding steps of the checklist, each with where the pages put it. The current page
   * numbers three steps and has a "MISA nomination" section; the 2021 pages number four, MISA being
   * step 3. `history` says what older versions said differently.
   */
  steps: [
    {
      id: 'license',
      title: 'License',
      summary: 'Subscribe to a Microsoft Defender for Endpoint license to develop and test the integration: the current page offers a free trial, a tenant with up to three devices.',
      from: [
        { source: 'current', section: 'Step 1: Subscribe to a Microsoft Defender for Endpoint license' },
        { source: 'ja-2022-01', section: 'Step 1' },
        { source: 'de-2021-04', section: 'Step 1: Subscribe to a Microsoft Defender for Endpoint Developer license' },
        { source: 'fr-2021-11', section: 'Step 1' },
      ],
      history: 'The 2021 pages (de-DE 2021-04, fr-FR 2021-11) offered a Developer license with up to 10 devices instead of the trial.',
      links: ['trial'],
    },
    {
      id: 'validation',
      title: 'Solution validation and certification',
      summary: 'A joint customer approves the suggested integration design in the Partner Application page in Microsoft Defender XDR; the integration is tested and demoed to the Microsoft Defender for Endpoint team.',
      from: [
        { source: 'current', section: 'Step 2: Fulfill the solution validation and certification requirements' },
        { source: 'ja-2022-01', section: 'Step 2' },
        { source: 'de-2021-04', section: 'Step 2' },
        { source: 'fr-2021-11', section: 'Step 2' },
      ],
      history: 'The 2021–22 pages add that the customer can use the "Recommend a partner" option in the Partner Application page (then in the Microsoft Defender Security Center).',
      links: ['partnerApplicationPage'],
    },
    {
      id: 'misa',
      title: 'Microsoft Intelligent Security Association (MISA)',
      summary: 'Once the Microsoft Defender for Endpoint team has approved the integration, it directs the partner to MISA; ISVs and MSSPs can be nominated. Sending the User-Agent is a requirement for MISA membership. Anything beyond that (invitation, partner ID): confirm with your Microsoft contact.',
      from: [
        { source: 'de-2021-04', section: 'Step 3: Become a Microsoft Intelligent Security Association member' },
        { source: 'fr-2021-11', section: 'Step 3' },
        { source: 'ja-2022-01', section: 'MISA nomination (not a numbered step)' },
        { source: 'current', section: 'MISA nomination (not a numbered step), and the end of Step 2' },
      ],
      history: 'Step 3 of the 2021 pages; since the 2022-01 page it is the "MISA nomination" section, not a numbered step.',
      links: ['misa'],
    },
    {
      id: 'listing',
      title: 'Listing in the partner application portal',
      summary: 'Send the six listing items: a square SVG logo, the product name, a 15-word product description, a link to the landing page or blog post, the Microsoft Entra application name (multi-tenant apps), and the User-Agent sent in each call to the Defender for Endpoint and Graph Security APIs.',
      from: [
        { source: 'current', section: 'Step 3: Get listed in the Microsoft Defender for Endpoint partner application portal' },
        { source: 'ja-2022-01', section: 'Step 3' },
        { source: 'de-2021-04', section: 'Step 4' },
        { source: 'fr-2021-11', section: 'Step 4' },
      ],
      history: 'Step 4 of the 2021 pages, which said "Azure AD" where the current page says "Microsoft Entra ID".',
      links: ['partnerApplicationsDoc'],
    },
  ],
  categories: [
    { id: 'security-information-and-analytics', title: 'Security information and analytics' },
    { id: 'orchestration-and-automation', title: 'Orchestration and automation' },
    { id: 'threat-intelligence', title: 'Threat intelligence' },
    { id: 'network-security', title: 'Network security' },
    { id: 'cross-platform', title: 'Cross platform' },
    { id: 'other-integrations', title: 'Other integrations' },
  ],
  scenarios: [
    {
      id: 'external-alert-correlation',
      title: 'External alert correlation and automated investigation & remediation',
    },
    { id: 'soar-integration', title: 'Security orchestration, automation and response (SOAR) integration' },
    { id: 'indicators-matching', title: 'Indicators matching' },
    { id: 'other', title: 'Other' },
  ],
} as const;

/** Our own limits (not Microsoft's): named so README, catalog and checks share one value. */
export const policy = {
  productNameMaxLength: 100,
  listing: {
    maxBytes: 1024 * 1024,
    maxDepth: 64,
    /** The same code is reported at most this often per listing; the last says how many more. */
    maxFindingsPerCode: 20,
  },
  /** `init --answers`: a JSON object of listing fields, a few hundred bytes in practice. */
  answers: {
    maxBytes: 1024 * 1024,
    maxDepth: 64,
  },
  /**
   * `verify`: a bundle someone else made. A real bundle has 17 files and well under 2 MiB; these
   * bound what a hostile folder or zip can cost (and `bundle` reads an earlier manifest.json within
   * maxManifestBytes before it replaces that bundle).
   */
  bundle: {
    maxEntries: 64,
    maxEntryBytes: 2 * 1024 * 1024,
    maxTotalBytes: 8 * 1024 * 1024,
    maxZipBytes: 16 * 1024 * 1024,
    /** A manifest lists 17 files in about 2 KiB. */
    maxManifestBytes: 256 * 1024,
    /** Uncompressed / compressed; real SVG and text compress 3-10×, zip bombs 1000×. */
    maxRatio: 100,
    /** The ratio is judged only above this size: tiny files can compress oddly well. */
    ratioFloorBytes: 64 * 1024,
  },
  /** An exported app manifest is a few KiB (certificates in keyCredentials make it larger). */
  entraManifest: {
    maxBytes: 1024 * 1024,
    maxDepth: 64,
  },
  /** `--online`: fetching the landing page. */
  online: {
    maxRedirects: 5,
    timeoutMs: 10_000,
    maxBodyBytes: 2 * 1024 * 1024,
  },
  logo: {
    maxBytes: 1024 * 1024,
    maxDepth: 64,
    maxAttributesPerElement: 64,
    /**
     * Elements in the whole logo. Real logos have hundreds at most; svgo (which optimizes the bundle's
     * copy) checks every element against its siblings on every pass, so many thousands of siblings
     * would make `bundle` run for minutes.
     */
    maxElements: 5000,
    /** The bundle's svgo run: a 1 MiB logo of 4,000 long paths takes about 10 s on a 2-core machine. */
    optimize: { timeoutMs: 60_000, maxMemoryMb: 512 },
    /** Above this a logo still works but is heavier than a logo needs to be. */
    warnBytes: 32 * 1024,
    /** Relative difference between width and height that still counts as square. */
    squareTolerance: 0.001,
    /**
     * The rendered checks. Thresholds are fractions of the canvas side; each can be changed per
     * listing with `"rules": {"CODE": {"threshold": n}}`. The time and memory limits cannot: they
     * bound what a hostile logo can cost.
     */
    render: {
      /**
       * CPU time a logo may take to draw, counted from the child's own CPU clock (user + system, on
       * Linux from /proc), so that time spent waiting for a busy machine does not count. Past it the
       * render child is killed (SIGKILL): SVG_RENDER_TIMEOUT. The largest icon of simple-icons takes
       * about 0.1 s for the four sizes `bundle` draws.
       */
      cpuTimeoutMs: 5000,
      /**
       * Wall-clock time after which a request is given up whatever its CPU time: the last backstop for
       * a child that is stuck without using CPU (stopped, or starved for a minute). Its end is
       * SVG_RENDER_UNAVAILABLE, a warning about the machine, not about the logo.
       */
      backstopMs: 60_000,
      /**
       * Where the child's CPU time cannot be read (no Linux /proc: macOS, Windows), the CPU deadline is
       * approximated by wall-clock time: this many times the CPU deadline, capped by the backstop.
       */
      wallFactorWithoutCpuClock: 4,
      /** Memory the render child may use (data segment, RLIMIT_DATA, on Linux). */
      memoryLimitMiB: 512,
      /**
       * The logo is measured at this size (longer side, px): 1 px is 0.8% of the side, fine enough for
       * thresholds of 10% and more, and measuring takes about a millisecond in a fresh process.
       */
      measureSize: 128,
      /** PNG previews in the bundle (longer side, px). */
      previewSizes: [512, 192, 32],
      /** SVG_OCCUPANCY_LOW below this share of the side, in both directions. */
      minOccupancy: 0.5,
      /** SVG_NOT_CENTRED when the drawing's centre is further than this share of the side from the canvas centre. */
      maxCentreOffset: 0.1,
      /** SVG_CONTENT_NOT_SQUARE when the drawing's longer side is more than this many times its shorter side. */
      maxContentAspect: 3,
    },
  },
  /** `ua audit`: a capture is streamed, never loaded whole; these bound what one capture can cost. */
  har: {
    /** Captures larger than this are not read (HAR_INVALID); browsers' "save all as HAR" rarely comes near. */
    maxBytes: 256 * 1024 * 1024,
    /** Deeper nesting is refused while parsing (Chrome's _initiator stacks nest a few dozen levels). */
    maxDepth: 1024,
    /** Of a request's url, method and header names and values only this many characters are kept. */
    maxFieldChars: 16 * 1024,
    /** The same code is reported at most this often per capture; the last says how many more. The host summary counts all. */
    maxFindingsPerCode: 10,
    /**
     * Of a request body (postData.text) this many characters are kept, to read the requests of a Graph
     * $batch. A batch holds at most 20 requests, a few KiB of JSON; a larger body is counted as not
     * inspected rather than held.
     */
    maxBatchBodyChars: 256 * 1024,
  },
} as const;

/** Every step names sources and links that exist (checked when this file compiles). */
const stepsCheck: readonly { from: readonly { source: SourceId }[]; links: readonly (keyof typeof links)[] }[] = requirements.steps;
void stepsCheck;
