import type { onboardingCodes } from '../../../checks/catalog/onboarding.js';
import type { CodeWords } from '../../types.js';
import { requirements as MS } from '../../../domain/requirements.js';

/** Codes de constat du suivi de l’intégration (champ onboarding). */
export const onboardingWords = {
  ONBOARDING_DATE_INVALID: {
    title: 'Une date du champ onboarding n’est pas une date calendaire',
    why: 'Date calendaire ISO 8601, AAAA-MM-JJ (full-date de la RFC 3339)',
    explanation: 'Les dates du champ onboarding sont des dates calendaires au format AAAA-MM-JJ (ISO 8601), par exemple 2025-03-26.',
    fix: 'Écrivez la date au format AAAA-MM-JJ.',
    message: (a) => `${a.value} n’est pas une date calendaire (format attendu : AAAA-MM-JJ).`,
  },
  ONBOARDING_PRESS_RELEASE_TOO_EARLY: {
    title: 'Communiqué de presse prévu moins de 10 jours après le début de l’examen',
    why: `La page indique qu’un communiqué de presse doit être examiné et qu’il faut attendre au moins ${MS.pressRelease.reviewDays} jours que l’examen soit terminé. Nous considérons qu’une date de publication antérieure au début de l’examen + ${MS.pressRelease.reviewDays} jours ne laisse pas ce délai. Cette date est la nôtre, calculée à partir du début de l’examen que vous avez indiqué ; Microsoft ne donne aucune date de publication. Il s’agit d’une recommandation (« should » dans la page en anglais), d’où un avertissement.`,
    explanation: `La page de Microsoft indique qu’un communiqué de presse mentionnant Microsoft Defender pour point de terminaison doit être examiné par ses équipes marketing et d’ingénierie, et qu’il faut attendre au moins ${MS.pressRelease.reviewDays} jours que l’examen soit terminé. La date de comparaison est la nôtre : début de l’examen (onboarding.pressRelease.reviewStart) + ${MS.pressRelease.reviewDays} jours, soit le premier jour où ce délai est écoulé. Ce n’est ni une date de publication ni une approbation de Microsoft : l’examen peut durer plus longtemps.`,
    fix: `Prévoyez la publication au plus tôt ${MS.pressRelease.reviewDays} jours après le début de l’examen, et une fois l’examen de Microsoft terminé.`,
    message: (a) => `Le communiqué de presse est prévu le ${a.date}, moins de ${MS.pressRelease.reviewDays} jours après le début de l’examen, le ${a.reviewStart}.`,
    hint: (a) => `Attendez la fin de l’examen : pas avant le ${a.earliest}, et seulement une fois l’examen terminé.`,
  },
} satisfies Record<keyof typeof onboardingCodes, CodeWords>;
