import type { JsonSyntaxCause } from '../../../checks/catalog/json-syntax.js';
import { jsonSyntaxFrom, type JsonSyntaxWords } from '../../types.js';


/** Les caractères de contrôle nommés plutôt que donnés par leur point de code. */
const CONTROL_NAMES: Readonly<Record<string, string>> = { 'U+0009': 'une tabulation', 'U+000A': 'un saut de ligne', 'U+000D': 'un retour chariot' };

/** Les erreurs de l’analyseur (ParseErrorCode de jsonc-parser) en mots. */
const PARSE_ERRORS: Readonly<Record<string, string>> = {
  InvalidSymbol: 'un caractère inattendu',
  InvalidNumberFormat: 'un nombre mal écrit',
  PropertyNameExpected: 'un nom de propriété entre guillemets doubles était attendu',
  ValueExpected: 'une valeur était attendue',
  ColonExpected: 'un deux-points était attendu',
  CommaExpected: 'une virgule était attendue',
  CloseBraceExpected: 'une accolade } était attendue',
  CloseBracketExpected: 'un crochet ] était attendu',
  EndOfFileExpected: 'du contenu inattendu après la fin de la valeur JSON',
  InvalidCommentToken: 'un commentaire mal formé',
  UnexpectedEndOfComment: 'un commentaire jamais fermé',
  UnexpectedEndOfString: 'une chaîne jamais fermée',
  UnexpectedEndOfNumber: 'un nombre incomplet',
  InvalidUnicode: 'une séquence \\u non valide',
  InvalidEscapeCharacter: 'une séquence d’échappement non valide',
  InvalidCharacter: 'un caractère non autorisé dans une chaîne',
};

/**
 * L’erreur de l’analyseur (« InvalidSymbol », « CommaExpected »…) en mots, pour une erreur dont la
 * cause n’est pas reconnue.
 */
function parseErrorWords(code: unknown): string {
  if (code === undefined || code === 'Unknown') return 'du contenu inattendu';
  return PARSE_ERRORS[String(code)] ?? `une erreur de syntaxe (${String(code)})`;
}

/**
 * Les causes probables d’une erreur de syntaxe JSON (trouvées en examinant le texte à l’endroit de
 * l’erreur), chacune avec ce qui a été trouvé et la façon de corriger. Tout fichier JSON que lit
 * l’outil est décrit d’ici: la fiche, le fichier de réponses de `init`, un manifeste Entra.
 */
const JSON_SYNTAX = {
  'trailing-comma': {
    found: (a) => `une virgule en trop avant ${a.found}`,
    fix: () => 'Supprimez la virgule : JSON n’en admet pas après le dernier membre d’un objet ni après le dernier élément d’un tableau.',
  },
  comment: {
    found: (a) => `un commentaire (${a.found}…)`,
    fix: () => 'Supprimez le commentaire : JSON n’admet pas de commentaires.',
  },
  'single-quotes': {
    found: () => 'une chaîne ou une clé entre apostrophes',
    fix: () => `Utilisez des guillemets doubles : "Contoso", et non 'Contoso'.`,
  },
  'unquoted-key': {
    found: (a) => `une clé sans guillemets (${a.found})`,
    fix: (a) => `Mettez la clé entre guillemets doubles : "${a.found}".`,
  },
  'unquoted-value': {
    found: (a) => `une valeur sans guillemets (${a.found})`,
    fix: () => 'Mettez le texte entre guillemets doubles ; les seuls mots admis sans guillemets en JSON sont true, false et null, en minuscules.',
  },
  'missing-comma': {
    found: () => 'une virgule manquante avant ce membre ou cet élément',
    fix: () => 'Ajoutez une virgule après la valeur qui précède (en fin de ligne précédente, si chaque membre est sur sa propre ligne).',
  },
  'unclosed-string': {
    found: () => 'une chaîne jamais fermée',
    fix: () => 'Terminez la chaîne par un guillemet double sur la même ligne ; un saut de ligne dans une chaîne s’écrit \\n.',
  },
  'unclosed-object': {
    found: (a) => `un objet jamais fermé (l’accolade { de la ligne ${a.openLine}, colonne ${a.openColumn})`,
    fix: () => 'Ajoutez l’accolade } manquante à la fin, ou supprimez ce qui suit le dernier membre complet.',
  },
  'unclosed-array': {
    found: (a) => `un tableau jamais fermé (le crochet [ de la ligne ${a.openLine}, colonne ${a.openColumn})`,
    fix: () => 'Ajoutez le crochet ] manquant après le dernier élément.',
  },
  bom: {
    found: () => 'une marque d’ordre d’octets (U+FEFF, invisible) ailleurs qu’au début du fichier',
    fix: () => 'Supprimez ce caractère invisible : enregistrez le fichier en UTF-8 sans BOM, sans rien avant l’accolade ouvrante {.',
  },
  'smart-quotes': {
    found: (a) => `un guillemet typographique ${a.found} là où JSON exige un guillemet droit "`,
    fix: () => 'Remplacez “ ” et ‘ ’ par " (les traitements de texte les insèrent avec la correction automatique des guillemets) : modifiez le fichier dans un éditeur de texte brut.',
  },
  utf16: {
    found: () => 'du texte UTF-16 (le fichier n’est pas enregistré en UTF-8)',
    fix: () => 'Enregistrez le fichier en UTF-8 (dans le Bloc-notes : Enregistrer sous, Encodage : UTF-8).',
  },
  'control-character': {
    found: (a) => `${CONTROL_NAMES[String(a.found)] ?? `un caractère de contrôle ${a.found}`} dans une chaîne`,
    fix: () => 'Écrivez une tabulation \\t et un saut de ligne \\n, ou supprimez le caractère.',
  },
  empty: {
    found: () => 'un fichier vide',
    fix: () => 'Écrivez un objet JSON dans le fichier, par exemple {"companyName": "Contoso"}.',
  },
  'extra-content': {
    found: () => 'du contenu après la fin de l’objet JSON',
    fix: () => 'Un fichier contient un seul objet JSON : supprimez ce qui suit son accolade fermante }.',
  },
} satisfies Record<JsonSyntaxCause, JsonSyntaxWords>;

/** A JSON syntax error in words: what was found (the likely cause, else the parser's error) and, for a known cause, how to fix it. */
export const jsonSyntaxWords = jsonSyntaxFrom(JSON_SYNTAX, parseErrorWords);
