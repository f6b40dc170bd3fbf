import type { HelpWords } from '../en/help.js';

export const help = {
  sections: {
    usage: '使い方：',
    arguments: '引数：',
    options: 'オプション：',
    globalOptions: 'グローバル オプション：',
    commands: 'コマンド：',
    examples: '例：',
    example: '例：',
  },
  choices: (a) => `選択肢：${a.values}`,
  default: (a) => `既定値：${a.value}`,
  withExtras: (a) => `${a.description}（${a.extras.join('、')}）`,

  program: {
    description: 'Microsoft Defender for Endpoint のパートナー掲載情報を確認し、提出の準備をします。',
    version: 'バージョンを表示します',
    help: 'ヘルプを表示します',
    helpCommand: 'コマンドのヘルプを表示します',
    lang: 'メッセージとヘルプの言語。指定しない場合は MDE_PARTNER_LANG、LC_ALL、LC_MESSAGES、LANG の順に決まります',
    examples: {
      init: 'ウィザード：質問と確認のあと、掲載情報と提出パッケージを書き込みます',
      validate: '掲載情報とロゴを確認します',
      audit: 'キャプチャした通信が掲載情報の User-Agent を送信しているか確認します',
    },
    more: '各コマンドのオプションは「mde-partner <コマンド> --help」で確認できます。',
  },

  shared: {
    format: '出力形式',
    strict: '警告も不合格として扱います（終了コード 1）',
    quiet: 'テキスト形式：不合格の検出結果と概要だけを表示します',
    color: '色付きで表示します',
    noColor: '色を付けません（NO_COLOR=1 と同じ）',
    online: 'ランディング ページも HTTPS で取得し、ステータス、リダイレクト、製品名を確認します（ネットワークにアクセスします。既定ではオフ）',
    render: 'ロゴの描画チェックを省略します（描画用のプロセスを起動しません）',
    listingPath: '掲載情報ファイル、または mde-partner.json を含むフォルダー',
    exitCodes: '終了コード：0 エラーなし（--strict を付けなければ警告は可）・1 不合格の検出結果あり・2 使い方または入力の問題・3 内部エラー',
  },

  fields: {
    companyName: '顧客に知られている会社名',
    productName: 'パートナー タイルに表示する製品名',
    productVersion: 'User-Agent で送信する製品バージョン（例：1.0.0）',
    description: '15 語の製品の説明',
    logo: '正方形の SVG ロゴへのパス（dir からの相対パス）',
    landingPage: '顧客向けのランディング ページまたはブログ投稿（https://）',
    multiTenant: '統合でマルチテナントの Microsoft Entra アプリを使用します',
    entraAppName: 'マルチテナントの Entra アプリの表示名',
    userAgent: 'User-Agent（既定：生成した値。--yes またはプロンプトで確定します）',
    language: '提出パッケージのファイルの言語：en、de、fr、ja（既定：en。端末の表示言語は --lang で指定します）',
  },
  noFields: {
    multiTenant: '統合でマルチテナントの Entra アプリを使用しません',
  },

  init: {
    description: '対話型ウィザード：質問して回答を一つずつ確認し、mde-partner.json と提出パッケージを書き込みます',
    dir: 'mde-partner.json を置くフォルダー（既定：.）',
    category: (a) => `パートナー ページのカテゴリ（複数指定可）：${a.ids}`,
    scenario: (a) => `統合シナリオ（複数指定可）：${a.ids}`,
    license: '手順 1：MDE ライセンスまたは試用版テナント',
    customerApproval: '手順 2：共同顧客による統合設計の承認',
    demo: '手順 2：MDE チームへの統合のデモ',
    misa: '手順 3：MISA の指名',
    pressRelease: '手順 4：MDE に言及するプレスリリース',
    pressReviewStart: 'プレスリリースを Microsoft のレビューに出した日付（YYYY-MM-DD）',
    answers: '回答を記載した JSON ファイル（掲載情報のフィールド名）。オプションでの指定が優先されます',
    yes: '生成した値（User-Agent）を受け入れます。必須の回答を勝手に補うことはありません',
    ciWorkflow: '.github/workflows/mde-partner.yml も書き込みます',
    noCiWorkflow: 'ワークフローを書き込みません（確認もしません）',
    noBundle: 'mde-partner.json だけを書き込みます',
    out: '提出パッケージのフォルダー（既定：dir 内の mde-submission）',
    strict: '警告が残っている間は何も書き込みません（validate --strict では警告も不合格になるため）',
    online: '書き込む前にランディング ページも HTTPS で取得して確認します（ネットワークにアクセスします。既定ではオフ）',
    render: 'ロゴの描画チェックを、プロンプトでも省略します。提出パッケージに PNG プレビューは入りません',
    examples: { terminal: 'ターミナルで質問します', ci: 'CI 向け：質問しません' },
    note: 'ターミナルがない場合（または CI が設定されている場合）は何も質問しません。\n回答が足りないときは、不足しているオプションの一覧と実行すべきコマンドを\n示し、終了コード 2 で終了します。Ctrl+C で中断すると終了コード 130 となり、\n何も書き込みません。',
  },

  validate: {
    description: '掲載情報を確認します：掲載情報ファイル、または mde-partner.json を含むフォルダー（既定：.）',
    paths: '掲載情報ファイルまたはフォルダー',
    examples: { here: './mde-partner.json を確認します', github: 'GitHub Actions の注釈として出力します', online: 'ランディング ページも取得します' },
  },

  bundle: {
    description: '確認してから提出パッケージを書き込みます：フォルダーと <フォルダー>.zip',
    out: '提出パッケージのフォルダー（既定：掲載情報と同じ場所の mde-submission）。<dir>.zip はその隣に書き込みます',
    strict: '警告も不合格として扱います：終了コード 1 で、何も書き込みません',
    quiet: '進行状況と書き込み完了の行を表示しません。テキスト形式では、不合格の検出結果と概要だけを表示します',
    render: 'ロゴの描画チェックを省略します。提出パッケージに PNG プレビューは入りません',
    examples: { here: './mde-submission/ と ./mde-submission.zip を書き込みます' },
    note: '掲載情報にエラーがあるときは何も書き込みません。失敗または中断した場合は、前回の提出パッケージがそのまま残ります。',
  },

  checklist: {
    description: 'パートナーになるための 4 つの手順：確認済みの項目、不合格の項目、残りの作業',
    strict: '警告付きで確認された項目も不合格として扱います（終了コード 1）',
  },

  verify: {
    description: '受け取った提出パッケージ（フォルダーまたは .zip）を確認します：ハッシュ、一覧にないファイル、安全な展開、全項目の検証',
    bundle: '提出パッケージのフォルダーまたは .zip',
  },

  ua: {
    description: 'User-Agent（MdePartner-{Company}-{Product}/{Version}）を生成または確認します',
    derive: '会社名、製品名、バージョンから User-Agent を生成します',
    deriveFormat: '出力形式（text：生成できたときは値だけ）',
    company: '会社名（例："Contoso"）',
    product: '製品名（例："Contoso Cognito"）',
    productVersion: '製品バージョン（例：1.0.0）',
    check: 'User-Agent の値を確認します。名前を指定すると、生成した値とも比較します',
    value: 'User-Agent の値',
    compareCompany: '比較する会社名',
    compareProduct: '比較する製品名',
    compareVersion: '比較する製品バージョン',
    legacy: '旧プレフィックス：終了コード 1',
    audit: 'HAR キャプチャを確認します：MDE API または Graph セキュリティ API へのすべての要求が、想定どおりの User-Agent を送信している必要があります',
    captures: 'ブラウザーの開発者ツール、mitmproxy、Fiddler からエクスポートした HAR 1.2 ファイル',
    expect: 'パートナー API へのすべての要求が送信すべき User-Agent',
    listing: '想定する User-Agent を掲載情報（ファイル、または mde-partner.json を含むフォルダー）から取得します。既定：./mde-partner.json',
    auditExamples: {
      here: './mde-partner.json の User-Agent を想定します',
      mitmproxy: 'サーバー側のクライアントを mitmproxy 経由で記録します',
    },
    auditNote: '対象は、MDE API のホスト（api.security.microsoft.com、そのリージョン別ホスト、\nUS Government 向けホスト）と、すべての Microsoft Graph クラウドの\n/v1.0/security/… と /beta/security/… への要求です。トークン要求と\nその他の Graph 呼び出しは対象外です。キャプチャはストリームで読み込みます\n（1 ファイル最大 256 MiB、メモリ使用量は一定）。',
    auditExitCodes: '終了コード：0 すべてのパートナー要求が値を送信・1 不合格の検出結果あり・2 使い方または入力の問題',
  },

  explain: {
    description: '検出結果コードの意味と修正方法を表示します',
    code: '検出結果コード（例：SVG_SCRIPT）',
    list: 'すべてのコードを一覧表示します',
  },
} satisfies HelpWords;
