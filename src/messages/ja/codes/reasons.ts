/** Reasons shared by several `policy` rules. */
export const BOUNDS = 'セキュリティ：悪意のあるファイルに費やす時間とメモリを制限します。正規のファイルはこの上限を大きく下回ります。';
export const HOSTILE = 'セキュリティ：ロゴはセキュリティ ポータル内に表示されるため、何かを実行したり、読み込んだり、埋め込んだりしてはなりません。プロファイルは SVG Tiny 1.2 と SVG Tiny PS（BIMI がブランド ロゴに求めるプロファイル）に準拠しています。';
export const CONTROL = 'セキュリティ：制御文字はフォーム上では見えません。また、HTTP ヘッダーに入る名前ではヘッダー インジェクションを可能にします。';
export const WHITESPACE = '先頭や末尾の空白はフォーム上では見えず、名前を比較したときに一致しない原因になります。そのため警告とします。';
export const FILE_FORMAT = 'mde-partner.json はこのツール独自のファイル形式です（schemas/listing.schema.json）。';
export const INTEGRITY = 'セキュリティ（完全性）：提出パッケージには読み取って検証した内容だけが含まれ、その listing.json は公開されているスキーマに準拠します。';
export const BUNDLE = 'セキュリティ（完全性）：受け取った提出パッケージの内容は、マニフェストに記載されたものとバイト単位で一致している必要があります。';
export const OUTSIDE = 'セキュリティ：提出パッケージの外部にあるものは、読み取りも書き込みもしません。';
export const RENDERED = '描画結果から判断しており、しきい値は mde-partner 独自のもので、掲載情報で変更できます。そのため警告とします。';
