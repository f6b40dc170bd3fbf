import { dirname, resolve } from 'node:path';
import { catalog, isCode, codes } from '../checks/catalog.js';
import type { Finding, Issue } from '../checks/finding.js';
import { checkOnboarding, type Onboarding } from '../checks/onboarding.js';
import { hasThreshold, THRESHOLD_RULES, thresholdsFromRules } from '../checks/logo/rendered.js';
import { checkEntraAppName } from '../checks/names.js';
import { locatePointers } from '../checks/json.js';
import { suggester } from '../checks/text.js';
import { checkUserAgent, derivedSpellings, deriveFromListing } from '../checks/user-agent.js';
import { TEXT_CHECKS, type CheckedTextField } from './field-checks.js';
import { policy } from '../domain/requirements.js';
import { checkEntraManifestFile } from '../edge/entra-manifest.js';
import { checkLogoFile, type RenderedLogoOptions } from '../edge/logo.js';
import type { OnlineOptions } from '../online/landing-page.js';
import { displayPath } from '../report/display.js';
import { fails, FindingCollector, levelOf } from '../report/findings.js';
import { listingPaths, loadListingFile, parseListingText, type ListingData, type LoadedListing } from './load.js';

export interface ListingResult {
  /** The listing file as given (or as found in the given folder). */
  path: string;
  ok: boolean;
  findings: Finding[];
  /** The User-Agent the listing sends: its own, or the derived one. */
  userAgent?: string;
  /** The parsed listing, when the file is a JSON object (for the bundle and the checklist). */
  listing?: ListingData;
  /** The logo's absolute path, when the listing names one. */
  logoPath?: string;
}

export interface CheckContext {
  /** Folder the logo path is relative to. */
  baseDir: string;
  /** How paths are shown in findings (relative to this folder). Defaults to the working directory. */
  displayRoot?: string;
  /** Also fetch the landing page (`--online`); an object sets its limits (and, in tests, its seams). */
  online?: boolean | OnlineOptions;
  /** The rendered logo checks: on by default; `false` turns them off (see RenderedLogoOptions). */
  render?: RenderedLogoOptions['render'];
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
/** A listing field when it is a string (fields of another type were reported by the schema). */
export const str = (data: ListingData, key: string): string | undefined => (typeof data[key] === 'string' ? (data[key] as string) : undefined);

/**
 * The field checks on a parsed listing. Fields of the wrong type were already reported by the
 * schema and are skipped here, so each problem is reported once.
 */
async function checkListingData(data: ListingData, context: CheckContext, run: FindingCollector): Promise<{ issues: Issue[]; userAgent?: string }> {
  const issues: Issue[] = [];
  // Each text field of the field table with its check; the Entra app name only with multiTenant (below).
  const fieldIssues = new Map<CheckedTextField, Issue[]>();
  for (const [field, check] of Object.entries(TEXT_CHECKS) as Array<[CheckedTextField, (value: string) => Issue[]]>) {
    const value = str(data, field);
    if (value === undefined || field === 'entraAppName') continue;
    fieldIssues.set(field, check(value));
    issues.push(...fieldIssues.get(field)!);
  }
  const companyName = str(data, 'companyName');
  const productName = str(data, 'productName');
  const productVersion = str(data, 'productVersion');
  const landingPage = str(data, 'landingPage');
  const landingPageIssues = fieldIssues.get('landingPage') ?? [];
  // The page is fetched only when it passed the offline rules; it loads while the logo is checked.
  const online = context.online && landingPage !== undefined && landingPageIssues.length === 0
    ? import('../online/landing-page.js').then(({ checkLandingPageOnline }) =>
      checkLandingPageOnline(landingPage, productName, context.online === true ? {} : context.online || {}))
    : Promise.resolve([]);
  if (typeof data.multiTenant === 'boolean') issues.push(...checkEntraAppName(data.multiTenant, str(data, 'entraAppName')));

  let userAgent = str(data, 'userAgent');
  const derived = deriveFromListing({ companyName, productName, productVersion });
  if (userAgent !== undefined) {
    issues.push(...checkUserAgent(userAgent, derivedSpellings(derived)));
  } else if (derived) {
    // Version problems were reported by checkProductVersion already.
    issues.push(...derived.issues.filter((issue) => issue.code === 'USER_AGENT_UNDERIVABLE'));
    userAgent = derived.userAgent;
  }

  // Files the listing names, resolved from the one list of path-valued fields (which verify confines to a bundle).
  const paths = new Map(listingPaths(data).map(({ field, path }) => [field, resolve(context.baseDir, path)]));
  const logoPath = paths.get('logo');
  const [onlineIssues, logoIssues] = await Promise.all([
    online,
    logoPath !== undefined ? checkLogoFile(logoPath, {
      file: displayPath(logoPath, context.displayRoot),
      render: context.render,
      thresholds: thresholdsFromRules(data.rules),
      isError: run.isError,
    }) : [],
  ]);
  issues.push(...onlineIssues, ...logoIssues);
  const manifestPath = paths.get('entraManifest');
  if (manifestPath !== undefined) {
    issues.push(...(await checkEntraManifestFile(manifestPath, {
      file: displayPath(manifestPath, context.displayRoot),
      ...(typeof data.multiTenant === 'boolean' ? { multiTenant: data.multiTenant } : {}),
      ...(str(data, 'entraAppName') !== undefined ? { entraAppName: str(data, 'entraAppName') } : {}),
    })));
  }
  if (isObject(data.onboarding)) issues.push(...checkOnboarding(data.onboarding as Onboarding));
  if (isObject(data.rules)) {
    issues.push(...checkRuleOverrides(data.rules as Record<string, unknown>));
  }
  return { issues, ...(userAgent !== undefined ? { userAgent } : {}) };
}

function checkRuleOverrides(rules: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  const suggest = suggester();
  for (const [name, rule] of Object.entries(rules)) {
    const field = `/rules/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    const level = levelOf(rule);
    if (!isCode(name)) {
      issues.push({ code: 'LISTING_RULE_UNKNOWN', field, args: { name, suggestion: suggest(name, codes) } });
      continue;
    }
    if (catalog[name].locked && (level === 'off' || level === 'warn')) issues.push({ code: 'LISTING_RULE_LOCKED', field: isObject(rule) ? `${field}/level` : field, args: { name, level } });
    const threshold = isObject(rule) ? rule.threshold : undefined;
    if (typeof threshold !== 'number') continue;
    if (!hasThreshold(name)) issues.push({ code: 'LISTING_RULE_THRESHOLD_INVALID', field: `${field}/threshold`, args: { name } });
    else if (!(threshold >= THRESHOLD_RULES[name].min && threshold <= THRESHOLD_RULES[name].max)) {
      issues.push({ code: 'LISTING_RULE_THRESHOLD_INVALID', field: `${field}/threshold`, args: { name, range: THRESHOLD_RULES[name].range, value: threshold } });
    }
  }
  return issues;
}

async function finish(path: string, loaded: LoadedListing, context: CheckContext): Promise<ListingResult> {
  // One collector for the listing: its rules decide each code's severity once, for the checks and
  // the wording. A listing of 100,000 unknown keys is one problem said 100,000 times: the first few
  // of each code are kept.
  const run = new FindingCollector(loaded.data?.rules, policy.listing.maxFindingsPerCode);
  run.add(...loaded.issues);
  let userAgent: string | undefined;
  if (loaded.data) {
    const checked = await checkListingData(loaded.data, context, run);
    run.add(...checked.issues);
    userAgent = checked.userAgent;
  }
  const text = loaded.text;
  const findings = await run.finishIn(path, text === undefined ? undefined : (pointers) => locatePointers(text, pointers, policy.listing.maxDepth));
  const logo = loaded.data && str(loaded.data, 'logo');
  return {
    path,
    ok: !fails(findings),
    findings,
    ...(userAgent !== undefined ? { userAgent } : {}),
    ...(loaded.data ? { listing: loaded.data } : {}),
    ...(logo !== undefined ? { logoPath: resolve(context.baseDir, logo) } : {}),
  };
}

export interface ValidateOptions {
  /** Paths in findings are shown relative to this folder (default: the working directory). */
  displayRoot?: string;
  /** Also fetch the landing page (`--online`). */
  online?: boolean | OnlineOptions;
  /** The rendered logo checks: on by default; `false` turns them off (see RenderedLogoOptions). */
  render?: RenderedLogoOptions['render'];
}

/** Validates a listing file: schema, every field, the logo. Throws InputError only when unreadable. */
export async function validateListing(listingPath: string, options: ValidateOptions = {}): Promise<ListingResult> {
  const absolute = resolve(listingPath);
  const loaded = await loadListingFile(absolute);
  const shown = displayPath(absolute, options.displayRoot);
  return finish(shown, loaded, { baseDir: dirname(absolute), displayRoot: options.displayRoot, online: options.online, render: options.render });
}

/** Validates listing text that is not (yet) a file, e.g. from an editor or the wizard. */
export async function validateListingText(text: string, context: CheckContext & { path?: string }): Promise<ListingResult> {
  return finish(context.path ?? 'mde-partner.json', await parseListingText(text), context);
}
