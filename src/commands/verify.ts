import { resolve } from 'node:path';
import type { Io, OutputOptions } from '../cli.js';
import { verifyBundle } from '../bundle/verify.js';
import { displayPath } from '../listing/validate.js';
import { buildReport } from '../report/report.js';
import { emitReport } from './output.js';

export async function runVerify(path: string, options: OutputOptions, io: Io): Promise<number> {
  const absolute = resolve(io.cwd, path);
  const result = await verifyBundle(absolute, displayPath(absolute, io.cwd), { render: options.render });
  return emitReport(buildReport([result], { strict: options.strict }), options, io, 'bundle');
}
