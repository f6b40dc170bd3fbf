/**
 * The library API: the checks the CLI runs, returning plain data. What an embedder needs and no
 * more; docs/api.md lists every value exported here (a test keeps the two equal).
 *
 *   import { validateListing, validateLogo, deriveUserAgent, checkUserAgent } from 'mde-partner';
 */

// ── Whole listings ─────────────────────────────────────────────────────────────────────────────
/**
 * validateListing(path, options): a listing file (or folder holding mde-partner.json), its logo and
 * every field → ListingResult; validateListingText(text, context): the same for listing text in
 * memory (`context.baseDir`: where the logo path starts).
 */
export { validateListing, validateListingText, type ListingResult, type CheckContext, type ValidateOptions } from './listing/validate.js';
export type { OnlineOptions } from './online/landing-page.js';

// ── One item at a time (each returns issues: codes and data; toFindings words them) ────────────
/** validateLogo(path, options) = checkLogoFile: the SVG profile, then the rendered checks; checkLogo takes bytes, checkLogoBytes runs the static checks only. */
export { checkLogoBytes, type LogoOptions } from './checks/logo/index.js';
export { checkLogo, checkLogoFile, checkLogoFile as validateLogo, type RenderedLogoOptions } from './edge/logo.js';
/** LogoRenderer: a render process with its own limits (pass as `render: { renderer }`); sharedRenderer(): the process-wide one. */
export { LogoRenderer, sharedRenderer, type RenderOptions } from './edge/render.js';
export type { RenderResult } from './checks/logo/rendered.js';
/** deriveUserAgent({ companyName, productName, productVersion }) → { userAgent?, issues }; checkUserAgent(value, expected?) → issues. */
export { deriveUserAgent, checkUserAgent, type UserAgentParts, type DerivedUserAgent } from './checks/user-agent.js';
/** countDescriptionWords(text): words as the 15-word rule counts them; checkDescription(text) → issues. */
export { countDescriptionWords, checkDescription } from './checks/description.js';
/** checkLandingPage(url) → issues (offline rules; the --online fetch is validateListing's `online`). */
export { checkLandingPage } from './checks/landing-page.js';
/** The name checks → issues. */
export { checkCompanyName, checkProductName, checkEntraAppName } from './checks/names.js';
/** checkEntraManifestFile(path, context): an exported Entra app manifest against the listing → issues. */
export { checkEntraManifestFile } from './edge/entra-manifest.js';
export type { EntraManifestContext } from './checks/entra-manifest.js';

// ── Codes, wording and reports ─────────────────────────────────────────────────────────────────
/** catalog[code]: severity, basis, locked, security, ids (id-valued arguments and their ids); codes: every code in order. */
export { catalog, codes, isCode, type Code, type CodeRule, type Basis } from './checks/catalog.js';
export type { Finding, Issue, Severity, Args } from './checks/finding.js';
/** setLocale(locale) / getLocale(): the language of the words (en, de, fr, ja; default en); LOCALES lists them. */
export { setLocale, getLocale, LOCALES, type Locale } from './messages/locale.js';
/** loadCodeMessages(locale?): the words of every code in a language — codes[code]: title, explanation, fix, why, message(args), hint(args); basis words. */
export { loadCodeMessages } from './messages/codes.js';
/** describeBasis(basis, why, words.basis), basisSource(…): a rule's basis in a language's words. */
export { describeBasis, basisSource } from './messages/basis.js';
export type { CodeMessages, CodeWords } from './messages/types.js';
/** toFindings(issues, rules?) → Promise<findings>: severity (with a listing's rules) and words in the current language. */
export { toFindings } from './report/findings.js';
/** buildReport(results, { strict }) → Report; getExitCode(report) → 0 | 1. */
export { buildReport, getExitCode, type Report, type ReportListing, type ReportOptions, type ReportInput, type CaptureAudit, type HostSummary } from './report/report.js';
/** The output formats of the CLI, as functions of a Report. */
export { formatters, formatText, formatJson, formatSarif, formatJunit, formatGithub, type FormatName } from './report/formatters/index.js';
/** loadReport(locale?): the reports' own words in a language, for the formatters' `words` option (English when not given). */
export { loadReport } from './messages/report.js';

// ── Microsoft's requirements and our limits, as data ───────────────────────────────────────────
/** requirements: what Microsoft's pages ask, with quotes and sources; policy: this tool's own limits; sources, links: the pages. */
export { requirements, policy, sources, links, type DocSource, type SourceId } from './domain/requirements.js';

// ── Captured traffic ───────────────────────────────────────────────────────────────────────────
/** auditCapture(path, expectedUserAgent, { file }): a HAR capture → a result with its `audit` part; partnerCallOf(url): an MDE / Graph Security call? */
export { auditCapture, type CaptureResult, type AuditOptions } from './har/audit.js';
export { partnerCallOf, type PartnerCall, type PartnerApi } from './har/scope.js';

/** Thrown for input that cannot be read at all (the CLI's exit 2); everything else is a finding. */
export { InputError } from './errors.js';
