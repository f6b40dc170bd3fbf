import type { nameCodes } from '../../../checks/catalog/names.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import { CONTROL, WHITESPACE } from './reasons.js';
import { wordsFor } from '../../types.js';
import { PRODUCT_VERSION_REASONS } from './user-agent.js';

const MAX = policy.productNameMaxLength;

/** Finding codes of the company name, the product name and the product version. */
export const nameWords = {
  COMPANY_NAME_EMPTY: {
    title: '会社名が空です',
    why: 'ページでは「会社」の掲載情報が求められ、User-Agent は {CompanyName} から作成されます。空の名前はどちらにも使えません。',
    explanation: '会社名は User-Agent の {CompanyName} 部分になり、掲載情報と一緒に表示されます。',
    fix: 'companyName に、顧客に知られている会社名を設定してください。',
    message: () => 'companyName が空です。',
  },
  COMPANY_NAME_CONTROL_CHARACTER: {
    title: '会社名に制御文字が含まれています',
    why: CONTROL,
    explanation: '制御文字（タブ、改行、エスケープ シーケンス）は、ポータルや HTTP ヘッダーでは見えないか、危険です。',
    fix: '示された文字を削除してください。',
    message: (a) => `companyName の位置 ${a.position} に制御文字 ${a.char} が含まれています。`,
  },
  COMPANY_NAME_WHITESPACE: {
    title: '会社名の先頭または末尾に空白があります',
    why: WHITESPACE,
    explanation: '先頭や末尾の空白は、貼り付け先のフォームでは見えず、名前を比較したときに一致しない原因になります。',
    fix: '値の前後の空白を削除してください（提出パッケージに含まれる正規化された掲載情報では削除されます）。',
    message: (a) => `companyName ${a.value} の先頭または末尾に空白があります。`,
    hint: (a) => `${a.trimmed} を使用してください。`,
  },
  PRODUCT_NAME_EMPTY: {
    title: '製品名が空です',
    explanation: '製品名は掲載情報の 6 項目の 1 つで、User-Agent の {ProductName} 部分になります。',
    fix: 'productName に、パートナー タイルに表示する名前を設定してください。',
    message: () => 'productName が空です。',
  },
  PRODUCT_NAME_CONTROL_CHARACTER: {
    title: '製品名に制御文字が含まれています',
    why: CONTROL,
    explanation: '制御文字は、ポータルや HTTP ヘッダーでは見えないか、危険です。',
    fix: '示された文字を削除してください。',
    message: (a) => `productName の位置 ${a.position} に制御文字 ${a.char} が含まれています。`,
  },
  PRODUCT_NAME_WHITESPACE: {
    title: '製品名の先頭または末尾に空白があります',
    why: WHITESPACE,
    explanation: '先頭や末尾の空白は、タイル上では見えず、名前を比較したときに一致しない原因になります。',
    fix: '値の前後の空白を削除してください（提出パッケージに含まれる正規化された掲載情報では削除されます）。',
    message: (a) => `productName ${a.value} の先頭または末尾に空白があります。`,
    hint: (a) => `${a.trimmed} を使用してください。`,
  },
  PRODUCT_NAME_TOO_LONG: {
    title: '製品名が長すぎます',
    why: `ページに長さの指定はありませんが、${MAX} 文字はパートナー タイルに表示できる長さを超えています。`,
    explanation: `${MAX} 文字を超える製品名はパートナー タイルに収まりません。この上限は mde-partner のポリシーです。`,
    fix: '顧客が検索に使う短い製品名を使用してください。',
    message: (a) => `productName は ${a.length} 文字です。使用できるのは最大 ${MAX} 文字です。`,
  },
  PRODUCT_VERSION_INVALID: {
    title: '製品バージョンが HTTP トークンではありません',
    why: 'RFC 9110 §10.1.5（product-version はトークン）および §5.6.2（トークン）',
    explanation: 'バージョンは User-Agent の製品トークンの末尾になるため、RFC 9110 のトークンである必要があります：使用できるのは英字、数字、!#$%&\'*+-.^_`|~ で、空白やスラッシュは使用できません。',
    fix: '1.0.0 のようなバージョンを使用してください。',
    message: (a) => `productVersion ${a.value} は HTTP トークンではありません：${wordsFor(PRODUCT_VERSION_REASONS, a)}。`,
    hint: (a) => (a.suggestion ? `${a.suggestion} を使用してください。` : undefined),
  },
  PRODUCT_VERSION_NOT_SEMVER: {
    title: '製品バージョンがバージョン番号の形式ではありません',
    why: 'ページの例では 1.0.0 が使われています。バージョン番号らしい値にすると、Microsoft の統計で User-Agent が役立ちます。推奨事項のため、警告とします。',
    explanation: '1.0.0 や 2024.3 のようなバージョンにすると、Microsoft がトラフィックを調べるときに User-Agent が役立ちます。これは mde-partner の推奨事項です。',
    fix: 'MAJOR.MINOR[.PATCH] の形式を使用してください（必要に応じて -prerelease を付けられます）。',
    message: (a) => `productVersion ${a.value} はバージョン番号の形式ではありません（例：1.0.0）。`,
  },
} satisfies Record<keyof typeof nameCodes, CodeWords>;
