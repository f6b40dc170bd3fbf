import type * as IDS from '../../../checks/catalog/listing.js';
import type { listingCodes } from '../../../checks/catalog/listing.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import { BOUNDS, FILE_FORMAT, INTEGRITY } from './reasons.js';
import { wordsFor, type Phrase } from '../../types.js';
import { describeFound, startFound } from './values.js';
import { jsonSyntaxWords } from './json-syntax.js';
import { atLeast, KIB } from './words.js';

/** Des noms présentés comme alternatives: "level" et/ou "threshold". */
const eitherOf = (known: unknown) => (known ? String(known).split(', ').map((name) => `"${name}"`).join(' et/ou ') : 'une valeur');

/** Les types JSON qu’attend le schéma, et une règle (une sévérité ou un objet). */
const EXPECTED_TYPES = {
  string: () => 'une chaîne',
  boolean: () => 'un booléen (true ou false)',
  array: () => 'un tableau',
  object: () => 'un objet',
  number: () => 'un nombre',
  integer: () => 'un entier',
  rule: (a) => `un niveau de gravité ("off", "warn" ou "error") ou un objet avec ${eitherOf(a.known)}`,
} satisfies Record<(typeof IDS.EXPECTED_TYPES)[number], Phrase>;

/** Comment une valeur enfreint une contrainte du schéma qu’aucun code plus précis ne couvre. */
const INVALID_VALUE = {
  'empty-object': (a) => `${a.pointer} est un objet vide ; indiquez ${eitherOf(a.known)}, ou supprimez-le`,
  duplicate: (a) => `Les éléments ${a.first} et ${a.second} sont identiques ; chaque valeur ne peut figurer qu’une fois`,
  schema: (a) => `${a.pointer || 'La fiche'} enfreint la contrainte "${a.keyword}" du schéma`,
} satisfies Record<(typeof IDS.INVALID_VALUE)[number], Phrase>;

/** La plage dans laquelle doit se trouver le seuil d’une règle. */
const THRESHOLD_RANGES = {
  'side-share': () => 'un nombre de 0 à 1 (fraction du côté)',
  'half-side-share': () => 'un nombre de 0 à 0,5 (fraction du côté)',
  aspect: () => 'un nombre supérieur ou égal à 1 (côté le plus long / côté le plus court)',
} satisfies Record<(typeof IDS.THRESHOLD_RANGES)[number], Phrase>;


/** Codes de constat du fichier de fiche: son JSON, ses champs et ses surcharges de règles. */
export const listingWords = {
  LISTING_JSON_INVALID: {
    title: 'La fiche n’est pas un JSON valide',
    why: 'RFC 8259 (JSON)',
    explanation: 'mde-partner.json doit être un document JSON (RFC 8259) : pas de commentaires, pas de virgule après le dernier élément, des clés entre guillemets doubles.',
    fix: 'Corrigez la syntaxe à la ligne et à la colonne indiquées, ou recréez le fichier avec `mde-partner init`.',
    message: (a) => `La fiche n’est pas un JSON valide : ${jsonSyntaxWords(a).found}.`,
    hint: (a) => jsonSyntaxWords(a).fix,
  },
  LISTING_TOO_LARGE: {
    title: 'Le fichier de fiche est trop volumineux',
    why: BOUNDS,
    explanation: `Une fiche pèse quelques centaines d’octets ; les fichiers de plus de ${KIB(policy.listing.maxBytes)} sont refusés avant lecture, pour borner le temps et la mémoire.`,
    fix: 'Vérifiez que le chemin désigne bien mde-partner.json et non un autre fichier.',
    message: (a) => `La fiche fait ${atLeast(a)} octets ; la limite est de ${a.limit} octets.`,
  },
  LISTING_TOO_DEEP: {
    title: 'La fiche est imbriquée trop profondément',
    why: BOUNDS,
    explanation: `Un JSON imbriqué sur plus de ${policy.listing.maxDepth} niveaux est refusé avant validation : aucune fiche n’en a besoin, et c’est un procédé classique de déni de service.`,
    fix: 'Supprimez les tableaux ou objets imbriqués.',
    message: (a) => `Des valeurs sont imbriquées sur plus de ${a.limit} niveaux.`,
  },
  LISTING_NOT_OBJECT: {
    title: 'La fiche n’est pas un objet JSON',
    why: FILE_FORMAT,
    explanation: 'Le fichier de fiche contient un seul objet JSON, dont les clés sont les champs de la fiche.',
    fix: 'Placez les champs entre { … } (voyez examples/valid/mde-partner.json).',
    message: (a) => `Un objet JSON contenant les champs de la fiche est attendu ; valeur trouvée : ${describeFound(a)}.`,
  },
  LISTING_FIELD_MISSING: {
    title: 'Un champ obligatoire est absent',
    explanation: 'companyName, productName, productVersion, description, logo, landingPage et multiTenant sont obligatoires : ensemble, ils forment les six éléments de fiche que demande Microsoft.',
    fix: 'Ajoutez le champ indiqué dans le message.',
    message: (a) => `Le champ obligatoire "${a.name}" est absent.`,
    hint: (a) => (a.example ? `Ajoutez par exemple : "${a.name}": ${a.example}` : undefined),
  },
  LISTING_FIELD_TYPE: {
    title: 'Un champ n’a pas le bon type',
    why: `${FILE_FORMAT} ${INTEGRITY}`,
    explanation: 'Chaque champ de la fiche a un type JSON précis (voir schemas/listing.schema.json).',
    fix: 'Donnez à la valeur le type attendu.',
    message: (a) => `Valeur attendue : ${wordsFor(EXPECTED_TYPES, a, 'expected')} ; valeur trouvée : ${describeFound(a)}.`,
  },
  LISTING_FIELD_UNKNOWN: {
    title: 'Champ inconnu (faute de frappe ?)',
    why: 'Une faute de frappe dans un nom de champ ("descripton") ferait sinon disparaître la valeur sans le moindre message. Le paquet ne conserve que les champs connus : cette règle peut donc être assouplie.',
    explanation: 'Les champs inconnus sont refusés pour qu’une faute de frappe comme "descripton" ne fasse pas disparaître une valeur en silence.',
    fix: 'Renommez le champ comme suggéré, ou supprimez-le.',
    message: (a) => `Champ inconnu "${a.name}".`,
    hint: (a) => (a.suggestion ? `Vouliez-vous dire "${a.suggestion}" ?` : `Champs connus : ${a.known}.`),
  },
  LISTING_VALUE_NOT_ALLOWED: {
    title: 'Une valeur ne fait pas partie des valeurs autorisées',
    why: `Les catégories et les scénarios reprennent les noms des pages partenaires de Microsoft (partner-applications.md, partner-integration.md), et les niveaux de gravité sont "off", "warn" ou "error" : une faute de frappe est ainsi détectée. ${INTEGRITY}`,
    explanation: 'Les catégories et les scénarios sont ceux des pages partenaires de Microsoft ; une surcharge de règle vaut "off", "warn" ou "error".',
    fix: 'Utilisez l’une des valeurs autorisées indiquées.',
    message: (a) => `${startFound(a)} n’est pas une valeur autorisée ici.`,
    hint: (a) => `Valeurs autorisées : ${a.allowed}.`,
  },
  LISTING_VALUE_INVALID: {
    title: 'Une valeur n’est pas conforme au schéma',
    why: `${FILE_FORMAT} ${INTEGRITY}`,
    explanation: 'Une valeur enfreint une contrainte de schemas/listing.schema.json qu’aucun code plus précis ne couvre.',
    fix: 'Corrigez la valeur comme l’indique le message.',
    message: (a) => `${wordsFor(INVALID_VALUE, a)}.`,
  },
  LISTING_RULE_UNKNOWN: {
    title: 'Une surcharge de règle désigne un code inconnu',
    why: 'Surcharger un code qui n’existe pas ne change rien ; c’est en général une faute de frappe.',
    explanation: 'Les clés de "rules" doivent être des codes de constat ; une clé inconnue est en général une faute de frappe et ne surchargerait rien.',
    fix: 'Utilisez un code de la liste `mde-partner explain --list`.',
    message: (a) => `"${a.name}" n’est pas un code de constat.`,
    hint: (a) => (a.suggestion ? `Vouliez-vous dire "${a.suggestion}" ?` : 'Lancez `mde-partner explain --list` pour obtenir la liste des codes.'),
  },
  LISTING_RULE_LOCKED: {
    title: 'Une surcharge tente d’assouplir une règle verrouillée',
    why: 'Sécurité : c’est ce qui empêche de désactiver, dans la fiche même qu’elles jugent, les règles qui protègent contre les entrées malveillantes.',
    explanation: 'Les règles qui protègent contre les entrées malveillantes ou illisibles (scripts, références externes, XML mal formé, injection d’en-têtes…) peuvent être durcies, mais pas assouplies.',
    fix: 'Supprimez la surcharge et corrigez plutôt le problème signalé.',
    message: (a) => `${a.name} ne peut pas être réglé sur "${a.level}" : cette règle protège contre les entrées malveillantes ou illisibles.`,
  },
  LISTING_RULE_THRESHOLD_INVALID: {
    title: 'Une surcharge de règle a un seuil inutilisable',
    why: 'Un seuil sur une règle qui n’en a pas, ou hors de sa plage, ne changerait rien ; c’est en général une erreur.',
    explanation: 'Seuls les contrôles du rendu du logo (SVG_OCCUPANCY_LOW, SVG_NOT_CENTRED, SVG_CONTENT_NOT_SQUARE) ont un seuil, chacun dans sa propre plage de valeurs. Un seuil ailleurs ne changerait rien.',
    fix: 'Supprimez "threshold", ou indiquez un nombre dans la plage que donne le message.',
    message: (a) => (a.range ? `Le seuil de ${a.name} doit être ${wordsFor(THRESHOLD_RANGES, a, 'range')} ; valeur trouvée : ${a.value}.` : `${a.name} n’a pas de seuil à modifier.`),
  },
} satisfies Record<keyof typeof listingCodes, CodeWords>;
