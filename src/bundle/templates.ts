import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requirements } from '../domain/requirements.js';
import { linksText, USER_AGENT_SYNTAX_LINKS } from './links.js';

/** The package folder (where templates/ lives), from src/ in tests or any dist/ chunk. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'templates', 'SUBMISSION.md'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('mde-partner templates/ folder not found next to the installed package');
    dir = parent;
  }
  return dir;
}

export function readTemplate(name: string): string {
  return readFileSync(join(packageRoot(), 'templates', name), 'utf8');
}

/**
 * The User-Agent snippets: file in templates/user-agent → how a value becomes a string literal there,
 * and how a line is commented out.
 */
export const SNIPPETS = {
  'curl.sh': { literal: 'sh', comment: '#' },
  'powershell.ps1': { literal: 'powershell', comment: '#' },
  'python.py': { literal: 'c-like', comment: '#' },
  'csharp.cs': { literal: 'c-like', comment: '//' },
  'node.mjs': { literal: 'c-like', comment: '//' },
  'go.go': { literal: 'c-like', comment: '//' },
  'java.java': { literal: 'c-like', comment: '//' },
} as const;

type Snippet = (typeof SNIPPETS)[keyof typeof SNIPPETS];
type Literal = Snippet['literal'];

/**
 * What every snippet says about itself, as comment lines: which calls it makes, the format Microsoft
 * asks for, and where the User-Agent header is defined. ASCII only: some compilers read sources in
 * the machine's legacy encoding.
 */
export function snippetHeader(comment: Snippet['comment']): string {
  return [
    'Calls the Microsoft Defender for Endpoint API and the Microsoft Graph security API with the',
    'partner User-Agent. Microsoft\'s partner page asks for it on every call to either API, in the form',
    `${requirements.userAgent.prefix}{CompanyName}-{ProductName}/{Version}:`,
    ...linksText(['partnerPage'], '  '),
    'The User-Agent header itself:',
    ...linksText(USER_AGENT_SYNTAX_LINKS, '  '),
    'MDE_TOKEN, GRAPH_TOKEN: an access token for each API. MDE_API_BASE, GRAPH_API_BASE: the API',
    'hosts, where they are not the defaults below (regional or national clouds).',
  ].map((line) => `${comment} ${line}`).join('\n');
}

/**
 * A string literal for the language. The User-Agent is already restricted to token characters,
 * but quoting is done properly anyway: these files are run by people.
 */
export function literal(value: string, kind: Literal): string {
  if (kind === 'sh') return `'${value.replace(/'/g, `'\\''`)}'`;
  if (kind === 'powershell') return `'${value.replace(/'/g, "''")}'`;
  // JSON string syntax is a valid literal in Python, C#, JavaScript, Go and Java for ASCII text.
  return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Markdown code spans and fences that no backtick run in the value can close early. */
function fence(value: string, min: number): string {
  const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(min, longest + 1));
}

export function markdownBlock(value: string): string {
  const f = fence(value, 3);
  return `${f}text\n${value}\n${f}`;
}

export function markdownInline(value: string): string {
  const f = fence(value, 1);
  return `${f}${value.startsWith('`') || value.endsWith('`') ? ` ${value} ` : value}${f}`;
}

/**
 * Fills {{name}} (the value as it is), {{name:block}}, {{name:inline}} (Markdown code) and
 * {{name:literal}} (a string literal in the snippet's language). A placeholder without a value, or a
 * literal outside a snippet, is a bug in the template, not a user error: it throws.
 */
export function render(template: string, values: Readonly<Record<string, string>>, literalKind?: Literal): string {
  return template.replace(/\{\{(\w+)(?::(block|inline|literal))?\}\}/g, (_, name: string, mode: string | undefined) => {
    const value = values[name];
    if (value === undefined) throw new Error(`template placeholder {{${name}}} has no value`);
    if (mode === 'block') return markdownBlock(value);
    if (mode === 'inline') return markdownInline(value);
    if (mode === 'literal') {
      if (!literalKind) throw new Error(`template placeholder {{${name}:literal}} is outside a snippet`);
      return literal(value, literalKind);
    }
    return value;
  });
}
