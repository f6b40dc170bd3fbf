import type * as IDS from '../../../checks/catalog/listing.js';
import type { listingCodes } from '../../../checks/catalog/listing.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import { BOUNDS, FILE_FORMAT, INTEGRITY } from './reasons.js';
import { wordsFor, type Phrase } from '../../types.js';
import { describeFound, startFound } from './values.js';
import { jsonSyntaxWords } from './json-syntax.js';
import { amount, gap, gapAfter, KIB } from './words.js';

/** Names given as alternatives: "level"、"threshold" のいずれかまたは両方. */
const eitherOf = (known: unknown) => {
  if (!known) return '値';
  const names = String(known).split(', ').map((name) => `"${name}"`);
  return names.length === 1 ? names[0]! : `${names.join('、')} のいずれかまたは両方`;
};

/** The JSON types the schema asks for, and a rule (a severity or an object). */
const EXPECTED_TYPES = {
  string: () => '文字列',
  boolean: () => 'ブール値（true または false）',
  array: () => '配列',
  object: () => 'オブジェクト',
  number: () => '数値',
  integer: () => '整数',
  rule: (a) => `重大度（"off"、"warn"、"error" のいずれか）または ${gapAfter(eitherOf(a.known))}を持つオブジェクト`,
} satisfies Record<(typeof IDS.EXPECTED_TYPES)[number], Phrase>;

/** How a value breaks a schema constraint that no more specific code covers. */
const INVALID_VALUE = {
  'empty-object': (a) => `${a.pointer} は空のオブジェクトです。${gapAfter(eitherOf(a.known))}を指定するか、削除してください`,
  duplicate: (a) => `項目 ${a.first} と ${a.second} が同じです。各値は 1 回だけ指定できます`,
  schema: (a) => `${a.pointer || '掲載情報'}${a.pointer ? ' ' : ''}がスキーマの "${a.keyword}" 制約に違反しています`,
} satisfies Record<(typeof IDS.INVALID_VALUE)[number], Phrase>;

/** The range a rule's threshold must be in. */
const THRESHOLD_RANGES = {
  'side-share': () => '0 から 1 までの数値（辺の長さに対する割合）',
  'half-side-share': () => '0 から 0.5 までの数値（辺の長さに対する割合）',
  aspect: () => '1 以上の数値（長辺 / 短辺）',
} satisfies Record<(typeof IDS.THRESHOLD_RANGES)[number], Phrase>;


/** Finding codes of the listing file: its JSON, its fields and its rule overrides. */
export const listingWords = {
  LISTING_JSON_INVALID: {
    title: '掲載情報が有効な JSON ではありません',
    why: 'RFC 8259 (JSON)',
    explanation: 'mde-partner.json は JSON ドキュメント（RFC 8259）である必要があります：コメントや末尾のカンマは使用できず、キーはダブルクォートで囲みます。',
    fix: '示された行と列の構文を修正するか、`mde-partner init` でファイルを作り直してください。',
    message: (a) => `掲載情報が有効な JSON ではありません：${jsonSyntaxWords(a).found}。`,
    hint: (a) => jsonSyntaxWords(a).fix,
  },
  LISTING_TOO_LARGE: {
    title: '掲載情報ファイルが大きすぎます',
    why: BOUNDS,
    explanation: `掲載情報は数百バイト程度です。時間とメモリを制限するため、${KIB(policy.listing.maxBytes)} を超えるファイルは読み取る前に拒否します。`,
    fix: 'パスが別のファイルではなく mde-partner.json を指していることを確認してください。',
    message: (a) => `掲載情報のサイズは ${amount(a, 'バイト')}です。上限は ${a.limit} バイトです。`,
  },
  LISTING_TOO_DEEP: {
    title: '掲載情報の入れ子が深すぎます',
    why: BOUNDS,
    explanation: `${policy.listing.maxDepth} 階層を超えて入れ子になった JSON は、検証の前に拒否します。そのような入れ子を必要とする掲載情報はなく、サービス拒否（DoS）攻撃の典型的なパターンです。`,
    fix: '入れ子になった配列やオブジェクトを削除してください。',
    message: (a) => `値の入れ子が ${a.limit} 階層を超えています。`,
  },
  LISTING_NOT_OBJECT: {
    title: '掲載情報が JSON オブジェクトではありません',
    why: FILE_FORMAT,
    explanation: '掲載情報ファイルには、掲載情報のフィールドをキーとする JSON オブジェクトを 1 つ記述します。',
    fix: 'フィールドを { … } で囲んでください。examples/valid/mde-partner.json を参考にしてください。',
    message: (a) => `掲載情報のフィールドを含む JSON オブジェクトが必要ですが、${gapAfter(describeFound(a))}が見つかりました。`,
  },
  LISTING_FIELD_MISSING: {
    title: '必須フィールドがありません',
    explanation: 'companyName、productName、productVersion、description、logo、landingPage、multiTenant は必須です。これらを合わせて、Microsoft が求める掲載情報の 6 項目になります。',
    fix: 'メッセージに示されたフィールドを追加してください。',
    message: (a) => `必須フィールド "${a.name}" がありません。`,
    hint: (a) => (a.example ? `追加例："${a.name}": ${a.example}` : undefined),
  },
  LISTING_FIELD_TYPE: {
    title: 'フィールドの型が正しくありません',
    why: `${FILE_FORMAT}${INTEGRITY}`,
    explanation: '掲載情報の各フィールドには決まった JSON 型があります（schemas/listing.schema.json を参照してください）。',
    fix: '値を必要な型に変更してください。',
    message: (a) => `${gapAfter(wordsFor(EXPECTED_TYPES, a, 'expected'))}が必要ですが、${gapAfter(describeFound(a))}が見つかりました。`,
  },
  LISTING_FIELD_UNKNOWN: {
    title: '不明なフィールドです（入力ミスの可能性があります）',
    why: 'フィールド名に入力ミス（"descripton" など）があると、何の通知もなく値が失われてしまいます。提出パッケージには既知のフィールドしか含まれないため、このルールは緩和できます。',
    explanation: '"descripton" のような入力ミスで値が知らないうちに失われることがないよう、不明なフィールドは拒否します。',
    fix: 'フィールド名を候補の名前に変更するか、フィールドを削除してください。',
    message: (a) => `フィールド "${a.name}" は不明です。`,
    hint: (a) => (a.suggestion ? `"${a.suggestion}" のことですか？` : `既知のフィールド：${a.known}。`),
  },
  LISTING_VALUE_NOT_ALLOWED: {
    title: '許可されていない値です',
    why: `カテゴリとシナリオには Microsoft のパートナー ページ（partner-applications.md、partner-integration.md）の名前を使い、ルールのレベルは "off"、"warn"、"error" のいずれかです。これにより入力ミスを検出できます。${INTEGRITY}`,
    explanation: 'カテゴリとシナリオは、Microsoft のパートナー ページに記載されているものです。ルールの上書きは "off"、"warn"、"error" のいずれかです。',
    fix: 'ヒントに示された値のいずれかを使用してください。',
    message: (a) => `${gapAfter(startFound(a))}はここでは使用できません。`,
    hint: (a) => `使用できる値：${a.allowed}。`,
  },
  LISTING_VALUE_INVALID: {
    title: '値がスキーマに一致しません',
    why: `${FILE_FORMAT}${INTEGRITY}`,
    explanation: '値が schemas/listing.schema.json の制約のうち、より具体的なコードの対象ではない制約に違反しています。',
    fix: 'メッセージに従って値を変更してください。',
    message: (a) => `${wordsFor(INVALID_VALUE, a)}。`,
  },
  LISTING_RULE_UNKNOWN: {
    title: 'ルールの上書きに不明なコードが指定されています',
    why: '存在しないコードを上書きしても何も変わりません。多くの場合、入力ミスです。',
    explanation: '"rules" のキーは検出結果コードである必要があります。不明なキーは多くの場合入力ミスで、何も上書きしません。',
    fix: '`mde-partner explain --list` に表示されるコードを使用してください。',
    message: (a) => `"${a.name}" は検出結果コードではありません。`,
    hint: (a) => (a.suggestion ? `"${a.suggestion}" のことですか？` : 'コードの一覧は `mde-partner explain --list` で確認できます。'),
  },
  LISTING_RULE_LOCKED: {
    title: 'ロックされたルールを緩和しようとしています',
    why: 'セキュリティ：悪意のある入力を防ぐルールが、そのルールで判定される掲載情報自身の中で無効にされないようにするためです。',
    explanation: '悪意のある入力や読み取れない入力を防ぐルール（スクリプト、外部参照、不正な形式の XML、ヘッダー インジェクションなど）は、重大度を引き上げることはできますが、緩和することはできません。',
    fix: '上書きを削除し、代わりに検出された問題を修正してください。',
    message: (a) => `${a.name} を "${a.level}" に設定することはできません：このルールは悪意のある入力や読み取れない入力を防ぎます。`,
  },
  LISTING_RULE_THRESHOLD_INVALID: {
    title: 'ルールの上書きに使用できないしきい値があります',
    why: 'しきい値のないルールに指定したしきい値や、範囲外のしきい値は何も変えません。多くの場合、誤りです。',
    explanation: 'しきい値を持つのはロゴの描画チェック（SVG_OCCUPANCY_LOW、SVG_NOT_CENTRED、SVG_CONTENT_NOT_SQUARE）だけで、それぞれ決まった範囲の数値を受け付けます。それ以外の場所に指定したしきい値は何も変えません。',
    fix: '"threshold" を削除するか、メッセージに示された範囲の数値を指定してください。',
    message: (a) => (a.range
      ? `${a.name} のしきい値は${gap(wordsFor(THRESHOLD_RANGES, a, 'range'))}である必要がありますが、${a.value} が指定されています。`
      : `${a.name} には変更できるしきい値がありません。`),
  },
} satisfies Record<keyof typeof listingCodes, CodeWords>;
