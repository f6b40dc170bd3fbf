import type { descriptionCodes } from '../../../checks/catalog/description.js';
import type { CodeWords } from '../../types.js';
import { requirements as MS } from '../../../domain/requirements.js';
import { CONTROL } from './reasons.js';
import { words } from './words.js';

const N = MS.description.words;

/** Finding codes of the description. */
export const descriptionWords = {
  DESCRIPTION_TOO_LONG: {
    title: '説明が 15 語を超えています',
    why: `ページでは「${N} 語の製品の説明」が求められており、それ以上の記述はありません。mde-partner は ${N} 語を説明の上限と解釈するため、超えた場合はエラーとします。ただし、超えた説明が受け付けられないとはページに書かれていないため、掲載情報で警告に緩和できます。`,
    explanation: `Microsoft は ${N} 語の製品の説明を求めています。語数はワープロと同じ方法で数えます：空白で区切られた部分のうち、文字または数字を含むものを 1 語とします（"AI-driven" と "24/7" はそれぞれ 1 語、単独のダッシュは 0 語）。中国語とタイ語は Unicode の単語分割で語に分けます。日本語は自立語の数で数えます。これは mde-partner の解釈であり、Microsoft の規定ではありません。ひらがなだけで書かれた助詞・助動詞・活用語尾は数えず、カタカナの外来語は 1 語と数えます。`,
    fix: `説明を ${N} 語に短くしてください。`,
    message: (a) => `説明は ${words(a.count)}です。Microsoft が求めているのは ${N} 語です。`,
    hint: (a) => `${words(Number(a.count) - N)}減らしてください。`,
  },
  DESCRIPTION_TOO_SHORT: {
    title: '説明が 15 語未満です',
    why: `ページでは「${N} 語の製品の説明」が求められていますが、「ちょうど」とは書かれていないため、語数が少ない場合はエラーではなく警告とします。`,
    explanation: `Microsoft は ${N} 語の製品の説明を求めています。ドキュメントには「ちょうど」とは書かれていないため、語数が少ない場合は警告とします。`,
    fix: `${N} 語を使い切って、統合で何ができるかを説明してください。`,
    message: (a) => `説明は ${words(a.count)}です。Microsoft が求めているのは ${N} 語です。`,
    hint: (a) => `あと ${words(N - Number(a.count))}追加できます。`,
  },
  DESCRIPTION_CONTROL_CHARACTER: {
    title: '説明に制御文字が含まれています',
    why: CONTROL,
    explanation: '説明は 1 行の入力フォームに貼り付けられます。そこでは制御文字は見えないか、危険です。',
    fix: '示された文字を削除してください（タブや改行の代わりに通常の空白を使用してください）。',
    message: (a) => `説明の位置 ${a.position} に制御文字 ${a.char} が含まれています。`,
  },
} satisfies Record<keyof typeof descriptionCodes, CodeWords>;
