import type * as IDS from '../../../checks/catalog/entra.js';
import type { entraCodes } from '../../../checks/catalog/entra.js';
import type { CodeWords } from '../../types.js';
import { policy, requirements as MS } from '../../../domain/requirements.js';
import type { Args } from '../../../checks/args.js';
import { CONTROL, INTEGRITY } from './reasons.js';
import { wordsFor, type Phrase } from '../../types.js';
import { unreadableWords } from './files.js';
import { jsonSyntaxWords } from './json-syntax.js';
import { describeFound } from './values.js';
import { atLeast, KIB } from './words.js';

/** Un manifeste qui n’est pas un objet de manifeste: ses premières clés, et combien d’autres il a. */
const keys = (a: Args) => (Number(a.keyCount) === 0 ? 'un objet vide' : `un objet avec les clés ${a.keys}${Number(a.keyCount) > 6 ? ` et ${Number(a.keyCount) - 6} autres` : ''}`);
const found = (a: Args) => `; valeur trouvée : ${describeFound(a)}`;

/**
 * Ce que le manifeste (ou une valeur de celui-ci, en `a.at`) aurait dû être, avec ce qui a été trouvé
 * à la place: toute la phrase après « Le manifeste Entra <chemin> ».
 */
const MANIFEST_EXPECTED = {
  file: (a) => ` ${unreadableWords(a)}`,
  size: (a) => ` fait ${atLeast(a)} octets ; la limite est de ${a.limit} octets`,
  depth: (a) => ` contient des valeurs imbriquées sur plus de ${a.limit} niveaux`,
  json: (a) => ` n’est pas un JSON valide : ${jsonSyntaxWords(a).found}`,
  object: (a) => ` : un objet JSON (le manifeste de l’application) est attendu${found(a)}`,
  manifest: (a) => ' : un manifeste d’application Entra est attendu, au format Microsoft Graph ("displayName", "signInAudience", "requiredResourceAccess") '
    + `ou au format Azure AD Graph ("name", "availableToOtherTenants" ou "signInAudience", "requiredResourceAccess") ; contenu trouvé : ${keys(a)}`,
  'display-name': (a) => ` (${a.at}) : une chaîne est attendue (le nom d’affichage de l’application)${found(a)}`,
  audience: (a) => ` (${a.at}) : une chaîne comme "${MS.entra.multiTenantAudience}" est attendue${found(a)}`,
  boolean: (a) => ` (${a.at}) : true ou false est attendu${found(a)}`,
  'access-list': (a) => ` (${a.at}) : un tableau de {"resourceAppId", "resourceAccess"} est attendu${found(a)}`,
  'access-entry': (a) => ` (${a.at}) : un objet {"resourceAppId", "resourceAccess"} est attendu${found(a)}`,
  'app-id': (a) => ` (${a.at}) : une chaîne est attendue (l’ID d’application de l’API)${found(a)}`,
  permissions: (a) => ` (${a.at}) : un tableau de {"id", "type"} est attendu${found(a)}`,
} satisfies Record<(typeof IDS.MANIFEST_EXPECTED)[number], Phrase>;


/** Ce qui, dans le manifeste, le rend monolocataire. */
const SINGLE_TENANT = {
  audience: (a) => `"signInAudience": ${a.audience}`,
  'not-shared': () => '"availableToOtherTenants": false',
  'no-audience': () => 'pas de "signInAudience"',
  'no-audience-nor-shared': () => 'ni "signInAudience" ni "availableToOtherTenants"',
} satisfies Record<(typeof IDS.SINGLE_TENANT)[number], Phrase>;

/** Où le manifeste manque des autorisations WindowsDefenderATP. */
const NO_PERMISSIONS = {
  'no-access-list': () => 'il n’y a pas de "requiredResourceAccess"',
  'no-entry': () => '"requiredResourceAccess" n’a aucune entrée pour cette API',
  'empty-entry': () => 'son entrée a un "resourceAccess" vide',
} satisfies Record<(typeof IDS.NO_PERMISSIONS)[number], Phrase>;

/** Codes de constat de l’application Entra: son nom et, s’il est fourni, son manifeste. */
export const entraWords = {
  ENTRA_APP_NAME_REQUIRED: {
    title: 'Le nom de l’application Entra est requis pour une intégration multilocataire',
    explanation: 'Microsoft demande le nom de l’application Microsoft Entra lorsque l’intégration utilise une application Entra multilocataire.',
    fix: 'Renseignez entraAppName avec le nom d’affichage de l’inscription d’application, ou mettez multiTenant à false.',
    message: () => 'multiTenant vaut true, mais entraAppName est absent ou vide.',
  },
  ENTRA_APP_NAME_TOO_LONG: {
    title: 'Le nom de l’application Entra dépasse 256 caractères',
    why: 'Type de ressource application de Microsoft Graph : displayName, 256 caractères au maximum',
    explanation: `Le nom d’affichage d’une application Microsoft Entra compte au plus ${MS.entra.appNameMaxLength} caractères : un nom plus long ne peut pas être celui de l’application.`,
    fix: 'Copiez le nom d’affichage depuis l’inscription d’application, dans le centre d’administration Microsoft Entra.',
    message: (a) => `entraAppName compte ${a.length} caractères ; Entra en autorise ${MS.entra.appNameMaxLength} au maximum.`,
  },
  ENTRA_APP_NAME_CONTROL_CHARACTER: {
    title: 'Le nom de l’application Entra contient un caractère de contrôle',
    why: CONTROL,
    explanation: 'Les caractères de contrôle sont invisibles et ne peuvent pas faire partie d’un nom d’affichage d’application que l’on peut coller.',
    fix: 'Supprimez le caractère indiqué.',
    message: (a) => `entraAppName contient le caractère de contrôle ${a.char} à la position ${a.position}.`,
  },
  ENTRA_APP_NAME_UNUSED: {
    title: 'Nom d’application Entra indiqué pour une intégration monolocataire',
    explanation: 'Microsoft ne demande le nom de l’application Entra que si l’intégration utilise une application multilocataire.',
    fix: 'Mettez multiTenant à true si l’application est multilocataire, ou supprimez entraAppName.',
    message: () => 'entraAppName est renseigné, mais multiTenant vaut false ; il ne fera pas partie de la soumission.',
  },
  ENTRA_MANIFEST_INVALID: {
    title: 'Le manifeste de l’application Entra est inutilisable',
    why: `Sécurité : le manifeste est lu comme une entrée non fiable, dans des limites fixes. ${INTEGRITY}`,
    explanation: `entraManifest désigne le manifeste de l’application exporté depuis le centre d’administration Microsoft Entra (Inscriptions d’applications › votre application › Manifeste › Télécharger), relatif au fichier de fiche. Il est lu comme une entrée non fiable : ${KIB(policy.entraManifest.maxBytes)} au maximum, vérifiés avant lecture, ${policy.entraManifest.maxDepth} niveaux d’imbrication au maximum, un seul objet JSON au format Microsoft Graph (displayName, signInAudience, requiredResourceAccess) ou à l’ancien format Azure AD Graph (name, availableToOtherTenants ou signInAudience, requiredResourceAccess).`,
    fix: 'Téléchargez à nouveau le manifeste depuis l’inscription d’application et faites-y pointer entraManifest, ou supprimez entraManifest.',
    message: (a) => `Le manifeste Entra ${a.path}${wordsFor(MANIFEST_EXPECTED, a, 'expected')}.`,
  },
  ENTRA_MANIFEST_NOT_MULTI_TENANT: {
    title: 'Le manifeste de l’application Entra n’est pas multilocataire',
    why: 'La page demande le nom lorsque l’approche est multilocataire. Une application dont le manifeste n’autorise la connexion qu’à son propre locataire n’est pas l’application multilocataire que nomme la fiche.',
    explanation: `La fiche indique que l’intégration utilise une application Entra multilocataire, et la page partenaire de Microsoft fait inscrire l’application pour les « comptes dans un annuaire organisationnel » (signInAudience ${MS.entra.multiTenantAudience}), afin que chaque locataire client puisse y consentir. AzureADandPersonalMicrosoftAccount compte aussi comme multilocataire (lecture de mde-partner : toute organisation peut encore y consentir). Dans l’ancien format Azure AD Graph, availableToOtherTenants à false signifie monolocataire.`,
    fix: `Dans l’inscription d’application, réglez Authentification › Types de comptes pris en charge sur « Comptes dans un annuaire organisationnel » ("signInAudience": "${MS.entra.multiTenantAudience}"), puis téléchargez à nouveau le manifeste ; ou mettez multiTenant à false.`,
    message: (a) => `Le manifeste Entra ${a.path} n’est pas multilocataire (${wordsFor(SINGLE_TENANT, a)}), alors que multiTenant vaut true dans la fiche.`,
  },
  ENTRA_MANIFEST_NAME_MISMATCH: {
    title: 'Le nom de l’application Entra diffère de celui du manifeste',
    why: 'Le nom est demandé « pour suivre l’utilisation de l’application », ce qui ne fonctionne qu’avec le nom d’affichage exact sous lequel l’application est inscrite.',
    explanation: 'Microsoft demande le nom de l’application Entra multilocataire ; entraAppName doit être exactement le nom d’affichage du manifeste de l’application (displayName, ou name au format Azure AD Graph), pour que Microsoft retrouve l’application à laquelle les clients consentent.',
    fix: 'Copiez le nom d’affichage du manifeste dans entraAppName, ou renommez l’inscription d’application et téléchargez à nouveau le manifeste.',
    message: (a) => `entraAppName ${a.listingName} diffère de ${a.key} ${a.manifestName} dans le manifeste (${a.path}).`,
    hint: (a) => (a.manifestName ? `Donnez à entraAppName la valeur ${a.manifestName}, ou renommez l’application dans Entra.` : undefined),
  },
  ENTRA_MANIFEST_NO_MDE_PERMISSIONS: {
    title: 'Le manifeste de l’application Entra ne demande aucune autorisation sur l’API de Defender pour point de terminaison',
    why: 'Une application qui ne demande aucune autorisation sur l’API de Defender pour point de terminaison n’est probablement pas celle qui l’appelle. L’ID d’application de l’API provient de scripts publics, pas d’une page Learn ; d’où un avertissement.',
    explanation: `La page partenaire de Microsoft fait demander à l’application des autorisations sur l’API WindowsDefenderATP (Autorisations d’API › API utilisées par mon organisation › WindowsDefenderATP). Dans le manifeste, cela correspond à une entrée requiredResourceAccess avec resourceAppId ${MS.entra.windowsDefenderAtpAppId} (l’ID d’application de l’API, connu par des scripts publics et non par une page Learn). C’est un avertissement et non une erreur : une intégration qui n’utilise que l’API de sécurité Graph a besoin d’autorisations Microsoft Graph à la place.`,
    fix: 'Ajoutez sous Autorisations d’API les autorisations WindowsDefenderATP qu’utilise l’intégration (par exemple Alert.Read.All), accordez le consentement, puis téléchargez à nouveau le manifeste.',
    message: (a) => `Le manifeste Entra ${a.path} ne demande aucune autorisation sur l’API WindowsDefenderATP (resourceAppId ${a.appId ?? MS.entra.windowsDefenderAtpAppId})${a.reason ? ` : ${wordsFor(NO_PERMISSIONS, a)}` : ''}.`,
  },
} satisfies Record<keyof typeof entraCodes, CodeWords>;
