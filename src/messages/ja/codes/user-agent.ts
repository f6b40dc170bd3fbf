import type * as IDS from '../../../checks/catalog/user-agent.js';
import type { userAgentCodes } from '../../../checks/catalog/user-agent.js';
import type { CodeWords } from '../../types.js';
import { requirements as MS } from '../../../domain/requirements.js';
import type { Args } from '../../../checks/args.js';
import { wordsFor, type Phrase } from '../../types.js';
import { count, gap } from './words.js';

const { prefix: PREFIX, legacyPrefix: LEGACY_PREFIX } = MS.userAgent;

/** Why a User-Agent does not have the required form; `found` is the quoted text it is about. */
const FORMAT_REASONS = {
  'prefix-case': () => `プレフィックスは大文字と小文字が区別されます："${PREFIX}"`,
  'prefix-missing': () => `"${PREFIX}" で始まる必要があります`,
  'space-in-name': () => '"/{Version}" の前にある空白で製品名が終わってしまいます：名前に空白は使用できません',
  'version-missing': () => '末尾の "/{Version}" がありません',
  'one-name': () => '会社と製品は "-" でつないだ 2 つの部分である必要がありますが、1 つしかありません',
  'name-empty': () => '会社または製品の部分が空です',
  'name-not-token': (a) => `${a.found} にトークンで使用できない文字が含まれています`,
  'version-empty': () => '"/" の後のバージョンが空です',
  'version-not-token': (a) => `バージョン ${a.found} が HTTP トークンではありません`,
  'rest-not-separated': (a) => `${a.found} は前の部分と空白で区切る必要があります`,
  'rest-trailing-space': () => '末尾に空白があります',
  'rest-comment-unclosed': () => 'コメントの "（" が "）" で閉じられていません',
  'rest-not-product': (a) => `パートナー製品の後の ${a.found} は、製品（name/version）でも（コメント）でもありません`,
} satisfies Record<(typeof IDS.FORMAT_REASONS)[number], Phrase>;


/** Why the productVersion is not an HTTP token; `found` is the first character that is not allowed. */
export const PRODUCT_VERSION_REASONS = {
  empty: () => '空です',
  character: (a) => `${a.found} は使用できません`,
} satisfies Record<(typeof IDS.PRODUCT_VERSION_REASONS)[number], Phrase>;


/** Why a partner-looking User-Agent that `ua audit` found is not the expected one. */
const WRONG_REASONS = {
  'legacy-prefix': () => `古いプレフィックス ${LEGACY_PREFIX} を使用しています`,
  'white-space': () => '値の前後に空白があります',
  'other-text': () => '想定される値以外のテキストが含まれています',
  version: (a) => `バージョンが ${a.expectedVersion} ではなく ${a.sentVersion} です`,
  'letter-case': () => '大文字と小文字が異なります',
  'other-names': () => '会社名または製品名が異なります',
  'not-whole-value': () => 'パートナー トークンが値全体ではありません',
  'not-form': () => `${PREFIX}{CompanyName}-{ProductName}/{Version} の形式ではありません`,
} satisfies Record<(typeof IDS.WRONG_REASONS)[number], Phrase>;


/** The characters named rather than shown; any other is shown quoted, with its code point. */
const CHARACTER_NAMES: Readonly<Record<string, string>> = { 'U+000D': 'CR (\\r)', 'U+000A': 'LF (\\n)', 'U+0000': 'NUL' };
const character = (a: Args) => CHARACTER_NAMES[String(a.codePoint)] ?? `"${a.char}"（${a.codePoint}）`;

/** A value `ua audit` found: `""` is an empty header. */
const sent = (found: unknown) => (found === '""' ? '空の値' : `User-Agent ${String(found)}`);

/** `ua audit`: the request a finding is about; a Graph $batch says how many Graph Security calls it carries. */
const request = (a: Args) => `${a.method} ${a.url}${a.batched ? `（Graph セキュリティ API の要求 ${count(a.batched, '件')}を含む）` : ''}`;

/** Finding codes of the User-Agent: the value in the listing, and the requests `ua audit` reads. */
export const userAgentWords = {
  USER_AGENT_INVALID_FORMAT: {
    title: 'User-Agent が必要な形式ではありません',
    explanation: `MDE パブリック API と Graph セキュリティ API への各呼び出しでは、MdePartner-{CompanyName}-{ProductName}/{Version} 形式の User-Agent（例：${MS.userAgent.example}）を送信する必要があります。値の最初の製品がこの形式である必要があります：会社と製品は "-" でつないだ HTTP トークン、バージョンは HTTP トークンです（RFC 9110 §5.6.2）。その後に続けられるものについては USER_AGENT_EXTRA_PRODUCTS を参照してください。`,
    fix: '表示された生成値を使用するか、`mde-partner ua derive` で生成してください。',
    message: (a) => `User-Agent ${a.value} が MdePartner-{CompanyName}-{ProductName}/{Version} に一致しません：${wordsFor(FORMAT_REASONS, a)}。`,
    hint: (a) => (a.suggestion ? `${a.suggestion} を使用してください。` : undefined),
  },
  USER_AGENT_FORBIDDEN_CHARACTERS: {
    title: 'User-Agent にヘッダーで使用できない文字が含まれています',
    why: 'RFC 9110 §5.5（CR、LF、NUL はフィールド値では無効）および §5.6.2（製品トークンは ASCII の tchar）',
    explanation: 'CR、LF、NUL は HTTP フィールド値では常に無効で（RFC 9110 §5.5）、ヘッダー インジェクションを可能にします。その他の制御文字や ASCII 以外の文字も拒否します（RFC 9110 §5.5: 新しいフィールドは US-ASCII を使用。製品トークンは ASCII、§5.6.2）。空白は拒否しません：パートナー製品と、その後に続く製品やコメントを区切るためです。',
    fix: '示された文字を削除してください。値は `mde-partner ua derive` で生成してください。',
    message: (a) => `User-Agent の位置 ${a.position} に ${character(a)} が含まれています。MdePartner-{CompanyName}-{ProductName}/{Version} は印刷可能な ASCII 文字だけで指定してください。`,
    hint: (a) => (a.suggestion ? `${a.suggestion} を使用してください。` : undefined),
  },
  USER_AGENT_LEGACY_PREFIX: {
    title: 'User-Agent が古い MdatpPartner- プレフィックスを使用しています',
    explanation: `"${MS.userAgent.legacyPrefix}" は製品の旧名称（Microsoft Defender ATP）に由来し、古い統合では今も見られます。これは正しい形式ではありません：ページに示されているのは "${MS.userAgent.prefix}" です（確認したすべての版、2021-04 から ${MS.docsDate} まで）。`,
    fix: `${MS.userAgent.legacyPrefix} を ${MS.userAgent.prefix} に置き換えてください。`,
    message: (a) => `User-Agent ${a.value} は古いプレフィックス ${MS.userAgent.legacyPrefix} を使用しています。`,
    hint: (a) => `${a.suggestion} を使用してください。`,
  },
  USER_AGENT_MISMATCH: {
    title: 'User-Agent が名前から生成される値と異なります',
    why: 'mde-partner は、プレースホルダーを掲載情報の会社、製品、バージョンと解釈します。異なる値でも Microsoft がその値で製品を認識している可能性があるため警告としますが、多くの場合は古い値のコピーです。',
    explanation: 'User-Agent は companyName、productName、productVersion から作成することを想定しています。異なる値も使用できますが、多くの場合は古い値のコピーです。',
    fix: '生成された値を使用するか、userAgent を削除して自動生成させてください。',
    message: (a) => `User-Agent は ${a.value} ですが、名前から生成される値は ${a.derived} です。`,
    hint: (a) => `${a.derived} を使用してください。Microsoft が現在の値で製品を認識している場合は、そのままでもかまいません。`,
  },
  USER_AGENT_EXTRA_PRODUCTS: {
    title: 'User-Agent のパートナー製品の後に製品やコメントが追加されています',
    why: 'RFC 9110 §10.1.5 では、User-Agent の最初の製品の後にさらに製品や（コメント）を並べることができ、HTTP ライブラリもよく独自の値を追加します。ページはフィールド全体の形式を示しているだけで、追加については何も述べていません。そのため mde-partner は、パートナー製品で始まり、RFC 9110 の製品やコメントを追加した値を、許容されるものの求められた形ではないと解釈します。',
    explanation: `値はパートナー製品（${MS.userAgent.prefix}{CompanyName}-{ProductName}/{Version}）で始まり、空白の後に "(Linux)" や "python-requests/2.31" などを追加しています。これは有効な HTTP で（RFC 9110 §10.1.5）、パートナー製品は引き続き先頭にあります。Microsoft のページでは User-Agent をパートナー製品だけで示しており、長い値が統計で同じように読み取られるかどうかは文書化されていません。そのため警告とします。`,
    fix: 'パートナー製品だけを送信してください。クライアントで必要な場合は残りを維持してもかまいません（"rules": {"USER_AGENT_EXTRA_PRODUCTS": "off"} でこのルールを緩和できます）。',
    message: (a) => `${a.method ? `${request(a)}: ` : ''}User-Agent ${a.value} は、パートナー製品 ${a.first} の後に ${a.rest} を追加しています。`,
    hint: (a) => `ページに示されているとおり、${a.first} だけを送信してください。`,
  },
  USER_AGENT_NAME_AMBIGUOUS: {
    title: 'User-Agent の会社名または製品名に "-" が含まれています',
    why: 'この形式では {CompanyName} と {ProductName} を "-" でつなぎます。ページは名前の中の "-" を禁止していませんが、"-" があると、会社名がどこで終わり製品名がどこから始まるのかが値からわからなくなります。',
    explanation: `${MS.userAgent.prefix}{CompanyName}-{ProductName}/{Version} では、"-" が会社と製品を区切ります。どちらかに "-" が含まれていると（MdePartner-Contoso-Add-On/1.0）、会社 "Contoso" と製品 "Add-On" とも、会社 "Contoso-Add" と製品 "On" とも読めます。\`mde-partner ua derive\` で生成される名前には "-" が含まれません：Add-On は AddOn になります。`,
    fix: '名前の中の "-" を削除するか（PascalCase にします：AddOn）、生成された値を使用してください。',
    message: (a) => `User-Agent ${a.value} は "${MS.userAgent.prefix}" と "/" の間が ${a.parts} 個の部分に分かれているため、会社と製品を区別できません。`,
  },
  USER_AGENT_UNDERIVABLE: {
    title: '名前から User-Agent を生成できません',
    why: 'RFC 9110 §10.1.5 および §5.6.2: 製品の各部分はトークンで、ASCII の英字、数字、!#$%&\'*+-.^_`|~ で構成されます',
    explanation: 'User-Agent の製品の各部分は HTTP トークンです：ASCII の英字、数字、いくつかの記号で構成されます（RFC 9110 §5.6.2）。トークンは、名前からアクセント記号を取り除き、単語を連結して生成します。名前に ASCII の英字が残らない場合（日本語だけで書かれた名前など）は何も生成できないため、トークンを明示的に指定する必要があります。',
    fix: 'userAgent を明示的に設定してください（例："MdePartner-Contoso-ContosoCognito/1.0.0"）。',
    message: (a) => `${a.name} ${a.value} には、User-Agent の作成に使える ASCII 英字がありません。`,
    hint: () => '掲載情報の "userAgent"（または --user-agent）で、ASCII の会社トークンと製品トークンを指定してください。',
  },
  USER_AGENT_NOT_SENT: {
    title: 'パートナー API 要求がパートナー User-Agent を送信していません',
    explanation: `Microsoft は、MDE パブリック API と Graph セキュリティ API へのすべての呼び出しで、User-Agent として ${MS.userAgent.prefix}{CompanyName}-{ProductName}/{Version} を送信するよう求めています。これは統計、トラブルシューティング、パートナー認識に使用され、MISA の要件でもあります。User-Agent のない要求や、HTTP ライブラリやブラウザーの既定値（python-requests/2.31、Go-http-client/1.1、Mozilla/5.0 など）を送信する要求は、パートナーの要求として認識されません。HAR キャプチャから \`ua audit\` で検出します。`,
    fix: 'API を呼び出す HTTP クライアントで User-Agent ヘッダーを設定してください（提出パッケージの user-agent/ フォルダーに curl、PowerShell、Python、C#、Node、Go、Java のスニペットがあります）。',
    message: (a) => (a.found ? `${request(a)} は、パートナー User-Agent ではなく${gap(sent(a.found))}を送信しました。` : `${request(a)} は User-Agent を送信していません。`),
    hint: (a) => (a.expected ? `このホストへのすべての呼び出しで User-Agent: ${a.expected} を送信してください。` : undefined),
  },
  USER_AGENT_WRONG: {
    title: 'パートナー API 要求が想定と異なるパートナー User-Agent を送信しています',
    explanation: `要求は ${MS.userAgent.prefix} または ${MS.userAgent.legacyPrefix} で始まる値を送信していますが、想定される値と完全には一致していません：古いバージョン、古いプレフィックス、異なる名前、または前後に RFC 9110 の製品やコメントではないテキストがあります（想定される値の後にそれらが続く場合は USER_AGENT_EXTRA_PRODUCTS で、警告になります）。User-Agent は Microsoft がパートナーのトラフィックを認識する手段（統計、トラブルシューティング、パートナー認識）のため、すべての呼び出しで掲載情報と共に指定した 1 つの値を送信する必要があります。HAR キャプチャから \`ua audit\` で検出します。`,
    fix: '想定される値（--expect または掲載情報の値）を正確に送信してください。クライアントを作成している箇所でバージョン文字列を更新してください。',
    message: (a) => `${request(a)} は User-Agent ${a.found} を送信しました：${wordsFor(WRONG_REASONS, a)}。`,
    hint: (a) => (a.expected ? `${a.expected} を正確に送信してください。` : undefined),
  },
  USER_AGENT_MULTIPLE: {
    title: 'パートナー API 要求が複数の User-Agent ヘッダーを送信しています',
    why: 'RFC 9110 §5.3（リスト形式でないフィールドを送信側が繰り返してはならない）および §10.1.5（User-Agent は 1 つの製品リスト）',
    explanation: 'User-Agent は 1 つの製品リストで、カンマ区切りのリスト フィールドではありません：送信側はこのヘッダーを繰り返してはならず（RFC 9110 §5.3）、複数の行を結合する受信側には "A, B" と見えるため、想定される値になりません。通常は、HTTP ライブラリと統合の両方がヘッダーを設定していることが原因です。HAR キャプチャから `ua audit` で検出します。',
    fix: 'ヘッダーは 1 回だけ設定してください。2 つ目を追加するのではなく、ライブラリの既定値を置き換えてください。',
    message: (a) => `${request(a)} は User-Agent ヘッダーを ${a.count} 個送信しました${a.found ? `（${a.found}）` : ''}。`,
    hint: (a) => (a.expected ? `User-Agent ヘッダーは 1 つだけ送信してください：${a.expected}。` : undefined),
  },
} satisfies Record<keyof typeof userAgentCodes, CodeWords>;
