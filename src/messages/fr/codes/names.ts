import type { nameCodes } from '../../../checks/catalog/names.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import { CONTROL, WHITESPACE } from './reasons.js';
import { wordsFor } from '../../types.js';
import { PRODUCT_VERSION_REASONS } from './user-agent.js';

/** Codes de constat du nom de la société, du nom du produit et de la version du produit. */
export const nameWords = {
  COMPANY_NAME_EMPTY: {
    title: 'Le nom de la société est vide',
    why: 'La page demande de répertorier « votre société » et construit le User-Agent à partir de {CompanyName} ; un nom vide ne permet ni l’un ni l’autre.',
    explanation: 'Le nom de la société devient la partie {CompanyName} du User-Agent et s’affiche avec la fiche.',
    fix: 'Renseignez companyName avec le nom de votre société, tel que vos clients le connaissent.',
    message: () => 'companyName est vide.',
  },
  COMPANY_NAME_CONTROL_CHARACTER: {
    title: 'Le nom de la société contient un caractère de contrôle',
    why: CONTROL,
    explanation: 'Les caractères de contrôle (tabulations, sauts de ligne, séquences d’échappement) sont invisibles ou dangereux dans un portail et dans les en-têtes HTTP.',
    fix: 'Supprimez le caractère indiqué.',
    message: (a) => `companyName contient le caractère de contrôle ${a.char} à la position ${a.position}.`,
  },
  COMPANY_NAME_WHITESPACE: {
    title: 'Le nom de la société commence ou se termine par des espaces',
    why: WHITESPACE,
    explanation: 'Les espaces en début ou en fin de valeur sont invisibles dans le formulaire où vous collez le nom, et faussent la comparaison des noms.',
    fix: 'Supprimez les espaces superflus (la fiche normalisée du paquet le fait).',
    message: (a) => `companyName ${a.value} commence ou se termine par des espaces.`,
    hint: (a) => `Utilisez ${a.trimmed}.`,
  },
  PRODUCT_NAME_EMPTY: {
    title: 'Le nom du produit est vide',
    explanation: 'Le nom du produit est l’un des six éléments de la fiche et la partie {ProductName} du User-Agent.',
    fix: 'Renseignez productName avec le nom affiché sur la vignette partenaire.',
    message: () => 'productName est vide.',
  },
  PRODUCT_NAME_CONTROL_CHARACTER: {
    title: 'Le nom du produit contient un caractère de contrôle',
    why: CONTROL,
    explanation: 'Les caractères de contrôle sont invisibles ou dangereux dans un portail et dans les en-têtes HTTP.',
    fix: 'Supprimez le caractère indiqué.',
    message: (a) => `productName contient le caractère de contrôle ${a.char} à la position ${a.position}.`,
  },
  PRODUCT_NAME_WHITESPACE: {
    title: 'Le nom du produit commence ou se termine par des espaces',
    why: WHITESPACE,
    explanation: 'Les espaces en début ou en fin de valeur sont invisibles sur la vignette et faussent la comparaison des noms.',
    fix: 'Supprimez les espaces superflus (la fiche normalisée du paquet le fait).',
    message: (a) => `productName ${a.value} commence ou se termine par des espaces.`,
    hint: (a) => `Utilisez ${a.trimmed}.`,
  },
  PRODUCT_NAME_TOO_LONG: {
    title: 'Le nom du produit est trop long',
    why: `La page ne fixe aucune longueur ; au-delà de ${policy.productNameMaxLength} caractères, le nom dépasse ce qu’affiche une vignette partenaire.`,
    explanation: `Un nom de produit de plus de ${policy.productNameMaxLength} caractères ne tient pas sur une vignette partenaire ; cette limite est une règle propre à mde-partner.`,
    fix: 'Utilisez le nom court sous lequel les clients recherchent le produit.',
    message: (a) => `productName compte ${a.length} caractères ; ${policy.productNameMaxLength} au maximum sont autorisés.`,
  },
  PRODUCT_VERSION_INVALID: {
    title: 'La version du produit n’est pas un jeton HTTP',
    why: 'RFC 9110 §10.1.5 (product-version est un token) et §5.6.2 (token)',
    explanation: 'La version termine le jeton produit du User-Agent : ce doit donc être un token au sens de la RFC 9110, fait de lettres, de chiffres et de !#$%&\'*+-.^_`|~, sans espace ni barre oblique.',
    fix: 'Utilisez une version comme 1.0.0.',
    message: (a) => `productVersion ${a.value} n’est pas un jeton HTTP : ${wordsFor(PRODUCT_VERSION_REASONS, a)}.`,
    hint: (a) => (a.suggestion ? `Utilisez ${a.suggestion}.` : undefined),
  },
  PRODUCT_VERSION_NOT_SEMVER: {
    title: 'La version du produit ne ressemble pas à un numéro de version',
    why: 'L’exemple de la page utilise 1.0.0 ; une version de cette forme rend le User-Agent exploitable dans les statistiques de Microsoft. C’est une recommandation, d’où un avertissement.',
    explanation: 'Des versions comme 1.0.0 ou 2024.3 rendent le User-Agent exploitable lorsque Microsoft analyse le trafic ; c’est une recommandation de mde-partner.',
    fix: 'Utilisez la forme MAJEURE.MINEURE[.CORRECTIF], éventuellement suivie d’un suffixe -prerelease.',
    message: (a) => `productVersion ${a.value} ne ressemble pas à un numéro de version (attendu : par exemple 1.0.0).`,
  },
} satisfies Record<keyof typeof nameCodes, CodeWords>;
