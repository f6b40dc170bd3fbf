import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { catalog, type Code } from '../../checks/catalog.js';
import type { Severity } from '../../checks/finding.js';
import { describeBasis } from '../../messages/basis.js';
import type { CodeMessages } from '../../messages/types.js';
import type { Report } from '../report.js';
import type { WordsOption } from './text.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A lone UTF-16 surrogate (a listing may write "\udfff" in a path): encodeURIComponent throws on it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A relative path as a URI reference: forward slashes, each segment percent-encoded. Lone surrogates
 * become U+FFFD, the character the file system was given for them.
 */
function toUri(path: string): string {
  const slashed = path.replace(/\\/g, '/').replace(LONE_SURROGATE, '\ufffd');
  if (/^[a-zA-Z]:\//.test(slashed) || slashed.startsWith('/')) {
    return `file://${slashed.startsWith('/') ? '' : '/'}${slashed.split('/').map(encodeURIComponent).join('/').replace(/^\/?([a-zA-Z])%3A/, '/$1:')}`;
  }
  return slashed.split('/').map(encodeURIComponent).join('/');
}

const ruleName = (code: Code) => code.toLowerCase().replace(/(^|_)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

/** GitHub reads 7.0–8.9 as high, 4.0–6.9 as medium, 0.1–3.9 as low. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.0', info: '2.0' };

/** The checkout's root: code scanning supplies it, other consumers read it from `originalUriBaseIds`. */
const SRCROOT = '%SRCROOT%';
const FINGERPRINT = 'mdePartner/v1';

export interface SarifOptions extends WordsOption {
  /** The working directory: paths inside it become URIs relative to %SRCROOT%, others absolute file URIs. */
  cwd?: string;
  /** The words of the codes in the run's language (loadCodeMessages), for the rules' descriptions and help. */
  codes?: CodeMessages;
}

/** `path` relative to `base`, with forward slashes, or undefined when it is not inside `base`. */
function inside(base: string, path: string): string | undefined {
  const rel = relative(base, resolve(base, path));
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

interface Place {
  location: { uri: string; uriBaseId?: string };
  /** What the fingerprint hashes for the file: never absolute, so it is the same on every machine. */
  key: string;
}

function place(file: string, listingPath: string, cwd: string | undefined): Place {
  // Without a working directory, a relative path is taken as relative to the checkout.
  const relativePath = cwd === undefined ? (isAbsolute(file) ? undefined : file.replace(/\\/g, '/')) : inside(cwd, file);
  if (relativePath !== undefined) return { location: { uri: toUri(relativePath), uriBaseId: SRCROOT }, key: relativePath };
  const absolute = cwd === undefined ? file : resolve(cwd, file);
  // Outside the working directory, the path from the listing's folder is what stays the same.
  const listingDir = dirname(cwd === undefined ? listingPath : resolve(cwd, listingPath));
  return { location: { uri: toUri(absolute) }, key: (isAbsolute(listingDir) ? inside(listingDir, absolute) : undefined) ?? basename(absolute) };
}

/**
 * SARIF 2.1.0 for code scanning: one run, ruleId = finding code, each rule with its help text,
 * each result located at file:line:column (the listing file for listing fields, the SVG for logo
 * findings; line 1 when a finding has no line) and fingerprinted by code, file and field, so an
 * alert keeps its identity when lines move.
 */
export function formatSarif(report: Report, options: SarifOptions): string {
  const { words } = options;
  const used = [...new Set(report.listings.flatMap((l) => l.findings.map((f) => f.code)))].sort();
  const index = new Map(used.map((code, i) => [code, i]));
  if (used.length > 0 && !options.codes) throw new Error('formatSarif: a report with findings needs the words of its codes (options.codes)');
  const rules = used.map((code) => {
    const info = catalog[code];
    const said = options.codes!.codes[code];
    const basis = describeBasis(info.basis, said.why, options.codes!.basis);
    return {
      id: code,
      name: ruleName(code),
      shortDescription: { text: said.title },
      fullDescription: { text: said.explanation },
      help: {
        text: `${said.explanation}\n\n${words.howToFix} ${said.fix}\n\n${basis}`,
        markdown: `${said.explanation}\n\n**${words.howToFix}** ${said.fix}\n\n${basis}`,
      },
      defaultConfiguration: { level: LEVEL[info.severity] },
      properties: {
        tags: ['mde-partner', info.basis.kind, ...(info.security ? ['security'] : [])],
        precision: 'very-high',
        ...(info.security ? { 'security-severity': SECURITY_SEVERITY[info.severity] } : {}),
        basis: { ...info.basis, ...(said.why === undefined ? {} : { why: said.why }) },
      },
    };
  });
  let relativeUris = false;
  const occurrences = new Map<string, number>();
  const results = report.listings.flatMap((listing) =>
    listing.findings.map((finding) => {
      const { location, key } = place(finding.file ?? listing.path, listing.path, options.cwd);
      if (location.uriBaseId !== undefined) relativeUris = true;
      const hash = sha256().update([finding.code, key, finding.field ?? ''].join('\0')).digest('hex').slice(0, 32);
      // Findings of one code on one field (or in one logo) are told apart by their order, as GitHub does.
      const occurrence = (occurrences.get(hash) ?? 0) + 1;
      occurrences.set(hash, occurrence);
      const region = finding.line !== undefined ? { startLine: finding.line, startColumn: finding.column ?? 1 } : { startLine: 1 };
      return {
        ruleId: finding.code,
        ruleIndex: index.get(finding.code),
        level: LEVEL[finding.severity],
        message: { text: finding.hint ? `${finding.message} ${words.sarifFix} ${finding.hint}` : finding.message },
        locations: [{ physicalLocation: { artifactLocation: location, region } }],
        partialFingerprints: { [FINGERPRINT]: `${hash}:${occurrence}` },
        ...(finding.field !== undefined ? { properties: { field: finding.field } } : {}),
      };
    }),
  );
  const root = options.cwd !== undefined && relativeUris ? { originalUriBaseIds: { [SRCROOT]: { uri: toUri(resolve(options.cwd)).replace(/\/?$/, '/') } } } : {};
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, informationUri: 'https://www.npmjs.com/package/mde-partner', rules } },
      ...root,
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** node:crypto costs about 12 ms to load, so only a SARIF report with findings loads it. */
const sha256 = () => process.getBuiltinModule('node:crypto').createHash('sha256');
