import type * as IDS from '../../../checks/catalog/entra.js';
import type { entraCodes } from '../../../checks/catalog/entra.js';
import type { CodeWords } from '../../types.js';
import { policy, requirements as MS } from '../../../domain/requirements.js';
import type { Args } from '../../../checks/args.js';
import { CONTROL, INTEGRITY } from './reasons.js';
import { wordsFor, type Phrase } from '../../types.js';
import { unreadableWords } from './files.js';
import { jsonSyntaxWords } from './json-syntax.js';
import { describeFound } from './values.js';
import { amount, gapAfter, KIB } from './words.js';

/** A manifest that is not an object: its first keys, and how many more it has. */
const keys = (a: Args) => (Number(a.keyCount) === 0 ? '空のオブジェクト' : `キー ${a.keys}${Number(a.keyCount) > 6 ? ` ほか ${Number(a.keyCount) - 6} 個` : ' '}を持つオブジェクト`);
const found = (a: Args) => `が、${gapAfter(describeFound(a))}が見つかりました`;

/**
 * What the manifest (or a value in it, at `a.at`) should have been, with what was found instead: the
 * whole sentence after "Entra マニフェスト <path>".
 */
const MANIFEST_EXPECTED = {
  file: (a) => ` ${unreadableWords(a)}`,
  size: (a) => ` のサイズは ${amount(a, 'バイト')}です。上限は ${a.limit} バイトです`,
  depth: (a) => ` は値の入れ子が上限の ${a.limit} 階層を超えています`,
  json: (a) => ` は有効な JSON ではありません：${jsonSyntaxWords(a).found}`,
  object: (a) => ` は JSON オブジェクト（アプリ マニフェスト）である必要があります${found(a)}`,
  manifest: (a) => ' は Entra アプリ マニフェストではありません。Microsoft Graph 形式（"displayName"、"signInAudience"、"requiredResourceAccess"）'
    + `または Azure AD Graph 形式（"name"、"availableToOtherTenants" または "signInAudience"、"requiredResourceAccess"）が必要ですが、${keys(a)}が見つかりました`,
  'display-name': (a) => ` の ${a.at} には文字列（アプリの表示名）が必要です${found(a)}`,
  audience: (a) => ` の ${a.at} には "${MS.entra.multiTenantAudience}" のような文字列が必要です${found(a)}`,
  boolean: (a) => ` の ${a.at} には true または false が必要です${found(a)}`,
  'access-list': (a) => ` の ${a.at} には {"resourceAppId", "resourceAccess"} の配列が必要です${found(a)}`,
  'access-entry': (a) => ` の ${a.at} にはオブジェクト {"resourceAppId", "resourceAccess"} が必要です${found(a)}`,
  'app-id': (a) => ` の ${a.at} には文字列（API のアプリケーション ID）が必要です${found(a)}`,
  permissions: (a) => ` の ${a.at} には {"id", "type"} の配列が必要です${found(a)}`,
} satisfies Record<(typeof IDS.MANIFEST_EXPECTED)[number], Phrase>;


/** What in the manifest makes it single-tenant. */
const SINGLE_TENANT = {
  audience: (a) => `"signInAudience": ${a.audience}`,
  'not-shared': () => '"availableToOtherTenants": false',
  'no-audience': () => '"signInAudience" がありません',
  'no-audience-nor-shared': () => '"signInAudience" も "availableToOtherTenants" もありません',
} satisfies Record<(typeof IDS.SINGLE_TENANT)[number], Phrase>;

/** Where the manifest lacks the WindowsDefenderATP permissions. */
const NO_PERMISSIONS = {
  'no-access-list': () => '"requiredResourceAccess" がありません',
  'no-entry': () => '"requiredResourceAccess" にこの API のエントリがありません',
  'empty-entry': () => 'この API のエントリの "resourceAccess" が空です',
} satisfies Record<(typeof IDS.NO_PERMISSIONS)[number], Phrase>;

/** Finding codes of the Entra application: its name and, when given, its manifest. */
export const entraWords = {
  ENTRA_APP_NAME_REQUIRED: {
    title: 'マルチテナントの統合には Entra アプリ名が必要です',
    explanation: '統合でマルチテナントの Entra アプリを使用する場合、Microsoft は Microsoft Entra アプリケーション名を求めています。',
    fix: 'entraAppName にアプリの登録の表示名を設定するか、multiTenant を false に設定してください。',
    message: () => 'multiTenant が true ですが、entraAppName が指定されていないか空です。',
  },
  ENTRA_APP_NAME_TOO_LONG: {
    title: 'Entra アプリ名が 256 文字を超えています',
    why: 'Microsoft Graph の application リソースの種類：displayName は最大 256 文字',
    explanation: `Microsoft Entra アプリケーションの表示名は最大 ${MS.entra.appNameMaxLength} 文字のため、これより長い名前はアプリの名前ではありえません。`,
    fix: 'Microsoft Entra 管理センターのアプリの登録から表示名をコピーしてください。',
    message: (a) => `entraAppName は ${a.length} 文字です。Entra で使用できるのは最大 ${MS.entra.appNameMaxLength} 文字です。`,
  },
  ENTRA_APP_NAME_CONTROL_CHARACTER: {
    title: 'Entra アプリ名に制御文字が含まれています',
    why: CONTROL,
    explanation: '制御文字は目に見えず、貼り付けて使うアプリの表示名に含まれることはありません。',
    fix: '示された文字を削除してください。',
    message: (a) => `entraAppName の位置 ${a.position} に制御文字 ${a.char} が含まれています。`,
  },
  ENTRA_APP_NAME_UNUSED: {
    title: 'シングルテナントの統合に Entra アプリ名が指定されています',
    explanation: 'Microsoft が Entra アプリケーション名を求めるのは、統合でマルチテナントのアプリを使用する場合だけです。',
    fix: 'アプリがマルチテナントの場合は multiTenant を true に設定し、そうでない場合は entraAppName を削除してください。',
    message: () => 'entraAppName が設定されていますが、multiTenant が false です。この名前は提出内容に含まれません。',
  },
  ENTRA_MANIFEST_INVALID: {
    title: 'Entra アプリ マニフェストを使用できません',
    why: `セキュリティ：マニフェストは信頼されていない入力として、決められた上限の範囲内で読み取ります。${INTEGRITY}`,
    explanation: `entraManifest には、Microsoft Entra 管理センターからエクスポートしたアプリ マニフェスト（「アプリの登録」› 対象のアプリ ›「マニフェスト」›「ダウンロード」）を、掲載情報ファイルからの相対パスで指定します。マニフェストは信頼されていない入力として読み取ります：サイズは最大 ${KIB(policy.entraManifest.maxBytes)}（読み取る前に確認）、入れ子は最大 ${policy.entraManifest.maxDepth} 階層で、Microsoft Graph 形式（displayName、signInAudience、requiredResourceAccess）または以前の Azure AD Graph 形式（name、availableToOtherTenants または signInAudience、requiredResourceAccess）の JSON オブジェクト 1 つである必要があります。`,
    fix: 'アプリの登録からマニフェストを再度ダウンロードして entraManifest でそのファイルを指定するか、entraManifest を削除してください。',
    message: (a) => `Entra マニフェスト ${a.path}${wordsFor(MANIFEST_EXPECTED, a, 'expected')}。`,
  },
  ENTRA_MANIFEST_NOT_MULTI_TENANT: {
    title: 'Entra アプリ マニフェストがマルチテナントではありません',
    why: 'ページでは、マルチテナントの方法を使用する場合に名前が求められています。マニフェストで自身のテナントにしかサインインを許可していないアプリは、掲載情報で指定されたマルチテナント アプリではありません。',
    explanation: `掲載情報では統合がマルチテナントの Entra アプリを使用するとされています。Microsoft のパートナー ページでは、すべての顧客テナントが同意できるように、アプリを「任意の組織ディレクトリ内のアカウント」（signInAudience ${MS.entra.multiTenantAudience}）として登録しています。AzureADandPersonalMicrosoftAccount もマルチテナントとみなします（mde-partner の解釈：この場合もすべての組織が同意できるため）。以前の Azure AD Graph 形式では、availableToOtherTenants が false の場合はシングルテナントです。`,
    fix: `アプリの登録で「認証」›「サポートされているアカウントの種類」を「任意の組織ディレクトリ内のアカウント」（"signInAudience": "${MS.entra.multiTenantAudience}"）に設定し、マニフェストを再度ダウンロードしてください。または、multiTenant を false に設定してください。`,
    message: (a) => `Entra マニフェスト ${a.path} はマルチテナントではありません（${wordsFor(SINGLE_TENANT, a)}）が、掲載情報の multiTenant は true です。`,
  },
  ENTRA_MANIFEST_NAME_MISMATCH: {
    title: 'Entra アプリ名がマニフェストと異なります',
    why: '名前は「アプリケーションの使用状況を追跡する」ために求められており、登録されたとおりのアプリの表示名でなければ役に立ちません。',
    explanation: 'Microsoft はマルチテナントの Entra アプリケーションの名前を求めています。顧客が同意するアプリを Microsoft が見つけられるように、entraAppName はアプリ マニフェストの表示名（displayName、Azure AD Graph 形式では name）と完全に一致する必要があります。',
    fix: 'マニフェストの表示名を entraAppName にコピーするか、アプリの登録の名前を変更してマニフェストを再度ダウンロードしてください。',
    message: (a) => `entraAppName ${a.listingName} は、マニフェストの ${a.key} ${a.manifestName} と異なります（${a.path}）。`,
    hint: (a) => (a.manifestName ? `entraAppName を ${a.manifestName} に設定するか、Entra でアプリの名前を変更してください。` : undefined),
  },
  ENTRA_MANIFEST_NO_MDE_PERMISSIONS: {
    title: 'Entra アプリ マニフェストが Defender for Endpoint API のアクセス許可を要求していません',
    why: 'Defender for Endpoint API のアクセス許可を何も要求していないアプリは、おそらくこの API を呼び出すアプリではありません。この API のアプリケーション ID は Learn のページではなく公開スクリプトから得たものです。そのため警告とします。',
    explanation: `Microsoft のパートナー ページでは、アプリが WindowsDefenderATP API のアクセス許可を要求しています（「API のアクセス許可」›「所属する組織で使用している API」› WindowsDefenderATP）。マニフェストでは、resourceAppId が ${MS.entra.windowsDefenderAtpAppId}（この API のアプリケーション ID。Learn のページではなく公開スクリプトから判明したもの）の requiredResourceAccess エントリに当たります。エラーではなく警告とするのは、Graph セキュリティ API だけを使用する統合では、代わりに Microsoft Graph のアクセス許可が必要になるためです。`,
    fix: '統合で使用する WindowsDefenderATP のアクセス許可（Alert.Read.All など）を「API のアクセス許可」で追加して同意を付与し、マニフェストを再度ダウンロードしてください。',
    message: (a) => `Entra マニフェスト ${a.path} は WindowsDefenderATP API (resourceAppId ${a.appId ?? MS.entra.windowsDefenderAtpAppId}) のアクセス許可を要求していません${a.reason ? `: ${wordsFor(NO_PERMISSIONS, a)}` : ''}。`,
  },
} satisfies Record<keyof typeof entraCodes, CodeWords>;
