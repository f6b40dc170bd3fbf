import type * as IDS from '../../../checks/catalog/user-agent.js';
import type { userAgentCodes } from '../../../checks/catalog/user-agent.js';
import type { CodeWords } from '../../types.js';
import { requirements as MS } from '../../../domain/requirements.js';
import type { Args } from '../../../checks/args.js';
import { wordsFor, type Phrase } from '../../types.js';
import { count } from './words.js';

const { prefix: PREFIX, legacyPrefix: LEGACY_PREFIX } = MS.userAgent;

/** Pourquoi un User-Agent n’a pas la forme requise; `found` est le texte cité dont il s’agit. */
const FORMAT_REASONS = {
  'prefix-case': () => `le préfixe est sensible à la casse : "${PREFIX}"`,
  'prefix-missing': () => `il doit commencer par "${PREFIX}"`,
  'space-in-name': () => 'une espace termine le produit avant son "/{Version}" : les noms ne peuvent pas contenir d’espace',
  'version-missing': () => 'le "/{Version}" final manque',
  'one-name': () => 'la société et le produit doivent former deux parties reliées par "-" ; une seule a été trouvée',
  'name-empty': () => 'la partie société ou la partie produit est vide',
  'name-not-token': (a) => `${a.found} contient des caractères interdits dans un jeton`,
  'version-empty': () => 'la version après "/" est vide',
  'version-not-token': (a) => `la version ${a.found} n’est pas un jeton HTTP`,
  'rest-not-separated': (a) => `${a.found} doit être séparé de ce qui précède par une espace`,
  'rest-trailing-space': () => 'il se termine par des espaces',
  'rest-comment-unclosed': () => 'un commentaire ouvert par "(" n’est pas fermé par ")"',
  'rest-not-product': (a) => `${a.found}, après le produit partenaire, n’est ni un produit (nom/version) ni un (commentaire)`,
} satisfies Record<(typeof IDS.FORMAT_REASONS)[number], Phrase>;


/** Pourquoi productVersion n’est pas un jeton HTTP; `found` est le premier caractère interdit. */
export const PRODUCT_VERSION_REASONS = {
  empty: () => 'la valeur est vide',
  character: (a) => `${a.found} n’est pas autorisé`,
} satisfies Record<(typeof IDS.PRODUCT_VERSION_REASONS)[number], Phrase>;


/** Pourquoi un User-Agent d’allure partenaire trouvé par `ua audit` n’est pas celui attendu. */
const WRONG_REASONS = {
  'legacy-prefix': () => `il utilise l’ancien préfixe ${LEGACY_PREFIX}`,
  'white-space': () => 'la valeur est entourée d’espaces',
  'other-text': () => 'il contient du texte en plus de la valeur attendue',
  version: (a) => `version ${a.sentVersion} au lieu de ${a.expectedVersion}`,
  'letter-case': () => 'la casse diffère',
  'other-names': () => 'la société ou le produit diffère',
  'not-whole-value': () => 'le jeton partenaire ne constitue pas toute la valeur',
  'not-form': () => `il n’a pas la forme ${PREFIX}{CompanyName}-{ProductName}/{Version}`,
} satisfies Record<(typeof IDS.WRONG_REASONS)[number], Phrase>;


/** Les caractères nommés plutôt que montrés; tout autre est montré entre guillemets, avec son point de code. */
const CHARACTER_NAMES: Readonly<Record<string, string>> = { 'U+000D': 'CR (\\r)', 'U+000A': 'LF (\\n)', 'U+0000': 'NUL' };
const character = (a: Args) => CHARACTER_NAMES[String(a.codePoint)] ?? `"${a.char}" (${a.codePoint})`;

/** Une valeur trouvée par `ua audit`: `""` est un en-tête vide. */
const sent = (found: unknown) => (found === '""' ? 'une valeur vide' : String(found));

/** `ua audit`: la requête dont parle un constat; un $batch Graph indique combien d’appels à l’API de sécurité Graph il contient. */
const request = (a: Args) => `${a.method} ${a.url}${a.batched ? ` (contenant ${count(a.batched, 'requête à l’API de sécurité Graph', 'requêtes à l’API de sécurité Graph')})` : ''}`;

/** Codes de constat du User-Agent: la valeur de la fiche, et les requêtes que lit `ua audit`. */
export const userAgentWords = {
  USER_AGENT_INVALID_FORMAT: {
    title: 'Le User-Agent n’a pas la forme requise',
    explanation: `Chaque appel aux API publiques MDE et aux API de sécurité Graph doit envoyer un User-Agent de la forme MdePartner-{CompanyName}-{ProductName}/{Version}, par exemple ${MS.userAgent.example}. Le premier produit de la valeur doit avoir cette forme : la société et le produit sont des jetons HTTP reliés par "-", la version est un jeton HTTP (RFC 9110 §5.6.2). Ce qui peut suivre relève de USER_AGENT_EXTRA_PRODUCTS.`,
    fix: 'Utilisez la valeur dérivée indiquée, ou `mde-partner ua derive`.',
    message: (a) => `Le User-Agent ${a.value} ne correspond pas à MdePartner-{CompanyName}-{ProductName}/{Version} : ${wordsFor(FORMAT_REASONS, a)}.`,
    hint: (a) => (a.suggestion ? `Utilisez ${a.suggestion}.` : undefined),
  },
  USER_AGENT_FORBIDDEN_CHARACTERS: {
    title: 'Le User-Agent contient des caractères interdits dans un en-tête',
    why: 'RFC 9110 §5.5 (CR, LF et NUL sont invalides dans une valeur de champ) et §5.6.2 (un jeton produit se compose de tchar ASCII)',
    explanation: 'CR, LF et NUL ne sont jamais valides dans une valeur de champ HTTP (RFC 9110 §5.5) et rendent possible l’injection d’en-têtes ; les autres caractères de contrôle et les caractères non ASCII sont refusés aussi (RFC 9110 §5.5 : les nouveaux champs utilisent US-ASCII ; un jeton produit est en ASCII, §5.6.2). Les espaces ne sont pas refusées : elles séparent le produit partenaire des produits et commentaires qui suivent.',
    fix: 'Supprimez le caractère indiqué ; dérivez la valeur avec `mde-partner ua derive`.',
    message: (a) => `Le User-Agent contient ${character(a)} à la position ${a.position} ; MdePartner-{CompanyName}-{ProductName}/{Version} est attendu, en ASCII imprimable uniquement.`,
    hint: (a) => (a.suggestion ? `Utilisez ${a.suggestion}.` : undefined),
  },
  USER_AGENT_LEGACY_PREFIX: {
    title: 'Le User-Agent utilise l’ancien préfixe MdatpPartner-',
    explanation: `"${MS.userAgent.legacyPrefix}" vient de l’ancien nom du produit (Microsoft Defender ATP) et se rencontre encore dans d’anciennes intégrations. Ce n’est pas le format : les pages indiquent "${MS.userAgent.prefix}" (toutes les versions consultées ici, de 2021-04 à ${MS.docsDate}).`,
    fix: `Remplacez ${MS.userAgent.legacyPrefix} par ${MS.userAgent.prefix}.`,
    message: (a) => `Le User-Agent ${a.value} utilise l’ancien préfixe ${MS.userAgent.legacyPrefix}.`,
    hint: (a) => `Utilisez ${a.suggestion}.`,
  },
  USER_AGENT_MISMATCH: {
    title: 'Le User-Agent diffère de celui dérivé des noms',
    why: 'Nous lisons les espaces réservés comme la société, le produit et la version de la fiche. Une autre valeur peut être celle sous laquelle Microsoft connaît le produit, d’où un avertissement ; le plus souvent, c’est une copie périmée.',
    explanation: 'Le User-Agent est censé être construit à partir de companyName, productName et productVersion ; une autre valeur est admise, mais c’est en général une copie périmée.',
    fix: 'Utilisez la valeur dérivée, ou supprimez userAgent pour qu’elle soit dérivée automatiquement.',
    message: (a) => `Le User-Agent est ${a.value}, mais les noms donnent ${a.derived}.`,
    hint: (a) => `Utilisez ${a.derived}, ou gardez le vôtre si Microsoft connaît votre produit sous ce nom.`,
  },
  USER_AGENT_EXTRA_PRODUCTS: {
    title: 'Le User-Agent ajoute des produits ou des commentaires après le produit partenaire',
    why: 'La RFC 9110 §10.1.5 permet à un User-Agent de lister d’autres produits et des (commentaires) après le premier, et les bibliothèques HTTP ajoutent souvent les leurs. La page donne le format du champ entier et ne dit rien d’un ajout : nous considérons donc une valeur qui commence par le produit partenaire et ajoute des produits ou commentaires RFC 9110 comme admise, mais différente de ce qui est demandé.',
    explanation: `La valeur commence par le produit partenaire (${MS.userAgent.prefix}{CompanyName}-{ProductName}/{Version}) et ajoute autre chose après une espace, par exemple "(Linux)" ou "python-requests/2.31". C’est du HTTP valide (RFC 9110 §10.1.5), et le produit partenaire reste en tête. La page de Microsoft montre le User-Agent réduit au seul produit partenaire ; rien n’indique si ses statistiques lisent une valeur plus longue de la même façon, d’où un avertissement.`,
    fix: 'Envoyez le produit partenaire seul, ou gardez le reste si votre client HTTP en a besoin (désactivez alors ce contrôle avec "rules": {"USER_AGENT_EXTRA_PRODUCTS": "off"}).',
    message: (a) => `${a.method ? `${request(a)} : le` : 'Le'} User-Agent ${a.value} ajoute ${a.rest} après le produit partenaire ${a.first}.`,
    hint: (a) => `Envoyez ${a.first} seul, comme le montre la page.`,
  },
  USER_AGENT_NAME_AMBIGUOUS: {
    title: 'Le User-Agent contient un "-" dans le nom de la société ou du produit',
    why: 'Le format relie {CompanyName} et {ProductName} par "-". La page n’interdit pas ce caractère dans un nom, mais s’il y figure, la valeur ne dit plus où finit la société et où commence le produit.',
    explanation: `Dans ${MS.userAgent.prefix}{CompanyName}-{ProductName}/{Version}, le "-" sépare la société du produit. Un "-" dans l’un des deux (MdePartner-Contoso-Add-On/1.0) peut se lire société "Contoso" et produit "Add-On", ou société "Contoso-Add" et produit "On". Les noms dérivés par \`mde-partner ua derive\` n’en contiennent jamais : Add-On devient AddOn.`,
    fix: 'Supprimez le "-" dans le nom (écrivez-le en PascalCase : AddOn), ou utilisez la valeur dérivée.',
    message: (a) => `Le User-Agent ${a.value} comporte ${a.parts} parties entre "${MS.userAgent.prefix}" et "/" : impossible de distinguer la société du produit.`,
  },
  USER_AGENT_UNDERIVABLE: {
    title: 'Aucun User-Agent ne peut être dérivé des noms',
    why: 'RFC 9110 §10.1.5 et §5.6.2 : chaque partie d’un produit est un jeton (lettres ASCII, chiffres et !#$%&\'*+-.^_`|~)',
    explanation: 'Chaque partie du produit User-Agent est un jeton HTTP : lettres ASCII, chiffres et quelques symboles (RFC 9110 §5.6.2). Les jetons sont dérivés des noms en supprimant les accents et en accolant les mots ; lorsqu’un nom ne contient plus aucune lettre ASCII (par exemple un nom écrit uniquement en japonais), rien ne peut être dérivé et les jetons doivent être indiqués explicitement.',
    fix: 'Indiquez userAgent explicitement, par exemple "MdePartner-Contoso-ContosoCognito/1.0.0".',
    message: (a) => `${a.name} ${a.value} ne contient aucune lettre ASCII à partir de laquelle construire le User-Agent.`,
    hint: () => 'Indiquez userAgent dans la fiche (ou --user-agent), avec des jetons société et produit en ASCII.',
  },
  USER_AGENT_NOT_SENT: {
    title: 'Une requête vers une API partenaire n’envoie pas le User-Agent partenaire',
    explanation: `Microsoft demande ${MS.userAgent.prefix}{CompanyName}-{ProductName}/{Version} comme User-Agent de chaque appel aux API publiques MDE et aux API de sécurité Graph ; il sert aux statistiques, au dépannage et à la reconnaissance des partenaires, et conditionne l’adhésion à la MISA. Une requête sans User-Agent, ou avec celui d’une bibliothèque HTTP ou d’un navigateur par défaut (python-requests/2.31, Go-http-client/1.1, Mozilla/5.0…), n’est pas reconnue comme celle du partenaire. Détecté par \`ua audit\` dans une capture HAR.`,
    fix: 'Définissez l’en-tête User-Agent dans le client HTTP qui appelle l’API (le dossier user-agent/ du paquet contient des exemples pour curl, PowerShell, Python, C#, Node, Go et Java).',
    message: (a) => (a.found ? `${request(a)} a envoyé le User-Agent ${sent(a.found)} au lieu du User-Agent partenaire.` : `${request(a)} n’a envoyé aucun User-Agent.`),
    hint: (a) => (a.expected ? `Envoyez le User-Agent ${a.expected} à chaque appel vers cet hôte.` : undefined),
  },
  USER_AGENT_WRONG: {
    title: 'Une requête vers une API partenaire envoie un autre User-Agent partenaire que celui attendu',
    explanation: `La requête envoie une valeur ${MS.userAgent.prefix} ou ${MS.userAgent.legacyPrefix}, mais pas exactement celle attendue : une ancienne version, l’ancien préfixe, d’autres noms, ou du texte avant ou après qui n’est ni un produit ni un commentaire au sens de la RFC 9110 (la valeur attendue suivie de tels ajouts relève de USER_AGENT_EXTRA_PRODUCTS, un avertissement). Le User-Agent permet à Microsoft de reconnaître le trafic du partenaire (statistiques, dépannage, reconnaissance des partenaires) : chaque appel doit donc envoyer la valeur unique indiquée avec la fiche. Détecté par \`ua audit\` dans une capture HAR.`,
    fix: 'Envoyez exactement la valeur attendue (celle de --expect ou de la fiche) ; mettez à jour la chaîne de version là où le client est construit.',
    message: (a) => `${request(a)} a envoyé le User-Agent ${a.found} : ${wordsFor(WRONG_REASONS, a)}.`,
    hint: (a) => (a.expected ? `Envoyez exactement ${a.expected}.` : undefined),
  },
  USER_AGENT_MULTIPLE: {
    title: 'Une requête vers une API partenaire envoie plusieurs en-têtes User-Agent',
    why: 'RFC 9110 §5.3 (un émetteur ne doit pas répéter un champ qui n’est pas une liste) et §10.1.5 (User-Agent est une seule liste de produits)',
    explanation: 'User-Agent est une liste unique de produits, pas un champ de liste séparée par des virgules : un émetteur ne doit pas le répéter (RFC 9110 §5.3), et un destinataire qui réunit les lignes voit "A, B", qui n’est pas la valeur attendue. En général, la bibliothèque HTTP et l’intégration définissent toutes deux l’en-tête. Détecté par `ua audit` dans une capture HAR.',
    fix: 'Définissez l’en-tête une seule fois, en remplaçant la valeur par défaut de la bibliothèque au lieu d’en ajouter une seconde.',
    message: (a) => `${request(a)} a envoyé ${a.count} en-têtes User-Agent${a.found ? ` (${a.found})` : ''}.`,
    hint: (a) => (a.expected ? `Envoyez un seul en-tête User-Agent : ${a.expected}.` : undefined),
  },
} satisfies Record<keyof typeof userAgentCodes, CodeWords>;
