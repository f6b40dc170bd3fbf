import { LOCALES } from '../locale.js';
import { formatFor } from '../format.js';

const f = formatFor('en');

/**
 * The command line's own messages that stop a run: exit 2 (input or usage), 130 (cancelled), 3
 * (internal). Each says what was expected, what was found and what to do. Values arrive already
 * quoted (`show`), paths as the user gave them.
 */
export const errors = {
  /** "--lang xx" or MDE_PARTNER_LANG=xx. */
  invalidLanguage: (a: { value: string; from: 'flag' | 'MDE_PARTNER_LANG' }) =>
    a.from === 'flag'
      ? `--lang ${a.value} is not a language of mde-partner. Expected ${f.list(LOCALES, 'disjunction')}, e.g. --lang de.`
      : `MDE_PARTNER_LANG is ${a.value}, not a language of mde-partner. Expected ${f.list(LOCALES, 'disjunction')}; set it to one of them, or unset it to follow LC_ALL, LC_MESSAGES and LANG.`,
  /** `ua derive --version 1.0.0`: the tool's own --version after a command that has --product-version. */
  versionForProduct: (a: { command: string; option: string }) =>
    `"${a.command}" has no ${a.option} option: that would print the version of mde-partner itself. The version of your product is --product-version, e.g. --product-version 1.0.0.`,
  versionAfterCommand: (a: { command: string; option: string }) =>
    `"${a.command}" has no ${a.option} option. For the version of mde-partner run "mde-partner --version".`,
  cancelled: 'cancelled; nothing was written.',
  internal: (a: { detail: string; version: string; debug: boolean }) =>
    `internal error: ${a.detail}\nThis is a bug in mde-partner ${a.version}; please report it with the command you ran.${a.debug ? '' : ' (Set DEBUG=1 for details.)'}`,

  /** A listing path (validate, and every command that takes one). */
  listingNotFound: (a: { given: string; file: string }) => `${a.given} does not exist. Expected a listing file or a folder holding ${a.file}.`,
  noListingInFolder: (a: { given: string; file: string }) =>
    `${a.given} has no ${a.file}. Create one with "mde-partner init", or pass the listing's path.`,
  noListingHere: (a: { file: string }) => `This folder has no ${a.file}. Create one with "mde-partner init", or pass the listing's path.`,

  /** ua audit: where the expected User-Agent comes from. */
  invalidExpected: (a: { value: string; problem: string }) =>
    `--expect ${a.value} is not a valid partner User-Agent: ${a.problem}\nPass the value your integration must send, e.g. --expect MdePartner-Contoso-ContosoCognito/1.0.0 (see "mde-partner ua derive").`,
  invalidListingUserAgent: (a: { listing: string; value: string; problem: string }) =>
    `The User-Agent of ${a.listing} ${a.value} is not a valid partner User-Agent: ${a.problem}\nFix it (mde-partner validate ${a.listing}), or pass --expect <user-agent>.`,
  noExpectedUserAgent: (a: { file: string }) =>
    `No expected User-Agent: pass --expect <user-agent> (e.g. --expect MdePartner-Contoso-ContosoCognito/1.0.0) or --listing <path> (a listing file or a folder holding ${a.file}). There is no ${a.file} in this folder to take it from.`,
  listingUnusable: (a: { listing: string; problem?: string }) =>
    `${a.listing} cannot give the expected User-Agent: ${a.problem ?? 'it is not a listing.'}\nRun "mde-partner validate ${a.listing}", or pass --expect <user-agent>.`,
  listingWithoutUserAgent: (a: { listing: string }) =>
    `${a.listing} has no userAgent, and none can be derived from companyName, productName and productVersion.\nRun "mde-partner validate ${a.listing}" to see why, or pass --expect <user-agent>.`,
  captureNotFound: (a: { given: string }) => `${a.given} does not exist. Expected a HAR capture file (.har).`,
  captureNotFile: (a: { given: string }) =>
    `${a.given} is not a file. Expected a HAR capture file (.har); export one from the browser's dev tools or with mitmdump --set hardump=capture.har.`,

  /** Commander's parse errors (exit 2), worded from its error code; values come quoted by `quote`. */
  parse: {
    error: (a: { message: string }) => `error: ${a.message}`,
    quote: (value: string) => `'${value}'`,
    unknownOption: (a: { option: string }) => `unknown option ${a.option}`,
    unknownCommand: (a: { command: string }) => `unknown command ${a.command}`,
    didYouMean: (a: { candidates: readonly string[] }) => `(Did you mean ${f.list(a.candidates, 'disjunction')}?)`,
    missingArgument: (a: { argument: string }) => `missing required argument ${a.argument}`,
    optionMissingArgument: (a: { option: string }) => `option ${a.option} needs a value`,
    missingMandatoryOption: (a: { option: string }) => `required option ${a.option} not specified`,
    invalidChoice: (a: { option: string; value: string; choices: readonly string[] }) =>
      `option ${a.option} does not take ${a.value}: allowed are ${f.list(a.choices, 'disjunction')}.`,
    invalidArgument: (a: { argument: string; value: string; choices: readonly string[] }) =>
      `argument ${a.argument} does not take ${a.value}: allowed are ${f.list(a.choices, 'disjunction')}.`,
    excessArguments: (a: { command: string; expected: number; got: number }) =>
      `too many arguments for ${a.command}: ${f.plural(a.expected, { one: 'expected # argument', other: 'expected # arguments' })}, got ${f.number(a.got)}.`,
    conflictingOption: (a: { option: string; other: string }) => `option ${a.option} cannot be used with option ${a.other}`,
    seeHelp: (a: { command: string }) => `Run "${a.command} --help" for usage.`,
  },

  /** GITHUB_STEP_SUMMARY could not be appended to: a warning, not an error. */
  /** `explain CODE` with a code that does not exist; `suggestion` is the closest one. */
  unknownCode: (a: { code: string; suggestion?: string }) =>
    `unknown code ${a.code}.${a.suggestion ? ` Did you mean ${a.suggestion}?` : ''} Run "mde-partner explain --list" for every code.`,
  /** A file that cannot be read at all: `why` is the end of the sentence (the codes' `unreadable` words). */
  unreadableFile: (a: { path: string; why: string }) => `${a.path} ${a.why}.`,
};

export type ErrorWords = typeof errors;
