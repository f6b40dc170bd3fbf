import type * as IDS from '../../../checks/catalog/landing-page.js';
import type { landingPageCodes } from '../../../checks/catalog/landing-page.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import type { Args } from '../../../checks/args.js';
import { wordsFor, type Phrase } from '../../types.js';
import { gap, KIB } from './words.js';

/** ipaddr.js's names of the IPv4 and IPv6 special-purpose ranges, as a reader understands them. */
const RANGES: Readonly<Record<(typeof IDS.RANGES)[number], string>> = {
  unspecified: '「このネットワーク」を表すアドレスまたは未指定アドレス',
  broadcast: 'ブロードキャスト アドレス',
  multicast: 'マルチキャスト アドレス',
  linkLocal: 'リンクローカル アドレス',
  loopback: 'ループバック アドレス',
  carrierGradeNat: '共有アドレス（キャリアグレード NAT）',
  private: 'プライベート アドレス',
  uniqueLocal: 'プライベート アドレス（ユニーク ローカル）',
  deprecatedSiteLocal: 'サイトローカル アドレス',
  discard: '破棄専用アドレス',
  benchmarking: 'ベンチマーク用アドレス',
  amt: 'マルチキャスト トンネリング（AMT）アドレス',
  as112: 'DNS シンク（AS112）アドレス',
  as112v6: 'DNS シンク（AS112）アドレス',
  deprecatedOrchid: 'ホスト アドレスではない ORCHID 識別子',
  orchid2: 'ホスト アドレスではない ORCHID 識別子',
  droneRemoteIdProtocolEntityTags: 'ホスト アドレスではないドローン識別子',
  segmentRouting: 'セグメント ルーティング アドレス',
  reserved: '予約済みアドレスまたはドキュメント用アドレス',
};
const range = (a: Args) => RANGES[String(a.range) as keyof typeof RANGES] ?? `特殊用途アドレス（${a.range}）`;

/** How an IPv6 address carries an IPv4 address. */
const EMBEDDED_FORMS = {
  'ipv4-mapped': () => 'IPv4 射影',
  siit: () => 'IPv4 変換（SIIT）',
  '6to4': () => '6to4',
  teredo: () => 'Teredo',
  nat64: () => 'NAT64 (64:ff9b::/96)',
  'nat64-local': () => 'NAT64 (64:ff9b:1::/96)',
  'ipv4-compatible': () => 'IPv4 互換',
} satisfies Record<(typeof IDS.EMBEDDED_FORMS)[number], Phrase>;


/** Why a host is not public (src/checks/public-address.ts, landing-page.ts). */
const NOT_PUBLIC = {
  range,
  embedded: (a) => `${a.ipv4} を含む IPv6 アドレス（${wordsFor(EMBEDDED_FORMS, a, 'form')}）で、${range(a)}`,
  'nat64-unknown': () => 'IPv4 部分を特定できないローカル用途の NAT64 アドレス',
  'outside-unicast': () => '予約済みアドレス（グローバル ユニキャスト空間 2000::/3 の外）',
  'not-ip': () => 'IP アドレスではない値',
  'local-machine': () => 'ローカル マシン',
  'single-label': () => '単一ラベル名（イントラネット名）',
  'reserved-name': (a) => `予約済みまたはローカル専用の名前 ".${a.suffix}" の配下`,
} satisfies Record<(typeof IDS.NOT_PUBLIC)[number], Phrase>;


/** Why a host is not public, in words; `resolvesTo` is the address a name resolved to (--online). */
export function notPublicWords(a: Args): string {
  const words = wordsFor(NOT_PUBLIC, a);
  return a.resolvesTo ? `${a.resolvesTo} に解決される名前で、${words}` : words;
}

/** Why the page could not be loaded, by the kind of failure; `detail` is the system's own message. */
const UNREACHABLE = {
  dns: (a) => `DNS の名前解決に失敗しました（${a.code}）`,
  tls: (a) => `TLS に失敗しました：${a.detail}（${a.code}）`,
  timeout: (a) => `タイムアウトしました：${a.seconds} 秒以内に完全な応答がありませんでした`,
  redirects: (a) => `リダイレクトが ${a.limit} 回を超えました`,
  location: (a) => `リダイレクト先 ${a.location} が URL ではありません`,
  response: (a) => `応答を読み取れませんでした：${a.detail}（${a.code}）`,
  connection: (a) => `接続に失敗しました：${a.detail ?? '詳細不明'}${a.code ? `（${a.code}）` : ''}`,
} satisfies Record<(typeof IDS.UNREACHABLE)[number], Phrase>;

/** Finding codes of the landing page: its URL, and with --online the page itself. */
export const landingPageWords = {
  LANDING_PAGE_INVALID_URL: {
    title: 'ランディング ページが URL ではありません',
    explanation: 'Microsoft は、顧客が統合を完了するための十分な情報を含むランディング ページまたはブログ投稿へのリンクを求めています。',
    fix: 'https://example.com/mde-integration のような絶対 URL を使用してください。',
    message: (a) => `landingPage ${a.value} は絶対 URL ではありません。`,
    hint: (a) => (a.suggestion ? `${a.suggestion} のことですか？` : undefined),
  },
  LANDING_PAGE_NOT_HTTPS: {
    title: 'ランディング ページが https ではありません',
    why: 'セキュリティ製品からリンクされるページは、途中で改ざんされる余地があってはなりません。https のみとします。',
    explanation: 'セキュリティ製品からリンクされるページは HTTPS で提供する必要があります。mde-partner は https:// を必須としています（mde-partner のポリシー）。',
    fix: 'ページを HTTPS で提供し、https:// の URL を使用してください。',
    message: (a) => (a.redirect
      ? `landingPage のリダイレクト先 ${a.redirect} は ${a.scheme} を使用しています。https: が必要です。リダイレクトはたどっていません。`
      : `landingPage は ${a.scheme} を使用しています。https: が必要です。`),
    hint: (a) => (a.suggestion && !a.redirect ? `${a.suggestion} を使用してください。` : undefined),
  },
  LANDING_PAGE_CREDENTIALS: {
    title: 'ランディング ページの URL に資格情報が含まれています',
    why: 'セキュリティ：URL 内のユーザー名やパスワードは、掲載情報を見るすべての人に漏れてしまいます。また、フィッシングの典型的なパターンでもあります。',
    explanation: 'URL 内のユーザー名やパスワード（https://user:pass@host/）は資格情報を漏えいさせます。また、フィッシングの典型的なパターンでもあります。',
    fix: 'user:password@ の部分を削除してください。公開のランディング ページにログインは不要です。',
    message: (a) => (a.redirect
      ? 'landingPage のリダイレクト先の URL にユーザー名またはパスワードが含まれています。リダイレクトはたどっていません。'
      : 'landingPage にユーザー名またはパスワードが含まれています。'),
    hint: (a) => (a.suggestion && !a.redirect ? `${a.suggestion} を使用してください。` : undefined),
  },
  LANDING_PAGE_NOT_PUBLIC: {
    title: 'ランディング ページが公開ホスト上にありません',
    why: '「顧客のための」ページは、顧客が開けるページでなければなりません。ローカル、プライベート、予約済みのアドレスには、1 つのネットワークの内部からしかアクセスできません。',
    explanation: '顧客がページを開ける必要があります。localhost、プライベート、リンクローカル、予約済みのアドレスや名前（.local、.internal、単一ラベルのホストなど）には、インターネットからアクセスできません。IPv4 アドレスは、数値として（2130706433、0x7f.1）や IPv6 アドレスの中に（IPv4 射影：:ffff:127.0.0.1、NAT64 64:ff9b::/96、6to4、Teredo）書かれていても、同じように判定します。',
    fix: 'ページを公開ドメインで公開し、その URL を使用してください。',
    message: (a) => (a.redirect
      ? `landingPage のリダイレクト先 ${a.redirect} のホスト ${a.host} は${gap(notPublicWords(a))}のため、顧客はアクセスできません。リダイレクトはたどっていません。`
      : `landingPage のホスト ${a.host} は${gap(notPublicWords(a))}のため、顧客はアクセスできません。`),
  },
  LANDING_PAGE_UNREACHABLE: {
    title: 'ランディング ページを読み込めません',
    why: '読み込めないページは、顧客に何の情報も提供しません。',
    explanation: `--online を指定すると、ランディング ページを顧客のブラウザーと同じように HTTPS で取得します：Microsoft は統合を完了するための十分な情報を含むページを求めていますが、読み込めないページには情報がありません。DNS、TLS（証明書が信頼され、ホストと一致している必要があります）、接続のエラー、${policy.online.maxRedirects} 回を超えるリダイレクト、${policy.online.timeoutMs / 1000} 秒以内に完全な応答がない場合をここで報告し、それぞれ原因を示します。`,
    fix: '自社のネットワークの外から URL を開き、メッセージに示された箇所（DNS レコード、証明書、サーバー、リダイレクト チェーン）を修正してください。',
    message: (a) => `landingPage ${a.url} を読み込めませんでした：${a.kind === undefined ? UNREACHABLE.connection(a) : wordsFor(UNREACHABLE, a, 'kind')}。`,
  },
  LANDING_PAGE_HTTP_STATUS: {
    title: 'ランディング ページがエラー ステータスを返します',
    why: 'エラー ページやログイン画面は、顧客のための情報を含むページではありません。',
    explanation: '--online を指定した場合、ランディング ページはリダイレクトの後、最終的に 2xx の応答を返す必要があります。404、ログイン画面（401/403）、サーバー エラーは、統合ガイドの代わりに顧客に表示されてしまいます。',
    fix: 'その URL でページを公開するか、ページを一般公開にするか、ページの現在の URL を使用してください。',
    message: (a) => `landingPage ${a.url} はステータス ${a.status}${a.statusText && a.statusText !== '""' ? ` ${a.statusText}` : ''} を返しました。2xx のステータスが必要です。`,
    hint: (a) => {
      const status = Number(a.status);
      if (status === 401 || status === 403) return 'ページは一般公開されている必要があります：顧客はサインインせずにページを開きます。';
      if (status === 404 || status === 410) return 'ページが存在しません：URL を確認するか、ページを公開してください。';
      if (status >= 500) return 'サーバーでエラーが発生しました：しばらくしてから再試行し、解決しない場合はサイトを確認してください。';
      return undefined;
    },
  },
  LANDING_PAGE_REDIRECTS_TO_HTTP: {
    title: 'ランディング ページが http にリダイレクトされます',
    why: 'http: へのリダイレクトは、https のみとする方針（LANDING_PAGE_NOT_HTTPS）を無意味にします。',
    explanation: '--online を指定した場合、すべてのリダイレクトはたどる前に確認します。暗号化されていない http: へのリダイレクトは掲載情報の https:// を無意味にし、顧客が読むページが途中で改ざんされる可能性があります（LANDING_PAGE_NOT_HTTPS と同じく mde-partner のポリシー）。',
    fix: 'サーバーが https:// にリダイレクトする（またはリダイレクトしない）ようにし、最終的な https:// の URL を landingPage に使用してください。',
    message: (a) => `landingPage は ${a.from} から暗号化されていない http: の ${a.to} にリダイレクトされます。リダイレクトはたどっていません。`,
  },
  LANDING_PAGE_MISSING_PRODUCT_NAME: {
    title: 'ランディング ページに製品名が記載されていません',
    why: 'ヒューリスティックです：製品名が一度も出てこないページは、おそらく統合ガイドではありません。そのため警告とします。',
    explanation: `--online を指定した場合、ページのテキスト (タグ、スクリプト、スタイル、コメントを除去し、HTML エンティティをデコードした先頭の ${KIB(policy.online.maxBodyBytes)}) から、大文字と小文字や空白の違いを無視して productName を検索します。製品名が一度も出てこないページは、おそらく顧客が必要とする統合ガイドではありません（mde-partner のヒューリスティックのため警告）。テキストではないページ（PDF、画像）は検索しません。`,
    fix: 'この統合について説明しているページにリンクするか、productName をページで使われている名前にしてください。',
    message: (a) => `${a.url} のページに productName ${a.product} が記載されていません。`,
  },
} satisfies Record<keyof typeof landingPageCodes, CodeWords>;
