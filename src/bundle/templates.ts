import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** The User-Agent snippets: file in templates/user-agent → how a value becomes a string literal there. */
export const SNIPPETS = {
  'curl.sh': 'sh',
  'powershell.ps1': 'powershell',
  'python.py': 'c-like',
  'csharp.cs': 'c-like',
  'node.mjs': 'c-like',
  'go.go': 'c-like',
  'java.java': 'c-like',
} as const;

type Literal = (typeof SNIPPETS)[keyof typeof SNIPPETS];

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
 * Fills {{name}}, {{name:block}}, {{name:inline}} and {{name:literal}}. A placeholder without a value
 * is a bug in the template, not a user error: it throws.
 */
export function render(template: string, values: Readonly<Record<string, string>>, literalKind?: Literal): string {
  return template.replace(/\{\{(\w+)(?::(block|inline))?\}\}/g, (_, name: string, mode: string | undefined) => {
    const value = values[name];
    if (value === undefined) throw new Error(`template placeholder {{${name}}} has no value`);
    if (mode === 'block') return markdownBlock(value);
    if (mode === 'inline') return markdownInline(value);
    return literalKind ? literal(value, literalKind) : value;
  });
}
