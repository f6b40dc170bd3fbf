import type { ManifestExpected } from './catalog/entra.js';
import type { Args, Issue } from './finding.js';
import { locatePointers, parseJsonObject, syntaxArgs, valueArgs } from './json.js';
import { show } from './text.js';
import { policy, requirements } from '../domain/requirements.js';

/** Findings on the manifest belong to the listing field that names it. */
export const ENTRA_MANIFEST_FIELD = '/entraManifest';

/**
 * Audiences that count as multi-tenant. Microsoft's partner page asks for "accounts in any
 * organizational directory" (AzureADMultipleOrgs). AzureADandPersonalMicrosoftAccount also lets every
 * Entra organization consent — personal accounts come on top and do not stop the MDE APIs from
 * working — so mde-partner counts it as multi-tenant too (its decision; see docs/decisions.md).
 */
const MULTI_TENANT_AUDIENCES = new Set([requirements.entra.multiTenantAudience, 'AzureADandPersonalMicrosoftAccount'].map((a) => a.toLowerCase()));

export type EntraManifestFormat = 'Microsoft Graph' | 'Azure AD Graph';

export interface EntraManifestContext {
  /** How the manifest is named in findings (its path as shown). */
  file: string;
  /** The listing's multiTenant; the audience is compared only when it is true. */
  multiTenant?: boolean;
  /** The listing's entraAppName; the name is compared only when it is given and multiTenant is true. */
  entraAppName?: string;
}

/** An issue and the JSON pointer inside the manifest it is about, before it is placed on a line. */
interface ManifestIssue {
  code: Issue['code'];
  at: string;
  args: Args;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Which export format the object is, from the keys that tell them apart. */
export function entraManifestFormat(data: Record<string, unknown>): EntraManifestFormat | undefined {
  if ('availableToOtherTenants' in data || ('name' in data && !('displayName' in data))) return 'Azure AD Graph';
  if ('displayName' in data) return 'Microsoft Graph';
  return undefined;
}

/** The first keys of an object that is not a manifest, quoted, and how many it has. */
function keysFound(data: Record<string, unknown>): Args {
  const keys = Object.keys(data);
  return { keys: keys.slice(0, 6).map((key) => show(key, 40)).join(', '), keyCount: keys.length };
}

/** The manifest's shape as far as the checks read it; anything else in it is not looked at. */
function structureIssues(data: Record<string, unknown>, nameKey: string, path: string): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  const expect = (at: string, value: unknown, ok: boolean, expected: ManifestExpected) => {
    if (!ok) issues.push({ code: 'ENTRA_MANIFEST_INVALID', at, args: { path, at, expected, ...valueArgs(value) } });
  };
  expect(`/${nameKey}`, data[nameKey], typeof data[nameKey] === 'string', 'display-name');
  if ('signInAudience' in data) expect('/signInAudience', data.signInAudience, typeof data.signInAudience === 'string', 'audience');
  if ('availableToOtherTenants' in data) expect('/availableToOtherTenants', data.availableToOtherTenants, typeof data.availableToOtherTenants === 'boolean', 'boolean');
  const access = data.requiredResourceAccess;
  if (access === undefined) return issues;
  if (!Array.isArray(access)) {
    expect('/requiredResourceAccess', access, false, 'access-list');
    return issues;
  }
  access.forEach((entry: unknown, i) => {
    const at = `/requiredResourceAccess/${i}`;
    if (!isObject(entry)) return expect(at, entry, false, 'access-entry');
    expect(`${at}/resourceAppId`, entry.resourceAppId, typeof entry.resourceAppId === 'string', 'app-id');
    expect(`${at}/resourceAccess`, entry.resourceAccess, Array.isArray(entry.resourceAccess), 'permissions');
  });
  return issues;
}

/** The manifest checks on a parsed object; pure. */
function checkManifestData(data: Record<string, unknown>, context: EntraManifestContext): ManifestIssue[] {
  const path = context.file;
  const format = entraManifestFormat(data);
  if (!format) return [{ code: 'ENTRA_MANIFEST_INVALID', at: '', args: { path, expected: 'manifest', ...keysFound(data) } }];
  // An Azure AD Graph export names the app "name"; older ones (and az ad app) have "displayName".
  const nameKey = format === 'Azure AD Graph' && 'name' in data ? 'name' : 'displayName';
  const structure = structureIssues(data, nameKey, path);
  if (structure.length > 0) return structure;
  const issues: ManifestIssue[] = [];

  if (context.multiTenant === true) {
    const audience = data.signInAudience as string | undefined;
    const shared = data.availableToOtherTenants as boolean | undefined;
    if (audience !== undefined) {
      if (!MULTI_TENANT_AUDIENCES.has(audience.toLowerCase())) issues.push({ code: 'ENTRA_MANIFEST_NOT_MULTI_TENANT', at: '/signInAudience', args: { path, reason: 'audience', audience: show(audience, 60) } });
    } else if (shared !== undefined) {
      if (!shared) issues.push({ code: 'ENTRA_MANIFEST_NOT_MULTI_TENANT', at: '/availableToOtherTenants', args: { path, reason: 'not-shared' } });
    } else {
      issues.push({ code: 'ENTRA_MANIFEST_NOT_MULTI_TENANT', at: '', args: { path, reason: format === 'Microsoft Graph' ? 'no-audience' : 'no-audience-nor-shared' } });
    }
    const listed = context.entraAppName?.trim();
    const named = (data[nameKey] as string).trim();
    if (listed && listed !== named) {
      issues.push({ code: 'ENTRA_MANIFEST_NAME_MISMATCH', at: `/${nameKey}`, args: { path, key: nameKey, manifestName: show(named, 260), listingName: show(listed, 260) } });
    }
  }

  const mde = requirements.entra.windowsDefenderAtpAppId;
  const access = (data.requiredResourceAccess ?? []) as Array<{ resourceAppId: string; resourceAccess: unknown[] }>;
  const index = access.findIndex((entry) => entry.resourceAppId.trim().toLowerCase() === mde);
  if (index < 0) {
    issues.push({ code: 'ENTRA_MANIFEST_NO_MDE_PERMISSIONS', at: data.requiredResourceAccess === undefined ? '' : '/requiredResourceAccess', args: { path, appId: mde, reason: data.requiredResourceAccess === undefined ? 'no-access-list' : 'no-entry' } });
  } else if (access[index]!.resourceAccess.length === 0) {
    issues.push({ code: 'ENTRA_MANIFEST_NO_MDE_PERMISSIONS', at: `/requiredResourceAccess/${index}/resourceAccess`, args: { path, appId: mde, reason: 'empty-entry' } });
  }
  return issues;
}

/**
 * Checks manifest text exported from the Entra admin center (App registrations › Manifest ›
 * Download). Every issue points at the manifest file, on the line of the value it is about.
 */
export async function checkEntraManifestText(text: string, context: EntraManifestContext): Promise<Issue[]> {
  const file = context.file;
  const parsed = await parseJsonObject(text, policy.entraManifest.maxDepth);
  if ('problem' in parsed) {
    const { problem } = parsed;
    const args: Args = problem.kind === 'too-deep'
      ? { path: file, expected: 'depth', limit: problem.limit }
      : problem.kind === 'syntax'
        ? { path: file, expected: 'json', ...syntaxArgs(problem) }
        : { path: file, expected: 'object', foundType: problem.foundType, found: problem.found };
    const place = problem.kind === 'syntax' && problem.line !== undefined ? { line: problem.line, column: problem.column } : {};
    return [{ code: 'ENTRA_MANIFEST_INVALID', field: ENTRA_MANIFEST_FIELD, file, args, ...place }];
  }
  const found = checkManifestData(parsed.data, context);
  const places = await locatePointers(parsed.text, [...new Set(found.map((issue) => issue.at))], policy.entraManifest.maxDepth);
  return found.map(({ code, at, args }) => ({ code, field: ENTRA_MANIFEST_FIELD, file, args, ...places.get(at) }));
}

/** The manifest's text from its bytes: Windows PowerShell writes UTF-16LE with a BOM; the portal's download is UTF-8. */
export function entraManifestText(bytes: Buffer): string {
  return bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.subarray(2).toString('utf16le') : bytes.toString('utf8');
}
