import type { ErrorWords } from '../en/errors.js';
import { formatFor } from '../format.js';
import { LOCALES } from '../locale.js';

const f = formatFor('fr');

export const errors = {
  invalidLanguage: (a) =>
    a.from === 'flag'
      ? `--lang ${a.value} n’est pas une langue de mde-partner. Valeurs possibles : ${f.list(LOCALES, 'disjunction')}, par ex. --lang fr.`
      : `MDE_PARTNER_LANG vaut ${a.value}, qui n’est pas une langue de mde-partner. Valeurs possibles : ${f.list(LOCALES, 'disjunction')} ; choisissez l’une d’elles, ou supprimez la variable pour suivre LC_ALL, LC_MESSAGES et LANG.`,
  versionForProduct: (a) =>
    `« ${a.command} » n’a pas d’option ${a.option} : elle afficherait la version de mde-partner lui-même. La version de votre produit se donne avec --product-version, par ex. --product-version 1.0.0.`,
  versionAfterCommand: (a) =>
    `« ${a.command} » n’a pas d’option ${a.option}. Pour la version de mde-partner, lancez « mde-partner --version ».`,
  cancelled: "annulé ; rien n’a été écrit.",
  internal: (a) =>
    `erreur interne : ${a.detail}\nIl s’agit d’un bogue de mde-partner ${a.version} ; merci de le signaler en indiquant la commande lancée.${a.debug ? '' : ' (Définissez DEBUG=1 pour les détails.)'}`,

  listingNotFound: (a) => `${a.given} n’existe pas. Attendu : un fichier de fiche ou un dossier contenant ${a.file}.`,
  noListingInFolder: (a) =>
    `${a.given} ne contient pas de ${a.file}. Créez-en un avec « mde-partner init », ou indiquez le chemin de la fiche.`,
  noListingHere: (a) => `Ce dossier ne contient pas de ${a.file}. Créez-en un avec « mde-partner init », ou indiquez le chemin de la fiche.`,

  invalidExpected: (a) =>
    `--expect ${a.value} n’est pas un User-Agent partenaire valide : ${a.problem}\nIndiquez la valeur que votre intégration doit envoyer, par ex. --expect MdePartner-Contoso-ContosoCognito/1.0.0 (voir « mde-partner ua derive »).`,
  invalidListingUserAgent: (a) =>
    `Le User-Agent ${a.value} de ${a.listing} n’est pas un User-Agent partenaire valide : ${a.problem}\nCorrigez-le (mde-partner validate ${a.listing}), ou indiquez --expect <user-agent>.`,
  noExpectedUserAgent: (a) =>
    `Aucun User-Agent attendu : indiquez --expect <user-agent> (par ex. --expect MdePartner-Contoso-ContosoCognito/1.0.0) ou --listing <path> (un fichier de fiche ou un dossier contenant ${a.file}). Ce dossier ne contient pas de ${a.file} d’où le tirer.`,
  listingUnusable: (a) =>
    `${a.listing} ne peut pas fournir le User-Agent attendu : ${a.problem ?? "ce n’est pas une fiche."}\nLancez « mde-partner validate ${a.listing} », ou indiquez --expect <user-agent>.`,
  listingWithoutUserAgent: (a) =>
    `${a.listing} n’a pas de userAgent, et aucun ne peut être dérivé de companyName, productName et productVersion.\nLancez « mde-partner validate ${a.listing} » pour savoir pourquoi, ou indiquez --expect <user-agent>.`,
  captureNotFound: (a) => `${a.given} n’existe pas. Attendu : un fichier de capture HAR (.har).`,
  captureNotFile: (a) =>
    `${a.given} n’est pas un fichier. Attendu : un fichier de capture HAR (.har) ; exportez-en un depuis les outils de développement du navigateur, ou avec mitmdump --set hardump=capture.har.`,

  parse: {
    error: (a) => `erreur : ${a.message}`,
    quote: (value) => `« ${value} »`,
    unknownOption: (a) => `option inconnue ${a.option}`,
    unknownCommand: (a) => `commande inconnue ${a.command}`,
    didYouMean: (a) => `(Vouliez-vous dire ${f.list(a.candidates, 'disjunction')} ?)`,
    missingArgument: (a) => `l’argument obligatoire ${a.argument} est manquant`,
    optionMissingArgument: (a) => `l’option ${a.option} attend une valeur`,
    missingMandatoryOption: (a) => `l’option obligatoire ${a.option} est absente`,
    invalidChoice: (a) => `l’option ${a.option} n’accepte pas ${a.value} : valeurs possibles ${f.list(a.choices, 'disjunction')}.`,
    invalidArgument: (a) => `l’argument ${a.argument} n’accepte pas ${a.value} : valeurs possibles ${f.list(a.choices, 'disjunction')}.`,
    excessArguments: (a) =>
      `trop d’arguments pour ${a.command} : ${f.plural(a.expected, { one: '# argument attendu', other: '# arguments attendus' })}, ${f.plural(a.got, { one: '# reçu', other: '# reçus' })}.`,
    conflictingOption: (a) => `l’option ${a.option} ne peut pas être utilisée avec l’option ${a.other}`,
    seeHelp: (a) => `Pour l’utilisation, lancez « ${a.command} --help ».`,
  },

  unknownCode: (a) => `Code inconnu : ${a.code}.${a.suggestion ? ` Vouliez-vous dire ${a.suggestion} ?` : ''} La liste de tous les codes : « mde-partner explain --list ».`,
  unreadableFile: (a) => `${a.path} ${a.why}.`,
} satisfies ErrorWords;
