import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Io, OutputOptions } from './io.js';
import { show } from '../checks/text.js';
import { checkUserAgent, deriveFromListing } from '../checks/user-agent.js';
import { InputError, UsageError } from '../errors.js';
import { auditCapture, type CaptureResult } from '../har/audit.js';
import { loadListingFile } from '../listing/load.js';
import { loadErrors } from '../messages/errors.js';
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

/** Why a User-Agent cannot be expected of anyone, in the check's own words (undefined: it can). */
async function userAgentProblem(value: string): Promise<string | undefined> {
  const [first] = (await toFindings(checkUserAgent(value, undefined, ''))).filter((finding) => finding.severity === 'error');
  return first ? `${first.message}${first.hint ? ` ${first.hint}` : ''}` : undefined;
}

/** --expect, else --listing, else ./mde-partner.json; neither is exit 2 naming both flags. */
async function resolveExpected(options: UaAuditOptions, io: Io): Promise<Expected> {
  const errors = await loadErrors();
  if (options.expect !== undefined) {
    const problem = await userAgentProblem(options.expect);
    if (problem) throw new UsageError(errors.invalidExpected({ value: show(options.expect), problem }));
    return { userAgent: options.expect };
  }
  let given = options.listing;
  if (given === undefined) {
    const here = await stat(join(io.cwd, LISTING_FILE)).then((info) => info.isFile(), () => false);
    if (!here) throw new UsageError(errors.noExpectedUserAgent({ file: LISTING_FILE }));
    given = LISTING_FILE;
  }
  const path = await resolveListingPath(given, io.cwd);
  const listing = displayPath(path, io.cwd);
  const loaded = await loadListingFile(path);
  const data = loaded.data;
  if (!data) {
    const [problem] = await toFindings(loaded.issues);
    throw new InputError(errors.listingUnusable({ listing, problem: problem?.message }));
  }
  const own = str(data, 'userAgent');
  const userAgent = own ?? deriveFromListing({
    companyName: str(data, 'companyName'), productName: str(data, 'productName'), productVersion: str(data, 'productVersion'),
  })?.userAgent;
  if (userAgent === undefined) throw new InputError(errors.listingWithoutUserAgent({ listing }));
  const problem = await userAgentProblem(userAgent);
  if (problem) throw new UsageError(errors.invalidListingUserAgent({ listing, value: show(userAgent), problem }));
  return { userAgent, rules: data.rules };
}

/** Every capture path must be a readable file before anything is audited (like validate). */
async function resolveCapture(given: string, cwd: string): Promise<string> {
  const absolute = resolve(cwd, given);
  let info;
  try {
    info = await stat(absolute);
  } catch {
    throw new InputError((await loadErrors()).captureNotFound({ given }));
  }
  if (!info.isFile()) throw new InputError((await loadErrors()).captureNotFile({ given }));
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
