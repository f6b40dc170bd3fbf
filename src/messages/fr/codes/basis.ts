import type { BasisWords } from '../../types.js';

/** Le fondement d’une règle en mots, pour `explain`, docs/codes.md et l’aide SARIF. */
export const basisWords = {
  policyName: 'règle propre à mde-partner',
  page: (title, lang, date) => `${title} (${lang}${date ? `, ${date}` : ''})`,
  microsoft: (quote, source) => `Microsoft : « ${quote} » (${source}).`,
  standard: (why) => `Norme : ${why}.`,
  reading: (quote, source, why) => `Notre lecture de « ${quote} » (${source}) : ${why}`,
  policy: (why) => `Règle propre à mde-partner : ${why}`,
} satisfies BasisWords;
