import type { HelpWords } from '../en/help.js';

export const help = {
  sections: {
    usage: 'Utilisation :',
    arguments: 'Arguments :',
    options: 'Options :',
    globalOptions: 'Options globales :',
    commands: 'Commandes :',
    examples: 'Exemples :',
    example: 'Exemple :',
  },
  choices: (a) => `choix : ${a.values}`,
  default: (a) => `par défaut : ${a.value}`,
  withExtras: (a) => `${a.description} (${a.extras.join(', ')})`,

  program: {
    description: 'Vérifier et préparer la fiche partenaire Microsoft Defender pour point de terminaison.',
    version: 'afficher la version',
    help: "afficher l’aide",
    helpCommand: "afficher l’aide d’une commande",
    lang: "langue des messages et de l’aide ; sans cette option, MDE_PARTNER_LANG décide, sinon LC_ALL, LC_MESSAGES, LANG",
    examples: {
      init: "l’assistant : pose les questions, vérifie, écrit la fiche et le paquet",
      validate: 'vérifier une fiche et son logo',
      audit: 'le trafic capturé envoie-t-il le User-Agent de la fiche ?',
    },
    more: "Pour les options d’une commande, lancez « mde-partner <commande> --help ».",
  },

  shared: {
    format: 'format de sortie',
    strict: 'les avertissements font aussi échouer (code de sortie 1)',
    quiet: 'format texte : seulement les constats en échec et le résumé',
    color: 'forcer la couleur',
    noColor: 'sans couleur (également NO_COLOR=1)',
    online: "récupérer aussi la page d’accueil en HTTPS : statut, redirections, nom du produit (accès réseau ; désactivé par défaut)",
    render: 'ignorer les contrôles du rendu du logo (le logo n’est pas dessiné)',
    listingPath: 'fichier de fiche ou dossier contenant mde-partner.json',
    exitCodes: "Codes de sortie : 0 aucune erreur (avertissements admis, sauf avec --strict) · 1 des constats échouent · 2 problème d’utilisation ou d’entrée · 3 erreur interne",
  },

  fields: {
    companyName: 'nom de la société, tel que vos clients le connaissent',
    productName: 'nom du produit affiché sur la vignette partenaire',
    productVersion: 'version du produit envoyée dans le User-Agent, par ex. 1.0.0',
    description: 'la description de produit de 15 mots',
    logo: 'chemin du logo SVG carré (relatif à dir)',
    landingPage: "page d’accueil (https://) ou billet de blog destiné aux clients",
    multiTenant: "l’intégration utilise une application Microsoft Entra multilocataire",
    entraAppName: "nom d’affichage de l’application Entra multilocataire",
    userAgent: "User-Agent (par défaut : la valeur dérivée, acceptée avec --yes ou à l’invite)",
    language: "langue des fichiers du paquet de soumission : en, de, fr ou ja (par défaut : en ; --lang choisit celle du terminal)",
  },
  noFields: {
    multiTenant: "l’intégration n’utilise pas d’application Entra multilocataire",
  },

  init: {
    description: 'assistant interactif : pose les questions, vérifie chaque réponse, écrit mde-partner.json et le paquet',
    dir: 'dossier de mde-partner.json (par défaut .)',
    category: (a) => `catégorie de la page partenaire (répétable) : ${a.ids}`,
    scenario: (a) => `scénario d’intégration (répétable) : ${a.ids}`,
    license: "étape 1 : licence MDE ou locataire d’essai",
    customerApproval: "étape 2 : un client commun a approuvé la conception d’intégration",
    demo: "étape 2 : intégration présentée à l’équipe MDE",
    misa: 'étape 3 : nomination à la MISA',
    pressRelease: 'étape 4 : communiqué de presse mentionnant MDE',
    pressReviewStart: 'date (AAAA-MM-JJ) à laquelle le communiqué de presse a été soumis à Microsoft pour examen',
    answers: 'fichier JSON contenant les réponses (noms des champs de la fiche) ; les options priment',
    yes: "accepter les valeurs dérivées (le User-Agent) ; aucune réponse obligatoire n’est inventée",
    ciWorkflow: 'écrire aussi .github/workflows/mde-partner.yml',
    noCiWorkflow: 'ne pas écrire le workflow (et ne pas le demander)',
    noBundle: 'écrire seulement mde-partner.json',
    out: 'dossier du paquet (par défaut : mde-submission dans dir)',
    strict: "ne rien écrire tant qu’il reste des avertissements, puisque validate --strict échouerait",
    online: "récupérer aussi la page d’accueil en HTTPS avant toute écriture (accès réseau ; désactivé par défaut)",
    render: "ignorer les contrôles du rendu du logo, y compris aux invites ; le paquet n’a pas d’aperçus PNG",
    examples: { terminal: 'pose les questions, dans un terminal', ci: 'en CI : sans aucune question' },
    note: "Sans terminal (ou avec CI défini), rien n’est demandé : une réponse manquante donne le code\nde sortie 2, avec la liste des options manquantes et la commande à lancer. Ctrl+C : code de\nsortie 130, rien n’est écrit.",
  },

  validate: {
    description: 'vérifier des fiches : un fichier de fiche, ou un dossier contenant mde-partner.json (par défaut .)',
    paths: 'fichiers de fiche ou dossiers',
    examples: { here: './mde-partner.json', github: 'annotations dans GitHub Actions', online: "récupère aussi la page d’accueil" },
  },

  bundle: {
    description: 'vérifier, puis écrire le paquet de soumission : un dossier et <dossier>.zip',
    out: 'dossier du paquet (par défaut : mde-submission à côté de la fiche) ; <dossier>.zip est écrit à côté',
    strict: "les avertissements font aussi échouer : code de sortie 1, rien n’est écrit",
    quiet: 'ni lignes de progression, ni message sur le paquet écrit ; format texte : seulement les constats en échec et le résumé',
    render: "ignorer les contrôles du rendu du logo ; le paquet n’a pas d’aperçus PNG",
    examples: { here: './mde-submission/ et ./mde-submission.zip' },
    note: "Rien n’est écrit si la fiche contient des erreurs ; une exécution échouée ou interrompue laisse le paquet précédent intact.",
  },

  checklist: {
    description: 'les quatre étapes pour devenir partenaire : ce qui est vérifié, ce qui échoue, ce qui reste à faire',
    strict: 'les éléments vérifiés avec des avertissements échouent aussi (code de sortie 1)',
  },

  verify: {
    description: 'vérifier un paquet reçu (dossier ou .zip) : empreintes, fichiers non répertoriés, décompression sûre, validation complète',
    bundle: 'dossier du paquet ou fichier .zip',
  },

  ua: {
    description: 'dériver ou vérifier un User-Agent (MdePartner-{Company}-{Product}/{Version})',
    derive: 'dériver le User-Agent du nom de la société, du nom du produit et de la version',
    deriveFormat: 'format de sortie (text : la valeur seule si elle peut être dérivée)',
    company: 'nom de la société, par ex. « Contoso »',
    product: 'nom du produit, par ex. « Contoso Cognito »',
    productVersion: 'version du produit, par ex. 1.0.0',
    check: 'vérifier une valeur de User-Agent ; avec les noms, la comparer aussi à la valeur dérivée',
    value: 'la valeur du User-Agent',
    compareCompany: 'nom de la société à comparer',
    compareProduct: 'nom du produit à comparer',
    compareVersion: 'version du produit à comparer',
    legacy: 'ancien préfixe : code de sortie 1',
    audit: 'vérifier des captures HAR : chaque requête vers une API MDE ou une API de sécurité Graph doit envoyer exactement le User-Agent attendu',
    captures: 'fichiers HAR 1.2 exportés depuis les outils de développement du navigateur, mitmproxy ou Fiddler',
    expect: 'le User-Agent que doit envoyer chaque requête vers une API partenaire',
    listing: 'prendre le User-Agent attendu dans une fiche (fichier, ou dossier contenant mde-partner.json) ; par défaut ./mde-partner.json',
    auditExamples: {
      here: 'attend le User-Agent de ./mde-partner.json',
      mitmproxy: 'enregistrer un client côté serveur via mitmproxy',
    },
    auditNote: "Sont comptées les requêtes vers les hôtes de l’API MDE (api.security.microsoft.com, ses hôtes régionaux et\nceux de US Government) et vers /v1.0/security/… et /beta/security/… sur chaque cloud Microsoft Graph.\nLes requêtes de jeton et les autres appels Graph ne le sont pas. Les captures sont lues en flux : jusqu’à\n256 Mio chacune, avec une mémoire bornée.",
    auditExitCodes: "Codes de sortie : 0 chaque requête partenaire envoie la valeur · 1 des constats échouent · 2 problème d’utilisation ou d’entrée",
  },

  explain: {
    description: "ce que signifie un code de constat, et comment le corriger",
    code: 'un code de constat, par ex. SVG_SCRIPT',
    list: 'lister tous les codes',
  },
} satisfies HelpWords;
