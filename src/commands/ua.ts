import type { Io, OutputOptions } from './io.js';
import { show } from '../checks/text.js';
import { checkUserAgent, deriveFromListing, deriveUserAgent } from '../checks/user-agent.js';
import { toFindings } from '../report/findings.js';
import { buildReport } from '../report/report.js';
import { emitReport } from './output.js';

interface Names { company?: string; product?: string; productVersion?: string }

/** `ua derive`: the value alone on stdout (for scripts) when it can be derived; findings when not. */
export async function runUaDerive(options: OutputOptions & Required<Names>, io: Io): Promise<number> {
  const derived = deriveUserAgent({ companyName: options.company, productName: options.product, productVersion: options.productVersion });
  const result = { path: '(derived)', ok: derived.userAgent !== undefined, findings: toFindings(derived.issues) };
  if (derived.userAgent && options.format === 'text') {
    io.stdout.write(`${derived.userAgent}\n`);
    return 0;
  }
  const report = buildReport([result], { strict: options.strict });
  if (options.format === 'json' && derived.userAgent) {
    io.stdout.write(`${JSON.stringify({ ...report, userAgent: derived.userAgent }, null, 2)}\n`);
    return 0;
  }
  return emitReport(report, options, io, 'User-Agent');
}

/** `ua check`: grammar, forbidden characters, legacy prefix; with the names, the mismatch too. */
export async function runUaCheck(value: string, options: OutputOptions & Names, io: Io): Promise<number> {
  const { company, product, productVersion } = options;
  const expected = deriveFromListing({ companyName: company, productName: product, productVersion })?.userAgent;
  const findings = toFindings(checkUserAgent(value, expected, ''));
  return emitReport(buildReport([{ path: show(value), findings }], { strict: options.strict }), options, io, 'User-Agent');
}
