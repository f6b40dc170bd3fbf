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

/** A manifest that is not an object: its first keys, and how many more it has. */
const keys = (a: Args) => (Number(a.keyCount) === 0 ? 'ein leeres Objekt' : `ein Objekt mit den Schlüsseln ${a.keys}${Number(a.keyCount) > 6 ? ` und ${Number(a.keyCount) - 6} weiteren` : ''}`);
const found = (a: Args) => `; gefunden wurde ${describeFound(a)}`;

/**
 * What the manifest (or a value in it, at `a.at`) should have been, with what was found instead: the
 * whole sentence after "Entra-Manifest <path>".
 */
const MANIFEST_EXPECTED = {
  file: (a) => ` ${unreadableWords(a)}`,
  size: (a) => `: erwartet höchstens ${a.limit} Bytes; gefunden wurden ${atLeast(a)} Bytes`,
  depth: (a) => `: erwartet höchstens ${a.limit} Verschachtelungsebenen; gefunden wurden tiefer verschachtelte Werte`,
  json: (a) => ` ist kein gültiges JSON: ${jsonSyntaxWords(a).found}`,
  object: (a) => `: Erwartet wird ein JSON-Objekt (das App-Manifest)${found(a)}`,
  manifest: (a) => ': Erwartet wird ein Entra-App-Manifest im Microsoft Graph-Format ("displayName", "signInAudience", "requiredResourceAccess") '
    + `oder im Azure AD Graph-Format ("name", "availableToOtherTenants" oder "signInAudience", "requiredResourceAccess"); gefunden wurde ${keys(a)}`,
  'display-name': (a) => ` bei ${a.at}: Erwartet wird eine Zeichenfolge (der Anzeigename der App)${found(a)}`,
  audience: (a) => ` bei ${a.at}: Erwartet wird eine Zeichenfolge wie "${MS.entra.multiTenantAudience}"${found(a)}`,
  boolean: (a) => ` bei ${a.at}: Erwartet wird true oder false${found(a)}`,
  'access-list': (a) => ` bei ${a.at}: Erwartet wird ein Array aus {"resourceAppId", "resourceAccess"}${found(a)}`,
  'access-entry': (a) => ` bei ${a.at}: Erwartet wird ein Objekt {"resourceAppId", "resourceAccess"}${found(a)}`,
  'app-id': (a) => ` bei ${a.at}: Erwartet wird eine Zeichenfolge (die Anwendungs-ID der API)${found(a)}`,
  permissions: (a) => ` bei ${a.at}: Erwartet wird ein Array aus {"id", "type"}${found(a)}`,
} satisfies Record<(typeof IDS.MANIFEST_EXPECTED)[number], Phrase>;


/** What in the manifest makes it single-tenant. */
const SINGLE_TENANT = {
  audience: (a) => `"signInAudience": ${a.audience}`,
  'not-shared': () => '"availableToOtherTenants": false',
  'no-audience': () => 'kein "signInAudience"',
  'no-audience-nor-shared': () => 'weder "signInAudience" noch "availableToOtherTenants"',
} satisfies Record<(typeof IDS.SINGLE_TENANT)[number], Phrase>;

/** Where the manifest lacks the WindowsDefenderATP permissions. */
const NO_PERMISSIONS = {
  'no-access-list': () => 'Es gibt kein "requiredResourceAccess"',
  'no-entry': () => '"requiredResourceAccess" hat keinen Eintrag dafür',
  'empty-entry': () => 'Der zugehörige Eintrag hat ein leeres "resourceAccess"',
} satisfies Record<(typeof IDS.NO_PERMISSIONS)[number], Phrase>;

/** Finding codes of the Entra application: its name and, when given, its manifest. */
export const entraWords = {
  ENTRA_APP_NAME_REQUIRED: {
    title: 'Für eine mehrinstanzenfähige Integration ist der Name der Entra-App erforderlich',
    explanation: 'Microsoft verlangt den Namen der Microsoft Entra-Anwendung, wenn die Integration eine mehrinstanzenfähige Entra-App verwendet.',
    fix: 'Setzen Sie entraAppName auf den Anzeigenamen der App-Registrierung oder setzen Sie multiTenant auf false.',
    message: () => 'multiTenant ist true, aber entraAppName fehlt oder ist leer.',
  },
  ENTRA_APP_NAME_TOO_LONG: {
    title: 'Der Name der Entra-App ist länger als 256 Zeichen',
    why: 'Microsoft Graph, Ressourcentyp application: displayName, höchstens 256 Zeichen',
    explanation: `Der Anzeigename einer Microsoft Entra-Anwendung hat höchstens ${MS.entra.appNameMaxLength} Zeichen; ein längerer Name kann also nicht der Name der App sein.`,
    fix: 'Kopieren Sie den Anzeigenamen aus der App-Registrierung im Microsoft Entra Admin Center.',
    message: (a) => `entraAppName hat ${a.length} Zeichen; Entra erlaubt höchstens ${MS.entra.appNameMaxLength}.`,
  },
  ENTRA_APP_NAME_CONTROL_CHARACTER: {
    title: 'Der Name der Entra-App enthält ein Steuerzeichen',
    why: CONTROL,
    explanation: 'Steuerzeichen sind unsichtbar und können nicht Teil eines Anzeigenamens sein, den Sie einfügen können.',
    fix: 'Entfernen Sie das angezeigte Zeichen.',
    message: (a) => `entraAppName enthält das Steuerzeichen ${a.char} an Position ${a.position}.`,
  },
  ENTRA_APP_NAME_UNUSED: {
    title: 'Name der Entra-App für eine Integration mit einem einzelnen Mandanten angegeben',
    explanation: 'Microsoft verlangt den Namen der Entra-Anwendung nur, wenn die Integration eine mehrinstanzenfähige App verwendet.',
    fix: 'Setzen Sie multiTenant auf true, wenn die App mehrinstanzenfähig ist oder entfernen Sie entraAppName.',
    message: () => 'entraAppName ist gesetzt, aber multiTenant ist false; der Name wird nicht Teil der Einreichung.',
  },
  ENTRA_MANIFEST_INVALID: {
    title: 'Das Manifest der Entra-App ist nicht verwendbar',
    why: `Sicherheit: Das Manifest wird als nicht vertrauenswürdige Eingabe gelesen, innerhalb fester Grenzen. ${INTEGRITY}`,
    explanation: `entraManifest nennt das aus dem Microsoft Entra Admin Center exportierte App-Manifest (App-Registrierungen › Ihre App › Manifest › Herunterladen), relativ zur Eintragsdatei. Es wird als nicht vertrauenswürdige Eingabe gelesen: höchstens ${KIB(policy.entraManifest.maxBytes)}, vor dem Lesen geprüft, höchstens ${policy.entraManifest.maxDepth} Ebenen tief verschachtelt, ein JSON-Objekt im Microsoft Graph-Format (displayName, signInAudience, requiredResourceAccess) oder im älteren Azure AD Graph-Format (name, availableToOtherTenants oder signInAudience, requiredResourceAccess).`,
    fix: 'Laden Sie das Manifest erneut aus der App-Registrierung herunter und lassen Sie entraManifest darauf zeigen, oder entfernen Sie entraManifest.',
    message: (a) => `Entra-Manifest ${a.path}${wordsFor(MANIFEST_EXPECTED, a, 'expected')}.`,
  },
  ENTRA_MANIFEST_NOT_MULTI_TENANT: {
    title: 'Das Manifest der Entra-App ist nicht mehrinstanzenfähig',
    why: 'Die Seite verlangt den Namen, wenn der Ansatz mehrinstanzenfähig ist. Eine App, deren Manifest nur die Anmeldung aus dem eigenen Mandanten zulässt, ist nicht die mehrinstanzenfähige App, die der Eintrag nennt.',
    explanation: `Der Eintrag gibt an, dass die Integration eine mehrinstanzenfähige Entra-App verwendet, und auf der Partnerseite von Microsoft ist die App für „Konten in einem beliebigen Organisationsverzeichnis“ registriert (signInAudience ${MS.entra.multiTenantAudience}), damit jeder Kundenmandant ihr zustimmen kann. AzureADandPersonalMicrosoftAccount gilt ebenfalls als mehrinstanzenfähig (Auslegung von mde-partner: Jede Organisation kann weiterhin zustimmen). Im älteren Azure AD Graph-Format bedeutet availableToOtherTenants false einen einzelnen Mandanten.`,
    fix: `Setzen Sie in der App-Registrierung Authentifizierung › Unterstützte Kontotypen auf „Konten in einem beliebigen Organisationsverzeichnis“ ("signInAudience": "${MS.entra.multiTenantAudience}") und laden Sie das Manifest erneut herunter; oder setzen Sie multiTenant auf false.`,
    message: (a) => `Entra-Manifest ${a.path} ist nicht mehrinstanzenfähig (${wordsFor(SINGLE_TENANT, a)}), aber multiTenant im Eintrag ist true.`,
  },
  ENTRA_MANIFEST_NAME_MISMATCH: {
    title: 'Der Name der Entra-App weicht vom Manifest ab',
    why: 'Der Name wird verlangt, um „die Verwendung der Anwendung nachzuverfolgen“; das gelingt nur mit dem Anzeigenamen der App, genau wie registriert.',
    explanation: 'Microsoft verlangt den Namen der mehrinstanzenfähigen Entra-Anwendung; entraAppName muss genau der Anzeigename im App-Manifest sein (displayName bzw. name im Azure AD Graph-Format), damit Microsoft die App findet, der Kunden zustimmen.',
    fix: 'Kopieren Sie den Anzeigenamen aus dem Manifest in entraAppName. Oder benennen Sie die App-Registrierung um und laden Sie das Manifest erneut herunter.',
    message: (a) => `entraAppName ${a.listingName} weicht von ${a.key} ${a.manifestName} im Manifest ab (${a.path}).`,
    hint: (a) => (a.manifestName ? `Setzen Sie entraAppName auf ${a.manifestName} oder benennen Sie die App in Entra um.` : undefined),
  },
  ENTRA_MANIFEST_NO_MDE_PERMISSIONS: {
    title: 'Das Manifest der Entra-App fordert keine API-Berechtigungen für Defender für Endpunkt an',
    why: 'Eine App, die keine Berechtigungen für die API von Defender für Endpunkt anfordert, ist vermutlich nicht die App, die sie aufruft. Die Anwendungs-ID der API stammt aus öffentlichen Skripts, nicht aus einer Learn-Seite; daher eine Warnung.',
    explanation: `Laut der Partnerseite von Microsoft fordert die App Berechtigungen für die API WindowsDefenderATP an (API-Berechtigungen › Von meiner Organisation verwendete APIs › WindowsDefenderATP). Im Manifest ist das ein Eintrag in requiredResourceAccess mit resourceAppId ${MS.entra.windowsDefenderAtpAppId} (die Anwendungs-ID der API, bekannt aus öffentlichen Skripts, nicht aus einer Learn-Seite). Eine Warnung, kein Fehler: Eine Integration, die nur die Graph-Sicherheits-API verwendet, braucht stattdessen Microsoft Graph-Berechtigungen.`,
    fix: 'Fügen Sie unter API-Berechtigungen die WindowsDefenderATP-Berechtigungen hinzu, die die Integration verwendet (z. B. Alert.Read.All), erteilen Sie die Zustimmung und laden Sie das Manifest erneut herunter.',
    message: (a) => `Entra-Manifest ${a.path} fordert keine Berechtigungen für die API WindowsDefenderATP an (resourceAppId ${a.appId ?? MS.entra.windowsDefenderAtpAppId})${a.reason ? `: ${wordsFor(NO_PERMISSIONS, a)}` : ''}.`,
  },
} satisfies Record<keyof typeof entraCodes, CodeWords>;
