import type * as IDS from '../../../checks/catalog/bundle.js';
import type { bundleCodes } from '../../../checks/catalog/bundle.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import { BOUNDS, BUNDLE, OUTSIDE } from './reasons.js';
import { wordsFor, type Phrase } from '../../types.js';
import { amount } from './words.js';

/** Why svgo gave no optimized logo; `detail` is the worker's own error message. */
const NOT_OPTIMIZED = {
  timeout: (a) => `svgo の処理が ${a.seconds} 秒を超えました`,
  memory: (a) => `svgo に ${a.limit} MiB を超えるメモリが必要でした`,
  failed: (a) => `svgo が失敗しました：${a.detail}`,
  stopped: () => 'svgo が結果を返さずに停止しました',
} satisfies Record<(typeof IDS.NOT_OPTIMIZED)[number], Phrase>;


/** Why a path in a bundle (an entry, or a path in its listing.json) is not safe to open: the end of a sentence that starts with the path. */
const UNSAFE_PATH = {
  backslash: () => 'にバックスラッシュが含まれています',
  absolute: () => 'は絶対パスです',
  'climbs-out': () => 'は ".." で上位のフォルダーに出ます',
  nul: () => 'に NUL が含まれています',
  'invalid-characters': () => 'にファイル名に使用できない文字が含まれています',
  outside: () => 'は提出パッケージの外を指しています',
  'not-in-bundle': () => 'は提出パッケージのファイルではありません',
  symlink: () => 'はシンボリック リンクです',
  folder: () => 'はファイルではなくフォルダーです',
  'not-regular': () => 'は通常のファイルではありません（FIFO、デバイス、またはソケットです）',
  'not-listed': () => 'は manifest.json に記載されたファイルではないか、シンボリック リンクの先にあります',
} satisfies Record<(typeof IDS.UNSAFE_PATH)[number], Phrase>;


/** Why manifest.json is not a manifest; `detail` is the JSON parser's own message. */
const MANIFEST_INVALID = {
  syntax: (a) => String(a.detail),
  shape: () => '{"tool":{"name":"mde-partner"}, "files":[{"path","sha256"}]} の形式が必要です',
} satisfies Record<(typeof IDS.MANIFEST_INVALID)[number], Phrase>;

/** Why the zip cannot be read safely; `detail` is the zip reader's own message. */
const ZIP_INVALID = {
  'not-regular': (a) => `${a.name} は通常のファイルではありません`,
  duplicate: (a) => `${a.name} が 2 回出現します`,
  encrypted: (a) => `${a.name} は暗号化されています`,
  'unreadable-entry': (a) => `${a.name} を読み取れません`,
  zip: (a) => String(a.detail),
} satisfies Record<(typeof IDS.ZIP_INVALID)[number], Phrase>;

const ASK_AGAIN = 'この提出パッケージは使用しないでください。`mde-partner bundle` で作成した新しい提出パッケージを依頼してください。';

/** Finding codes of bundles: the logo copy `bundle` writes, and the bundles `verify` receives. */
export const bundleWords = {
  BUNDLE_LOGO_NOT_OPTIMIZED: {
    title: '提出パッケージ用にロゴを最適化できませんでした',
    why: BOUNDS,
    explanation: `提出パッケージに含めるロゴのコピーは svgo で最適化します。どのようなロゴでも \`bundle\` が何分も止まらないように、svgo は ${policy.logo.optimize.timeoutMs / 1000} 秒、${policy.logo.optimize.maxMemoryMb} MiB の制限付きで実行します。svgo の処理時間は、CSS ルールの数とそれが適用される要素の数の積に応じて長くなります。失敗した場合は何も書き込みません。`,
    fix: '<style> のルールを要素のプレゼンテーション属性（fill="…"）に置き換え、スタイルが同じパスを結合し、使用していないルールを削除してから、`mde-partner bundle` を再度実行してください。',
    message: (a) => `ロゴを最適化できませんでした：${wordsFor(NOT_OPTIMIZED, a)}。`,
  },
  BUNDLE_MANIFEST_MISSING: {
    title: '提出パッケージに manifest.json がありません',
    why: BUNDLE,
    explanation: '`mde-partner bundle` で作成した提出パッケージには、すべてのファイルとその SHA-256 が manifest.json に記載されています。これがないと何も検証できません。',
    fix: '`mde-partner bundle` で作成した提出パッケージを依頼するか、自分で作成してください。',
    message: () => 'manifest.json がありません。',
  },
  BUNDLE_MANIFEST_INVALID: {
    title: '提出パッケージの manifest.json が有効なマニフェストではありません',
    why: BUNDLE,
    explanation: 'manifest.json は、ツール名と、SHA-256 付きのファイルの一覧を含む JSON である必要があります。',
    fix: '`mde-partner bundle` で提出パッケージを作り直してください。',
    message: (a) => `manifest.json が有効なマニフェストではありません：${wordsFor(MANIFEST_INVALID, a)}。`,
  },
  BUNDLE_FILE_MISSING: {
    title: 'マニフェストに記載されたファイルがありません',
    why: BUNDLE,
    explanation: 'manifest.json に記載されたすべてのファイルが、提出パッケージに含まれている必要があります。',
    fix: '提出パッケージを作り直してください。中のファイルは削除しないでください。',
    message: (a) => `${a.name} は manifest.json に記載されていますが、見つかりません。`,
  },
  BUNDLE_HASH_MISMATCH: {
    title: 'ファイルがマニフェストと異なります',
    why: BUNDLE,
    explanation: 'ファイルの SHA-256 が manifest.json と一致しません：提出パッケージの作成後に変更されています。',
    fix: '提出パッケージを直接編集するのではなく、掲載情報を変更した後に提出パッケージを作り直してください。',
    message: (a) => `${a.name} は提出パッケージの作成後に変更されています（SHA-256 ${a.actual}…、マニフェストの値は ${a.expected}…）。`,
  },
  BUNDLE_FILE_UNLISTED: {
    title: 'マニフェストに記載されていないファイルがあります',
    why: BUNDLE,
    explanation: '提出パッケージには manifest.json に記載されたファイルだけが含まれます。それ以外のものは後から追加されたものです。',
    fix: 'ファイルを削除するか、提出パッケージを作り直してください。',
    message: (a) => `${a.name} は manifest.json に記載されていません。`,
  },
  BUNDLE_LISTING_MISSING: {
    title: '提出パッケージに listing.json がありません',
    why: BUNDLE,
    explanation: '提出パッケージには、正規化された掲載情報が listing.json として含まれます。これがないと掲載情報を検証できません。',
    fix: '`mde-partner bundle` で提出パッケージを作り直してください。',
    message: () => 'listing.json が提出パッケージに含まれていません。',
  },
  BUNDLE_PATH_TRAVERSAL: {
    title: 'エントリのパスが提出パッケージの外を指しています',
    why: OUTSIDE,
    explanation: '".."、絶対パス、ドライブ文字、バックスラッシュを含むエントリ名は、展開先のフォルダーの外に書き込む可能性があります（"zip slip"）。受け取った listing.json が指定するパス（logo、entraManifest）はすべて、提出パッケージの通常のファイルで、マニフェストに記載されている必要があります。絶対パス、".."、シンボリック リンク、フォルダー、FIFO、デバイスを指定されると、verify が提出パッケージの外にあるものを読み取ってしまうため、そのようなパスは開きません。',
    fix: ASK_AGAIN,
    message: (a) => (a.field ? `listing.json の ${a.field} ${a.name} ${wordsFor(UNSAFE_PATH, a)}。このパスは開いていません。` : `エントリ ${a.name} ${wordsFor(UNSAFE_PATH, a)}。`),
  },
  BUNDLE_SYMLINK: {
    title: '提出パッケージにシンボリック リンクが含まれています',
    why: OUTSIDE,
    explanation: 'リンクは、提出パッケージを展開するマシン上の任意の場所を指すことができます。提出パッケージに含まれるのは通常のファイルだけです。',
    fix: ASK_AGAIN,
    message: (a) => `${a.name} はシンボリック リンクです。`,
  },
  BUNDLE_TOO_MANY_ENTRIES: {
    title: '提出パッケージのエントリが多すぎます',
    why: BOUNDS,
    explanation: '提出パッケージのファイルは十数個程度です。上限を超える場合は、何かを展開する前に拒否します。',
    fix: ASK_AGAIN,
    message: (a) => `提出パッケージのエントリ数は ${amount(a, '個', 'count')}です。上限は ${a.limit} 個です。`,
  },
  BUNDLE_ENTRY_TOO_LARGE: {
    title: '提出パッケージのファイルが大きすぎます',
    why: BOUNDS,
    explanation: 'サイズの上限を超えるエントリや提出パッケージ全体は、読み取りや展開の前に拒否します。',
    fix: ASK_AGAIN,
    message: (a) => `${a.name} のサイズは ${amount(a, 'バイト')}です。上限は ${a.limit} バイトです。`,
  },
  BUNDLE_ZIP_BOMB: {
    title: '提出パッケージが zip 爆弾の可能性があります',
    why: BOUNDS,
    explanation: '圧縮率が SVG やテキストとしてはありえないエントリや、展開後のサイズが上限を超えるエントリは、それ以上展開せずに拒否します。',
    fix: ASK_AGAIN,
    message: (a) => `${a.name} は展開すると ${amount(a, 'バイト')}になります（圧縮率 ${a.ratio}:1）。`,
  },
  BUNDLE_ZIP_INVALID: {
    title: '提出パッケージの zip を読み取れません',
    why: 'PKWARE APPNOTE.TXT（.ZIP ファイル形式）',
    explanation: 'zip が破損している、暗号化されている、重複したエントリや特殊なエントリがある、または zip ではありません。',
    fix: '提出パッケージを再度依頼するか、`mde-partner bundle` で作り直してください。',
    message: (a) => `zip を安全に読み取れません：${wordsFor(ZIP_INVALID, a)}。`,
  },
} satisfies Record<keyof typeof bundleCodes, CodeWords>;
