import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Io, OutputOptions } from './io.js';
import { verifyBundle } from '../bundle/verify.js';
import { shellQuote } from '../checks/text.js';
import { InputError } from '../errors.js';
import { loadBundle } from '../messages/bundle.js';
import { displayPath } from '../report/display.js';
import { buildReport } from '../report/report.js';
import { DEFAULT_OUT } from './bundle.js';
import { invocation } from './invocation.js';
import { emitReport } from './output.js';
import { LISTING_FILE } from './validate.js';

export async function runVerify(path: string, options: OutputOptions, io: Io): Promise<number> {
  const absolute = resolve(io.cwd, path);
  await refuseListing(absolute, io);
  const result = await verifyBundle(absolute, displayPath(absolute, io.cwd), { render: options.render });
  return emitReport(buildReport([result], { strict: options.strict }), options, io, 'bundle');
}

/**
 * A listing (its folder, or mde-partner.json) given where a bundle is expected is a usage mistake,
 * not a broken bundle: say so, and where its bundle is (or how to make one).
 */
async function refuseListing(absolute: string, io: Io): Promise<void> {
  const isDir = statSync(absolute, { throwIfNoEntry: false })?.isDirectory() === true;
  const listingDir = isDir ? absolute : basename(absolute) === LISTING_FILE ? dirname(absolute) : undefined;
  if (listingDir === undefined || !existsSync(join(listingDir, LISTING_FILE)) || (isDir && existsSync(join(absolute, 'manifest.json')))) return;
  const shown = (p: string) => displayPath(p, io.cwd);
  const cli = invocation(io);
  const zip = join(listingDir, `${DEFAULT_OUT}.zip`);
  const folder = join(listingDir, DEFAULT_OUT);
  const { verify } = await loadBundle();
  const where = existsSync(zip)
    ? verify.bundleIs({ bundle: shown(zip), command: `${cli} verify ${shellQuote(shown(zip))}` })
    : existsSync(folder)
      ? verify.bundleIs({ bundle: `${shown(folder)}/`, command: `${cli} verify ${shellQuote(shown(folder))}` })
      : verify.noBundleYet({ folder: `${shown(folder)}/`, command: `${cli} bundle ${shellQuote(shown(listingDir))}` });
  throw new InputError(verify.isListing({ path: shown(absolute), listingFile: LISTING_FILE, command: `${cli} bundle`, where }));
}
