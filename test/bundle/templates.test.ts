import { describe, expect, it } from 'vitest';
import { links } from '../../src/domain/requirements.js';
import { literal, markdownBlock, markdownInline, render, snippetHeader, SNIPPETS } from '../../src/bundle/templates.js';

describe('literal', () => {
  it.each([
    ['sh', "a'b", `'a'\\''b'`],
    ['sh', 'a$b`c', `'a$b\`c'`],
    ['powershell', "a'b$c`d", `'a''b$c\`d'`],
    ['c-like', 'a"b\\c', '"a\\"b\\\\c"'],
    ['c-like', 'MdePartner-A-B/1.0', '"MdePartner-A-B/1.0"'],
    ['c-like', 'é', '"\\u00e9"'],
  ] as const)('%s %j → %s', (kind, value, expected) => {
    expect(literal(value, kind)).toBe(expected);
  });
});

describe('markdown', () => {
  it('fences values so backticks inside cannot close the block', () => {
    expect(markdownBlock('plain')).toBe('```text\nplain\n```');
    expect(markdownBlock('a ``` b')).toBe('````text\na ``` b\n````');
    expect(markdownInline('a`b')).toBe('``a`b``');
    expect(markdownInline('`x')).toBe('`` `x ``');
  });
});

describe('render', () => {
  it('fills placeholders in their modes', () => {
    expect(render('{{a}} {{a:inline}}\n{{a:block}}', { a: 'v' })).toBe('v `v`\n```text\nv\n```');
  });

  it.each([
    ['sh', `X='it'\\''s' # it's`],
    ['powershell', `X='it''s' # it's`],
    ['c-like', `X="it's" # it's`],
  ] as const)('quotes only {{name:literal}} in a %s snippet', (kind, expected) => {
    expect(render('X={{ua:literal}} # {{ua}}', { ua: "it's" }, kind)).toBe(expected);
  });

  it.each([
    ['a placeholder without a value', () => render('{{missing}}', {}), /missing/],
    ['a literal outside a snippet', () => render('{{ua:literal}}', { ua: 'x' }), /outside a snippet/],
  ])('throws on %s (a template bug)', (_name, call, message) => {
    expect(call).toThrow(message);
  });
});

describe('snippetHeader', () => {
  it.each(Object.entries(SNIPPETS))('%s: every line a comment, ASCII, citing the partner page and both RFCs', (_file, { comment }) => {
    const header = snippetHeader(comment);
    for (const line of header.split('\n')) expect(line.startsWith(`${comment} `), line).toBe(true);
    expect(header).toMatch(/^[\x20-\x7e\n]*$/);
    for (const url of [links.partnerPage, links.rfc2616UserAgent, links.rfc9110UserAgent]) expect(header).toContain(url);
    expect(header).toContain('RFC 2616 section 14.43');
    expect(header).toContain('RFC 9110 section 10.1.5');
  });
});
