import type { Basis } from '../checks/catalog/basis.js';
import { sources } from '../domain/requirements.js';
import type { BasisWords } from './types.js';

/** Where a basis comes from, in one line: "Become a … partner (en, 2025-03-26)", "RFC 9110 §5.5", "mde-partner policy". */
export function basisSource(basis: Basis, why: string | undefined, words: BasisWords): string {
  if (basis.kind === 'standard') return why ?? '';
  if (basis.kind === 'policy') return words.policyName;
  const page = sources[basis.source];
  return words.page(page.title, page.lang, page.date ?? '');
}

/** The basis in a few sentences, for `explain`, docs/codes.md and SARIF help; `why` is the code's words for it. */
export function describeBasis(basis: Basis, why: string | undefined, words: BasisWords): string {
  switch (basis.kind) {
    case 'microsoft': return words.microsoft(basis.quote, basisSource(basis, why, words));
    case 'standard': return words.standard(why ?? '');
    case 'reading': return words.reading(basis.quote, basisSource(basis, why, words), why ?? '');
    case 'policy': return words.policy(why ?? '');
  }
}
