import { chooseLocale, setLocale } from './messages/locale.js';
import { Command, CommanderError, Option } from 'commander';
import { elide, escapeLines } from './checks/text.js';
import { CancelledError, InputError, UsageError } from './errors.js';
import { EXIT, type Io, type OnlineFlag, type OutputOptions } from './commands/io.js';
import { FIELDS } from './listing/fields.js';
import { toolVersion } from './version.js';

export type { Io, OnlineFlag, OutputOptions } from './commands/io.js';

const REPORT_FORMATS = ['text', 'json', 'sarif', 'junit', 'github'] as const;

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

const SHARED_HELP = {
  format: 'output format',
  strict: 'warnings fail too (exit 1)',
  quiet: 'text format: only failing findings and the summary',
  online: 'also fetch the landing page over HTTPS: status, redirects, product name (network access; off by default)',
} as const;

/** The rendered logo checks, said once; each command adds what else --no-render leaves out there. */
const RENDER_HELP = 'skip the rendered logo checks (no render child process)';

function addSharedOptions(command: Command, shared: SharedOptions): Command {
  const words = (given: true | string, usual: string) => (given === true ? usual : given);
  if (shared.format) {
    command.addOption(new Option('--format <format>', shared.format.help ?? SHARED_HELP.format).choices(shared.format.choices).default('text'));
  }
  if (shared.strict) command.option('--strict', words(shared.strict, SHARED_HELP.strict));
  if (shared.quiet) command.option('--quiet', words(shared.quiet, SHARED_HELP.quiet));
  if (shared.color) command.option('--color', 'force color').option('--no-color', 'no color (also NO_COLOR=1)');
  if (shared.online) command.option('--online', words(shared.online, SHARED_HELP.online));
  if (shared.render) command.option('--no-render', shared.render);
  return command;
}

/** What validate, verify and the ua commands share: a findings report in any format. */
const REPORT: SharedOptions = { format: { choices: REPORT_FORMATS }, strict: true, quiet: true, color: true };

function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('mde-partner')
    .description('Check and prepare a Microsoft Defender for Endpoint partner listing.')
    .version(toolVersion, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(inert(s)),
    })
    .exitOverride();

  const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];
  const statusOption = (flag: string, what: string) =>
    new Option(`${flag} <status>`, what).choices(['todo', 'in-progress', 'done', 'not-applicable']);
  const init = program
    .command('init')
    .description('interactive wizard: asks, checks each answer, writes mde-partner.json and the bundle')
    .argument('[dir]', 'folder for mde-partner.json (default .)');
  // One flag per answer field, from the field table.
  for (const spec of Object.values(FIELDS)) {
    init.option(spec.flag, spec.help);
    if ('noHelp' in spec) init.option(`--no-${spec.flag.slice(2)}`, spec.noHelp);
  }
  addSharedOptions(init
    .option('--category <id>', 'partner-page category (repeatable): security-information-and-analytics, orchestration-and-automation, threat-intelligence, network-security, cross-platform, other-integrations', collect)
    .option('--scenario <id>', 'integration scenario (repeatable): external-alert-correlation, soar-integration, indicators-matching, other', collect)
    .addOption(statusOption('--license', 'step 1: MDE license or trial tenant'))
    .addOption(statusOption('--customer-approval', 'step 2: joint customer approved the design'))
    .addOption(statusOption('--demo', 'step 2: integration demoed to the MDE team'))
    .addOption(statusOption('--misa', 'step 3: MISA nomination'))
    .addOption(statusOption('--press-release', 'step 4: press release naming MDE'))
    .option('--press-review-start <date>', 'date (YYYY-MM-DD) the press release went to Microsoft for review')
    .option('--answers <file>', 'a JSON file with the answers (listing field names); flags win over it')
    .option('-y, --yes', 'accept derived values (the User-Agent); never invents required ones')
    .option('--ci-workflow', `also write .github/workflows/mde-partner.yml`)
    .option('--no-ci-workflow', 'do not write the workflow (and do not ask)')
    .option('--no-bundle', 'write only mde-partner.json')
    .option('--out <dir>', 'bundle folder (default: mde-submission in dir)'), {
    strict: 'write nothing while there are warnings, as validate --strict fails on them',
    color: true,
    online: 'also fetch the landing page over HTTPS before anything is written (network access; off by default)',
    render: `${RENDER_HELP}, at the prompts too; the bundle gets no PNG previews`,
  })
    .addHelpText('after', `
Examples:
  $ npx mde-partner init                               # asks, on a terminal
  $ npx mde-partner init contoso --company Contoso --product "Contoso Cognito" --product-version 1.0.0 \\
      --description "Contoso Cognito correlates Defender alerts with identity risk to stop account takeover within minutes, automatically." \\
      --logo logo.svg --landing-page https://contoso.example.com/defender --no-multi-tenant --yes
  $ npx mde-partner init --answers answers.json --yes  # in CI: no prompts

Without a terminal (or with CI set) nothing is asked: a missing answer is exit 2 with the list of
missing flags and the command to run. Ctrl-C: exit 130, nothing written.`)
    .action(async (dir: string | undefined, options: import('./commands/init.js').InitOptions) => {
      const { runInit } = await import('./commands/init.js');
      setExit(await runInit(dir, options, { ...io, stdin: io.stdin ?? process.stdin }));
    });

  addSharedOptions(
    program
      .command('validate')
      .description('check listing(s): a listing file, or a folder holding mde-partner.json (default .)')
      .argument('[path...]', 'listing files or folders', ['.']),
    { ...REPORT, online: true, render: RENDER_HELP },
  )
    .addHelpText('after', `
Examples:
  $ mde-partner validate                          # ./mde-partner.json
  $ mde-partner validate examples/valid examples/broken
  $ mde-partner validate --format sarif > mde-partner.sarif
  $ mde-partner validate --format github --strict # annotations in GitHub Actions
  $ mde-partner validate --online                 # also fetch the landing page

Exit codes: 0 no errors (warnings allowed unless --strict) · 1 findings fail · 2 usage or input problem · 3 internal error`)
    .action(async (paths: string[], options: OutputOptions & OnlineFlag) => {
      const { runValidate } = await import('./commands/validate.js');
      setExit(await runValidate(paths, options, io));
    });

  addSharedOptions(
    program
      .command('bundle')
      .description('validate, then write the submission bundle: a folder and <folder>.zip')
      .argument('[path]', 'listing file or folder holding mde-partner.json', '.')
      .option('--out <dir>', 'bundle folder (default: mde-submission beside the listing); <dir>.zip is written next to it'),
    {
      ...REPORT,
      strict: 'warnings fail too: exit 1 and nothing written',
      quiet: 'no progress lines, no "Bundle written" lines; text format: only failing findings and the summary',
      online: true,
      render: `${RENDER_HELP}; the bundle gets no PNG previews`,
    },
  )
    .addHelpText('after', `
Examples:
  $ mde-partner bundle                       # ./mde-submission/ and ./mde-submission.zip
  $ mde-partner bundle examples/valid --out /tmp/contoso-submission

Nothing is written when the listing has errors; a failed or interrupted run keeps the previous bundle.`)
    .action(async (path: string, options: OutputOptions & OnlineFlag & { out?: string }) => {
      const { runBundle } = await import('./commands/bundle.js');
      setExit(await runBundle(path, options, io));
    });

  addSharedOptions(
    program
      .command('checklist')
      .description('the four onboarding steps: what is verified, failing, or still to do')
      .argument('[path]', 'listing file or folder holding mde-partner.json', '.'),
    { format: { choices: ['text', 'md', 'json'] }, strict: 'items verified with warnings fail too (exit 1)', online: true, render: RENDER_HELP },
  )
    .addHelpText('after', `
Examples:
  $ mde-partner checklist
  $ mde-partner checklist examples/valid --format md > CHECKLIST.md`)
    .action(async (path: string, options: import('./commands/checklist.js').ChecklistOptions) => {
      const { runChecklist } = await import('./commands/checklist.js');
      setExit(await runChecklist(path, options, io));
    });

  addSharedOptions(
    program
      .command('verify')
      .description('check a received bundle (folder or .zip): hashes, unlisted files, safe unzip, full validation')
      .argument('<bundle>', 'bundle folder or .zip'),
    { ...REPORT, render: RENDER_HELP },
  )
    .addHelpText('after', `
Examples:
  $ mde-partner verify mde-submission.zip
  $ mde-partner verify mde-submission --format json`)
    .action(async (path: string, options: OutputOptions) => {
      const { runVerify } = await import('./commands/verify.js');
      setExit(await runVerify(path, options, io));
    });

  const ua = program.command('ua').description('derive or check a User-Agent (MdePartner-{Company}-{Product}/{Version})');
  addSharedOptions(
    ua.command('derive')
      .description('derive the User-Agent from the company name, product name and version')
      .requiredOption('--company <name>', 'company name, e.g. "Contoso"')
      .requiredOption('--product <name>', 'product name, e.g. "Contoso Cognito"')
      .requiredOption('--product-version <version>', 'product version, e.g. 1.0.0'),
    { ...REPORT, format: { choices: REPORT_FORMATS, help: 'output format (text: the value alone when it can be derived)' } },
  )
    .addHelpText('after', `
Example:
  $ mde-partner ua derive --company "Contoso" --product "Contoso Cognito" --product-version 1.0.0
  MdePartner-Contoso-ContosoCognito/1.0.0`)
    .action(async (options: OutputOptions & { company: string; product: string; productVersion: string }) => {
      const { runUaDerive } = await import('./commands/ua.js');
      setExit(await runUaDerive(options, io));
    });
  addSharedOptions(
    ua.command('check')
      .description('check a User-Agent string; with the names, also compare it with the derived one')
      .argument('<user-agent>', 'the User-Agent value')
      .option('--company <name>', 'company name to compare with')
      .option('--product <name>', 'product name to compare with')
      .option('--product-version <version>', 'product version to compare with'),
    REPORT,
  )
    .addHelpText('after', `
Examples:
  $ mde-partner ua check "MdePartner-Contoso-ContosoCognito/1.0.0"
  $ mde-partner ua check "MdatpPartner-Contoso-ContosoCognito/1.0.0"   # legacy prefix: exit 1`)
    .action(async (value: string, options: OutputOptions & { company?: string; product?: string; productVersion?: string }) => {
      const { runUaCheck } = await import('./commands/ua.js');
      setExit(await runUaCheck(value, options, io));
    });
  addSharedOptions(
    ua.command('audit')
      .description('check HAR captures: every request to an MDE API or Graph Security API must send exactly the expected User-Agent')
      .argument('<capture.har...>', 'HAR 1.2 files exported from browser dev tools, mitmproxy or Fiddler')
      .addOption(new Option('--expect <user-agent>', 'the User-Agent every partner API request must send').conflicts('listing'))
      .option('--listing <path>', `take the expected User-Agent from a listing (file, or folder holding mde-partner.json); default ./mde-partner.json`),
    REPORT,
  )
    .addHelpText('after', `
Examples:
  $ mde-partner ua audit capture.har                       # expects the User-Agent of ./mde-partner.json
  $ mde-partner ua audit capture.har --expect MdePartner-Contoso-ContosoCognito/1.0.0
  $ mde-partner ua audit *.har --listing examples/valid --format sarif > ua-audit.sarif
  $ mitmdump --set hardump=capture.har                     # record a server-side client through mitmproxy

Counted: requests to the MDE API hosts (api.security.microsoft.com, its regional and US Government
hosts) and to /v1.0/security/… and /beta/security/… on every Microsoft Graph cloud. Token requests
and other Graph calls are not. Captures are streamed: up to 256 MiB each, in bounded memory.
Exit codes: 0 every partner request sends the value · 1 findings fail · 2 usage or input problem`)
    .action(async (captures: string[], options: import('./commands/ua-audit.js').UaAuditOptions) => {
      const { runUaAudit } = await import('./commands/ua-audit.js');
      setExit(await runUaAudit(captures, options, io));
    });

  addSharedOptions(
    program
      .command('explain')
      .description('what a finding code means and how to fix it')
      .argument('[code]', 'a finding code, e.g. SVG_SCRIPT')
      .option('--list', 'list every code'),
    { format: { choices: ['text', 'json'] } },
  )
    .addHelpText('after', `
Examples:
  $ mde-partner explain DESCRIPTION_TOO_LONG
  $ mde-partner explain --list`)
    .action(async (code: string | undefined, options: { list?: boolean; format: 'text' | 'json' }) => {
      const { runExplain } = await import('./commands/explain.js');
      setExit(await runExplain(code, options, io));
    });

  program.addHelpText('after', `
Examples:
  $ npx mde-partner init                          # the wizard: asks, checks, writes the listing and bundle
  $ npx mde-partner validate examples/valid       # check a listing and its logo
  $ npx mde-partner validate --format sarif > results.sarif
  $ npx mde-partner ua derive --company Contoso --product "Contoso Cognito" --product-version 1.0.0
  $ npx mde-partner ua audit capture.har          # does captured traffic send the listing's User-Agent?
  $ npx mde-partner explain SVG_VIEWBOX_NOT_SQUARE

Run "mde-partner <command> --help" for a command's options.`);
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
 * `--version` is the tool's: after a command name it would print mde-partner's version and exit 0
 * where a script meant the product version (`ua derive --version 1.0.0`), a wrong answer nobody
 * sees. After a command it is refused, with the option that was probably meant.
 */
function refuseVersionAfterCommand(program: Command, argv: readonly string[]): void {
  let command = program;
  let i = 0;
  for (; i < argv.length; i++) {
    const sub = command.commands.find((candidate) => candidate.name() === argv[i]);
    if (!sub) break;
    command = sub;
  }
  if (command === program) return;
  const end = argv.indexOf('--', i);
  const misuse = argv.slice(i, end < 0 ? undefined : end).find((arg) => arg === '--version' || arg === '-V' || arg.startsWith('--version='));
  if (misuse === undefined) return;
  const name = argv.slice(0, i).join(' ');
  const productVersion = command.options.some((option) => option.long === '--product-version');
  throw new UsageError(
    productVersion
      ? `"${name}" has no ${misuse.split('=')[0]} option: that would print the version of mde-partner itself. The version of your product is --product-version, e.g. --product-version 1.0.0.`
      : `"${name}" has no ${misuse.split('=')[0]} option. For the version of mde-partner run "mde-partner --version".`,
  );
}

/** Longer lines of an error message are cut: they can only be long because they quote input. */
const MAX_MESSAGE_LINE = 2000;

/** argv (without node and script) → exit code. The only caller that exits is bin/. */
export async function main(argv: string[], io: Io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }): Promise<number> {
  let exitCode: number = EXIT.ok;
  // A stand-in until --lang is wired: the language from MDE_PARTNER_LANG and the POSIX variables.
  const choice = chooseLocale(undefined, io.env);
  setLocale('locale' in choice ? choice.locale : 'en');
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return EXIT.usage;
  }
  try {
    refuseVersionAfterCommand(program, argv);
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      if (error.exitCode === 0) return EXIT.ok;
      if (error.code === 'commander.help') return EXIT.ok;
      io.stderr.write('Run "mde-partner --help" for usage.\n');
      return EXIT.usage;
    }
    if (error instanceof CancelledError) {
      io.stderr.write('\nmde-partner: cancelled; nothing was written.\n');
      return EXIT.cancelled;
    }
    if (error instanceof InputError || error instanceof UsageError) {
      io.stderr.write(`mde-partner: ${inert(error.message)}\n`);
      return EXIT.usage;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(`mde-partner: internal error: ${inert(detail)}\nThis is a bug in mde-partner ${toolVersion}; please report it with the command you ran.${io.env.DEBUG ? '' : ' (Set DEBUG=1 for details.)'}\n`);
    if (io.env.DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return EXIT.internal;
  }
}
