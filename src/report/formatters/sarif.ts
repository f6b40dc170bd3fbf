import { catalog, describeBasis, type Code } from '../../checks/catalog.js';
import type { Severity } from '../../checks/finding.js';
import type { Report } from '../report.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A lone UTF-16 surrogate (a listing may write "\udfff" in a path): encodeURIComponent throws on it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A relative path as a URI reference: forward slashes, each segment percent-encoded. Lone surrogates
 * become U+FFFD, the character the file system was given for them.
 */
function toUri(path: string): string {
  const slashed = path.replace(/\\/g, '/').replace(LONE_SURROGATE, '\ufffd');
  if (/^[a-zA-Z]:\//.test(slashed) || slashed.startsWith('/')) {
    return `file://${slashed.startsWith('/') ? '' : '/'}${slashed.split('/').map(encodeURIComponent).join('/').replace(/^\/?([a-zA-Z])%3A/, '/$1:')}`;
  }
  return slashed.split('/').map(encodeURIComponent).join('/');
}

const ruleName = (code: Code) => code.toLowerCase().replace(/(^|_)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

/**
 * SARIF 2.1.0 for code scanning: one run, ruleId = finding code, each rule with its help text,
 * each result located at file:line:column (the listing file for listing fields, the SVG for logo
 * findings).
 */
export function formatSarif(report: Report): string {
  const used = [...new Set(report.listings.flatMap((l) => l.findings.map((f) => f.code)))].sort();
  const index = new Map(used.map((code, i) => [code, i]));
  const rules = used.map((code) => {
    const info = catalog[code];
    return {
      id: code,
      name: ruleName(code),
      shortDescription: { text: info.title },
      fullDescription: { text: info.explanation },
      help: {
        text: `${info.explanation}\n\nHow to fix: ${info.fix}`,
        markdown: `${info.explanation}\n\n**How to fix:** ${info.fix}\n\n${describeBasis(info.basis)}`,
      },
      defaultConfiguration: { level: LEVEL[info.severity] },
      properties: { tags: ['mde-partner', info.basis.kind, ...(info.security ? ['security'] : [])], precision: 'very-high', basis: info.basis },
    };
  });
  const results = report.listings.flatMap((listing) =>
    listing.findings.map((finding) => {
      const region = finding.line !== undefined ? { region: { startLine: finding.line, startColumn: finding.column ?? 1 } } : {};
      return {
        ruleId: finding.code,
        ruleIndex: index.get(finding.code),
        level: LEVEL[finding.severity],
        message: { text: finding.hint ? `${finding.message} Fix: ${finding.hint}` : finding.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: toUri(finding.file ?? listing.path) }, ...region } }],
        ...(finding.field !== undefined ? { properties: { field: finding.field } } : {}),
      };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, informationUri: 'https://www.npmjs.com/package/mde-partner', rules } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
