import { dirname, resolve } from 'node:path';
import type { Io, OnlineFlag, OutputOptions } from '../cli.js';
import { buildBundle } from '../bundle/bundle.js';
import { writeBundle } from '../bundle/write.js';
import { escapeUnsafe } from '../checks/text.js';
import { displayPath, validateListing } from '../listing/validate.js';
import { buildReport } from '../report/report.js';
import { emitReport, onlineSetting } from './output.js';
import { resolveListingPath } from './validate.js';

export const DEFAULT_OUT = 'mde-submission';

/** Progress for slow steps: one rewritten line on a terminal, plain lines elsewhere (CI logs). */
export function progressReporter(io: Io, quiet: boolean | undefined): { step: (text: string) => void; done: () => void } {
  if (quiet) return { step: () => undefined, done: () => undefined };
  const tty = io.stderr.isTTY === true && !io.env.CI;
  let shown = false;
  return {
    step: (text) => {
      if (tty) {
        io.stderr.write(`\r\u001b[K… ${text}`);
        shown = true;
      } else {
        io.stderr.write(`mde-partner: ${text}\n`);
      }
    },
    done: () => {
      if (shown) io.stderr.write('\r\u001b[K');
    },
  };
}

export async function runBundle(path: string | undefined, options: OutputOptions & OnlineFlag & { out?: string }, io: Io): Promise<number> {
  const listingPath = await resolveListingPath(path ?? '.', io.cwd);
  const out = resolve(io.cwd, options.out ?? resolve(dirname(listingPath), DEFAULT_OUT));
  const progress = progressReporter(io, options.quiet || options.format !== 'text');
  progress.step(options.online ? 'validating the listing and fetching the landing page' : 'validating the listing');
  const result = await validateListing(listingPath, { displayRoot: io.cwd, online: onlineSetting(options, io), render: options.render });
  const outcome = await buildBundle(result, progress.step, { render: options.render });
  if (!outcome.ok) {
    progress.done();
    const code = emitReport(buildReport([{ ...result, findings: outcome.findings }], { strict: options.strict }), options, io);
    io.stderr.write(`mde-partner: nothing written: fix the errors above, then run "mde-partner bundle" again.\n`);
    return code || 1;
  }
  if (options.strict && result.findings.some((f) => f.severity === 'warning')) {
    progress.done();
    emitReport(buildReport([result], { strict: true }), options, io);
    io.stderr.write('mde-partner: nothing written: --strict and the listing has warnings.\n');
    return 1;
  }
  progress.step(`writing ${displayPath(out, io.cwd)}`);
  const written = await writeBundle(out, outcome.bundle.files, outcome.bundle.zip);
  progress.done();
  const shown = displayPath(written.dir, io.cwd);
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify({ ok: true, dir: shown, zip: displayPath(written.zip, io.cwd), manifest: outcome.bundle.manifest, notes: outcome.bundle.notes, findings: result.findings }, null, 2)}\n`);
  } else if (!options.quiet) {
    const warnings = result.findings.filter((f) => f.severity === 'warning').length;
    io.stdout.write([
      `✔ Bundle written: ${shown}/ and ${shown}.zip (${outcome.bundle.files.size} files)`,
      ...(warnings ? [`  ${warnings} warning${warnings === 1 ? '' : 's'}: run "mde-partner validate" to see them.`] : []),
      ...outcome.bundle.notes.map((note) => `  Note: ${escapeUnsafe(note)}`),
      `  Next: paste the six items from ${shown}/SUBMISSION.md; track the steps in ${shown}/CHECKLIST.md.`,
      `  Check a bundle before sending it: mde-partner verify ${shown}.zip`,
      '',
    ].join('\n'));
  }
  return 0;
}
