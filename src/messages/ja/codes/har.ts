import type * as IDS from '../../../checks/catalog/har.js';
import type { harCodes } from '../../../checks/catalog/har.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import type { Args } from '../../../checks/args.js';
import { wordsFor, type Phrase } from '../../types.js';
import { unreadableWords } from './files.js';
import { count, gapAfter } from './words.js';

/** What a value of the capture should be (the reader's roles, named for a person). */
const HAR_EXPECTED = {
  root: () => 'JSON オブジェクト {"log": {"entries": [ … ]}} (HAR 1.2)',
  log: () => '"entries" を含むオブジェクト',
  entries: () => 'エントリの配列',
  entry: () => '"request" を含むエントリ オブジェクト',
  request: () => '"method"、"url"、"headers" を含む要求オブジェクト',
  headers: () => '{"name", "value"} オブジェクトの配列',
  header: () => '{"name", "value"} オブジェクト',
  string: () => '文字列',
  object: () => 'オブジェクト',
} satisfies Record<(typeof IDS.HAR_EXPECTED)[number], Phrase>;


/** The JSON types found instead. */
const HAR_FOUND = {
  object: () => 'オブジェクト', array: () => '配列', string: () => '文字列', number: () => '数値', boolean: () => 'ブール値', null: () => 'null',
} satisfies Record<(typeof IDS.HAR_FOUND)[number], Phrase>;

/** Syntax errors the parser reports that are worth words of our own; others keep the parser's (`detail`). */
const HAR_SYNTAX = {
  'bad-escape': () => '文字列内の制御文字または不正なエスケープ',
  unexpected: () => '予期しない文字（JSON 値の終わりの後に余分な内容がある可能性があります）',
} satisfies Record<(typeof IDS.HAR_SYNTAX)[number], Phrase>;


const MiB = (bytes: unknown) => Number(bytes) / 1024 / 1024;

/** Why the capture is not a usable HAR file. */
const HAR_REASONS = {
  empty: () => 'ファイルが空です',
  'cut-off': () => 'JSON が完結する前にファイルが終わっています（キャプチャが途中で切れていませんか？）',
  syntax: (a) => `有効な JSON ではありません：${a.cause === undefined ? String(a.detail) : wordsFor(HAR_SYNTAX, a, 'cause')}`,
  type: (a) => `${a.pointer || '最上位'}: ${gapAfter(wordsFor(HAR_EXPECTED, a, 'expected'))}が必要ですが、${gapAfter(wordsFor(HAR_FOUND, a, 'foundType'))}が見つかりました`,
  missing: (a) => `${a.pointer} がありません`,
  'too-deep': (a) => `値の入れ子が ${a.limit} 階層を超えています`,
  unreadable: (a: Args) => `ファイル${unreadableWords({ reason: a.unreadable, errno: a.errno })}`,
  'too-large': (a) => `ファイルのサイズは ${a.size} バイトです。${a.limit} バイト（${MiB(a.limit)} MiB）を超えるキャプチャは読み取りません`,
  grew: (a) => `読み取り中にファイルが ${a.limit} バイトを超えて大きくなりました`,
  gzip: () => 'gzip で圧縮されています。展開（gunzip）して、中の .har を監査してください',
  zip: () => 'zip アーカイブです。展開して、中の .har を監査してください',
  utf16: () => 'UTF-16 でエンコードされています。UTF-8 で保存してください',
  'not-absolute-url': (a) => `${a.pointer} が絶対 URL ではありません：${a.url}`,
} satisfies Record<(typeof IDS.HAR_REASONS)[number], Phrase>;


/** Finding codes of HAR captures (ua audit). */
export const harWords = {
  HAR_INVALID: {
    title: 'キャプチャを HAR 1.2 ファイルとして読み取れません',
    why: 'HTTP Archive (HAR) 形式 1.2',
    explanation: `\`ua audit\` は HAR 1.2 ファイル（ブラウザーの開発者ツール、mitmproxy、Fiddler がエクスポートする HTTP Archive）を読み取ります：JSON オブジェクト {"log": {"entries": [ … ]}} で、各エントリには、メソッド、絶対 URL、{"name", "value"} オブジェクトの headers 配列を持つ request が含まれます。ファイルはストリームとして読み取り、全体をメモリに読み込むことはありません。${Math.round(policy.har.maxBytes / 1024 / 1024)} MiB を超えるファイルや ${policy.har.maxDepth} 階層を超える入れ子は拒否します。チェックするのは監査に必要な部分だけで、その他のメンバーはなくても、どの型でもかまいません。`,
    fix: 'キャプチャを HAR として再度エクスポートするか（docs/ua-audit.md の "Making a capture" を参照してください）、示された箇所でファイルを修正してください。',
    message: (a) => `キャプチャは使用可能な HAR ファイルではありません：${wordsFor(HAR_REASONS, a)}。`,
  },
  HAR_NO_PARTNER_API_CALLS: {
    title: 'キャプチャに MDE API または Graph セキュリティ API への要求がありません',
    why: '要求を 1 つもチェックしていない監査は、User-Agent が送信されている証拠になりません。そのため警告とします。',
    explanation: 'キャプチャ内にチェックできるものがありません：MDE API ホストへの要求も、Graph セキュリティ API のパス（任意のクラウドの Graph ホスト上の /v1.0/security/…、/beta/security/…。Graph の $batch 内も含む）への要求もありません。トークン要求（login.microsoftonline.com など）やその他の Graph 呼び出しは数えません。CORS プリフライト（ブラウザーが独自の User-Agent で送信する OPTIONS 要求）と、本文を読み取れなかった $batch 要求は別に数え、判定しません。何もチェックしていない監査は、User-Agent が送信されている証拠になりません。',
    fix: '統合が MDE API または Graph セキュリティ API を呼び出している間にキャプチャし（サーバー側のクライアントの場合は mitmproxy や Fiddler を経由します）、そのキャプチャを監査してください。',
    message: (a) => {
      if (a.entries === 0) return 'キャプチャに要求が 1 つもありません（log.entries が空です）。';
      const apart = [
        a.preflights ? `${count(a.preflights, '件')}は CORS プリフライト（ブラウザーが独自の User-Agent で送信したもの）` : '',
        a.uninspected ? `${count(a.uninspected, '件')}は本文を読み取れなかった Graph $batch 要求` : '',
      ].filter(Boolean);
      return apart.length === 0
        ? `キャプチャ内の ${a.entries} 件の要求はいずれも、MDE API ホストにも Graph セキュリティ API のパスにも送信されていません。`
        : `キャプチャ内の ${a.entries} 件の要求はいずれも判定できませんでした：${apart.join('、')}で、それ以外に MDE API ホストや Graph セキュリティ API のパスに送信された要求はありません。`;
    },
  },
} satisfies Record<keyof typeof harCodes, CodeWords>;
