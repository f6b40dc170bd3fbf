import { Command, CommanderError, Option, type Argument, type Help } from 'commander';
import { elide, escapeLines, show } from './checks/text.js';
import { CancelledError, InputError, UsageError } from './errors.js';
import { EXIT, type Io, type OnlineFlag, type OutputOptions } from './commands/io.js';
import { FIELDS, type FieldId, type FieldSpec } from './listing/fields.js';
import type { ErrorWords } from './messages/errors.js';
import { loadHelp, type HelpWords } from './messages/help.js';
import { chooseLocale, LOCALES, setLocale, type Locale } from './messages/locale.js';
import { toolVersion } from './version.js';

export type { Io, OnlineFlag, OutputOptions } from './commands/io.js';

const REPORT_FORMATS = ['text', 'json', 'sarif', 'junit', 'github'] as const;
const CATEGORIES = ['security-information-and-analytics', 'orchestration-and-automation', 'threat-intelligence', 'network-security', 'cross-platform', 'other-integrations'];
const SCENARIOS = ['external-alert-correlation', 'soar-integration', 'indicators-matching', 'other'];

/**
 * The options several commands share. A command names the ones that mean something for it, each
 * with the words that say what it does there (`true`: the usual words), so that its --help lists
 * only what applies to it.
 */
interface SharedOptions {
  format?: { choices: readonly string[]; help?: string };
  strict?: true | string;
  quiet?: true | string;
  color?: true;
  online?: true | string;
  render?: string;
}

function addSharedOptions(command: Command, shared: SharedOptions, words: HelpWords['shared']): Command {
  const own = (given: true | string, usual: string) => (given === true ? usual : given);
  if (shared.format) {
    command.addOption(new Option('--format <format>', shared.format.help ?? words.format).choices(shared.format.choices).default('text'));
  }
  if (shared.strict) command.option('--strict', own(shared.strict, words.strict));
  if (shared.quiet) command.option('--quiet', own(shared.quiet, words.quiet));
  if (shared.color) command.option('--color', words.color).option('--no-color', words.noColor);
  if (shared.online) command.option('--online', own(shared.online, words.online));
  if (shared.render) command.option('--no-render', shared.render);
  return command;
}

/** What validate, verify and the ua commands share: a findings report in any format. */
const REPORT: SharedOptions = { format: { choices: REPORT_FORMATS }, strict: true, quiet: true, color: true };

/**
 * An "Examples:" block of --help: each row a command (typed as it is, in every language) with the
 * words of its comment aligned after it, or a line shown as it is (a command's output); then notes.
 */
function examples(title: string, rows: ReadonlyArray<readonly [string, string?] | string>, ...notes: string[]): string {
  const commented = rows.filter((row): row is readonly [string, string] => typeof row !== 'string' && row[1] !== undefined && !row[0].includes('\n'));
  const width = Math.max(0, ...commented.map(([command]) => command.length));
  const lines = rows.map((row) => {
    if (typeof row === 'string') return `  ${row}`;
    const [command, comment] = row;
    return comment === undefined ? `  $ ${command}` : `  $ ${command.padEnd(width)}  # ${comment}`;
  });
  return ['', title, ...lines, ...notes.flatMap((note) => ['', note])].join('\n');
}

/**
 * Commander's own words in the run's language: section titles, the "(choices: …, default: …)" after
 * a description. Wrapping counts a CJK character as two columns, as a terminal shows it, and may
 * break between two of them (Japanese has no spaces); a line never starts with a closing mark.
 */
function helpConfiguration(words: HelpWords): Partial<Help> {
  const titles: Record<string, string> = {
    'Usage:': words.sections.usage,
    'Arguments:': words.sections.arguments,
    'Options:': words.sections.options,
    'Global Options:': words.sections.globalOptions,
    'Commands:': words.sections.commands,
  };
  const extras = (description: string, choices: readonly string[] | undefined, shownDefault: string | undefined) => {
    const extra = [
      ...(choices ? [words.choices({ values: choices.map((choice) => JSON.stringify(choice)).join(', ') })] : []),
      ...(shownDefault !== undefined ? [words.default({ value: shownDefault })] : []),
    ];
    return extra.length === 0 ? description : words.withExtras({ description, extras: extra });
  };
  return {
    styleTitle: (title: string) => titles[title] ?? title,
    optionDescription(option: Option) {
      const shown = option.defaultValue !== undefined && (option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean'));
      return extras(option.description, option.argChoices, shown ? option.defaultValueDescription || JSON.stringify(option.defaultValue) : undefined);
    },
    argumentDescription(argument: Argument) {
      const shown = argument.defaultValue === undefined ? undefined : argument.defaultValueDescription || JSON.stringify(argument.defaultValue);
      return extras(argument.description, argument.argChoices, shown);
    },
    displayWidth: textWidth,
    boxWrap(text: string, width: number) {
      if (width < 40) return text;
      return text.split(/\r\n|\n/).map((line) => {
        const chunks = wrapChunks(line);
        if (!chunks) return '';
        const wrapped: string[] = [];
        let current = chunks.shift()!;
        let currentWidth = textWidth(current);
        for (const chunk of chunks) {
          const chunkWidth = textWidth(chunk);
          if (currentWidth + chunkWidth <= width) {
            current += chunk;
            currentWidth += chunkWidth;
          } else {
            wrapped.push(current);
            current = chunk.trimStart();
            currentWidth = textWidth(current);
          }
        }
        wrapped.push(current);
        return wrapped.join('\n');
      }).join('\n');
    },
  };
}

/**
 * The words of the messages that stop a run, loaded only when one is said or a command runs: --help
 * does not load them.
 */
const loadErrors = async (): Promise<ErrorWords> => (await import('./messages/errors.js')).loadErrors();

/** Characters a terminal shows two columns wide (CJK, kana, hangul, full-width forms). */
const WIDE_RANGES = '\\u1100-\\u115f\\u2e80-\\u303e\\u3041-\\u33ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\ua960-\\ua97f\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';
const WIDE = new RegExp(`[${WIDE_RANGES}]`, 'u');
/** Columns on a terminal: a wide character takes two (text without one, the usual case, is its length). */
const textWidth = (text: string) => {
  if (!WIDE.test(text)) return text.length;
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
};
/**
 * A piece of a line that wrapping keeps whole: one wide character or a run of other non-space
 * characters, with the opening marks before it and the closing marks (and small kana, the long
 * vowel mark) after it, so that no line starts with "、" or ends with "（". Made on first use: only
 * text with wide characters needs it; other text is cut at spaces, as commander does.
 */
let wideChunk: RegExp | undefined;
const wrapChunks = (line: string) => (WIDE.test(line)
  ? line.match(wideChunk ??= new RegExp(`\\s*[「『（［〈《【]*(?:[${WIDE_RANGES}]|[^\\s${WIDE_RANGES}]+)[、。，．・：；？！ー」』）］〉》】ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]*`, 'gu'))
  : line.match(/\s*\S+/g));

/**
 * The command an argv names, as a path of names ("validate", "ua check"; "help validate" asks for
 * validate's help), read past the options every command takes; undefined when the first word is not
 * a command (commander then says so, with suggestions).
 */
export function commandPath(argv: readonly string[]): string | undefined {
  const words = argv.filter((arg, i) => !arg.startsWith('-') && argv[i - 1] !== '--lang');
  const [first, second] = words[0] === 'help' ? words.slice(1) : words;
  if (first === undefined || !COMMANDS.includes(first)) return undefined;
  return first === 'ua' && second !== undefined && UA_COMMANDS.includes(second) ? `ua ${second}` : first;
}

const COMMANDS = ['init', 'validate', 'bundle', 'checklist', 'verify', 'ua', 'explain'];
const UA_COMMANDS = ['derive', 'check', 'audit'];

/**
 * The program with every command, each named and described (what `--help` lists); the options and
 * examples only of the command `wanted` names (`commandPath`), or of every command when it names
 * none: a run reads the options of one command, and building all of them is about a third of the
 * start-up of `--help`.
 */
function buildProgram(io: Io, setExit: (code: number) => void, words: HelpWords, wanted: string | undefined): Command {
  /** Whether the command at `path` gets its options: it is the one asked for, or none is. */
  const detailed = (path: string) => wanted === undefined || wanted === path || (wanted === 'ua' && path.startsWith('ua '));
  const shared = words.shared;
  const helpWidth = (stream: Io['stdout']) => (stream.isTTY ? (stream as { columns?: number }).columns : undefined) ?? 80;
  const program = new Command('mde-partner')
    .description(words.program.description)
    .version(toolVersion, '-V, --version', words.program.version)
    .helpOption('-h, --help', words.program.help)
    .helpCommand('help [command]', words.program.helpCommand)
    .configureHelp(helpConfiguration(words))
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(inert(s)),
      // Parse errors are worded by main(), in the run's language, from the error's code.
      outputError: () => {},
      getOutHelpWidth: () => helpWidth(io.stdout),
      getErrHelpWidth: () => helpWidth(io.stderr),
    })
    .exitOverride();

  const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];
  const statusOption = (flag: string, what: string) =>
    new Option(`${flag} <status>`, what).choices(['todo', 'in-progress', 'done', 'not-applicable']);
  const init = program
    .command('init')
    .description(words.init.description)
    .argument('[dir]', words.init.dir);
  init.action(async (dir: string | undefined, options: import('./commands/init.js').InitOptions) => {
    const { runInit } = await import('./commands/init.js');
    setExit(await runInit(dir, options, { ...io, stdin: io.stdin ?? process.stdin }));
  });
  // One flag per answer field, from the field table.
  if (detailed('init')) for (const [field, spec] of Object.entries(FIELDS) as Array<[FieldId, FieldSpec]>) {
    init.option(spec.flag, words.fields[field]);
    if (spec.type === 'boolean') init.option(`--no-${spec.flag.slice(2)}`, words.noFields[field as keyof HelpWords['noFields']]);
  }
  if (detailed('init')) addSharedOptions(init
    .option('--category <id>', words.init.category({ ids: CATEGORIES.join(', ') }), collect)
    .option('--scenario <id>', words.init.scenario({ ids: SCENARIOS.join(', ') }), collect)
    .addOption(statusOption('--license', words.init.license))
    .addOption(statusOption('--customer-approval', words.init.customerApproval))
    .addOption(statusOption('--demo', words.init.demo))
    .addOption(statusOption('--misa', words.init.misa))
    .addOption(statusOption('--press-release', words.init.pressRelease))
    .option('--press-review-start <date>', words.init.pressReviewStart)
    .option('--answers <file>', words.init.answers)
    .option('-y, --yes', words.init.yes)
    .option('--ci-workflow', words.init.ciWorkflow)
    .option('--no-ci-workflow', words.init.noCiWorkflow)
    .option('--no-bundle', words.init.noBundle)
    .option('--out <dir>', words.init.out), {
    strict: words.init.strict,
    color: true,
    online: words.init.online,
    render: words.init.render,
  }, shared)
    .addHelpText('after', examples(words.sections.examples, [
      ['npx mde-partner init', words.init.examples.terminal],
      ['npx mde-partner init contoso --company Contoso --product "Contoso Cognito" --product-version 1.0.0 \\\n'
        + '      --description "Contoso Cognito correlates Defender alerts with identity risk to stop account takeover within minutes, automatically." \\\n'
        + '      --logo logo.svg --landing-page https://contoso.example.com/defender --no-multi-tenant --yes'],
      ['npx mde-partner init --answers answers.json --yes', words.init.examples.ci],
    ], words.init.note));

  const validate = program
    .command('validate')
    .description(words.validate.description)
    .argument('[path...]', words.validate.paths, ['.']);
  validate.action(async (paths: string[], options: OutputOptions & OnlineFlag) => {
    const { runValidate } = await import('./commands/validate.js');
    setExit(await runValidate(paths, options, io));
  });
  if (detailed('validate')) {
    addSharedOptions(validate, { ...REPORT, online: true, render: shared.render }, shared)
      .addHelpText('after', examples(words.sections.examples, [
        ['mde-partner validate', words.validate.examples.here],
        ['mde-partner validate examples/valid examples/broken'],
        ['mde-partner validate --format sarif > mde-partner.sarif'],
        ['mde-partner validate --format github --strict', words.validate.examples.github],
        ['mde-partner validate --online', words.validate.examples.online],
      ], shared.exitCodes));
  }

  const bundle = program
    .command('bundle')
    .description(words.bundle.description)
    .argument('[path]', shared.listingPath, '.')
    .option('--out <dir>', words.bundle.out);
  bundle.action(async (path: string, options: OutputOptions & OnlineFlag & { out?: string }) => {
    const { runBundle } = await import('./commands/bundle.js');
    setExit(await runBundle(path, options, io));
  });
  if (detailed('bundle')) {
    addSharedOptions(bundle, { ...REPORT, strict: words.bundle.strict, quiet: words.bundle.quiet, online: true, render: words.bundle.render }, shared)
      .addHelpText('after', examples(words.sections.examples, [
        ['mde-partner bundle', words.bundle.examples.here],
        ['mde-partner bundle examples/valid --out /tmp/contoso-submission'],
      ], words.bundle.note));
  }

  const checklist = program
    .command('checklist')
    .description(words.checklist.description)
    .argument('[path]', shared.listingPath, '.');
  checklist.action(async (path: string, options: import('./commands/checklist.js').ChecklistOptions) => {
    const { runChecklist } = await import('./commands/checklist.js');
    setExit(await runChecklist(path, options, io));
  });
  if (detailed('checklist')) {
    addSharedOptions(checklist, { format: { choices: ['text', 'md', 'json'] }, strict: words.checklist.strict, online: true, render: shared.render }, shared)
      .addHelpText('after', examples(words.sections.examples, [
        ['mde-partner checklist'],
        ['mde-partner checklist examples/valid --format md > CHECKLIST.md'],
      ]));
  }

  const verify = program
    .command('verify')
    .description(words.verify.description)
    .argument('<bundle>', words.verify.bundle);
  verify.action(async (path: string, options: OutputOptions) => {
    const { runVerify } = await import('./commands/verify.js');
    setExit(await runVerify(path, options, io));
  });
  if (detailed('verify')) {
    addSharedOptions(verify, { ...REPORT, render: shared.render }, shared)
      .addHelpText('after', examples(words.sections.examples, [
        ['mde-partner verify mde-submission.zip'],
        ['mde-partner verify mde-submission --format json'],
      ]));
  }

  const ua = program.command('ua').description(words.ua.description);
  const uaDerive = ua.command('derive')
    .description(words.ua.derive)
    .requiredOption('--company <name>', words.ua.company)
    .requiredOption('--product <name>', words.ua.product)
    .requiredOption('--product-version <version>', words.ua.productVersion);
  uaDerive.action(async (options: OutputOptions & { company: string; product: string; productVersion: string }) => {
    const { runUaDerive } = await import('./commands/ua.js');
    setExit(await runUaDerive(options, io));
  });
  if (detailed('ua derive')) {
    addSharedOptions(uaDerive, { ...REPORT, format: { choices: REPORT_FORMATS, help: words.ua.deriveFormat } }, shared)
      .addHelpText('after', examples(words.sections.example, [
        ['mde-partner ua derive --company "Contoso" --product "Contoso Cognito" --product-version 1.0.0'],
        'MdePartner-Contoso-ContosoCognito/1.0.0',
      ]));
  }
  const uaCheck = ua.command('check')
    .description(words.ua.check)
    .argument('<user-agent>', words.ua.value)
    .option('--company <name>', words.ua.compareCompany)
    .option('--product <name>', words.ua.compareProduct)
    .option('--product-version <version>', words.ua.compareVersion);
  uaCheck.action(async (value: string, options: OutputOptions & { company?: string; product?: string; productVersion?: string }) => {
    const { runUaCheck } = await import('./commands/ua.js');
    setExit(await runUaCheck(value, options, io));
  });
  if (detailed('ua check')) {
    addSharedOptions(uaCheck, REPORT, shared)
      .addHelpText('after', examples(words.sections.examples, [
        ['mde-partner ua check "MdePartner-Contoso-ContosoCognito/1.0.0"'],
        ['mde-partner ua check "MdatpPartner-Contoso-ContosoCognito/1.0.0"', words.ua.legacy],
      ]));
  }
  const uaAudit = ua.command('audit')
    .description(words.ua.audit)
    .argument('<capture.har...>', words.ua.captures)
    .addOption(new Option('--expect <user-agent>', words.ua.expect).conflicts('listing'))
    .option('--listing <path>', words.ua.listing);
  uaAudit.action(async (captures: string[], options: import('./commands/ua-audit.js').UaAuditOptions) => {
    const { runUaAudit } = await import('./commands/ua-audit.js');
    setExit(await runUaAudit(captures, options, io));
  });
  if (detailed('ua audit')) {
    addSharedOptions(uaAudit, REPORT, shared)
      .addHelpText('after', examples(words.sections.examples, [
        ['mde-partner ua audit capture.har', words.ua.auditExamples.here],
        ['mde-partner ua audit capture.har --expect MdePartner-Contoso-ContosoCognito/1.0.0'],
        ['mde-partner ua audit *.har --listing examples/valid --format sarif > ua-audit.sarif'],
        ['mitmdump --set hardump=capture.har', words.ua.auditExamples.mitmproxy],
      ], `${words.ua.auditNote}\n${words.ua.auditExitCodes}`));
  }

  const explain = program
    .command('explain')
    .description(words.explain.description)
    .argument('[code]', words.explain.code)
    .option('--list', words.explain.list);
  explain.action(async (code: string | undefined, options: { list?: boolean; format: 'text' | 'json' }) => {
    const { runExplain } = await import('./commands/explain.js');
    setExit(await runExplain(code, options, io));
  });
  if (detailed('explain')) {
    addSharedOptions(explain, { format: { choices: ['text', 'json'] } }, shared)
      .addHelpText('after', examples(words.sections.examples, [
        ['mde-partner explain DESCRIPTION_TOO_LONG'],
        ['mde-partner explain --list'],
      ]));
  }

  program.addHelpText('after', examples(words.sections.examples, [
    ['npx mde-partner init', words.program.examples.init],
    ['npx mde-partner validate examples/valid', words.program.examples.validate],
    ['npx mde-partner validate --format sarif > results.sarif'],
    ['npx mde-partner ua derive --company Contoso --product "Contoso Cognito" --product-version 1.0.0'],
    ['npx mde-partner ua audit capture.har', words.program.examples.audit],
    ['npx mde-partner explain SVG_VIEWBOX_NOT_SQUARE'],
  ], words.program.more));

  // --lang on every command (read before the program is built; here so that each --help lists it
  // and commander accepts it anywhere).
  const addLang = (command: Command) => {
    command.addOption(new Option('--lang <lang>', words.program.lang).choices(LOCALES));
    command.commands.forEach(addLang);
  };
  addLang(program);
  return program;
}

/**
 * An error message as the terminal gets it: line by line through the one escaping function (its
 * line breaks are ours; anything else unsafe came from input), each line cut to a readable length.
 */
function inert(message: string): string {
  return escapeLines(message.split('\n').map((line) => elide(line, MAX_MESSAGE_LINE)).join('\n'));
}

/**
 * The value of `--lang` in argv, read before the program is built (its --help is in that language):
 * `--lang X` or `--lang=X` before a `--`, the last one winning, as commander reads it. A `--lang`
 * without a value is left to commander, which says so.
 */
export function langArgument(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang' && i + 1 < argv.length) value = argv[++i];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  }
  return value;
}

/**
 * The language to say that the asked-for language does not exist in: the next source down
 * (MDE_PARTNER_LANG after --lang, then LC_ALL, LC_MESSAGES, LANG).
 */
function fallbackLocale(env: NodeJS.ProcessEnv): Locale {
  const next = chooseLocale(undefined, env);
  if ('locale' in next) return next.locale;
  const posix = chooseLocale(undefined, { ...env, MDE_PARTNER_LANG: undefined });
  return 'locale' in posix ? posix.locale : 'en';
}

/** The command argv names (its path of subcommand names, after any leading --lang) and where its own arguments start. */
function commandOf(program: Command, argv: readonly string[]): { command: Command; names: string[]; next: number } {
  let i = 0;
  while (argv[i] === '--lang' || argv[i]?.startsWith('--lang=')) i += argv[i] === '--lang' ? 2 : 1;
  let command = program;
  const names: string[] = [];
  for (; i < argv.length; i++) {
    const sub = command.commands.find((candidate) => candidate.name() === argv[i]);
    if (!sub) break;
    command = sub;
    names.push(sub.name());
  }
  return { command, names, next: i };
}

/**
 * `--version` is the tool's: after a command name it would print mde-partner's version and exit 0
 * where a script meant the product version (`ua derive --version 1.0.0`), a wrong answer nobody
 * sees. After a command it is refused, with the option that was probably meant.
 */
async function refuseVersionAfterCommand(program: Command, argv: readonly string[]): Promise<void> {
  const { command, names, next } = commandOf(program, argv);
  if (command === program) return;
  const end = argv.indexOf('--', next);
  const misuse = argv.slice(next, end < 0 ? undefined : end).find((arg) => arg === '--version' || arg === '-V' || arg.startsWith('--version='));
  if (misuse === undefined) return;
  const errors = await loadErrors();
  const said = { command: names.join(' '), option: misuse.split('=')[0]! };
  const productVersion = command.options.some((option) => option.long === '--product-version');
  throw new UsageError(productVersion ? errors.versionForProduct(said) : errors.versionAfterCommand(said));
}

/**
 * Commander's parse error in the run's language. Commander words its errors in English and gives
 * them a code; the values are taken from its sentence (a sentence of a newer commander that does not
 * match is passed on as it is, in English, rather than lost).
 */
export function wordParseError(error: CommanderError, words: ErrorWords['parse']): string {
  const suggested = /\n\(Did you mean (?:one of )?(.+)\?\)$/s.exec(error.message);
  const sentence = suggested ? error.message.slice(0, suggested.index) : error.message;
  const q = words.quote;
  const list = (values: string) => values.split(', ');
  const readings: Record<string, [RegExp, (m: string[]) => string]> = {
    'commander.unknownOption': [/^error: unknown option '(.*)'$/s, (m) => words.unknownOption({ option: q(m[1]!) })],
    'commander.unknownCommand': [/^error: unknown command '(.*)'$/s, (m) => words.unknownCommand({ command: q(m[1]!) })],
    'commander.missingArgument': [/^error: missing required argument '(.*)'$/s, (m) => words.missingArgument({ argument: q(m[1]!) })],
    'commander.optionMissingArgument': [/^error: option '(.*)' argument missing$/s, (m) => words.optionMissingArgument({ option: q(m[1]!) })],
    'commander.missingMandatoryOptionValue': [/^error: required option '(.*)' not specified$/s, (m) => words.missingMandatoryOption({ option: q(m[1]!) })],
    'commander.conflictingOption': [/^error: option '(.*)' cannot be used with option '(.*)'$/s, (m) => words.conflictingOption({ option: q(m[1]!), other: q(m[2]!) })],
    'commander.excessArguments': [
      /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/s,
      (m) => words.excessArguments({ command: q(m[1] ?? 'mde-partner'), expected: Number(m[2]), got: Number(m[3]) }),
    ],
    'commander.invalidArgument': [
      /^error: (?:option '(.*)' argument '(.*)' is invalid|command-argument value '(.*)' is invalid for argument '(.*)')\. Allowed choices are (.*)\.$/s,
      (m) => (m[1] !== undefined
        ? words.invalidChoice({ option: q(m[1]), value: q(m[2]!), choices: list(m[5]!) })
        : words.invalidArgument({ argument: q(m[4]!), value: q(m[3]!), choices: list(m[5]!) })),
    ],
  };
  const reading = readings[error.code];
  const match = reading?.[0].exec(sentence);
  if (!reading || !match) return error.message;
  const worded = words.error({ message: reading[1](match) });
  return suggested ? `${worded}\n${words.didYouMean({ candidates: list(suggested[1]!) })}` : worded;
}

/** Longer lines of an error message are cut: they can only be long because they quote input. */
const MAX_MESSAGE_LINE = 2000;

/**
 * The process as an Io. stdin is asked only whether it is a terminal, and only by init: reading
 * process.stdin makes its stream, which for a file or /dev/null loads Node's file streams,
 * fs/promises and readline (some milliseconds of every start).
 */
const processIo = (): Io => ({
  stdin: { get isTTY() { return process.stdin.isTTY; } },
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});

/** argv (without node and script) → exit code. The only caller that exits is bin/. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  // The language first: the help the program is built with is in it.
  const choice = chooseLocale(langArgument(argv), io.env);
  if ('invalid' in choice) {
    setLocale(fallbackLocale(choice.from === 'flag' ? io.env : { ...io.env, MDE_PARTNER_LANG: undefined }));
    const errors = await loadErrors();
    io.stderr.write(`mde-partner: ${inert(errors.invalidLanguage({ value: show(choice.invalid, 40), from: choice.from }))}\n`);
    return EXIT.usage;
  }
  setLocale(choice.locale);
  const words = await loadHelp();
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  }, words, commandPath(argv));
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return EXIT.usage;
  }
  try {
    await refuseVersionAfterCommand(program, argv);
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      if (error.exitCode === 0) return EXIT.ok;
      if (error.code === 'commander.help') return EXIT.ok;
      const { names } = commandOf(program, argv);
      const { parse } = await loadErrors();
      io.stderr.write(`${inert(wordParseError(error, parse))}\n${parse.seeHelp({ command: ['mde-partner', ...names].join(' ') })}\n`);
      return EXIT.usage;
    }
    if (error instanceof CancelledError) {
      io.stderr.write(`\nmde-partner: ${(await loadErrors()).cancelled}\n`);
      return EXIT.cancelled;
    }
    if (error instanceof InputError || error instanceof UsageError) {
      io.stderr.write(`mde-partner: ${inert(error.message)}\n`);
      return EXIT.usage;
    }
    const detail = error instanceof Error ? error.message : String(error);
    const errors = await loadErrors();
    io.stderr.write(`mde-partner: ${errors.internal({ detail: inert(detail), version: toolVersion, debug: Boolean(io.env.DEBUG) })}\n`);
    if (io.env.DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return EXIT.internal;
  }
}
