import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The README and docs/ as a reader meets them: every relative link leads to a file that exists and,
 * with a #fragment, to a heading of it (GitHub's anchors); every page of docs/ can be reached; the
 * README stays a five-minute read and starts with the two commands a fresh clone needs.
 */

const root = resolve(__dirname, '..');
const docsDir = join(root, 'docs');
const docPages = readdirSync(docsDir).filter((name) => name.endsWith('.md')).sort();
const pages = ['README.md', ...docPages.map((name) => `docs/${name}`)];
const read = (page: string) => readFileSync(join(root, page), 'utf8');

/** The text outside fenced code blocks and inline code spans, where a link is a link. */
function prose(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/(`+)(?:(?!\n\n)[\s\S])*?\1/g, '');
}

/** Inline links and images `[text](target)`: the target without its optional title. */
function linkTargets(markdown: string): string[] {
  const text = prose(markdown);
  return [...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]!);
}

/** GitHub's heading anchor: lower case, punctuation other than - and _ dropped, spaces to -. */
function slug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor a Markdown page offers: headings (repeats get -1, -2, …) and explicit ids. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const found = new Set<string>();
  const withoutFences = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const [, heading] of withoutFences.matchAll(/^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)) {
    const base = slug(heading!);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count === 0 ? base : `${base}-${count}`);
  }
  for (const [, id] of markdown.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) found.add(id!);
  return found;
}

describe('slug (GitHub heading anchors)', () => {
  it.each([
    ['Quick start', 'quick-start'],
    ['The wizard: `init`', 'the-wizard-init'],
    ['Before sending: `bundle`, `checklist`, `verify`', 'before-sending-bundle-checklist-verify'],
    ['`ua audit` on large captures', 'ua-audit-on-large-captures'],
    ['Reading files, writing output', 'reading-files-writing-output'],
    ['LISTING_JSON_INVALID', 'listing_json_invalid'],
    ['The listing file: `mde-partner.json`', 'the-listing-file-mde-partnerjson'],
  ])('%s → %s', (heading, expected) => {
    expect(slug(heading)).toBe(expected);
  });
});

describe.each(pages)('%s', (page) => {
  const markdown = read(page);

  it('links only to files that exist, and to headings that exist in them', () => {
    const broken: string[] = [];
    for (const target of linkTargets(markdown)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:, …
      const [path, fragment] = target.split('#', 2) as [string, string | undefined];
      const file = path === '' ? join(root, page) : resolve(dirname(join(root, page)), decodeURIComponent(path));
      if (!file.startsWith(root) || !existsSync(file)) {
        broken.push(`${target}: no file ${relative(root, file)}`);
        continue;
      }
      if (fragment === undefined) continue;
      if (statSync(file).isDirectory() || !file.endsWith('.md')) {
        // GitHub's line anchors are the only fragments a source file has.
        if (statSync(file).isDirectory() || !/^L\d+(-L\d+)?$/.test(fragment)) broken.push(`${target}: #${fragment} on a file that is not Markdown`);
        continue;
      }
      if (!anchors(readFileSync(file, 'utf8')).has(fragment)) broken.push(`${target}: no heading #${fragment} in ${relative(root, file)}`);
    }
    expect(broken).toEqual([]);
  });
});

describe('README.md', () => {
  const readme = read('README.md');

  it('is at most 250 lines', () => {
    expect(readme.replace(/\n$/, '').split('\n').length).toBeLessThanOrEqual(250);
  });

  it('has a table of contents linking its sections', () => {
    const start = readme.indexOf('**Contents**');
    expect(start).toBeGreaterThan(0);
    expect(start).toBeLessThan(readme.indexOf('\n## '));
    const sections = [...readme.matchAll(/^## (.+)$/gm)].map((match) => slug(match[1]!));
    const listed = readme.slice(start, readme.indexOf('\n## ')).match(/\]\(#([^)]+)\)/g)!.map((link) => link.slice(3, -1));
    expect(listed).toEqual(expect.arrayContaining(sections));
  });

  it('starts with the two commands a fresh clone needs, the second being the one CI runs', () => {
    const first = /^```\w*\n([\s\S]*?)^```/m.exec(readme)![1]!;
    const commands = first.split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()).filter(Boolean);
    expect(commands).toEqual(['npm ci && npx mde-partner validate examples/valid', 'npm ci && npm test']);
    expect(read('.ci/run')).toMatch(/^npm ci\b.*\nnpm test$/m);
  });

  it('links every page of docs/, as docs/README.md does', () => {
    const index = read('docs/README.md');
    for (const name of docPages.filter((name) => name !== 'README.md')) {
      expect(readme, name).toContain(`](docs/${name})`);
      expect(index, name).toContain(`](${name})`);
    }
  });
});
