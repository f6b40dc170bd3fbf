import type { descriptionCodes } from '../../../checks/catalog/description.js';
import type { CodeWords } from '../../types.js';
import { requirements as MS } from '../../../domain/requirements.js';
import { CONTROL } from './reasons.js';
import { words } from './words.js';

/** Codes de constat de la description. */
export const descriptionWords = {
  DESCRIPTION_TOO_LONG: {
    title: 'La description dépasse 15 mots',
    why: `La page demande « une description de produit de ${MS.description.words} mots » et n’en dit pas plus. Nous lisons ${MS.description.words} comme un maximum : au-delà, c’est une erreur. La page ne dit pas qu’une description plus longue est refusée, une fiche peut donc ramener cette règle à un avertissement.`,
    explanation: `Microsoft demande une description de produit de ${MS.description.words} mots. Les mots sont comptés comme dans un traitement de texte : des segments séparés par des espaces qui contiennent une lettre ou un chiffre ("AI-driven" et "24/7" comptent chacun pour un mot, un tiret isolé pour aucun). Le chinois et le thaï sont découpés en mots selon la segmentation Unicode. Le japonais est compté en mots autonomes ; c’est notre lecture, pas celle de Microsoft : les particules, auxiliaires et terminaisons verbales écrits uniquement en hiragana ne comptent pas, et un mot d’emprunt en katakana compte pour un mot.`,
    fix: `Ramenez la description à ${MS.description.words} mots.`,
    message: (a) => `La description compte ${words(a.count)} ; Microsoft en demande ${MS.description.words}.`,
    hint: (a) => `Supprimez ${words(Number(a.count) - MS.description.words)}.`,
  },
  DESCRIPTION_TOO_SHORT: {
    title: 'La description compte moins de 15 mots',
    why: `La page demande « une description de produit de ${MS.description.words} mots » sans dire « exactement » : moins de mots donne donc un avertissement, pas une erreur.`,
    explanation: `Microsoft demande une description de produit de ${MS.description.words} mots ; la documentation ne dit pas « exactement », moins de mots donne donc un avertissement.`,
    fix: `Utilisez les ${MS.description.words} mots pour dire ce que fait l’intégration.`,
    message: (a) => `La description compte ${words(a.count)} ; Microsoft en demande ${MS.description.words}.`,
    hint: (a) => `Vous pouvez ajouter ${words(MS.description.words - Number(a.count))}.`,
  },
  DESCRIPTION_CONTROL_CHARACTER: {
    title: 'La description contient un caractère de contrôle',
    why: CONTROL,
    explanation: 'La description est collée dans un formulaire d’une seule ligne ; les caractères de contrôle y sont invisibles ou dangereux.',
    fix: 'Supprimez le caractère indiqué (remplacez les tabulations et les sauts de ligne par une simple espace).',
    message: (a) => `La description contient le caractère de contrôle ${a.char} à la position ${a.position}.`,
  },
} satisfies Record<keyof typeof descriptionCodes, CodeWords>;
