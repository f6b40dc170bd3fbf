import type { BasisWords } from '../../types.js';

/** The basis of a rule in words, for `explain`, docs/codes.md and SARIF help. */
export const basisWords = {
  policyName: 'Richtlinie von mde-partner',
  page: (title, lang, date) => `${title} (${lang}${date ? `, ${date}` : ''})`,
  microsoft: (quote, source) => `Microsoft: „${quote}“ (${source}).`,
  standard: (why) => `Standard: ${why}.`,
  reading: (quote, source, why) => `Unsere Auslegung von „${quote}“ (${source}): ${why}`,
  policy: (why) => `Richtlinie von mde-partner: ${why}`,
} satisfies BasisWords;
