import type { BasisWords } from '../../types.js';

/** The basis of a rule in words, for `explain`, docs/codes.md and SARIF help. */
export const basisWords = {
  policyName: 'mde-partner のポリシー',
  page: (title, lang, date) => `${title}（${lang}${date ? `、${date}` : ''}）`,
  microsoft: (quote, source) => `Microsoft：「${quote}」（${source}）。`,
  standard: (why) => `規格：${why}。`,
  reading: (quote, source, why) => `「${quote}」（${source}）についての mde-partner の解釈：${why}`,
  policy: (why) => `mde-partner のポリシー：${why}`,
} satisfies BasisWords;
