import { describe, expect, it } from 'vitest';
import { literal, markdownBlock, markdownInline, render } from '../../src/bundle/templates.js';

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
    expect(render('X={{ua}}', { ua: "it's" }, 'sh')).toBe(`X='it'\\''s'`);
  });

  it('throws on a placeholder without a value (a template bug)', () => {
    expect(() => render('{{missing}}', {})).toThrow(/missing/);
  });
});
