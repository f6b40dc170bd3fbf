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
import { askMissing, cleanLogoPath, derivedUserAgent, followUserAgent, userAgentNote, type Answers } from '../wizard/flow.js';
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

/** A field's flag as a missing-answer message shows it, and what to put there (from the field table). */
function missingItem(key: FieldId): { key: keyof Answers; flag: string; placeholder: string; what: string } {
  const spec: FieldSpec = FIELDS[key];
  const long = spec.flag.split(' ')[0]!;
  return { key, flag: spec.type === 'boolean' ? `${long} | --no-${long.slice(2)}` : long, placeholder: spec.placeholder ?? '', what: spec.what };
}

/** Required answers, each with the flag that gives it and what to put there. */
const REQUIRED = FIELD_IDS.filter((key) => FIELDS[key].required).map(missingItem);

const ANSWER_KEYS = new Set<string>([...LISTING_FIELDS.filter((k) => k !== '$schema' && k !== 'rules'), 'ciWorkflow']);


/**
 * A JSON object from a file the user names (the answers file) or an existing listing: read within
 * its size cap through the bounded reader (a FIFO or device is refused at once, never waited on),
 * nesting measured before parsing. Every problem is an InputError (exit 2) that says what was
 * expected, what was found and what to do.
 */
async function readJsonObject(path: string, shownPath: string, what: string, limits: { maxBytes: number; maxDepth: number }): Promise<{ text: string; data: Record<string, unknown> }> {
  const shown = show(shownPath, 200);
  const expected = `Expected a JSON file holding one object of listing fields, e.g. {"companyName": "Contoso", "productName": "Contoso Cognito"}.`;
  const read = await readBounded(path, limits.maxBytes);
  const { unreadable: unreadableWords, atLeast, jsonSyntax: jsonSyntaxWords, describeFound } = await loadCodeMessages();
  if ('unreadable' in read) throw new InputError(`${what} ${shown} ${unreadableWords({ reason: read.unreadable, errno: read.errno })}. ${expected} Pass the path of such a file.`);
  if ('tooLarge' in read) throw new InputError(`${what} ${shown} has ${atLeast(sizeArgs(read))} bytes; the limit is ${limits.maxBytes} bytes. ${expected}`);
  const parsed = await parseJsonObject(read.bytes.toString('utf8'), limits.maxDepth);
  if ('data' in parsed) return { text: parsed.text, data: parsed.data };
  const { problem } = parsed;
  if (problem.kind === 'syntax') {
    const words = jsonSyntaxWords(syntaxArgs(problem));
    const place = problem.line !== undefined ? ` at line ${problem.line}, column ${problem.column}` : '';
    throw new InputError(`${what} ${shown} is not valid JSON: ${words.found}${place}. ${words.fix ?? expected} Fix the file and run init again.`);
  }
  const found = problem.kind === 'too-deep' ? `values nested deeper than ${problem.limit} levels` : describeFound(problem);
  throw new InputError(`${what} ${shown} is not usable: found ${found}. ${expected} Fix the file and run init again.`);
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

function answersFromObject(data: Record<string, unknown>, source: string, strict: boolean): Answers {
  const unknown = Object.keys(data).filter((key) => !ANSWER_KEYS.has(key) && key !== '$schema' && key !== 'rules');
  if (strict && unknown.length > 0) {
    const shown = unknown.slice(0, 10).map((key) => show(key, 60)).join(', ') + (unknown.length > 10 ? ` and ${unknown.length - 10} more` : '');
    throw new InputError(`${source} has unknown keys: ${shown}. Expected listing fields (${[...ANSWER_KEYS].join(', ')}); remove or rename the others.`);
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

function missingMessage(missing: typeof REQUIRED, answers: Answers, dirArg: string | undefined, needsUserAgent: boolean): string {
  const lines = ['init needs answers that were not given, and there is no terminal to ask on (stdin/stdout are not a TTY, or CI is set):'];
  for (const item of missing) lines.push(`  ${`${item.flag}${item.placeholder ? ` ${item.placeholder}` : ''}`.padEnd(40)} ${item.what}`);
  if (needsUserAgent) lines.push(`  ${'--user-agent <value> | --yes'.padEnd(40)} the User-Agent; --yes accepts the derived ${elide(derivedUserAgent(answers) ?? 'MdePartner-{Company}-{Product}/{Version}', 200)}`);
  const parts = ['npx mde-partner init', ...(dirArg ? [shellQuote(dirArg)] : [])];
  for (const item of REQUIRED) {
    const value = answers[item.key];
    if (item.key === 'multiTenant') parts.push(value === true ? '--multi-tenant' : value === false ? '--no-multi-tenant' : '--multi-tenant|--no-multi-tenant');
    else parts.push(item.flag, value !== undefined ? shellQuote(elide(String(value), 200)) : shellQuote(item.placeholder));
  }
  if (answers.multiTenant !== false) parts.push('--entra-app-name', shellQuote(elide(answers.entraAppName ?? '<app display name>', 200)));
  parts.push(answers.userAgent ? `--user-agent ${shellQuote(elide(answers.userAgent, 200))}` : '--yes');
  lines.push('', 'Run it with your values:', `  ${parts.join(' ')}`, '', 'Or put the answers in a JSON file (listing field names) and pass --answers answers.json.');
  return lines.join('\n');
}

const note = (text: string | undefined) => (text ? `  (${text})` : '');

/** What init will write, as the user will find it: the listing, the workflow when asked, the bundle. */
function plannedFiles(dir: string, cwd: string, answers: Answers, out: string | undefined): string[] {
  const files = [displayPath(join(dir, LISTING_FILE), cwd)];
  if (answers.ciWorkflow) files.push(`${displayPath(join(dir, WORKFLOW_PATH), cwd)}${existsSync(join(dir, WORKFLOW_PATH)) ? ' (exists: kept)' : ''}`);
  if (out !== undefined) files.push(`${displayPath(out, cwd)}/ and ${displayPath(out, cwd)}.zip`);
  return files;
}

/** Findings that do not stop init but would fail `validate --strict`: said before anything is written. */
function warningLines(findings: Finding[]): string {
  const lines = findings.map((f) => `  warning ${f.code}  ${escapeUnsafe(elide(f.message, 300))}${f.hint ? `\n          fix: ${escapeUnsafe(elide(f.hint, 300))}` : ''}`);
  return `${findings.length === 1 ? '1 warning' : `${findings.length} warnings`} (validate --strict fails on ${findings.length === 1 ? 'it' : 'them'}; init --strict writes nothing while there are any):\n${lines.join('\n')}\n`;
}

function summary(answers: Answers, files: string[]): string {
  const rows: Array<[string, string | undefined]> = [
    ['Company', answers.companyName], ['Product', answers.productName], ['Version', answers.productVersion],
    ['Description', answers.description], ['Logo', answers.logo], ['Landing page', answers.landingPage],
    ['Multi-tenant Entra app', answers.multiTenant ? `yes — ${answers.entraAppName}` : 'no'],
    ['User-Agent', answers.userAgent && `${answers.userAgent}${note(userAgentNote(answers.userAgent, answers))}`], ['Categories', answers.categories?.join(', ') || '—'], ['Scenarios', answers.scenarios?.join(', ') || '—'],
    ['Onboarding', Object.entries(answers.onboarding ?? {}).map(([task, value]) => `${task} ${value?.status ?? 'todo'}${value?.reviewStart ? ` (review from ${value.reviewStart})` : ''}`).join(', ') || '—'],
    ['Will write', files.join(', ')],
  ];
  return rows.map(([k, v]) => `  ${`${k}:`.padEnd(24)} ${escapeUnsafe(elide(v ?? '', 300))}`).join('\n');
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
  const dir = resolve(io.cwd, dirArg ?? '.');
  const dirInfo = await stat(dir).catch(() => undefined);
  if (dirInfo && !dirInfo.isDirectory()) throw new InputError(`${show(dirArg ?? '.', 200)} is not a folder. init [dir] takes the folder the listing goes into; pass a folder (it is created when missing).`);
  const listingPath = join(dir, LISTING_FILE);
  const existing = existsSync(listingPath) ? (await readJsonObject(listingPath, LISTING_FILE, 'The existing listing', policy.listing).catch(() => undefined))?.data : undefined;
  const defaults = existing ? answersFromObject(existing, LISTING_FILE, false) : {};
  const answersFile = options.answers !== undefined ? await readJsonObject(resolve(io.cwd, options.answers), options.answers, 'The answers file', policy.answers) : undefined;
  const fromFile = answersFile ? answersFromObject(answersFile.data, show(options.answers!, 200), true) : {};
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
    if (existing) io.stdout.write(`Editing ${displayPath(listingPath, io.cwd)}: its values are offered as defaults.\n`);
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
    if (missing.length > 0 || needsUserAgent) throw new InputError(missingMessage(missing, answers, dirArg, needsUserAgent));
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
    io.stderr.write(`mde-partner: nothing written: the answers above do not pass validation${result.ok ? ' with --strict' : ''}.\n`);
    return 1;
  }
  if (asker) {
    io.stdout.write(`\nSummary\n${summary(answers, plannedFiles(dir, io.cwd, answers, out))}\n\n${warnings.length > 0 ? `${warningLines(warnings)}\n` : ''}`);
    if (!(await asker.confirm({ message: `Write ${displayPath(listingPath, io.cwd)}${options.bundle === false ? '' : ' and the bundle'}?`, default: true }))) {
      io.stdout.write('Nothing written.\n');
      return 130;
    }
  } else if (warnings.length > 0) {
    io.stdout.write(warningLines(warnings));
  }
  const listingContext = { what: LISTING_FILE, todo: 'run init for another folder', kept: 'nothing was written' };
  await mkdir(dir, { recursive: true }).catch(async (error: unknown) => {
    throw await writeProblem(error, listingPath, listingContext);
  });
  await writeFileAtomic(listingPath, text, listingContext);
  io.stdout.write(`✔ Wrote ${shown}\n`);

  if (answers.ciWorkflow) {
    const workflow = join(dir, WORKFLOW_PATH);
    if (existsSync(workflow)) io.stdout.write(`  ${displayPath(workflow, io.cwd)} exists; left as it is.\n`);
    else {
      const workflowContext = { what: WORKFLOW_PATH, todo: 'add the workflow by hand from templates/github-workflow.yml', kept: `${LISTING_FILE} is written, the bundle is not` };
      await mkdir(join(dir, '.github', 'workflows'), { recursive: true }).catch(async (error: unknown) => {
        throw await writeProblem(error, workflow, workflowContext);
      });
      await writeFileAtomic(workflow, readTemplate('github-workflow.yml'), workflowContext);
      io.stdout.write(`✔ Wrote ${displayPath(workflow, io.cwd)} (runs the mde-partner action from tools/mde-partner, a copy of mde-partner kept in your repository: see the comments at its top)\n`);
    }
  }

  if (out !== undefined) {
    const progress = progressReporter(io, false);
    const outcome = await buildBundle({ ...result, logoPath: resolve(dir, String(listing.logo)) }, progress.step, { render: options.render });
    if (!outcome.ok) {
      progress.done();
      await emitReport(buildReport([{ ...result, findings: outcome.findings }]), { format: 'text', color: options.color }, io);
      io.stderr.write(`mde-partner: the listing was written, the bundle was not: fix the findings above, then run "${invocation(io)} bundle".\n`);
      return 1;
    }
    await writeBundle(out, outcome.bundle.files, outcome.bundle.zip);
    progress.done();
    io.stdout.write(`✔ Wrote the bundle ${displayPath(out, io.cwd)}/ and ${displayPath(out, io.cwd)}.zip\n`);
    for (const note of outcome.bundle.notes) io.stdout.write(`  Note: ${escapeUnsafe(note)}\n`);
  }

  const checklist = buildChecklist(shown, listing, result.findings, await loadChecklist());
  const open = checklist.steps.flatMap((s) => s.items.filter((i) => i.kind === 'manual' && (i.state === 'todo' || i.state === 'in-progress')).map((i) => `${s.title}: ${i.title}`));
  const relArg = shellQuote(rel);
  const cli = invocation(io);
  io.stdout.write([
    '',
    `Checklist: ${checklist.summary.verified} verified, ${checklist.summary.failing} failing, ${checklist.summary.manualOpen} manual item${checklist.summary.manualOpen === 1 ? '' : 's'} open.`,
    ...open.map((item) => `  [ ] ${item}`),
    '',
    'Next steps:',
    `  ${cli} checklist ${relArg}       # the four steps in full`,
    ...(out !== undefined ? [`  cat ${shellQuote(`${displayPath(out, io.cwd)}/SUBMISSION.md`)}       # the six items to paste`] : [`  ${cli} bundle ${relArg}`]),
    `  ${cli} validate --strict ${relArg}        # in CI too: --format sarif or --format github`,
    '',
    'Microsoft\'s pages:',
    ...linksText(PARTNER_LINKS, '  '),
    '',
  ].join('\n'));
  return 0;
}
