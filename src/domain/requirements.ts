/**
 * Everything here restates Microsoft's published partner requirements. It is data, kept in one
 * place with the date of the docs it reflects, so that the next change to the docs is a data edit.
 * Rules that are this tool's own policy live next to the checks and are labelled `policy` in the
 * code catalog; nothing in this file is policy.
 */
export const requirements = {
  docsDate: '2025-03-26',
  sources: [
    'MicrosoftDocs/defender-docs defender-endpoint/get-started-partner-integration.md (2025-03-26)',
    'MicrosoftDocs/defender-docs defender-endpoint/partner-applications.md',
    'MicrosoftDocs/defender-docs defender-endpoint/partner-integration.md',
    'MicrosoftDocs/defender-docs defender-endpoint/api/exposed-apis-create-app-partners.md',
    'RFC 9110 §5.6.2 (token), §10.1.5 (User-Agent), §5.5 (field values)',
    'Microsoft Graph application resource (displayName, signInAudience)',
    'WindowsDefenderATP application id: from public scripts, not a Learn page',
  ],
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
      'Microsoft Graph national cloud deployments (learn.microsoft.com/graph/deployments): graph.microsoft.com, graph.microsoft.us (L4: GCC High), dod-graph.microsoft.us (L5: DoD), microsoftgraph.chinacloudapi.cn (21Vianet)',
      'Microsoft Graph security API overview: the security resources live under /security on v1.0 and beta',
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
    ],
    graph: [
      'graph.microsoft.com',
      'graph.microsoft.us',
      'dod-graph.microsoft.us',
      'microsoftgraph.chinacloudapi.cn',
    ],
    /** Path prefixes (compared without case) of the Graph Security API on every Graph host. */
    graphSecurityPaths: ['/v1.0/security', '/beta/security'],
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
  /** The four onboarding steps, as the docs describe them; the checklist is built from this. */
  steps: [
    {
      id: 'license',
      title: 'License',
      summary: 'Subscribe to a Microsoft Defender for Endpoint license or trial tenant to develop and test the integration (the current docs say a trial tenant with up to 3 devices).',
    },
    {
      id: 'validation',
      title: 'Solution validation and certification',
      summary: 'A joint customer approves the suggested integration design on the Partner Application page in the Microsoft Defender portal; the integration is then tested and demoed to the MDE team.',
    },
    {
      id: 'misa',
      title: 'Microsoft Intelligent Security Association (MISA)',
      summary: 'After approval, partners are directed to MISA; ISVs and MSSPs can be nominated. Sending the required User-Agent is a stated prerequisite. Anything beyond that (invitation, partner ID): confirm with your Microsoft contact.',
    },
    {
      id: 'listing',
      title: 'Listing in the partner application portal',
      summary: 'Send the six listing items: square SVG logo, product name, 15-word description, landing page link, Entra application name (multi-tenant apps), and the User-Agent sent on every call to the MDE and Graph Security APIs.',
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
  },
} as const;

export type CategoryId = (typeof requirements.categories)[number]['id'];
export type ScenarioId = (typeof requirements.scenarios)[number]['id'];
