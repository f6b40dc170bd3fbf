import type { ErrorWords } from '../en/errors.js';
import { formatFor } from '../format.js';
import { LOCALES } from '../locale.js';

const f = formatFor('ja');

export const errors = {
  invalidLanguage: (a) =>
    a.from === 'flag'
      ? `--lang ${a.value} は mde-partner が対応している言語ではありません。${f.list(LOCALES, 'disjunction')} のいずれかを指定してください（例：--lang ja）。`
      : `MDE_PARTNER_LANG の値 ${a.value} は mde-partner が対応している言語ではありません。${f.list(LOCALES, 'disjunction')} のいずれかを設定するか、変数を削除して LC_ALL、LC_MESSAGES、LANG に従ってください。`,
  versionForProduct: (a) =>
    `「${a.command}」に ${a.option} オプションはありません。指定すると mde-partner 自体のバージョンが表示されます。製品のバージョンは --product-version で指定してください（例：--product-version 1.0.0）。`,
  versionAfterCommand: (a) =>
    `「${a.command}」に ${a.option} オプションはありません。mde-partner のバージョンは「mde-partner --version」で表示できます。`,
  cancelled: 'キャンセルしました。何も書き込んでいません。',
  internal: (a) =>
    `内部エラー：${a.detail}\nmde-partner ${a.version} の不具合です。実行したコマンドを添えて報告してください。${a.debug ? '' : '（DEBUG=1 を設定すると詳細を表示します。）'}`,

  listingNotFound: (a) => `${a.given} は存在しません。掲載情報ファイル、または ${a.file} を含むフォルダーを指定してください。`,
  noListingInFolder: (a) => `${a.given} に ${a.file} がありません。「mde-partner init」で作成するか、掲載情報のパスを指定してください。`,
  noListingHere: (a) => `このフォルダーに ${a.file} がありません。「mde-partner init」で作成するか、掲載情報のパスを指定してください。`,

  invalidExpected: (a) =>
    `--expect ${a.value} は有効なパートナー User-Agent ではありません：${a.problem}\n統合が送信すべき値を指定してください（例：--expect MdePartner-Contoso-ContosoCognito/1.0.0。「mde-partner ua derive」も参照）。`,
  invalidListingUserAgent: (a) =>
    `${a.listing} の User-Agent ${a.value} は有効なパートナー User-Agent ではありません：${a.problem}\n修正するか（mde-partner validate ${a.listing}）、--expect <user-agent> を指定してください。`,
  noExpectedUserAgent: (a) =>
    `想定する User-Agent がありません。--expect <user-agent>（例：--expect MdePartner-Contoso-ContosoCognito/1.0.0）または --listing <path>（掲載情報ファイル、または ${a.file} を含むフォルダー）を指定してください。このフォルダーには、取得元となる ${a.file} がありません。`,
  listingUnusable: (a) =>
    `${a.listing} から想定する User-Agent を取得できません：${a.problem ?? '掲載情報ではありません。'}\n「mde-partner validate ${a.listing}」を実行するか、--expect <user-agent> を指定してください。`,
  listingWithoutUserAgent: (a) =>
    `${a.listing} に userAgent がなく、companyName、productName、productVersion からも生成できません。\n「mde-partner validate ${a.listing}」で理由を確認するか、--expect <user-agent> を指定してください。`,
  captureNotFound: (a) => `${a.given} は存在しません。HAR キャプチャ ファイル（.har）を指定してください。`,
  captureNotFile: (a) =>
    `${a.given} はファイルではありません。HAR キャプチャ ファイル（.har）を指定してください。ブラウザーの開発者ツールから、または mitmdump --set hardump=capture.har でエクスポートできます。`,

  parse: {
    error: (a) => `エラー：${a.message}`,
    quote: (value) => `「${value}」`,
    unknownOption: (a) => `${a.option}は不明なオプションです。`,
    unknownCommand: (a) => `${a.command}は不明なコマンドです。`,
    didYouMean: (a) => `（${f.list(a.candidates, 'disjunction')}のことですか？）`,
    missingArgument: (a) => `必須の引数${a.argument}が指定されていません。`,
    optionMissingArgument: (a) => `オプション${a.option}には値が必要です。`,
    missingMandatoryOption: (a) => `必須のオプション${a.option}が指定されていません。`,
    invalidChoice: (a) => `オプション${a.option}に${a.value}は指定できません。指定できる値：${f.list(a.choices, 'disjunction')}。`,
    invalidArgument: (a) => `引数${a.argument}に${a.value}は指定できません。指定できる値：${f.list(a.choices, 'disjunction')}。`,
    excessArguments: (a) => `${a.command}の引数が多すぎます。指定できる引数は ${f.number(a.expected)} 個ですが、${f.number(a.got)} 個指定されました。`,
    conflictingOption: (a) => `オプション${a.option}とオプション${a.other}は同時に指定できません。`,
    seeHelp: (a) => `使い方は「${a.command} --help」で確認できます。`,
  },

  unknownCode: (a) => `不明なコードです：${a.code}。${a.suggestion ? `${a.suggestion} のことですか？` : ''}すべてのコードは「mde-partner explain --list」で確認できます。`,
  unreadableFile: (a) => `${a.path} ${a.why}。`,
} satisfies ErrorWords;
