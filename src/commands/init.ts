import { existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { Io } from './io.js';
import { buildBundle } from '../bundle/bundle.js';
import { buildChecklist } from '../bundle/checklist.js';
import { linksText, PARTNER_LINKS } from '../bundle/links.js';
import { loadChecklist } from '../messages/checklist.js';
import { readTemplate } from '../bundle/templates.js';
import { writeBundle, writeFileAtomic, writeProblem } from '../bundle/write.js';
import type { Onboarding, TaskStatus } from '../checks/onboarding.js';
import { locatePointers, parseJsonObject, syntaxArgs } from '../checks/json.js';
import { elide, escapeUnsafe, shellQuote, show } from '../checks/text.js';
import { policy } from '../domain/requirements.js';
import { readBounded, sizeArgs } from '../edge/read-bounded.js';
import { InputError } from '../errors.js';
import { loadCodeMessages } from '../messages/codes.js';
import { FIELD_IDS, FIELDS, optionKey, type FieldId, type FieldSpec } from '../listing/fields.js';
import { LISTING_FIELDS } from '../listing/load.js';
import { validateListingText } from '../listing/validate.js';
import { displayPath } from '../report/display.js';
import type { Finding } from '../checks/finding.js';
import { buildReport } from '../report/report.js';
import { askMissing, cleanLogoPath, derivedUserAgent, dinUserAgent, followUserAgent, userAgentNote, type Answers } from '../wizard/flow.js';
import { formatFor, type Format } from '../messages/format.js';
import { getLocale } from '../messages/locale.js';
import { loadWizard, type WizardWords } from '../messages/wizard.js';
import { inquirerAsker, type Asker } from '../wizard/prompts.js';
import { DEFAULT_OUT, progressReporter } from './bundle.js';
import { invocation } from './invocation.js';
import { emitReport, onlineSetting } from './output.js';
import { LISTING_FILE } from './validate.js';

export interface InitOptions {
  company?: string;
  product?: string;
  productVersion?: string;
  description?: string;
  logo?: string;
  landingPage?: string;
  multiTenant?: boolean;
  entraAppName?: string;
  userAgent?: string;
  category?: string[];
  scenario?: string[];
  license?: TaskStatus;
  customerApproval?: TaskStatus;
  demo?: TaskStatus;
  misa?: TaskStatus;
  pressRelease?: TaskStatus;
  pressReviewStart?: string;
  answers?: string;
  yes?: boolean;
  bundle?: boolean;
  /** false with --no-render: no rendered logo checks, no previews in the bundle. */
  render?: boolean;
  ciWorkflow?: boolean;
  out?: string;
  /** Warnings block writing too, as `validate --strict` fails on them. */
  strict?: boolean;
  /** --color / --no-color for the findings report. */
  color?: boolean;
  /** Also fetch the landing page before anything is written. */
  online?: boolean;
}

const SCHEMA_URL = 'https://mde-partner.dev/schemas/listing/v1.json';
const WORKFLOW_PATH = '.github/workflows/mde-partner.yml';

/** A field's flag as a missing-answer message shows it (from the field table). */
function missingItem(key: FieldId): { key: FieldId; flag: string } {
  const spec: FieldSpec = FIELDS[key];
  const long = spec.flag.split(' ')[0]!;
  return { key, flag: spec.type === 'boolean' ? `${long} | --no-${long.slice(2)}` : long };
}

/** Required answers, each with the flag that gives it (what to put there is in the words). */
const REQUIRED = FIELD_IDS.filter((key) => FIELDS[key].required).map(missingItem);

const ANSWER_KEYS = new Set<string>([...LISTING_FIELDS.filter((k) => k !== '$schema' && k !== 'rules'), 'ciWorkflow']);


/**
 * A JSON object from a file the user names (the answers file) or an existing listing: read within
 * its size cap through the bounded reader (a FIFO or device is refused at once, never waited on),
 * nesting measured before parsing. Every problem is an InputError (exit 2) that says what was
 * expected, what was found and what to do.
 */
async function readJsonObject(path: string, shownPath: string, what: string, limits: { maxBytes: number; maxDepth: number }, w: WizardWords): Promise<{ text: string; data: Record<string, unknown> }> {
  const shown = show(shownPath, 200);
  const expected = w.expectedJson;
  const read = await readBounded(path, limits.maxBytes);
  const { unreadable: unreadableWords, atLeast, jsonSyntax: jsonSyntaxWords, describeFound } = await loadCodeMessages();
  if ('unreadable' in read) throw new InputError(w.unreadable({ what, path: shown, why: unreadableWords({ reason: read.unreadable, errno: read.errno }), expected }));
  // Both byte counts as plain digits, as the size comes from the catalog's atLeast and `ls -l` shows it.
  if ('tooLarge' in read) throw new InputError(w.tooLarge({ what, path: shown, size: atLeast(sizeArgs(read)), limit: String(limits.maxBytes), expected }));
  const parsed = await parseJsonObject(read.bytes.toString('utf8'), limits.maxDepth);
  if ('data' in parsed) return { text: parsed.text, data: parsed.data };
  const { problem } = parsed;
  if (problem.kind === 'syntax') {
    const words = jsonSyntaxWords(syntaxArgs(problem));
    throw new InputError(w.notJson({ what, path: shown, found: words.found, ...(problem.line !== undefined ? { line: problem.line, column: problem.column } : {}), fix: words.fix ?? expected }));
  }
  const found = problem.kind === 'too-deep' ? w.tooDeep({ limit: problem.limit }) : describeFound(problem);
  throw new InputError(w.notUsable({ what, path: shown, found, expected }));
}

/**
 * Findings on listing fields whose value came from the answers file point into that file, at the
 * member's own line and column (`file` as the user typed it): that is where they are fixed, and the
 * listing they would point at was not written.
 */
async function placeInAnswersFile(findings: Finding[], listingShown: string, answersFile: { shown: string; text: string }, fromFile: (key: string) => boolean): Promise<Finding[]> {
  const topKey = (pointer: string) => (pointer.split('/')[1] ?? '').replace(/~1/g, '/').replace(/~0/g, '~');
  const moves = (finding: Finding) => finding.file === listingShown && finding.field !== undefined && finding.field !== '' && fromFile(topKey(finding.field));
  const places = await locatePointers(answersFile.text, [...new Set(findings.filter(moves).map((finding) => finding.field!))], policy.answers.maxDepth);
  return findings.map((finding) => {
    if (!moves(finding)) return finding;
    const moved: Finding = { ...finding, file: answersFile.shown };
    delete moved.line;
    delete moved.column;
    return Object.assign(moved, places.get(finding.field!));
  });
}

/** Answers from flags; absent flags stay absent (never a silent default). */
function answersFromFlags(o: InitOptions): Answers {
  const answers: Answers = {};
  const set = <K extends keyof Answers>(key: K, value: Answers[K] | undefined) => {
    if (value !== undefined) answers[key] = value;
  };
  for (const field of FIELD_IDS) set(field, (o as Record<string, never>)[optionKey(field)]);
  set('categories', o.category);
  set('scenarios', o.scenario);
  set('ciWorkflow', o.ciWorkflow);
  const onboarding: Onboarding = {};
  for (const task of ['license', 'customerApproval', 'demo', 'misa', 'pressRelease'] as const) {
    if (o[task]) onboarding[task] = { status: o[task] };
  }
  if (o.pressReviewStart) onboarding.pressRelease = { status: onboarding.pressRelease?.status ?? 'in-progress', reviewStart: o.pressReviewStart };
  if (Object.keys(onboarding).length > 0) answers.onboarding = onboarding;
  return answers;
}

function answersFromObject(data: Record<string, unknown>, source: string, w?: WizardWords): Answers {
  const unknown = Object.keys(data).filter((key) => !ANSWER_KEYS.has(key) && key !== '$schema' && key !== 'rules');
  if (w && unknown.length > 0) {
    const shown = unknown.slice(0, 10).map((key) => show(key, 60)).join(', ') + (unknown.length > 10 ? w.andMore({ more: unknown.length - 10 }) : '');
    throw new InputError(w.unknownKeys({ source, keys: shown, known: [...ANSWER_KEYS].join(', ') }));
  }
  const answers: Answers = {};
  for (const key of ANSWER_KEYS) if (data[key] !== undefined) (answers as Record<string, unknown>)[key] = data[key];
  return answers;
}

/** The listing to write: canonical key order, $schema first, rules of an existing listing kept. */
function listingFrom(answers: Answers, existing: Record<string, unknown> | undefined): Record<string, unknown> {
  const source: Record<string, unknown> = { ...answers, rules: existing?.rules };
  const listing: Record<string, unknown> = { $schema: typeof existing?.$schema === 'string' ? existing.$schema : SCHEMA_URL };
  for (const key of LISTING_FIELDS) {
    const value = source[key];
    if (key === '$schema' || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    listing[key] = typeof value === 'string' ? value.trim() : value;
  }
  if (listing.multiTenant === false) delete listing.entraAppName;
  return listing;
}

function missingMessage(missing: Array<{ key: FieldId; flag: string }>, answers: Answers, dirArg: string | undefined, needsUserAgent: boolean, w: WizardWords): string {
  const lines = [w.missingIntro];
  const placeholder = (key: FieldId): string => (w.fields[key] as { placeholder?: string }).placeholder ?? '';
  for (const item of missing) lines.push(`  ${`${item.flag}${placeholder(item.key) ? ` ${placeholder(item.key)}` : ''}`.padEnd(40)} ${w.fields[item.key].what}`);
  if (needsUserAgent) {
    const din = dinUserAgent(answers);
    const text = w.missingUserAgent({ derived: elide(derivedUserAgent(answers) ?? 'MdePartner-{Company}-{Product}/{Version}', 200) });
    lines.push(`  ${'--user-agent <value> | --yes'.padEnd(40)} ${text}${din ? ` ${w.missingUserAgentDin({ din: elide(din, 200) })}` : ''}`);
  }
  const parts = ['npx mde-partner init', ...(dirArg ? [shellQuote(dirArg)] : [])];
  for (const item of REQUIRED) {
    const value = answers[item.key];
    if (item.key === 'multiTenant') parts.push(value === true ? '--multi-tenant' : value === false ? '--no-multi-tenant' : '--multi-tenant|--no-multi-tenant');
    else parts.push(item.flag, value !== undefined ? shellQuote(elide(String(value), 200)) : shellQuote(placeholder(item.key)));
  }
  if (answers.multiTenant !== false) parts.push('--entra-app-name', shellQuote(elide(answers.entraAppName ?? placeholder('entraAppName'), 200)));
  parts.push(answers.userAgent ? `--user-agent ${shellQuote(elide(answers.userAgent, 200))}` : '--yes');
  lines.push('', w.runWithValues, `  ${parts.join(' ')}`, '', w.orAnswersFile);
  return lines.join('\n');
}

/** What init will write, as the user will find it: the listing, the workflow when asked, the bundle. */
function plannedFiles(dir: string, cwd: string, answers: Answers, out: string | undefined, w: WizardWords): string[] {
  const files = [displayPath(join(dir, LISTING_FILE), cwd)];
  if (answers.ciWorkflow) files.push(`${displayPath(join(dir, WORKFLOW_PATH), cwd)}${existsSync(join(dir, WORKFLOW_PATH)) ? ` ${w.parenthesized([w.existsKept])}` : ''}`);
  if (out !== undefined) files.push(w.folderAndZip({ folder: displayPath(out, cwd) }));
  return files;
}

/** Findings that do not stop init but would fail `validate --strict`: said before anything is written. */
function warningLines(findings: Finding[], w: WizardWords, format: Format): string {
  const indent = ' '.repeat(w.warningLabel.length + 3);
  const lines = findings.map((f) => `  ${w.warningLabel} ${f.code}  ${escapeUnsafe(elide(f.message, 300))}${f.hint ? `\n${indent}${w.fixLabel} ${escapeUnsafe(elide(f.hint, 300))}` : ''}`);
  return `${format.plural(findings.length, w.warnings)}\n${lines.join('\n')}\n`;
}

function summary(answers: Answers, files: string[], w: WizardWords, format: Format): string {
  const l = w.summary;
  const note = userAgentNote(answers.userAgent ?? '', answers, w);
  const onboarding = Object.entries(answers.onboarding ?? {}).map(([task, value]: [string, { status?: TaskStatus; reviewStart?: string } | undefined]) => {
    const status = w.status[value?.status ?? 'todo'];
    return `${w.onboardingTasks[task as keyof WizardWords['onboardingTasks']] ?? task}: ${status}${value?.reviewStart ? ` ${w.parenthesized([w.reviewFrom({ date: format.date(value.reviewStart) })])}` : ''}`;
  });
  const rows: Array<[string, string | undefined]> = [
    [l.company, answers.companyName], [l.product, answers.productName], [l.version, answers.productVersion],
    [l.description, answers.description], [l.logo, answers.logo], [l.landingPage, answers.landingPage],
    [l.multiTenant, answers.multiTenant ? w.yesApp({ name: answers.entraAppName ?? '' }) : w.no],
    [l.userAgent, answers.userAgent && `${answers.userAgent}${note ? `  ${w.parenthesized([note])}` : ''}`],
    [l.categories, answers.categories?.length ? format.list(answers.categories) : w.none],
    [l.scenarios, answers.scenarios?.length ? format.list(answers.scenarios) : w.none],
    [l.onboarding, onboarding.length ? format.list(onboarding) : w.none],
    [l.files, format.list(files)],
  ];
  const width = Math.max(24, ...rows.map(([k]) => displayWidth(k) + 2));
  return rows.map(([k, v]) => `  ${k}:${' '.repeat(width - displayWidth(k) - 1)} ${escapeUnsafe(elide(v ?? '', 300))}`).join('\n');
}

/** Columns a label takes in a terminal: CJK characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}

export interface InitDependencies {
  /** The asker to use when interactive (tests pass their own); defaults to Inquirer. */
  asker?: () => Promise<Asker>;
  /** Overrides the terminal detection (tests). */
  interactive?: boolean;
}

export async function runInit(dirArg: string | undefined, options: InitOptions, io: Io & { stdin?: { isTTY?: boolean } }, deps: InitDependencies = {}): Promise<number> {
  // The prompts check each answer as it is typed, with the words of the codes: loaded once, here.
  await loadCodeMessages();
  const w = await loadWizard();
  const format = formatFor(getLocale());
  const dir = resolve(io.cwd, dirArg ?? '.');
  const dirInfo = await stat(dir).catch(() => undefined);
  if (dirInfo && !dirInfo.isDirectory()) throw new InputError(w.notAFolder({ dir: show(dirArg ?? '.', 200) }));
  const listingPath = join(dir, LISTING_FILE);
  const existing = existsSync(listingPath) ? (await readJsonObject(listingPath, LISTING_FILE, w.existingListing, policy.listing, w).catch(() => undefined))?.data : undefined;
  const defaults = existing ? answersFromObject(existing, LISTING_FILE) : {};
  const answersFile = options.answers !== undefined ? await readJsonObject(resolve(io.cwd, options.answers), options.answers, w.answersFile, policy.answers, w) : undefined;
  const fromFile = answersFile ? answersFromObject(answersFile.data, show(options.answers!, 200), w) : {};
  const fromFlags = answersFromFlags(options);
  const given: Answers = { ...fromFile, ...fromFlags };
  const interactive = deps.interactive ?? (io.stdin?.isTTY === true && io.stdout.isTTY === true && !io.env.CI);
  /** The bundle's folder (none with --no-bundle), and the listing's folder as a user types it. */
  const out = options.bundle === false ? undefined : resolve(io.cwd, options.out ?? join(dir, DEFAULT_OUT));
  const rel = relative(io.cwd, dir).split(sep).join('/') || '.';

  let answers: Answers;
  let asker: Asker | undefined;
  if (interactive) {
    asker = await (deps.asker ?? inquirerAsker)();
    if (existing) io.stdout.write(`${w.editing({ path: displayPath(listingPath, io.cwd) })}\n`);
    answers = await askMissing(given, defaults, asker, dir, options.render !== false, rel);
  } else {
    answers = { ...defaults, ...given };
    // A User-Agent the existing listing derived follows the new names and version; a typed one stays.
    if (given.userAgent === undefined && defaults.userAgent !== undefined) answers.userAgent = followUserAgent(defaults, answers);
    if (answers.userAgent === undefined && options.yes) {
      const derived = derivedUserAgent(answers);
      if (derived) answers.userAgent = derived;
    }
    const missing = REQUIRED.filter((item) => answers[item.key] === undefined);
    const needsEntra = answers.multiTenant === true && answers.entraAppName === undefined;
    if (needsEntra) missing.push(missingItem('entraAppName'));
    const needsUserAgent = answers.userAgent === undefined;
    if (missing.length > 0 || needsUserAgent) throw new InputError(missingMessage(missing, answers, dirArg, needsUserAgent, w));
  }

  if (answers.logo !== undefined) answers.logo = cleanLogoPath(answers.logo, dir);
  // The same validation as `validate`, on the listing exactly as it will be written.
  const listing = listingFrom(answers, existing);
  const text = `${JSON.stringify(listing, null, 2)}\n`;
  const shown = displayPath(listingPath, io.cwd);
  const result = await validateListingText(text, { baseDir: dir, displayRoot: io.cwd, path: shown, render: options.render, online: onlineSetting(options, io) });
  const warnings = result.findings.filter((f) => f.severity === 'warning');
  if (!result.ok || (options.strict && warnings.length > 0)) {
    // A value from the answers file is fixed there, unless a flag won over it or a prompt replaced it.
    const keptFromFile = (key: string) => Object.hasOwn(fromFile, key) && !Object.hasOwn(fromFlags, key)
      && answers[key as keyof Answers] === fromFile[key as keyof Answers];
    const findings = answersFile ? await placeInAnswersFile(result.findings, shown, { shown: options.answers!, text: answersFile.text }, keptFromFile) : result.findings;
    await emitReport(buildReport([{ ...result, findings }], { strict: options.strict }), { format: 'text', strict: options.strict, color: options.color }, io);
    io.stderr.write(`mde-partner: ${w.notValid({ strict: result.ok })}\n`);
    return 1;
  }
  if (asker) {
    io.stdout.write(`\n${w.summaryTitle}\n${summary(answers, plannedFiles(dir, io.cwd, answers, out, w), w, format)}\n\n${warnings.length > 0 ? `${warningLines(warnings, w, format)}\n` : ''}`);
    if (!(await asker.confirm({ message: w.confirmWrite({ path: displayPath(listingPath, io.cwd), bundle: options.bundle !== false }), default: true }))) {
      io.stdout.write(`${w.nothingWritten}\n`);
      return 130;
    }
  } else if (warnings.length > 0) {
    io.stdout.write(warningLines(warnings, w, format));
  }
  const listingContext = { what: LISTING_FILE, todo: w.writeListing.todo, kept: w.writeListing.kept };
  await mkdir(dir, { recursive: true }).catch(async (error: unknown) => {
    throw await writeProblem(error, listingPath, listingContext);
  });
  await writeFileAtomic(listingPath, text, listingContext);
  io.stdout.write(`${w.wrote({ path: shown })}\n`);

  if (answers.ciWorkflow) {
    const workflow = join(dir, WORKFLOW_PATH);
    if (existsSync(workflow)) io.stdout.write(`  ${w.workflowExists({ path: displayPath(workflow, io.cwd) })}\n`);
    else {
      const workflowContext = { what: WORKFLOW_PATH, todo: w.writeWorkflow.todo, kept: w.writeWorkflow.kept({ listing: LISTING_FILE }) };
      await mkdir(join(dir, '.github', 'workflows'), { recursive: true }).catch(async (error: unknown) => {
        throw await writeProblem(error, workflow, workflowContext);
      });
      await writeFileAtomic(workflow, readTemplate('github-workflow.yml'), workflowContext);
      io.stdout.write(`${w.wroteWorkflow({ path: displayPath(workflow, io.cwd) })}\n`);
    }
  }

  if (out !== undefined) {
    const progress = progressReporter(io, false);
    const outcome = await buildBundle({ ...result, logoPath: resolve(dir, String(listing.logo)) }, progress.step, { render: options.render });
    if (!outcome.ok) {
      progress.done();
      await emitReport(buildReport([{ ...result, findings: outcome.findings }]), { format: 'text', color: options.color }, io);
      io.stderr.write(`mde-partner: ${w.bundleFailed({ command: `${invocation(io)} bundle` })}\n`);
      return 1;
    }
    await writeBundle(out, outcome.bundle.files, outcome.bundle.zip);
    progress.done();
    io.stdout.write(`${w.wroteBundle({ folder: displayPath(out, io.cwd) })}\n`);
    for (const note of outcome.bundle.notes) io.stdout.write(`  ${w.note} ${escapeUnsafe(note)}\n`);
  }

  const checklist = buildChecklist(shown, listing, result.findings, await loadChecklist());
  const open = checklist.steps.flatMap((s) => s.items.filter((i) => i.kind === 'manual' && (i.state === 'todo' || i.state === 'in-progress')).map((i) => `${s.title}: ${i.title}`));
  const relArg = shellQuote(rel);
  const cli = invocation(io);
  io.stdout.write([
    '',
    w.checklist({ verified: format.number(checklist.summary.verified), failing: format.number(checklist.summary.failing), open: format.plural(checklist.summary.manualOpen, w.manualOpen) }),
    ...open.map((item) => `  [ ] ${item}`),
    '',
    w.nextSteps,
    `  ${cli} checklist ${relArg}       # ${w.nextChecklist}`,
    ...(out !== undefined ? [`  cat ${shellQuote(`${displayPath(out, io.cwd)}/SUBMISSION.md`)}       # ${w.nextSubmission}`] : [`  ${cli} bundle ${relArg}`]),
    `  ${cli} validate --strict ${relArg}        # ${w.nextValidate}`,
    '',
    w.microsoftPages,
    ...linksText(PARTNER_LINKS, '  '),
    '',
  ].join('\n'));
  return 0;
}
