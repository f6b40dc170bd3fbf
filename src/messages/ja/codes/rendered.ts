import type * as IDS from '../../../checks/catalog/rendered.js';
import type { renderedCodes } from '../../../checks/catalog/rendered.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import type { Args } from '../../../checks/args.js';
import { BOUNDS, RENDERED } from './reasons.js';
import { wordsFor, type Phrase } from '../../types.js';
import { gap } from './words.js';

/** The drawing's share of the square's width and height ("40% × 30%"). */
const size = (a: Args) => `${a.width} × ${a.height}`;
/** What the drawing comes to in the portal's 32 px tile. */
const tile = (a: Args) => `${a.tileWidth} × ${a.tileHeight} px`;
/** How far off the centre the drawing sits: the share of the side towards each direction that is over the limit. */
const offset = (a: Args) => [
  a.left !== undefined ? `左へ辺の ${a.left}` : a.right !== undefined ? `右へ辺の ${a.right}` : '',
  a.up !== undefined ? `上へ ${a.up}` : a.down !== undefined ? `下へ ${a.down}` : '',
].filter(Boolean).join('、');

/** Which way a drawing that is not square is long: the start of "幅が高さの 4.5 倍". */
const SHAPES = {
  wide: () => '幅が高さの',
  tall: () => '高さが幅の',
} satisfies Record<(typeof IDS.SHAPES)[number], Phrase>;

/** Finding codes of the rendered logo (resvg in a child process, with the bundled font only). */
/** Why the renderer could not draw a logo (`detail`: resvg's or the system's own words, passed on). */
export const RENDER_FAILED = {
  resvg: (a) => `resvg: ${a.detail}`,
  'not-json': () => 'レンダラーが JSON ではない応答を返しました',
  overflow: (a) => `レンダラーの応答が ${a.bytes} バイトを超えました`,
  memory: (a) => `描画に ${a.mib} MiB のメモリ上限を超える量が必要です`,
  stopped: (a) => `レンダラーが停止しました：${a.how}${a.detail ? `（${a.detail}）` : ''}`,
} satisfies Record<(typeof IDS.RENDER_FAILED)[number], Phrase>;

/** Why the rendered checks could not run on this machine (nothing about the logo). */
export const RENDER_UNAVAILABLE = {
  /** The renderer's module could not be loaded: the loader's own message. */
  'not-loaded': (a) => String(a.detail),
  'child-missing': () => 'インストールされたパッケージ内に dist/render-child.cjs が見つかりませんでした',
  'not-started': (a) => (a.detail ? String(a.detail) : `レンダラーが起動しませんでした：${a.how}`),
  'could-not-start': () => 'レンダラーを起動できませんでした',
  backstop: (a) => `レンダラーが実時間 ${a.wallSeconds} 秒以内に完了しませんでした。ロゴに許される CPU 時間 ${a.limitSeconds} 秒のうち、使用したのは ${a.cpuSeconds} 秒だけです：マシンの負荷が高すぎるか、描画プロセスが一時停止されました`,
} satisfies Record<(typeof IDS.RENDER_UNAVAILABLE)[number], Phrase>;


export const renderedWords = {
  SVG_RENDER_EMPTY: {
    title: 'ロゴに何も表示されません',
    why: '描画すると、ロゴには何も表示されません：ロゴがまったくないのと同じです。描画チェックは mde-partner 独自のもので、その中でエラーとするのはこのチェックだけです。',
    explanation: '描画すると、ロゴに何も表示されません：表示されるピクセルがない（図形が透明、塗りなし、非表示、または viewBox の外にある）か、正方形全体が 1 色で、何も描かれていない空白のタイルです。それ以外はすべて描画されたものとして扱います：タイル、背景の図形、切り抜きのあるマーク、正方形全体を埋めるマークも描画です。テキストは同梱のフォント（DejaVu Sans）で描画します。このフォントにない文字体系のテキストは、ここではエラーになりません（テキストについては SVG_TEXT が警告します）。',
    fix: '図形が viewBox の内側にあり、正方形の他の部分と異なる色で塗りまたは線が設定されていることを確認してください。',
    message: (a) => (a.colour ? `描画すると、正方形全体が 1 色（${a.colour}）で、何も描かれていません。` : '描画すると、ロゴには何も表示されません。'),
  },
  SVG_OCCUPANCY_LOW: {
    title: 'ロゴの描画が正方形に対して小さすぎます',
    why: RENDERED,
    explanation: `表示されるものすべて（タイルや背景の図形を含む）が、縦横どちらの方向にも辺の ${Math.round(policy.logo.render.minOccupancy * 100)}% 未満にしか広がっていないため、ポータルでは空の正方形の中に小さなマークが表示されます：32 px のタイルでは ${Math.round(32 * policy.logo.render.minOccupancy)} px 未満です。mde-partner のポリシーによる警告です。しきい値は "rules": {"SVG_OCCUPANCY_LOW": {"threshold": 0.4}} で変更するか、ルールをオフにできます。`,
    fix: '余白が意図したものでない場合は、描画を拡大するか、正方形の viewBox を描画の周りまで小さくしてください（正方形は保ってください）。',
    message: (a) => `描画は正方形の ${size(a)} を占めています。32 px で表示すると ${tile(a)} です。少なくとも一方向で ${a.min} 以上が必要です。`,
  },
  SVG_NOT_CENTRED: {
    title: 'ロゴの描画が中心からずれています',
    why: RENDERED,
    explanation: `表示されるものすべて（タイルや背景の図形を含むため、隅に文字があるタイルは中央にあるとみなされます）の中心が、正方形の中心から辺の ${Math.round(policy.logo.render.maxCentreOffset * 100)}% を超えて離れているため、タイル内でロゴが偏って表示されます。目で見て中央に配置したマークなら、ずれは数 % 程度です。mde-partner のポリシーによる警告です。しきい値は "rules": {"SVG_NOT_CENTRED": {"threshold": 0.2}} で変更するか、ルールをオフにできます。`,
    fix: '意図したものでない場合は、描画を viewBox の中央に配置してください（Inkscape：「整列と配置」で基準をページにします）。',
    message: (a) => `描画 (正方形の ${size(a)}) は中心から${gap(offset(a))}ずれています。許容されるのは最大 ${a.max} です。`,
  },
  SVG_CONTENT_NOT_SQUARE: {
    title: 'ロゴの描画が正方形からかけ離れています',
    why: RENDERED,
    explanation: `描画の幅が高さの ${policy.logo.render.maxContentAspect} 倍を超えています（またはその逆）。典型的なのは、ワードマークを正方形のキャンバスに余白付きで配置したものです：正方形のタイルでは細い帯になります。mde-partner のポリシーによる警告です。しきい値は "rules": {"SVG_CONTENT_NOT_SQUARE": {"threshold": 4}} で変更するか、ルールをオフにできます。`,
    fix: 'ブランドに正方形のバージョン（シンボル、またはワードマークの上にシンボル）があれば、それを使用してください。',
    message: (a) => `描画は正方形の ${size(a)} を占めており、${wordsFor(SHAPES, a, 'wide')} ${a.ratio} 倍です。32 px で表示すると ${tile(a)} です。許容されるのは最大 ${a.max} 倍です。`,
  },
  SVG_RENDER_TIMEOUT: {
    title: 'ロゴの描画に時間がかかりすぎます',
    why: BOUNDS,
    explanation: `ロゴの描画に ${policy.logo.render.cpuTimeoutMs / 1000} 秒を超える CPU 時間がかかったため、レンダラーを停止しました。計測するのは描画に使われたプロセッサ時間で、負荷の高いマシンで待たされた時間ではありません。そのため、負荷が原因で有効なロゴがこのエラーになることはありません。大きなキャンバスにフィルター（ぼかし、タービュランス）を重ねると、ここでもポータルでも描画に数分かかることがあります。`,
    fix: 'フィルター（feGaussianBlur、feTurbulence など）を削除するか、通常の図形やグラデーションに置き換えてください。',
    message: (a) => `ロゴの描画に ${a.seconds} 秒を超える CPU 時間がかかったため、停止しました。`,
  },
  SVG_RENDER_FAILED: {
    title: 'ロゴを描画できません',
    why: 'レンダラーが受け付けないロゴは、ほかの環境でも表示できない可能性が高くなります。',
    explanation: `レンダラー（resvg）がロゴを受け付けなかったか、描画中に停止しました（${policy.logo.render.memoryLimitMiB} MiB のメモリ上限を超える量が必要だった場合など）。`,
    fix: 'ロゴを通常の SVG として再度エクスポートし、フィルター、マスク、パターンを簡略化してください。',
    message: (a) => `ロゴを描画できませんでした：${wordsFor(RENDER_FAILED, a)}。`,
  },
  SVG_RENDER_UNAVAILABLE: {
    title: 'このマシンではロゴを描画できませんでした',
    why: '描画チェックをこの環境で実行できませんでした。ロゴについては何も示していないため、警告とします。',
    explanation: `描画チェックには @resvg/resvg-js が必要です。そのビルド済みバイナリは、プラットフォームごとの省略可能な依存関係です。これを読み込めない場合や、描画プロセスが CPU 時間を使わないまま実時間 ${policy.logo.render.backstopMs / 1000} 秒を過ぎても完了しない場合（マシンの負荷が高すぎて CPU 時間が割り当てられないか、プロセスが一時停止された場合）は、描画チェックをスキップします。これはロゴについて何も示すものではありません。`,
    fix: '--omit=optional を付けずに再インストールしてください（npm ci）。マシンの負荷が高い場合は再実行するか、--no-render で描画チェックを省略してください。',
    message: (a) => `描画チェックを省略しました：${wordsFor(RENDER_UNAVAILABLE, a)}。`,
  },
} satisfies Record<keyof typeof renderedCodes, CodeWords>;
