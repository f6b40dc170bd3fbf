import type { BasisWords } from '../../types.js';

/** The basis of a rule in words, for `explain`, docs/codes.md and SARIF help. */
export const basisWords = {
  policyName: 'mde-partner policy',
  page: (title, lang, date) => `${title} (${lang}${date ? `, ${date}` : ''})`,
  microsoft: (quote, source) => `Microsoft: "${quote}" (${source}).`,
  standard: (why) => `Standard: ${why}.`,
  reading: (quote, source, why) => `Our reading of "${quote}" (${source}): ${why}`,
  policy: (why) => `mde-partner policy: ${why}`,
} satisfies BasisWords;
