import type { Io, OutputOptions } from './io.js';
import { show } from '../checks/text.js';
import { checkUserAgent, deriveFromListing, derivedSpellings, deriveUserAgent } from '../checks/user-agent.js';
import { toFindings } from '../report/findings.js';
import { buildReport } from '../report/report.js';
import { emitReport } from './output.js';

interface Names { company?: string; product?: string; productVersion?: string }

/**
 * `ua derive`: the value alone on stdout (for scripts) when it can be derived; findings when not. A
 * name with a German umlaut has a second spelling (DIN 5007-2, ü → ue): it goes to stderr, labelled
 * with the standard's name only, so stdout stays the one default value whatever the language.
 */
export async function runUaDerive(options: OutputOptions & Required<Names>, io: Io): Promise<number> {
  const derived = deriveUserAgent({ companyName: options.company, productName: options.product, productVersion: options.productVersion });
  const result = { path: '(derived)', ok: derived.userAgent !== undefined, findings: await toFindings(derived.issues) };
  if (derived.userAgent && options.format === 'text') {
    io.stdout.write(`${derived.userAgent}\n`);
    if (derived.dinUserAgent) io.stderr.write(`DIN 5007-2: ${derived.dinUserAgent}\n`);
    return 0;
  }
  const report = buildReport([result], { strict: options.strict });
  if (options.format === 'json' && derived.userAgent) {
    io.stdout.write(`${JSON.stringify({ ...report, userAgent: derived.userAgent, ...(derived.dinUserAgent ? { dinUserAgent: derived.dinUserAgent } : {}) }, null, 2)}\n`);
    return 0;
  }
  return emitReport(report, options, io, 'User-Agent');
}

/** `ua check`: grammar, forbidden characters, legacy prefix; with the names, the mismatch too. */
export async function runUaCheck(value: string, options: OutputOptions & Names, io: Io): Promise<number> {
  const { company, product, productVersion } = options;
  const expected = derivedSpellings(deriveFromListing({ companyName: company, productName: product, productVersion }));
  const findings = await toFindings(checkUserAgent(value, expected, ''));
  return emitReport(buildReport([{ path: show(value), findings }], { strict: options.strict }), options, io, 'User-Agent');
}
