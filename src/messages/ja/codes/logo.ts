import type * as IDS from '../../../checks/catalog/logo.js';
import type { logoCodes } from '../../../checks/catalog/logo.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import type { Args } from '../../../checks/args.js';
import { BOUNDS, HOSTILE } from './reasons.js';
import { wordsFor, type Phrase } from '../../types.js';
import { unreadableWords } from './files.js';
import { amount, gap, gapAfter, KIB, thousands } from './words.js';

/** What a file that is not SVG is, told from its first bytes. */
const NOT_SVG = {
  png: () => 'PNG 画像',
  jpeg: () => 'JPEG 画像',
  gif: () => 'GIF 画像',
  pdf: () => 'PDF ドキュメント',
  zip: () => 'ZIP アーカイブ',
  riff: () => 'RIFF (WebP) 画像',
  ico: () => 'ICO アイコン',
  tiff: () => 'TIFF 画像',
  bmp: () => 'BMP 画像',
  postscript: () => 'PostScript ドキュメント',
  elf: () => '実行可能ファイル（ELF）',
  pe: () => '実行可能ファイル（PE）',
  binary: () => 'バイナリ データ（NUL バイトを含む）',
  text: () => 'XML ではないテキスト',
} satisfies Record<(typeof IDS.NOT_SVG)[number], Phrase>;


/** Encodings told from the first bytes (`encoding`); one the XML declaration names is handed over quoted, as it is (`declared`). */
const ENCODINGS = {
  'utf-32': () => 'UTF-32',
  'utf-16be': () => 'UTF-16（ビッグ エンディアン）',
  'utf-16le': () => 'UTF-16（リトル エンディアン）',
} satisfies Record<(typeof IDS.ENCODINGS)[number], Phrase>;

/** Where in the logo a value was found (src/checks/logo/svg.ts `Where`): "<a> の href 属性", "<style> の url()". */
function where(a: Args): string {
  const place = a.inStyle ? '<style>' : `<${a.of}> の ${a.attribute} 属性${a.animating ? `（${a.animating} のアニメーション）` : ''}`;
  return a.inUrl ? `${place} の url()` : place;
}

/** What a script or an animation is: an element, or CSS (`css`) at a place. */
const CSS_FOUND = {
  expression: (a) => `${gapAfter(where(a))}の CSS expression()`,
  animation: (a) => `${gapAfter(where(a))}の CSS アニメーション`,
} satisfies Record<(typeof IDS.CSS_FOUND)[number], Phrase>;
const scriptOrAnimation = (a: Args) => (a.css === undefined ? `<${a.element}> 要素` : wordsFor(CSS_FOUND, a, 'css'));

/** What a DOCTYPE has that the profile does not allow. */
const DOCTYPE_PROBLEMS = {
  'incomplete-external-id': () => '不完全な外部識別子',
  'external-dtd': (a) => `外部 DTD ${a.dtd}`,
  declaration: (a) => `内部サブセットの宣言 ${a.declaration}`,
} satisfies Record<(typeof IDS.DOCTYPE_PROBLEMS)[number], Phrase>;


/** Why a viewBox is not four numbers with a positive width and height. */
const VIEWBOX_REASONS = {
  separator: () => '数値は空白または 1 つのカンマで区切る必要があります',
  count: (a) => `4 つの数値が必要ですが、${a.count} 個あります`,
  'not-number': () => '数値ではないものが含まれています',
  'not-positive': () => '幅と高さは正の数である必要があります',
} satisfies Record<(typeof IDS.VIEWBOX_REASONS)[number], Phrase>;


/** Finding codes of the logo file: reading it, parsing it and the SVG profile. */
export const logoWords = {
  LOGO_NOT_FOUND: {
    title: 'ロゴ ファイルが見つかりません',
    explanation: 'logo には SVG ロゴへのパスを、掲載情報ファイルからの相対パスで指定します。',
    fix: 'パスを確認してください（mde-partner.json のあるフォルダーからの相対パスです）。',
    message: (a) => `ロゴ ${a.path} ${unreadableWords(a)}。`,
  },
  SVG_INPUT_EMPTY: {
    title: 'ロゴ ファイルが空です',
    explanation: 'ロゴ ファイルに内容がありません。',
    fix: 'ロゴを SVG として再度エクスポートしてください。',
    message: () => 'ロゴ ファイルが空です。',
  },
  SVG_INPUT_TOO_LARGE: {
    title: 'ロゴ ファイルが大きすぎるためチェックできません',
    why: BOUNDS,
    explanation: `${KIB(policy.logo.maxBytes)} を超えるロゴは、読み取る前に拒否します（サイズは stat で確認します）。ロゴにそれほどのサイズは必要なく、悪意のあるファイルに費やす時間とメモリを制限できます。`,
    fix: '図を簡略化するか、最適化してください（svgo など）。埋め込みフォントやラスター画像がよくある原因です。',
    message: (a) => `ロゴのサイズは ${amount(a, 'バイト')}です。上限は ${a.limit} バイトです。`,
  },
  SVG_INPUT_COMPRESSED: {
    title: 'ロゴが圧縮されています（gzip / .svgz）',
    why: 'セキュリティ：圧縮データは際限なく大きく展開される可能性があるため、展開しません。',
    explanation: '圧縮された SVG (.svgz) は、際限なく大きく展開される可能性があるため展開しません。提出には通常の SVG が必要です。',
    fix: '通常の SVG として保存してください（.svgz を gunzip で展開します）。',
    message: () => 'ロゴは gzip で圧縮されています（.svgz）。通常の SVG テキストが必要です。',
  },
  SVG_INPUT_NOT_SVG: {
    title: 'ロゴが SVG ファイルではありません',
    explanation: 'Microsoft は SVG のロゴを求めています。ラスター画像（PNG、JPEG、GIF）、PDF、その他のバイナリ ファイルは、ファイル名に関係なく SVG ではありません。',
    fix: 'デザイン ツールからロゴを SVG としてエクスポートしてください。名前を変更しただけの PNG は PNG のままです。',
    message: (a) => `ロゴは SVG ではなく${gap(wordsFor(NOT_SVG, a, 'kind'))}です。`,
  },
  SVG_ENCODING_UNSUPPORTED: {
    title: 'ロゴが UTF-8 ではありません',
    why: 'セキュリティ：すべての利用側が同じ方法で読み取る 1 つのエンコードに限定します。エンコードを推測することはないため、プログラムによって異なるテキストとして読まれることはありません。',
    explanation: 'ロゴは UTF-8（または ASCII）として読み取ります。UTF-16、UTF-32、その他の宣言されたエンコードは、推測せずに拒否します。',
    fix: 'SVG を UTF-8 で保存してください。',
    message: (a) => `ロゴのエンコードは ${a.declared ?? wordsFor(ENCODINGS, a, 'encoding')} です。UTF-8 が必要です。`,
  },
  SVG_ENCODING_INVALID_UTF8: {
    title: 'ロゴに UTF-8 として無効なバイトがあります',
    why: 'XML 1.0 §4.3.3（エンティティの文字エンコード）',
    explanation: 'XML では、ドキュメントが正しくエンコードされている必要があります。無効なバイト シーケンスは、多くの場合、別のエンコードで保存されたか、破損したファイルです。',
    fix: 'SVG を UTF-8 で保存してください。',
    message: (a) => `バイト ${a.offset} に無効な UTF-8 バイト シーケンスがあります。`,
  },
  SVG_XML_MALFORMED: {
    title: 'ロゴが整形式の XML ではありません',
    why: 'XML 1.0 §2.1（整形式の XML ドキュメント）',
    explanation: 'SVG ファイルは XML ドキュメントです：ルート要素は 1 つ、タグは対応させ、属性値は引用符で囲み、未定義のエンティティは使用しません。',
    fix: '示された行と列の XML を修正するか、ロゴを再度エクスポートしてください。',
    message: (a) => `ロゴが整形式の XML ではありません：${a.detail}`,
  },
  SVG_XML_ENTITY_DECLARATION: {
    title: 'ロゴで XML エンティティが宣言されています',
    why: HOSTILE,
    explanation: '<!ENTITY 宣言は、何かが展開される前にすべて拒否します：エンティティは XXE（ローカル ファイルの読み取り）や "billion laughs"（指数関数的な展開）攻撃に使われる仕組みで、ロゴには不要です。',
    fix: 'DOCTYPE の内部サブセットを削除してください。プレゼンテーション属性を使って再度エクスポートするか、ファイルを svgo で処理してください。',
    message: () => 'ロゴで XML エンティティが宣言されています（<!ENTITY）。',
  },
  SVG_XML_TOO_DEEP: {
    title: 'ロゴの入れ子が深すぎます',
    why: BOUNDS,
    explanation: `${policy.logo.maxDepth} 階層を超えて入れ子になった要素は、解析中に拒否します。深い入れ子はサービス拒否（DoS）攻撃の典型的なパターンで、ロゴには不要です。`,
    fix: 'グループを平坦化してください（svgo の collapseGroups など）。',
    message: (a) => `要素の入れ子が ${a.limit} 階層を超えています。`,
  },
  SVG_XML_TOO_MANY_ATTRIBUTES: {
    title: '要素の属性が多すぎます',
    why: BOUNDS,
    explanation: `1 つの要素に ${policy.logo.maxAttributesPerElement} 個を超える属性がある場合は、解析中に拒否します。サービス拒否（DoS）攻撃の典型的なパターンです。`,
    fix: 'プレゼンテーション属性をスタイルに移すか、要素を簡略化してください。',
    message: (a) => `<${a.element}> の属性が ${a.limit} 個を超えています。`,
  },
  SVG_XML_TOO_MANY_ELEMENTS: {
    title: 'ロゴの要素が多すぎます',
    why: BOUNDS,
    explanation: `${thousands(policy.logo.maxElements)} 個を超える要素は、解析中に拒否します：実際のロゴの要素は多くても数百個です。また、提出パッケージ用のコピーの最適化（svgo）にかかる時間は、兄弟要素の数の 2 乗に比例して増えます。`,
    fix: 'スタイルが同じパスを結合し（svgo の mergePaths、またはエディターの「結合」/「複合パス」）、非表示の要素や空の要素を削除してください。',
    message: (a) => `ロゴの要素が ${thousands(Number(a.limit))} 個を超えています。`,
  },
  SVG_ROOT_NOT_SVG: {
    title: 'ルート要素が <svg> ではありません',
    why: 'SVG 1.1 §5.1.1（SVG ドキュメント フラグメントのルートは svg 要素）',
    explanation: 'SVG ドキュメントのルート要素は、SVG 名前空間（http://www.w3.org/2000/svg）の <svg> です。',
    fix: 'ロゴを SVG としてエクスポートしてください。',
    message: (a) => `ルート要素が <${a.name}> です。<svg> が必要です。`,
  },
  SVG_NAMESPACE_MISSING: {
    title: 'ルートの <svg> が SVG 名前空間にありません',
    why: 'SVG 1.1 §5.1.2 および Namespaces in XML 1.0（SVG 名前空間は http://www.w3.org/2000/svg）',
    explanation: 'xmlns="http://www.w3.org/2000/svg" がないと、ブラウザーはファイルを不明な XML として扱い、SVG を画像として使用したときに何も表示しません。',
    fix: '<svg> 要素に xmlns="http://www.w3.org/2000/svg" を追加してください。',
    message: (a) => `${a.uri === undefined ? '<svg> に名前空間がありません。' : `<svg> の名前空間は ${a.uri} です。`}"http://www.w3.org/2000/svg" が必要です。`,
  },
  SVG_SCRIPT: {
    title: 'ロゴにスクリプトが含まれています',
    why: HOSTILE,
    explanation: 'ロゴはセキュリティ ポータル内に表示されます。<script>（名前空間を問わず）、<handler>、<listener>、CSS の expression() はコードを実行します。',
    fix: 'スクリプトを削除してください。ロゴは静的な図です。',
    message: (a) => `スクリプトが見つかりました：${scriptOrAnimation(a)}。`,
  },
  SVG_EVENT_HANDLER: {
    title: 'ロゴにイベント ハンドラーがあります',
    why: HOSTILE,
    explanation: 'on* 属性（onload、onclick など）はスクリプトを実行します。<set> や <animate attributeName="on..."> で設定された場合も同様です。',
    fix: '属性を削除してください。',
    message: (a) => `<${a.element}> にイベント ハンドラー ${a.animatedAttribute === undefined ? a.name : `attributeName=${a.animatedAttribute}`} があります。`,
  },
  SVG_JAVASCRIPT_URL: {
    title: 'ロゴに javascript: URL があります',
    why: HOSTILE,
    explanation: 'javascript:（および vbscript:）URL はスクリプトを実行します。大文字と小文字、空白、制御文字、文字参照で隠されていても検出します。',
    fix: 'リンクまたは属性を削除してください。',
    message: (a) => `${gapAfter(where(a))}に ${a.scheme} URL があります。`,
  },
  SVG_EXTERNAL_REFERENCE: {
    title: 'ロゴが外部リソースを参照しています',
    why: HOSTILE,
    explanation: 'ロゴは自己完結している必要があります：href（通常の href か XLink か、プレフィックスを問わず）、src、xml:base、CSS の url() と src() (エスケープの方法を問わず)、image-set() 内の通常の文字列、およびアニメーションがこれらに書き込む値は、"#"（同じファイル内の要素）で始まる必要があります。それ以外はファイルを読み込んだり閲覧者を追跡したりするうえ、ロゴをコピーすると壊れます。CSS は、ブラウザーと同じく CSS トークナイザーで読み取ります。',
    fix: '参照先をベクター図形として埋め込むか、同じファイル内の要素（"#id"）を参照してください。',
    message: (a) => `${gapAfter(where(a))}に外部参照 ${a.value} があります。`,
  },
  SVG_DATA_URI: {
    title: 'ロゴにコンテンツが data: URI として埋め込まれています',
    why: HOSTILE,
    explanation: 'data: URI は、これらのチェックでは中身を確認できない別のドキュメント（SVG、HTML、フォント）を埋め込みます。',
    fix: '埋め込まれたコンテンツを、SVG 自体の図形に置き換えてください。',
    message: (a) => `${gapAfter(where(a))}に data: URI があります。`,
  },
  SVG_STYLE_IMPORT: {
    title: 'ロゴのスタイル シートで @import が使用されています',
    why: HOSTILE,
    explanation: '@import は別の場所から別のスタイル シートを読み込みます。ロゴは自己完結している必要があります。',
    fix: '必要なルールを <style> 要素内に直接記述するか、プレゼンテーション属性を使用してください。',
    message: (a) => `${gapAfter(where(a))}に @import があります。`,
  },
  SVG_STYLE_AT_RULE: {
    title: 'ロゴのスタイル シートにプロファイル外の @ ルールがあります',
    why: 'プロファイルでは、効果を確認できる @ ルールだけを許可し、それ以外は推測せずに拒否します。ロック対象ではありません：何かを読み込んだり実行したりすることがわかっているものはないためです。',
    explanation: 'ロゴの CSS では @media、@supports、@layer、@container、@font-face、@namespace、@charset を使用できます。その他の @ ルール（@document、@page、@property、ベンダー固有のルール、まだどのブラウザーも知らないルール）は推測せずに拒否します：ブラウザーがそれらをどう扱うかを、ここでは確認できないためです（@import と @keyframes には専用のコードがあります）。',
    fix: '@ ルールを削除するか、通常のルールとプレゼンテーション属性に置き換えてください。',
    message: (a) => `${gapAfter(where(a))}の @ ルール ${a.name} は、ロゴでは使用できません。`,
  },
  SVG_FOREIGN_OBJECT: {
    title: 'ロゴに別のドキュメントが埋め込まれています',
    why: HOSTILE,
    explanation: '<foreignObject> は SVG 内に HTML を埋め込みます。HTML はフォーム、リンク、スクリプトを含むことができ、表示も環境によって異なります。<video>、<audio>、<iframe>、<embed>、<object>、<canvas>、SVG Tiny の <animation> は、メディアや別のドキュメントを埋め込みます。いずれもロゴには不要です（BIMI がブランド ロゴに求めるプロファイルである SVG Tiny PS には、どれも含まれていません）。',
    fix: 'SVG の図形に置き換えてください（テキストはアウトラインに変換してください）。',
    message: (a) => `<${a.element ?? 'foreignObject'}> が見つかりました。`,
  },
  SVG_FOREIGN_CONTENT: {
    title: 'ロゴに別の XML ボキャブラリの要素があります',
    why: HOSTILE,
    explanation: 'ロゴに含められるのは、SVG 要素と、エディターが使う名前空間のエディター データ（Inkscape、Sodipodi、Illustrator、Sketch、Affinity、<metadata> 内の RDF などのメタデータ）です。それ以外の名前空間の要素は拒否します：XHTML（srcset 付きの画像、フォーム、meta refresh、スクリプト）、MathML（リンク）、XSLT、XInclude（ファイルを取り込む）、XML Events（ハンドラーを付加する）、どのツールも知らない名前空間などです。名前は名前空間 URI で解決するため、プレフィックスで偽装することはできません。',
    fix: '要素を削除してください。ロゴは SVG の図形だけで描きます。エディターが書き込んだ要素の場合は、通常の SVG として再度エクスポートしてください。',
    message: (a) => {
      const element = `<${a.element}${a.attribute === undefined ? '' : ` ${a.attribute}=`}>`;
      return a.namespace === undefined
        ? `${element} には名前空間がなく、SVG ではありません。`
        : `${element} の名前空間は SVG ではなく ${a.namespace} です。`;
    },
  },
  SVG_PROCESSING_INSTRUCTION: {
    title: 'ロゴに処理命令があります',
    why: HOSTILE,
    explanation: 'XML 宣言（<?xml version="1.0"?>）を除き、ロゴに処理命令は含めません：<?xml-stylesheet?> は CSS や XSLT のスタイル シートを（ファイル自体から、またはどこからでも）読み込み、その他の処理命令は中身を確認できないツールにとってだけ意味を持ちます。<metadata> 内の XMP パケット ラッパー <?xpacket?> は無害なエディターのメタデータのため、許可します。',
    fix: '<?…？> 命令を削除してください。スタイルは <style> 要素または属性に記述してください。',
    message: (a) => `処理命令 <?${a.target}?> が見つかりました。`,
  },
  SVG_XML_DOCTYPE_NOT_ALLOWED: {
    title: 'ロゴの DOCTYPE が通常の SVG DOCTYPE ではありません',
    why: HOSTILE,
    explanation: 'DOCTYPE は、外部識別子がないか、公開されている W3C の SVG 1.0/1.1 DTD のいずれか（Illustrator や matplotlib が出力する形式）を指定し、内部サブセットで何も宣言していない場合に許可します。その他の DTD は検証パーサーによって取得される可能性があります。また、宣言（<!ATTLIST> の既定値は onload や href などの属性を要素に追加します。<!ELEMENT>、<!NOTATION>、パラメーター エンティティも同様です）は、DTD を読み取るパーサーでドキュメントを変更します。これらは解釈せずに拒否します。',
    fix: 'DOCTYPE を削除するか（省略可能です）、<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"> だけを残してください。',
    message: (a) => `DOCTYPE に${gap(wordsFor(DOCTYPE_PROBLEMS, a, 'what'))}が含まれています。`,
  },
  SVG_IMAGE_ELEMENT: {
    title: 'ロゴにラスター画像が埋め込まれています',
    why: 'mde-partner は「SVG」をベクター図形と解釈します：SVG で包んだビットマップは、ポータルで拡大縮小するとぼやけます。',
    explanation: '<image>（または画像を指定した <feImage>）があると、ロゴは SVG で包んだビットマップになり、拡大縮小するとぼやけます。ロゴはベクター形式である必要があります。',
    fix: 'ロゴをベクター図形として描き直すか、トレースしてください。',
    message: (a) => `<${a.element}> がラスター画像を埋め込んでいます。`,
  },
  SVG_ANIMATION: {
    title: 'ロゴにアニメーションがあります',
    why: 'パートナー ロゴは静的なマークです。アニメーションは注意をそらすうえ、レビュー後にロゴを変化させることもできます。',
    explanation: 'パートナー ロゴは静的なマークです。アニメーション要素（<animate>、<set> など）や CSS アニメーションは注意をそらすうえ、レビュー後にロゴを変化させることができます。',
    fix: 'アニメーションを削除してください。',
    message: (a) => `アニメーションが見つかりました：${scriptOrAnimation(a)}。`,
  },
  SVG_ELEMENT_UNKNOWN: {
    title: 'ロゴにどの SVG バージョンでも定義されていない要素があります',
    why: 'どの SVG バージョンでも定義されていない要素は、どのブラウザーでも描画されません。多くの場合は入力ミスです。そのため警告とします。',
    explanation: 'SVG 名前空間の要素のうち、名前が SVG 1.1、SVG Tiny 1.2、SVG 2 のいずれにもないものは、どのブラウザーでも描画されません。多くの場合、入力ミスかツールのデータです。その属性と子要素も、他の要素と同じようにチェックします。',
    fix: '要素を削除するか、つづりを確認してください（名前は大文字と小文字が区別されます：lineargradient ではなく linearGradient）。',
    message: (a) => `<${a.element}> は SVG 要素ではありません。ブラウザーはこの要素を無視します。`,
  },
  SVG_VIEWBOX_MISSING: {
    title: 'ロゴに viewBox がありません',
    why: 'ポータルはロゴを独自のサイズで表示します：ロゴは拡大縮小できる必要がありますが、viewBox のない SVG は拡大縮小できません。',
    explanation: 'ポータルはロゴを独自のサイズで表示します。viewBox がないと SVG は拡大縮小されず、切り取られるか余白が付きます。',
    fix: '正方形の viewBox を追加してください（ヒントには、width と height から求めた、描画を中央に配置する viewBox が示されます）。',
    message: () => '<svg> に viewBox 属性がありません。',
    hint: (a) => (a.suggestion
      ? `<svg> に viewBox="${a.suggestion}" を追加してください${a.drawingWidth !== undefined ? `（${a.drawingWidth} × ${a.drawingHeight} の描画を中央に配置した正方形です）` : ''}。`
      : '描画を囲む正方形の viewBox="0 0 S S" を追加してください。'),
  },
  SVG_VIEWBOX_INVALID: {
    title: 'ロゴの viewBox が無効です',
    why: 'SVG 1.1 §7.7（viewBox 属性）',
    explanation: 'viewBox は "min-x min-y width height" の 4 つの数値で、幅と高さは正の数です。',
    fix: '描画のサイズに合わせて viewBox="0 0 W H" を設定してください。',
    message: (a) => `viewBox ${a.value} は無効です：${wordsFor(VIEWBOX_REASONS, a)}。`,
  },
  SVG_VIEWBOX_NOT_SQUARE: {
    title: 'ロゴの viewBox が正方形ではありません',
    explanation: 'Microsoft は正方形のロゴを求めています：viewBox の幅と高さは等しい必要があります。',
    fix: 'アートボードを正方形にして（短い辺に余白を追加します）、再度エクスポートしてください。',
    message: (a) => `viewBox は ${a.width} × ${a.height} です。正方形である必要があります。`,
    hint: (a) => (a.suggestion ? `たとえば viewBox="${a.suggestion}" にすると、描画が正方形の中央に配置されます。` : undefined),
  },
  SVG_DIMENSIONS_NOT_SQUARE: {
    title: 'ロゴの width と height が等しくありません',
    explanation: 'Microsoft は正方形のロゴを求めています：width と height（pt、mm、cm、in、pc、Q は px に換算）は等しい必要があります。',
    fix: 'width と height を等しくするか、これらを削除して正方形の viewBox を残してください。',
    message: (a) => `width ${a.width} と height ${a.height}（${a.widthPx} × ${a.heightPx} px）が等しくありません。`,
  },
  SVG_DIMENSIONS_INVALID: {
    title: 'ロゴの width または height が無効です',
    why: 'SVG 1.1 §7.10（単位）および CSS Values and Units（長さ）',
    explanation: 'width と height は、正の数に省略可能な CSS 単位を付けたものです。',
    fix: 'width="512" height="512" のように指定するか、削除してください。',
    message: (a) => `${a.name} ${a.value} は有効な長さではありません。`,
  },
  SVG_SIZE_RELATIVE_UNIT: {
    title: 'ロゴのサイズに相対単位が使用されています',
    why: '相対的なサイズはロゴが表示されるページによって決まるため、ファイルからは正方形かどうかを確認できません。そのため警告とします。',
    explanation: '相対単位（%、em、rem、vw など）はロゴの表示場所によって決まるため、ファイルからは正方形かどうかを確認できません。',
    fix: '絶対サイズ（px）を使用するか、width と height を削除して正方形の viewBox を残してください。',
    message: (a) => `${a.name} ${a.value} は相対値のため、ページがないと値が決まりません。`,
  },
  SVG_STRETCHED: {
    title: 'ロゴが引き伸ばされています',
    why: '引き伸ばして描画された正方形のロゴは、もはや描かれたとおりの形ではありません：縦横比が異なる場合、preserveAspectRatio="none" は形をゆがめます。',
    explanation: 'viewBox の形が width × height と異なる場合、preserveAspectRatio="none" は描画をゆがめます。',
    fix: 'preserveAspectRatio="none" を削除するか、縦横比を等しくしてください。',
    message: (a) => `preserveAspectRatio="none" により、${a.viewBoxWidth} × ${a.viewBoxHeight} の viewBox が ${a.width} × ${a.height} px に引き伸ばされます。`,
  },
  SVG_TEXT: {
    title: 'ロゴにテキストが使用されています',
    why: 'テキストは閲覧者のフォントで描画されるため、ロゴの見た目が環境ごとに変わります。そのため警告とします。',
    explanation: 'テキストは閲覧者の環境にあるフォントで描画されるため、ロゴの見た目が環境ごとに変わる可能性があります。描画チェックでは同梱の 1 つのフォント（DejaVu Sans）で描画するため、テキストを含むロゴは、そのテキストをアウトライン化した同じロゴと同じ判定結果になります。',
    fix: 'テキストをアウトラインに変換してください（Inkscape：「パス」›「オブジェクトをパスへ」、Illustrator：「書式」›「アウトラインを作成」）。',
    message: () => '<text> が見つかりました。テキストは閲覧者のフォントで描画されます。',
  },
  SVG_SIZE_OVER_32KB: {
    title: 'ロゴ ファイルが 32 KiB を超えています',
    why: `${KIB(policy.logo.warnBytes)} を超えるロゴには、通常、エディターのデータや不要な精度が含まれています。そのため警告とします。`,
    explanation: `${KIB(policy.logo.warnBytes)} を超えるロゴには、通常、エディターのデータ、埋め込みフォント、または不要な精度が含まれています。`,
    fix: 'ロゴを最適化するか（提出パッケージの作成時に svgo で最適化されます）、パスを簡略化してください。',
    message: (a) => `ロゴのサイズは ${a.size} バイトです。ロゴは通常 ${KIB(policy.logo.warnBytes)} 未満です。`,
  },
} satisfies Record<keyof typeof logoCodes, CodeWords>;
