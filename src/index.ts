/**
 * The library API: the same checks the CLI runs, as plain data.
 *
 *   import { validateListing, validateLogo, deriveUserAgent } from 'mde-partner';
 */
export { validateListing, validateListingText, checkListingData, type ListingResult, type CheckContext, type ValidateOptions } from './listing/validate.js';
export { toFindings } from './report/findings.js';
export type { OnlineOptions } from './online/landing-page.js';
export { checkLogo, checkLogoBytes, checkLogoFile, checkLogoFile as validateLogo, type LogoOptions, type RenderedLogoOptions } from './checks/logo/index.js';
export { LogoRenderer, sharedRenderer, type RenderOptions, type RenderResult, type RenderTicket } from './checks/logo/render.js';
export { judgeRender, defaultRenderThresholds, thresholdsFromRules, type RenderThresholds } from './checks/logo/rendered.js';
export { measureRaster, type RasterMeasure } from './checks/logo/raster.js';
export { deriveUserAgent, deriveUserAgentToken, checkUserAgent, checkProductVersion, isValidUserAgent, type UserAgentParts, type DerivedUserAgent } from './checks/user-agent.js';
export { countDescriptionWords, checkDescription } from './checks/description.js';
export { checkLandingPage } from './checks/landing-page.js';
export { checkCompanyName, checkProductName, checkEntraAppName } from './checks/names.js';
export { checkEntraManifestFile, checkEntraManifestText, entraManifestFormat, type EntraManifestContext, type EntraManifestFormat } from './checks/entra-manifest.js';
export { catalog, codes, isCode, describeBasis, basisSource, type Code, type CodeInfo, type Basis } from './checks/catalog.js';
export type { Finding, Issue, Severity, Args } from './checks/finding.js';
export { buildReport, getExitCode, type Report, type ReportListing, type ReportOptions, type ReportInput, type CaptureAudit, type HostSummary } from './report/report.js';
export { formatters, formatText, formatJson, formatSarif, formatJunit, formatGithub, FORMATS, type FormatName } from './report/formatters/index.js';
export { requirements, policy, sources, links, type DocSource, type SourceId } from './domain/requirements.js';
export { auditCapture, checkRequestUserAgent, type CaptureResult, type AuditOptions } from './har/audit.js';
export { HarScanner, scanHarFile, type CapturedRequest, type CapturedUserAgent, type HarProblem, type HarSink, type HarLimits } from './har/reader.js';
export { partnerCallOf, type PartnerCall, type PartnerApi } from './har/scope.js';
export { InputError } from './errors.js';
