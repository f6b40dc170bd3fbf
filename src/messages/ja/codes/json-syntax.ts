import type { JsonSyntaxCause } from '../../../checks/catalog/json-syntax.js';
import { jsonSyntaxFrom, type JsonSyntaxWords } from '../../types.js';


/** Control characters named rather than given by code point. */
const CONTROL_NAMES: Readonly<Record<string, string>> = { 'U+0009': 'タブ', 'U+000A': '改行', 'U+000D': '復帰（CR）' };

/** jsonc-parser's ParseErrorCode names in words, for an error whose cause is not recognised. */
const PARSE_ERRORS: Readonly<Record<string, string>> = {
  InvalidSymbol: '予期しない文字',
  InvalidNumberFormat: '数値の形式が正しくありません',
  PropertyNameExpected: 'ダブルクォートで囲んだプロパティ名が必要です',
  ValueExpected: '値が必要です',
  ColonExpected: 'コロンが必要です',
  CommaExpected: 'カンマが必要です',
  CloseBraceExpected: '} が必要です',
  CloseBracketExpected: '] が必要です',
  EndOfFileExpected: 'JSON 値の終わりの後に余分な内容があります',
  InvalidCommentToken: 'コメントが正しくありません',
  UnexpectedEndOfComment: 'コメントが閉じられていません',
  UnexpectedEndOfString: '文字列が閉じられていません',
  UnexpectedEndOfNumber: '数値が途中で終わっています',
  InvalidUnicode: 'Unicode エスケープが正しくありません',
  InvalidEscapeCharacter: 'エスケープ文字が正しくありません',
  InvalidCharacter: '使用できない文字があります',
};

/** The parser's error (jsonc-parser's ParseErrorCode: "InvalidSymbol", "CommaExpected", …) in words. */
function parseErrorWords(code: unknown): string {
  if (code === undefined || code === 'Unknown') return '予期しない内容';
  return Object.hasOwn(PARSE_ERRORS, String(code)) ? PARSE_ERRORS[String(code)]! : `構文エラー（${String(code)}）`;
}

/**
 * The likely causes of a JSON syntax error (found by looking at the text at the error), each with
 * what was found and how to fix it. Every JSON file the tool reads is worded from here: the listing,
 * the answers file of `init`, an Entra manifest.
 */
const JSON_SYNTAX = {
  'trailing-comma': {
    found: (a) => `${a.found} の前の末尾のカンマ`,
    fix: () => 'カンマを削除してください：JSON では、オブジェクトの最後のメンバーや配列の最後の項目の後にカンマを置けません。',
  },
  comment: {
    found: (a) => `コメント（${a.found}…）`,
    fix: () => 'コメントを削除してください：JSON にはコメントがありません。',
  },
  'single-quotes': {
    found: () => 'シングルクォートで囲んだ文字列またはキー',
    fix: () => `ダブルクォートを使用してください：'Contoso' ではなく "Contoso" と書きます。`,
  },
  'unquoted-key': {
    found: (a) => `引用符で囲まれていないキー（${a.found}）`,
    fix: (a) => `キーをダブルクォートで囲んでください："${a.found}"。`,
  },
  'unquoted-value': {
    found: (a) => `引用符で囲まれていない値（${a.found}）`,
    fix: () => 'テキストはダブルクォートで囲んでください。JSON で引用符なしで書ける語は、小文字の true、false、null だけです。',
  },
  'missing-comma': {
    found: () => 'このメンバーまたは項目の前のカンマの欠落',
    fix: () => '前の値の後にカンマを追加してください（メンバーごとに行を分けている場合は、前の行の末尾です）。',
  },
  'unclosed-string': {
    found: () => '閉じられていない文字列',
    fix: () => '文字列は同じ行内でダブルクォートで閉じてください。文字列内の改行は \\n と書きます。',
  },
  'unclosed-object': {
    found: (a) => `閉じられていないオブジェクト（${a.openLine} 行 ${a.openColumn} 列の {）`,
    fix: () => '末尾に不足している } を追加するか、最後の完全なメンバーより後ろを削除してください。',
  },
  'unclosed-array': {
    found: (a) => `閉じられていない配列（${a.openLine} 行 ${a.openColumn} 列の [）`,
    fix: () => '最後の項目の後に不足している ] を追加してください。',
  },
  bom: {
    found: () => 'ファイルの先頭以外にあるバイト オーダー マーク（U+FEFF、不可視）',
    fix: () => '不可視の文字を削除してください：ファイルを BOM なしの UTF-8 で保存し、先頭の { の前には何も置かないでください。',
  },
  'smart-quotes': {
    found: (a) => `通常のダブルクォート " が必要な箇所にある印刷用の引用符 ${a.found}`,
    fix: () => '“ ” や ‘ ’ を " に置き換えてください（ワープロや「スマート クォート」の設定で入力されます）。ファイルはプレーン テキスト エディターで編集してください。',
  },
  utf16: {
    found: () => 'UTF-16 のテキスト（ファイルが UTF-8 で保存されていません）',
    fix: () => 'ファイルを UTF-8 で保存してください（メモ帳の場合は「名前を付けて保存」で「エンコード」に UTF-8 を選びます）。',
  },
  'control-character': {
    found: (a) => `文字列内の${CONTROL_NAMES[String(a.found)] ?? `制御文字 ${a.found}`}`,
    fix: () => 'タブは \\t、改行は \\n と書くか、その文字を削除してください。',
  },
  empty: {
    found: () => '空のファイル',
    fix: () => 'ファイルに JSON オブジェクトを 1 つ記述してください（例：{"companyName": "Contoso"}）。',
  },
  'extra-content': {
    found: () => 'JSON オブジェクトの終わりの後にある余分な内容',
    fix: () => 'ファイルに記述できる JSON オブジェクトは 1 つだけです：閉じかっこ } より後ろを削除してください。',
  },
} satisfies Record<JsonSyntaxCause, JsonSyntaxWords>;

/** A JSON syntax error in words: what was found (the likely cause, else the parser's error) and, for a known cause, how to fix it. */
export const jsonSyntaxWords = jsonSyntaxFrom(JSON_SYNTAX, parseErrorWords);
