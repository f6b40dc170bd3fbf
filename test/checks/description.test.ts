import { describe, expect, it } from 'vitest';
import { checkDescription, countDescriptionWords } from '../../src/checks/description.js';

describe('countDescriptionWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['one', 1],
    ['AI-driven', 1],
    ['24/7', 1],
    ['—', 0],
    ['fast — and safe', 3],
    ['hello, world!', 2],
    ['e-mail & SMS', 2],
    ['tab\tseparated\nnew line', 4],
    ['no\u00a0break\u3000ideographic space', 4],
    ['Défense réseau', 2],
    ['...', 0],
    ['v1.2.3', 1],
    ['微软安全产品集成', 4],
    ['マイクロソフトのセキュリティ製品と連携します', 9],
    ['ภาษาไทยง่ายนิดเดียว', 5],
    ['AI搭載 の 製品', 4],
    ['Contoso Cognito correlates Defender alerts with identity risk to stop account takeover within minutes, automatically.', 15],
  ])('%j has %i words', (text, expected) => {
    expect(countDescriptionWords(text)).toBe(expected);
  });
});

describe('checkDescription', () => {
  const fifteen = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen';
  it.each([
    [fifteen, []],
    [`${fifteen} sixteen`, ['DESCRIPTION_TOO_LONG']],
    ['one two three', ['DESCRIPTION_TOO_SHORT']],
    ['', ['DESCRIPTION_TOO_SHORT']],
    [`${fifteen}\u0007`, ['DESCRIPTION_CONTROL_CHARACTER']],
    [fifteen.replace(' ', '\n'), ['DESCRIPTION_CONTROL_CHARACTER']],
    [`${fifteen} — –`, []],
  ])('%j → %j', (text, codes) => {
    const issues = checkDescription(text);
    expect(issues.map((i) => i.code)).toEqual(codes);
    for (const issue of issues) expect(issue.field).toBe('/description');
  });

  it('reports the count so the message can say how many to remove', () => {
    const [issue] = checkDescription(`${fifteen} a b c d e f g`);
    expect(issue?.args?.count).toBe(22);
  });
});
