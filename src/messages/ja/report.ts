import type { ReportSubject } from '../types.js';
import type { ReportWords } from '../en/report.js';
import { formatFor } from '../format.js';

const { plural, number } = formatFor('ja');

/** Japanese has one plural form; the counter 件 follows the number. */
const SUBJECTS: Record<ReportSubject, string> = {
  listing: '掲載情報',
  bundle: '提出パッケージ',
  'User-Agent': 'User-Agent',
  capture: 'キャプチャ',
};

const count = (noun: string, n: number) => plural(n, { other: `${noun} # 件` });
const totals = (a: { errors: number; warnings: number }) => `${count('エラー', a.errors)}、${count('警告', a.warnings)}`;

export const report = {
  severity: { error: 'エラー', warning: '警告', info: '情報' },
  basis: { policy: '（mde-partner のポリシー）', reading: '（Microsoft のドキュメントに対する mde-partner の解釈）' },
  fix: '対処：',
  at: '場所：',
  noProblems: '問題はありません',

  checked: (a) =>
    `${count(SUBJECTS[a.subject], a.count)}を確認しました：${totals(a)}${a.notes ? `、${count('情報', a.notes)}` : ''}`,
  passed: (a) => `${a.checked}。`,
  failed: (a) => `${a.checked}。うち ${number(a.failing)} 件が不合格です${a.strictWarnings ? '（--strict のため警告も不合格になります）' : ''}。`,
  explainHint: 'コードの意味と修正方法は `mde-partner explain CODE` で確認できます。',

  expectedUserAgent: '想定される User-Agent：',
  requestsOf: (a) => `（全 ${number(a.entries)} エントリ中、パートナー API への要求 ${number(a.requests)} 件）`,
  note: '注：',
  preflightsSkipped: (a) =>
    `パートナー API への CORS プリフライト要求 ${number(a.count)} 件は判定していません。これらの OPTIONS 要求は、ブラウザーが独自の User-Agent で自動的に送信するものです。`,
  batchesNotInspected: (a) =>
    `Graph の $batch 要求 ${number(a.count)} 件は判定していません。本文が大きすぎるか、JSON でないか、base64 でエンコードされているため、含まれる呼び出しを特定できません。`,
  hostTable: { host: 'ホスト', api: 'API', requests: '要求数', right: '正しい', wrong: '誤り' },

  githubTotals: (a) => `mde-partner: ${count(SUBJECTS[a.subject], a.count)}、${totals(a)}${a.failing ? ' — 不合格' : ''}`,

  sarifFix: '対処：',
  howToFix: '修正方法：',

  summaryHeading: (a) => `mde-partner: ${count(SUBJECTS[a.subject], a.count)}`,
  summaryPassed: '合格',
  summaryFailed: '不合格',
  summaryCounts: (a) => `${totals(a)}${a.infos === undefined ? '' : `、${count('情報', a.infos)}`}`,
  summaryStrict: '（--strict：警告も不合格として扱います）',
  summaryMoreEntries: (a) => `…ほか ${number(a.count)} 件の${SUBJECTS[a.subject]}`,
  summaryColumns: { code: 'コード', severity: '重大度', place: '場所', message: 'メッセージ', fix: '対処' },
  summaryMoreFindings: (a) =>
    `…ほか ${number(a.count)} 件の検出結果は、ステップのログにすべて記録されています（\`--format sarif\` または \`--format json\` でも確認できます）。`,
  summaryNotWritten: (a) => `mde-partner: 警告：ジョブの概要を ${a.path} に書き込めませんでした（${a.reason}）。`,

  explain: {
    severity: '重大度：',
    locked: '（ロックされたルール："rules" で重大度を引き上げることはできますが、緩和することはできません）',
    basis: '根拠：',
  },
} satisfies ReportWords;
