import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Io, OnlineFlag, OutputOptions } from './io.js';
import { InputError } from '../errors.js';
import { loadErrors } from '../messages/errors.js';
import { validateListing, type ListingResult } from '../listing/validate.js';
import { buildReport } from '../report/report.js';
import { emitReport, onlineSetting } from './output.js';

export const LISTING_FILE = 'mde-partner.json';

/** A listing path as given: a file, or a folder that holds mde-partner.json. */
export async function resolveListingPath(given: string, cwd: string): Promise<string> {
  const absolute = resolve(cwd, given);
  let info;
  try {
    info = await stat(absolute);
  } catch {
    throw new InputError((await loadErrors()).listingNotFound({ given, file: LISTING_FILE }));
  }
  if (!info.isDirectory()) return absolute;
  const inside = join(absolute, LISTING_FILE);
  try {
    if ((await stat(inside)).isFile()) return inside;
  } catch {
    // reported below
  }
  const errors = await loadErrors();
  throw new InputError(given === '.' ? errors.noListingHere({ file: LISTING_FILE }) : errors.noListingInFolder({ given, file: LISTING_FILE }));
}

/** Listings are independent: check a few at a time, report in the order given. */
const CONCURRENCY = 8;

export async function runValidate(paths: string[], options: OutputOptions & OnlineFlag, io: Io): Promise<number> {
  const online = onlineSetting(options, io);
  const files = await Promise.all((paths.length > 0 ? paths : ['.']).map((path) => resolveListingPath(path, io.cwd)));
  const unique = [...new Set(files)];
  const results: ListingResult[] = new Array(unique.length);
  let next = 0;
  const worker = async () => {
    while (next < unique.length) {
      const i = next++;
      results[i] = await validateListing(unique[i]!, { displayRoot: io.cwd, online, render: options.render });
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, unique.length) }, worker));
  return emitReport(buildReport(results, { strict: options.strict }), options, io);
}
