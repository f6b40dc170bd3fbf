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
    ['マイクロソフトのセキュリティ製品と連携します', 4],
    ['ภาษาไทยง่ายนิดเดียว', 5],
    ['AI搭載 の 製品', 3],
    ['フィッシング', 1],
    ['すべてのデバイス', 1],
    ['ランサムウェア対策', 2],
    ['Contoso Cognito correlates Defender alerts with identity risk to stop account takeover within minutes, automatically.', 15],
  ])('%j has %i words', (text, expected) => {
    expect(countDescriptionWords(text)).toBe(expected);
  });
});

/**
 * Our reading of the 15-word rule for Japanese (docs/listing.md#words): independent words count,
 * particles, auxiliaries and verb endings (segments in hiragana only) do not, and a katakana loanword
 * the segmenter splits is one word. Each row: an English description of 15 words and how a Japanese
 * product page would say it; `segments` is what plain Intl.Segmenter word-like segments give, `words`
 * our count. The Japanese counts stay within 15 ± 5 of the English, where plain segments give 20–28.
 */
const JAPANESE: Array<{ en: string; ja: string; segments: number; words: number }> = [
  { en: 'Contoso Cognito correlates Defender alerts with identity risk to stop account takeover within minutes, automatically.',
    ja: 'Contoso Cognitoは、Defenderのアラートとアイデンティティのリスクを相関分析し、アカウントの乗っ取りを数分以内に自動で阻止します。', segments: 28, words: 15 },
  { en: 'Fabrikam Shield streams Microsoft Defender for Endpoint alerts into your SIEM for faster incident response.',
    ja: 'Fabrikam Shieldは、Microsoft Defender for EndpointのアラートをSIEMに取り込み、インシデント対応を迅速化します。', segments: 20, words: 13 },
  { en: 'Northwind Patch finds vulnerable software on every device and deploys fixes before attackers exploit them.',
    ja: 'Northwind Patchは、すべてのデバイスで脆弱なソフトウェアを検出し、攻撃者に悪用される前に修正プログラムを適用します。', segments: 27, words: 13 },
  { en: 'Tailspin Mail blocks phishing links in email and isolates devices that opened them through Defender.',
    ja: 'Tailspin Mailは、メール内のフィッシングリンクをブロックし、リンクを開いたデバイスをDefender経由で隔離します。', segments: 28, words: 12 },
  { en: 'Litware Hunt gives analysts one timeline of endpoint, cloud and identity events to investigate threats.',
    ja: 'Litware Huntは、エンドポイント、クラウド、IDのイベントを1つのタイムラインにまとめ、アナリストの脅威調査を支援します。', segments: 26, words: 12 },
  { en: 'Woodgrove Comply maps Defender device health to ISO 27001 controls and produces daily audit evidence.',
    ja: 'Woodgrove Complyは、Defenderのデバイス正常性をISO 27001の管理策に対応付け、監査証跡を毎日作成します。', segments: 24, words: 16 },
  { en: 'Adatum OT Guard monitors factory networks and alerts Defender when industrial controllers start behaving unexpectedly.',
    ja: 'Adatum OT Guardは、工場のネットワークを監視し、産業用コントローラーが想定外の動作を始めるとDefenderに通知します。', segments: 26, words: 15 },
  { en: 'Proseware Backup keeps immutable copies of files so you can recover from ransomware in hours.',
    ja: 'Proseware Backupは、ファイルの変更できないコピーを保持し、ランサムウェアの被害から数時間で復旧できるようにします。', segments: 25, words: 10 },
];

describe('countDescriptionWords: Japanese descriptions against their English originals', () => {
  const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
  it.each(JAPANESE)('$words words: $ja', ({ en, ja, segments, words }) => {
    expect(countDescriptionWords(en)).toBe(15);
    expect([...segmenter.segment(ja)].filter((s) => s.isWordLike).length).toBe(segments);
    expect(countDescriptionWords(ja)).toBe(words);
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
