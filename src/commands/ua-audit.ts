import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Io, OutputOptions } from './io.js';
import { show } from '../checks/text.js';
import { checkUserAgent, deriveFromListing } from '../checks/user-agent.js';
import { InputError, UsageError } from '../errors.js';
import { auditCapture, type CaptureResult } from '../har/audit.js';
import { loadListingFile } from '../listing/load.js';
import { str } from '../listing/validate.js';
import { displayPath } from '../report/display.js';
import { toFindings } from '../report/findings.js';
import { buildReport } from '../report/report.js';
import { emitReport } from './output.js';
import { LISTING_FILE, resolveListingPath } from './validate.js';

export interface UaAuditOptions extends OutputOptions {
  expect?: string;
  listing?: string;
}

interface Expected {
  userAgent: string;
  /** The listing's severity overrides, when the value came from a listing. */
  rules?: unknown;
}

/** A User-Agent that cannot be expected of anyone is a usage problem, said with the check's own words. */
async function assertWellFormed(value: string, what: string, remedy: string): Promise<void> {
  const errors = (await toFindings(checkUserAgent(value, undefined, ''))).filter((finding) => finding.severity === 'error');
  if (errors.length === 0) return;
  const [first] = errors;
  throw new UsageError(`${what} ${show(value)} is not a valid partner User-Agent: ${first!.message}${first!.hint ? ` ${first!.hint}` : ''}\n${remedy}`);
}

/** --expect, else --listing, else ./mde-partner.json; neither is exit 2 naming both flags. */
async function resolveExpected(options: UaAuditOptions, io: Io): Promise<Expected> {
  if (options.expect !== undefined) {
    await assertWellFormed(options.expect, '--expect', 'Pass the value your integration must send, e.g. --expect MdePartner-Contoso-ContosoCognito/1.0.0 (see "mde-partner ua derive").');
    return { userAgent: options.expect };
  }
  let given = options.listing;
  if (given === undefined) {
    const here = await stat(join(io.cwd, LISTING_FILE)).then((info) => info.isFile(), () => false);
    if (!here) {
      throw new UsageError(`No expected User-Agent: pass --expect <user-agent> (e.g. --expect MdePartner-Contoso-ContosoCognito/1.0.0) or --listing <path> (a listing file or a folder holding ${LISTING_FILE}). There is no ${LISTING_FILE} in this folder to take it from.`);
    }
    given = LISTING_FILE;
  }
  const path = await resolveListingPath(given, io.cwd);
  const shown = displayPath(path, io.cwd);
  const loaded = await loadListingFile(path);
  const data = loaded.data;
  if (!data) {
    const [problem] = await toFindings(loaded.issues);
    throw new InputError(`${shown} cannot give the expected User-Agent: ${problem?.message ?? 'it is not a listing.'}\nRun "mde-partner validate ${shown}", or pass --expect <user-agent>.`);
  }
  const own = str(data, 'userAgent');
  const userAgent = own ?? deriveFromListing({
    companyName: str(data, 'companyName'), productName: str(data, 'productName'), productVersion: str(data, 'productVersion'),
  })?.userAgent;
  if (userAgent === undefined) {
    throw new InputError(`${shown} has no userAgent, and none can be derived from companyName, productName and productVersion.\nRun "mde-partner validate ${shown}" to see why, or pass --expect <user-agent>.`);
  }
  await assertWellFormed(userAgent, `The User-Agent of ${shown}`, `Fix it (mde-partner validate ${shown}), or pass --expect <user-agent>.`);
  return { userAgent, rules: data.rules };
}

/** Every capture path must be a readable file before anything is audited (like validate). */
async function resolveCapture(given: string, cwd: string): Promise<string> {
  const absolute = resolve(cwd, given);
  let info;
  try {
    info = await stat(absolute);
  } catch {
    throw new InputError(`${given} does not exist. Expected a HAR capture file (.har).`);
  }
  if (!info.isFile()) throw new InputError(`${given} is not a file. Expected a HAR capture file (.har); export one from the browser's dev tools or with mitmdump --set hardump=capture.har.`);
  return absolute;
}

/** `ua audit`: the expected User-Agent on every partner API request in HAR captures. */
export async function runUaAudit(captures: string[], options: UaAuditOptions, io: Io): Promise<number> {
  const expected = await resolveExpected(options, io);
  const files = [...new Set(await Promise.all(captures.map((capture) => resolveCapture(capture, io.cwd))))];
  // One capture at a time: each is streamed in bounded memory, and so is the whole run.
  const results: CaptureResult[] = [];
  for (const file of files) {
    results.push(await auditCapture(file, expected.userAgent, { file: displayPath(file, io.cwd), rules: expected.rules }));
  }
  return emitReport(buildReport(results, { strict: options.strict }), options, io, 'capture');
}
