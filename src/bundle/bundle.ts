import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { countDescriptionWords } from '../checks/description.js';
import type { NotOptimizedReason } from '../checks/catalog/bundle.js';
import type { Args, Finding, Issue } from '../checks/finding.js';
import { checkLogoBytes } from '../checks/logo/index.js';
import { judgeRender, thresholdsFromRules } from '../checks/logo/rendered.js';
import { links, policy, requirements } from '../domain/requirements.js';
import { builtFile } from '../edge/built-file.js';
import { readLogoFile, rendererFor, type RenderedLogoOptions } from '../edge/logo.js';
import { LISTING_FIELDS, type ListingData } from '../listing/load.js';
import { type ListingResult } from '../listing/validate.js';
import { loadBundle, type BundleWords } from '../messages/bundle.js';
import { loadChecklist } from '../messages/checklist.js';
import { formatFor } from '../messages/format.js';
import { isLocale, type Locale } from '../messages/locale.js';
import { displayPath } from '../report/display.js';
import { toFindings } from '../report/findings.js';
import { toolName, toolVersion } from '../version.js';
import { buildChecklist, checklistMarkdown } from './checklist.js';
import { PREVIEW_FILES, PREVIEW_PAGE, previewPage } from './preview.js';
import { linksMarkdown, PARTNER_LINKS, USER_AGENT_SYNTAX_LINKS } from './links.js';
import { markdownInline, readTemplate, render, snippetHeader, SNIPPETS } from './templates.js';
import { deterministicZip } from './zip.js';

const SCHEMA_ID = 'https://mde-partner.dev/schemas/listing/v1.json';
const OPTIMIZED_LOGO_NAME = 'logo.svg (optimized)';

export interface BundleFiles {
  files: Map<string, Buffer>;
  zip: Buffer;
  manifest: Manifest;
  /** Things the user should know about a bundle that was written all the same (shown after it). */
  notes: string[];
}

export interface Manifest {
  version: 1;
  tool: { name: string; version: string };
  docsDate: string;
  listing: { companyName: string; productName: string; productVersion: string; userAgent: string };
  files: Array<{ path: string; size: number; sha256: string }>;
}

export type BundleOutcome = { ok: true; bundle: BundleFiles } | { ok: false; findings: Finding[] };

export const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** svgo settings: what a portal needs kept (viewBox, title, role/aria, ids they reference). */
export const SVGO_CONFIG = {
  multipass: true,
  plugins: [
    {
      name: 'preset-default',
      params: {
        overrides: {
          // aria-labelledby points at ids svgo does not count as references.
          cleanupIds: false,
          removeUnknownsAndDefaults: { keepRoleAttr: true, keepAriaAttrs: true },
        },
      },
    },
  ],
};

/**
 * The worker's script: svgo and what it requires built into one file (scripts/build.mjs), with which
 * a worker answers for the example logo in about 190 ms instead of 260 with svgo's some 300 modules
 * loaded from node_modules, and the code cache the build made for it; from src/ before a build, the
 * same script as it is, requiring those, and no cache.
 */
function optimizeWorkerScript(): { script: string; codeCache?: string } {
  const built = builtFile('optimize-worker.cjs');
  return built
    ? { script: built, codeCache: builtFile('code-cache.cjs') }
    : { script: fileURLToPath(new URL('./optimize-worker.cjs', import.meta.url)) };
}

/**
 * What the worker runs first: built, the script is compiled with the V8 code cache the build made for
 * it (src/code-cache.ts), which saves about a third of the worker's CPU time; then the script.
 */
const OPTIMIZE_ENTRY = `const { workerData } = require('node:worker_threads');
if (workerData.codeCache) require(workerData.codeCache).useCodeCache(require('node:path').dirname(workerData.script));
require(workerData.script);`;

export interface OptimizeLimits {
  timeoutMs: number;
  maxMemoryMb: number;
}

/**
 * svgo, in a worker thread with a time and memory limit: it is an optimizer, not built for hostile
 * input, and some valid logos (thousands of CSS rules times thousands of elements) keep it busy for
 * minutes. A worker running JavaScript can be stopped; the result does not depend on the machine,
 * only whether it arrives in time does.
 */
export async function optimizeLogo(svg: string, limits: OptimizeLimits = policy.logo.optimize): Promise<{ data: string; note?: string } | { issue: Issue }> {
  const words = await loadBundle();
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(OPTIMIZE_ENTRY, {
    eval: true,
    workerData: { ...optimizeWorkerScript(), svg, config: SVGO_CONFIG },
    resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb },
    stdout: true,
    stderr: true,
  });
  const failed = (args: { reason: NotOptimizedReason } & Args) => ({ issue: { code: 'BUNDLE_LOGO_NOT_OPTIMIZED', field: '/logo', args } satisfies Issue });
  try {
    return await new Promise((resolve) => {
      const timer = setTimeout(() => resolve(failed({ reason: 'timeout', seconds: limits.timeoutMs / 1000 })), limits.timeoutMs);
      const settle = (outcome: { data: string; note?: string } | { issue: Issue }) => {
        clearTimeout(timer);
        resolve(outcome);
      };
      worker.once('message', (outcome: { data: string } | { error: string }) => settle('data' in outcome
        ? outcome
        : { data: svg, note: words.run.notOptimized({ error: outcome.error }) }));
      worker.once('error', (error: Error & { code?: string }) => settle(failed(error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? { reason: 'memory', limit: limits.maxMemoryMb } : { reason: 'failed', detail: error.message.split('\n')[0]!.slice(0, 200) })));
      worker.once('exit', () => settle(failed({ reason: 'stopped' })));
    });
  } finally {
    // Not waited for: the worker has answered or is no longer wanted, and its teardown (tens of ms)
    // can overlap with what comes next. Until it has stopped, it keeps the process alive.
    void worker.terminate();
  }
}

/** The listing as submitted: canonical key order, trimmed names, the bundle's logo, the User-Agent filled in, no entraManifest. */
function normalizeListing(listing: ListingData, userAgent: string): ListingData {
  const normalized: ListingData = { $schema: SCHEMA_ID };
  for (const key of LISTING_FIELDS) {
    if (key === '$schema' || listing[key] === undefined) continue;
    const value = listing[key];
    normalized[key] = typeof value === 'string' ? value.trim() : value;
  }
  normalized.logo = 'logo.svg';
  normalized.userAgent = userAgent;
  if (normalized.multiTenant === false) delete normalized.entraAppName;
  // The manifest is a local cross-check, not a listing item: it stays out of the bundle (it holds
  // tenant ids, redirect URIs and credential metadata), so the path would point at nothing there.
  delete normalized.entraManifest;
  return normalized;
}

/** The titles of the listing's categories or scenarios in the bundle's language, by their ids. */
const titleOf = (titles: Readonly<Record<string, string>>, ids: unknown, words: BundleWords) =>
  Array.isArray(ids) && ids.length > 0 ? ids.map((id) => titles[String(id)] ?? String(id)).join('; ') : words.files.notGiven;

/** The language of the bundle's files: the listing's `language` (checked by the schema), English when absent. */
export function bundleLanguage(listing: Readonly<Record<string, unknown>>): Locale {
  return isLocale(listing.language) ? listing.language : 'en';
}

export interface BundleOptions {
  /** Draw the optimized logo (checks and previews): on by default; `false` makes a bundle without previews. */
  render?: RenderedLogoOptions['render'];
  /** svgo's time and memory limits (policy.logo.optimize by default). */
  optimize?: OptimizeLimits;
}

/**
 * Everything that goes into the bundle, in memory and deterministic: the same listing and logo give
 * the same bytes (resvg's PNGs included). Refuses (ok: false) when the listing has errors or the
 * optimized logo fails a check, static or rendered. The files (SUBMISSION.md, CHECKLIST.md,
 * checklist.json's words, preview.html) are in the listing's `language`; progress and notes are in
 * the run's (getLocale()).
 */
export async function buildBundle(
  result: ListingResult,
  onProgress: (step: string) => void = () => undefined,
  options: BundleOptions = {},
): Promise<BundleOutcome> {
  if (!result.ok || !result.listing || !result.logoPath || !result.userAgent) return { ok: false, findings: result.findings };
  const listing = normalizeListing(result.listing, result.userAgent);
  const language = bundleLanguage(listing);
  const [run, words, checklistWords] = await Promise.all([loadBundle(), loadBundle(language), loadChecklist(language)]);
  const format = formatFor(language);
  // Read again within the logo's size cap: the file may have changed since it was checked (what goes
  // into the bundle is the optimized copy, and that is checked again below).
  const read = await readLogoFile(result.logoPath, displayPath(result.logoPath), policy.logo.maxBytes);
  if ('issues' in read) return { ok: false, findings: await toFindings(read.issues, result.listing.rules) };
  const original = read.bytes;
  // The previews are larger than what is drawn in this process (render.ts), so the optimized logo
  // goes to the render child: started now, its start-up overlaps with svgo's run.
  const renderer = await rendererFor(options.render);
  renderer?.start();
  onProgress(run.run.optimizing({ kib: formatFor(run.language).number(Math.ceil(original.length / 1024)) }));
  const outcome = await optimizeLogo(original.toString('utf8').replace(/^\uFEFF/, ''), options.optimize);
  if ('issue' in outcome) return { ok: false, findings: await toFindings([{ ...outcome.issue, file: result.path }], result.listing.rules) };
  const optimized = Buffer.from(outcome.data, 'utf8');
  const notes = outcome.note ? [outcome.note] : [];
  if (language !== run.language) notes.push(run.run.filesIn({ language: run.languageNames[language] }));
  onProgress(run.run.recheck);
  const logoIssues = checkLogoBytes(optimized, { file: OPTIMIZED_LOGO_NAME });
  const logoFindings = await toFindings(logoIssues, result.listing.rules);
  if (logoFindings.some((f) => f.severity === 'error')) return { ok: false, findings: logoFindings };

  // The optimized logo is drawn again (svgo must not have changed what it looks like) and its
  // previews come from that same render.
  let previews: ReadonlyMap<number, Buffer> | undefined;
  if (renderer) {
    onProgress(run.run.drawing);
    const rendered = await renderer.request(optimized.toString('utf8'), policy.logo.render.previewSizes).result;
    const hasText = logoIssues.some((issue) => issue.code === 'SVG_TEXT');
    const renderFindings = await toFindings(judgeRender(rendered, { file: OPTIMIZED_LOGO_NAME, hasText, thresholds: thresholdsFromRules(result.listing.rules) }), result.listing.rules);
    if (renderFindings.some((f) => f.severity === 'error')) return { ok: false, findings: renderFindings };
    if (rendered.status === 'ok') previews = rendered.pngs;
  }

  onProgress(run.run.writingFiles);
  const checklist = buildChecklist('listing.json', listing, result.findings, checklistWords);
  const str = (key: string) => (typeof listing[key] === 'string' ? (listing[key] as string) : '');
  const docsDate = format.date(requirements.docsDate);
  const partnerLinks = linksMarkdown(PARTNER_LINKS, checklistWords.linkTitles);
  const categories = titleOf(words.categories, listing.categories, words);
  const files = new Map<string, Buffer>();
  const add = (path: string, text: string) => files.set(path, Buffer.from(text, 'utf8'));
  const submission = words.files.submission;

  add('listing.json', `${JSON.stringify(listing, null, 2)}\n`);
  files.set('logo.svg', optimized);
  add('SUBMISSION.md', render(readTemplate('SUBMISSION.md'), {
    title: submission.title({ productName: str('productName') }),
    intro: submission.intro({ toolVersion, docsDate, partnerPage: links.partnerPage }),
    logoHeading: submission.logoHeading,
    logoFile: submission.logoFile({ sha256: sha256(optimized) }),
    logoPreview: previews
      ? submission.logoPreview({ page: markdownInline(PREVIEW_PAGE), pngs: format.list(Object.values(PREVIEW_FILES).map(markdownInline)) })
      : submission.noPreview,
    productNameHeading: submission.productNameHeading,
    productName: str('productName'),
    descriptionHeading: submission.descriptionHeading({ words: format.plural(countDescriptionWords(str('description')), submission.words) }),
    description: str('description'),
    landingPageHeading: submission.landingPageHeading,
    landingPage: str('landingPage'),
    pressRelease: submission.pressRelease({ days: format.number(requirements.pressRelease.reviewDays) }),
    entraHeading: submission.entraHeading,
    entraAppName: listing.multiTenant === true ? str('entraAppName') : submission.entraNotApplicable,
    entraHowTo: submission.entraHowTo({ url: links.createAppPartnersDoc }),
    userAgentHeading: submission.userAgentHeading,
    userAgentIntro: submission.userAgentIntro({ url: links.graphSecurityApi }),
    userAgent: result.userAgent,
    userAgentSyntaxIntro: submission.userAgentSyntax,
    userAgentSyntax: linksMarkdown(USER_AGENT_SYNTAX_LINKS, checklistWords.linkTitles),
    alsoHeading: submission.alsoHeading,
    companyLabel: submission.company,
    companyName: str('companyName'),
    productVersionLabel: submission.productVersion,
    productVersion: str('productVersion'),
    categoriesLabel: submission.categories,
    categories,
    scenariosLabel: submission.scenarios,
    scenarios: titleOf(words.scenarios, listing.scenarios, words),
    pagesHeading: submission.pagesHeading,
    partnerLinks,
  }));
  const checklistFile = words.files.checklist;
  add('CHECKLIST.md', render(readTemplate('CHECKLIST.md'), {
    title: checklistFile.title({ productName: str('productName') }),
    intro: checklistFile.intro,
    verified: checklistFile.verified({ toolVersion, docsDate }),
    pagesIntro: checklistFile.pages,
    partnerLinks,
    checklist: checklistMarkdown(checklist, checklistWords),
  }));
  add('checklist.json', `${JSON.stringify(checklist, null, 2)}\n`);
  for (const [file, { literal, comment }] of Object.entries(SNIPPETS)) {
    add(`user-agent/${file}`, render(readTemplate(`user-agent/${file}`), { userAgent: result.userAgent, header: snippetHeader(comment) }, literal));
  }
  if (previews) {
    for (const [size, path] of Object.entries(PREVIEW_FILES)) files.set(path, previews.get(Number(size))!);
    add(PREVIEW_PAGE, previewPage(listing, previews, { categories, toolVersion, words }));
  }

  const manifest: Manifest = {
    version: 1,
    tool: { name: toolName, version: toolVersion },
    docsDate: requirements.docsDate,
    listing: { companyName: str('companyName'), productName: str('productName'), productVersion: str('productVersion'), userAgent: result.userAgent },
    files: [...files.keys()].sort().map((path) => ({ path, size: files.get(path)!.length, sha256: sha256(files.get(path)!) })),
  };
  add('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  onProgress(run.run.packing);
  return { ok: true, bundle: { files, zip: await deterministicZip(files), manifest, notes } };
}
