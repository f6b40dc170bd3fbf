import { dirname, resolve } from 'node:path';
import type { Io, OnlineFlag, OutputOptions } from './io.js';
import { buildBundle } from '../bundle/bundle.js';
import { writeBundle } from '../bundle/write.js';
import { escapeUnsafe, shellQuote } from '../checks/text.js';
import { validateListing } from '../listing/validate.js';
import { loadBundle } from '../messages/bundle.js';
import { formatFor } from '../messages/format.js';
import { displayPath } from '../report/display.js';
import { buildReport } from '../report/report.js';
import { invocation } from './invocation.js';
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
  // The terminal speaks the run's language; the bundle's files speak the listing's (buildBundle).
  const words = await loadBundle();
  const { run } = words;
  progress.step(options.online ? run.validatingOnline : run.validating);
  const result = await validateListing(listingPath, { displayRoot: io.cwd, online: onlineSetting(options, io), render: options.render });
  const outcome = await buildBundle(result, progress.step, { render: options.render });
  if (!outcome.ok) {
    progress.done();
    const code = await emitReport(buildReport([{ ...result, findings: outcome.findings }], { strict: options.strict }), options, io);
    io.stderr.write(`mde-partner: ${run.nothingWritten({ command: `${invocation(io)} bundle` })}\n`);
    return code || 1;
  }
  if (options.strict && result.findings.some((f) => f.severity === 'warning')) {
    progress.done();
    await emitReport(buildReport([result], { strict: true }), options, io);
    io.stderr.write(`mde-partner: ${run.nothingWrittenStrict}\n`);
    return 1;
  }
  progress.step(run.writing({ path: displayPath(out, io.cwd) }));
  const written = await writeBundle(out, outcome.bundle.files, outcome.bundle.zip);
  progress.done();
  const shown = displayPath(written.dir, io.cwd);
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify({ ok: true, dir: shown, zip: displayPath(written.zip, io.cwd), manifest: outcome.bundle.manifest, notes: outcome.bundle.notes, findings: result.findings }, null, 2)}\n`);
  } else if (options.format !== 'text') {
    // The machine formats carry the warnings the bundle was written with (annotations, SARIF, JUnit).
    await emitReport(buildReport([result], { strict: options.strict }), options, io);
  } else if (!options.quiet) {
    // Warnings do not stop the bundle, but they are said where it is written, not left for another command.
    if (result.findings.some((f) => f.severity === 'warning')) await emitReport(buildReport([result], { strict: options.strict }), options, io);
    const cli = invocation(io);
    const files = formatFor(words.language).plural(outcome.bundle.files.size, run.files);
    io.stdout.write([
      run.written({ dir: `${shown}/`, zip: `${shown}.zip`, files }),
      ...outcome.bundle.notes.map((note) => `  ${run.note} ${escapeUnsafe(note)}`),
      `  ${run.nextSteps}`,
      `    cat ${shellQuote(`${shown}/SUBMISSION.md`)}       ${run.pasteComment}`,
      `    ${cli} checklist ${shellQuote(displayPath(listingPath, io.cwd))}       ${run.checklistComment({ file: `${shown}/CHECKLIST.md` })}`,
      `    ${cli} verify ${shellQuote(`${shown}.zip`)}       ${run.verifyComment}`,
      '',
    ].join('\n'));
  }
  return 0;
}
