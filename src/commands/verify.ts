import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Io, OutputOptions } from './io.js';
import { verifyBundle } from '../bundle/verify.js';
import { shellQuote } from '../checks/text.js';
import { InputError } from '../errors.js';
import { displayPath } from '../report/display.js';
import { buildReport } from '../report/report.js';
import { DEFAULT_OUT } from './bundle.js';
import { invocation } from './invocation.js';
import { emitReport } from './output.js';
import { LISTING_FILE } from './validate.js';

export async function runVerify(path: string, options: OutputOptions, io: Io): Promise<number> {
  const absolute = resolve(io.cwd, path);
  refuseListing(absolute, io);
  const result = await verifyBundle(absolute, displayPath(absolute, io.cwd), { render: options.render });
  return emitReport(buildReport([result], { strict: options.strict }), options, io, 'bundle');
}

/**
 * A listing (its folder, or mde-partner.json) given where a bundle is expected is a usage mistake,
 * not a broken bundle: say so, and where its bundle is (or how to make one).
 */
function refuseListing(absolute: string, io: Io): void {
  const isDir = statSync(absolute, { throwIfNoEntry: false })?.isDirectory() === true;
  const listingDir = isDir ? absolute : basename(absolute) === LISTING_FILE ? dirname(absolute) : undefined;
  if (listingDir === undefined || !existsSync(join(listingDir, LISTING_FILE)) || (isDir && existsSync(join(absolute, 'manifest.json')))) return;
  const shown = (p: string) => displayPath(p, io.cwd);
  const cli = invocation(io);
  const zip = join(listingDir, `${DEFAULT_OUT}.zip`);
  const folder = join(listingDir, DEFAULT_OUT);
  const where = existsSync(zip)
    ? `Its bundle is ${shown(zip)}: run "${cli} verify ${shellQuote(shown(zip))}".`
    : existsSync(folder)
      ? `Its bundle is ${shown(folder)}/: run "${cli} verify ${shellQuote(shown(folder))}".`
      : `It has no bundle in ${shown(folder)}/ yet: make one with "${cli} bundle ${shellQuote(shown(listingDir))}" (or pass the folder or .zip that --out named).`;
  throw new InputError(`${shown(absolute)} is a listing (${LISTING_FILE}), not a bundle. verify checks a bundle folder or .zip made by "${cli} bundle". ${where}`);
}
