import type * as IDS from '../../../checks/catalog/user-agent.js';
import type { userAgentCodes } from '../../../checks/catalog/user-agent.js';
import type { CodeWords } from '../../types.js';
import { requirements as MS } from '../../../domain/requirements.js';
import type { Args } from '../../../checks/args.js';
import { wordsFor, type Phrase } from '../../types.js';
import { count } from './words.js';

const { prefix: PREFIX, legacyPrefix: LEGACY_PREFIX } = MS.userAgent;

/** Why a User-Agent does not have the required form; `found` is the quoted text it is about. */
const FORMAT_REASONS = {
  'prefix-case': () => `Beim Präfix zählt die Groß-/Kleinschreibung: "${PREFIX}"`,
  'prefix-missing': () => `Er muss mit "${PREFIX}" beginnen`,
  'space-in-name': () => 'Ein Leerzeichen beendet das Produkt vor seinem "/{Version}": Namen dürfen keine Leerzeichen enthalten',
  'version-missing': () => 'Das "/{Version}" am Ende fehlt',
  'one-name': () => 'Firma und Produkt müssen zwei mit "-" verbundene Teile sein, gefunden wurde einer',
  'name-empty': () => 'Der Firmen- oder Produktteil ist leer',
  'name-not-token': (a) => `${a.found} enthält Zeichen, die in einem Token nicht zulässig sind`,
  'version-empty': () => 'Die Version nach "/" ist leer',
  'version-not-token': (a) => `Die Version ${a.found} ist kein HTTP-Token`,
  'rest-not-separated': (a) => `${a.found} muss durch ein Leerzeichen vom Vorhergehenden getrennt sein`,
  'rest-trailing-space': () => 'Er endet mit Leerraum',
  'rest-comment-unclosed': () => 'Ein Kommentar "(" wird nicht mit ")" geschlossen',
  'rest-not-product': (a) => `${a.found} nach dem Partnerprodukt ist weder ein Produkt (Name/Version) noch ein (Kommentar)`,
} satisfies Record<(typeof IDS.FORMAT_REASONS)[number], Phrase>;


/** Why the productVersion is not an HTTP token; `found` is the first character that is not allowed. */
export const PRODUCT_VERSION_REASONS = {
  empty: () => 'Sie ist leer',
  character: (a) => `${a.found} ist nicht zulässig`,
} satisfies Record<(typeof IDS.PRODUCT_VERSION_REASONS)[number], Phrase>;


/** Why a partner-looking User-Agent that `ua audit` found is not the expected one. */
const WRONG_REASONS = {
  'legacy-prefix': () => `Er verwendet das alte Präfix ${LEGACY_PREFIX}`,
  'white-space': () => 'Der Wert ist von Leerraum umgeben',
  'other-text': () => 'Er enthält außer dem erwarteten Wert weiteren Text',
  version: (a) => `Version ${a.sentVersion} statt ${a.expectedVersion}`,
  'letter-case': () => 'Die Groß-/Kleinschreibung weicht ab',
  'other-names': () => 'eine andere Firma oder ein anderes Produkt',
  'not-whole-value': () => 'Das Partner-Token ist nicht der ganze Wert',
  'not-form': () => `Er hat nicht die Form ${PREFIX}{CompanyName}-{ProductName}/{Version}`,
} satisfies Record<(typeof IDS.WRONG_REASONS)[number], Phrase>;


/** The characters named rather than shown; any other is shown quoted, with its code point. */
const CHARACTER_NAMES: Readonly<Record<string, string>> = { 'U+000D': 'CR (\\r)', 'U+000A': 'LF (\\n)', 'U+0000': 'NUL' };
const character = (a: Args) => CHARACTER_NAMES[String(a.codePoint)] ?? `"${a.char}" (${a.codePoint})`;

/** A value `ua audit` found: `""` is an empty header. */
const sent = (found: unknown) => (found === '""' ? 'einen leeren Wert' : String(found));

/** `ua audit`: the request a finding is about; a Graph $batch says how many Graph Security calls it carries. */
const request = (a: Args) => `${a.method} ${a.url}${a.batched ? ` (mit ${count(a.batched, 'Anforderung an die Graph-Sicherheits-API', 'Anforderungen an die Graph-Sicherheits-API')})` : ''}`;

/** Finding codes of the User-Agent: the value in the listing, and the requests `ua audit` reads. */
export const userAgentWords = {
  USER_AGENT_INVALID_FORMAT: {
    title: 'Der User-Agent hat nicht die verlangte Form',
    explanation: `Jeder Aufruf der öffentlichen MDE-APIs und der Graph-Sicherheits-APIs muss einen User-Agent der Form MdePartner-{CompanyName}-{ProductName}/{Version} senden, z. B. ${MS.userAgent.example}. Das erste Produkt des Werts muss diese Form haben: Firma und Produkt sind mit "-" verbundene HTTP-Token, die Version ist ein HTTP-Token (RFC 9110 §5.6.2). Was danach folgen darf, behandelt USER_AGENT_EXTRA_PRODUCTS.`,
    fix: 'Verwenden Sie den angezeigten abgeleiteten Wert oder `mde-partner ua derive`.',
    message: (a) => `Der User-Agent ${a.value} entspricht nicht MdePartner-{CompanyName}-{ProductName}/{Version}: ${wordsFor(FORMAT_REASONS, a)}.`,
    hint: (a) => (a.suggestion ? `Verwenden Sie ${a.suggestion}.` : undefined),
  },
  USER_AGENT_FORBIDDEN_CHARACTERS: {
    title: 'Der User-Agent enthält Zeichen, die in einem Header nicht zulässig sind',
    why: 'RFC 9110 §5.5 (CR, LF und NUL sind in einem Feldwert ungültig) und §5.6.2 (ein Produkt-Token besteht aus ASCII-tchar)',
    explanation: 'CR, LF und NUL sind in einem HTTP-Feldwert nie gültig (RFC 9110 §5.5) und ermöglichen Header-Injection; andere Steuerzeichen und Nicht-ASCII-Zeichen werden ebenfalls abgelehnt (RFC 9110 §5.5: neue Felder verwenden US-ASCII; ein Produkt-Token ist ASCII, §5.6.2). Leerzeichen werden nicht abgelehnt: Sie trennen das Partnerprodukt von weiteren Produkten und Kommentaren.',
    fix: 'Entfernen Sie das angezeigte Zeichen; leiten Sie den Wert mit `mde-partner ua derive` ab.',
    message: (a) => `Der User-Agent enthält ${character(a)} an Position ${a.position}; erwartet wird MdePartner-{CompanyName}-{ProductName}/{Version} nur aus druckbaren ASCII-Zeichen.`,
    hint: (a) => (a.suggestion ? `Verwenden Sie ${a.suggestion}.` : undefined),
  },
  USER_AGENT_LEGACY_PREFIX: {
    title: 'Der User-Agent verwendet das alte Präfix MdatpPartner-',
    explanation: `"${MS.userAgent.legacyPrefix}" ist aus dem früheren Produktnamen (Microsoft Defender ATP) gebildet und findet sich noch in älteren Integrationen. Es ist nicht das verlangte Format: Die Seiten nennen "${MS.userAgent.prefix}" (alle hier gelesenen Fassungen, 2021-04 bis ${MS.docsDate}).`,
    fix: `Ersetzen Sie ${MS.userAgent.legacyPrefix} durch ${MS.userAgent.prefix}.`,
    message: (a) => `Der User-Agent ${a.value} verwendet das alte Präfix ${MS.userAgent.legacyPrefix}.`,
    hint: (a) => `Verwenden Sie ${a.suggestion}.`,
  },
  USER_AGENT_MISMATCH: {
    title: 'Der User-Agent weicht vom aus den Namen abgeleiteten Wert ab',
    why: 'Wir lesen die Platzhalter als Firma, Produkt und Version des Eintrags. Ein anderer Wert kann der sein, unter dem Microsoft das Produkt kennt, daher eine Warnung; meist ist es eine veraltete Kopie.',
    explanation: 'Der User-Agent wird aus companyName, productName und productVersion gebildet; ein anderer Wert ist zulässig, ist aber meist eine veraltete Kopie.',
    fix: 'Verwenden Sie den abgeleiteten Wert oder entfernen Sie userAgent, damit er abgeleitet wird.',
    message: (a) => `Der User-Agent ist ${a.value}, aus den Namen ergibt sich aber ${a.derived}.`,
    hint: (a) => `Verwenden Sie ${a.derived} oder behalten Sie Ihren Wert, wenn Microsoft Ihr Produkt darunter kennt.`,
  },
  USER_AGENT_EXTRA_PRODUCTS: {
    title: 'Der User-Agent enthält nach dem Partnerprodukt weitere Produkte oder Kommentare',
    why: 'RFC 9110 §10.1.5 erlaubt in einem User-Agent nach dem ersten Produkt weitere Produkte und (Kommentare), und HTTP-Bibliotheken fügen oft ihre eigenen an. Die Seite gibt das Format des ganzen Felds vor und sagt nichts über weitere Angaben; einen Wert, der mit dem Partnerprodukt beginnt und Produkte oder Kommentare nach RFC 9110 anfügt, lesen wir daher als zulässig, aber nicht als das Verlangte.',
    explanation: `Der Wert beginnt mit dem Partnerprodukt (${MS.userAgent.prefix}{CompanyName}-{ProductName}/{Version}) und fügt nach einem Leerzeichen weitere Angaben an, z. B. "(Linux)" oder "python-requests/2.31". Das ist gültiges HTTP (RFC 9110 §10.1.5), und das Partnerprodukt steht weiterhin am Anfang. Die Seite von Microsoft zeigt den User-Agent nur als Partnerprodukt; ob die Statistiken einen längeren Wert genauso auswerten, ist nicht dokumentiert, daher eine Warnung.`,
    fix: 'Senden Sie nur das Partnerprodukt oder behalten Sie den Rest, wenn Ihr Client ihn braucht (abschwächen mit "rules": {"USER_AGENT_EXTRA_PRODUCTS": "off"}).',
    message: (a) => `${a.method ? `${request(a)}: ` : ''}Der User-Agent ${a.value} fügt nach dem Partnerprodukt ${a.first} noch ${a.rest} an.`,
    hint: (a) => `Senden Sie ${a.first} allein, wie die Seite es zeigt.`,
  },
  USER_AGENT_NAME_AMBIGUOUS: {
    title: 'Der User-Agent enthält "-" im Firmen- oder Produktnamen',
    why: 'Das Format verbindet {CompanyName} und {ProductName} mit "-". Die Seite verbietet "-" in einem Namen nicht, doch dann ist am Wert nicht mehr zu erkennen, wo die Firma endet und das Produkt beginnt.',
    explanation: `In ${MS.userAgent.prefix}{CompanyName}-{ProductName}/{Version} trennt "-" Firma und Produkt. Ein "-" in einem der Namen (MdePartner-Contoso-Add-On/1.0) lässt sich als Firma "Contoso" und Produkt "Add-On" lesen oder als Firma "Contoso-Add" und Produkt "On". Namen, die \`mde-partner ua derive\` ableitet, enthalten nie einen: Aus Add-On wird AddOn.`,
    fix: 'Entfernen Sie das "-" im Namen (schreiben Sie ihn in PascalCase: AddOn) oder verwenden Sie den abgeleiteten Wert.',
    message: (a) => `Der User-Agent ${a.value} hat ${a.parts} Teile zwischen "${MS.userAgent.prefix}" und "/": Firma und Produkt lassen sich nicht auseinanderhalten.`,
  },
  USER_AGENT_UNDERIVABLE: {
    title: 'Aus den Namen lässt sich kein User-Agent ableiten',
    why: 'RFC 9110 §10.1.5 und §5.6.2: Jeder Teil eines Produkts ist ein Token aus ASCII-Buchstaben, Ziffern und !#$%&\'*+-.^_`|~',
    explanation: 'Jeder Teil des User-Agent-Produkts ist ein HTTP-Token: ASCII-Buchstaben, Ziffern und einige Sonderzeichen (RFC 9110 §5.6.2). Die Token werden aus den Namen abgeleitet, indem Akzente entfernt und die Wörter zusammengefügt werden; bleibt in einem Namen kein ASCII-Buchstabe übrig (z. B. bei einem nur japanisch geschriebenen Namen), lässt sich nichts ableiten, und die Token müssen ausdrücklich angegeben werden.',
    fix: 'Setzen Sie userAgent ausdrücklich, z. B. "MdePartner-Contoso-ContosoCognito/1.0.0".',
    message: (a) => `${a.name} ${a.value} enthält keine ASCII-Buchstaben, aus denen sich der User-Agent bilden ließe.`,
    hint: () => 'Setzen Sie "userAgent" im Eintrag (oder --user-agent) mit ASCII-Token für Firma und Produkt.',
  },
  USER_AGENT_NOT_SENT: {
    title: 'Eine Anforderung an eine Partner-API sendet nicht den Partner-User-Agent',
    explanation: `Microsoft verlangt ${MS.userAgent.prefix}{CompanyName}-{ProductName}/{Version} als User-Agent jedes Aufrufs der öffentlichen MDE-APIs und der Graph-Sicherheits-APIs; er dient Statistiken, der Problembehandlung und der Partnererkennung und ist Voraussetzung für die MISA. Eine Anforderung ohne User-Agent oder mit dem Standardwert einer HTTP-Bibliothek oder eines Browsers (python-requests/2.31, Go-http-client/1.1, Mozilla/5.0 …) wird nicht als die des Partners erkannt. Gefunden von \`ua audit\` in einem HAR-Mitschnitt.`,
    fix: 'Setzen Sie den User-Agent-Header im HTTP-Client, der die API aufruft (der Ordner user-agent/ des Pakets enthält Codebeispiele für curl, PowerShell, Python, C#, Node, Go und Java).',
    message: (a) => (a.found ? `${request(a)} hat als User-Agent ${sent(a.found)} gesendet statt des Partner-User-Agents.` : `${request(a)} hat keinen User-Agent gesendet.`),
    hint: (a) => (a.expected ? `Senden Sie bei jedem Aufruf an diesen Host den Header User-Agent: ${a.expected}.` : undefined),
  },
  USER_AGENT_WRONG: {
    title: 'Eine Anforderung an eine Partner-API sendet einen anderen als den erwarteten Partner-User-Agent',
    explanation: `Die Anforderung sendet einen Wert mit ${MS.userAgent.prefix} oder ${MS.userAgent.legacyPrefix}, aber nicht genau den erwarteten: eine alte Version, das alte Präfix, andere Namen oder Text davor oder danach, der keine Produkte oder Kommentare nach RFC 9110 sind (der erwartete Wert, gefolgt von solchen, ist USER_AGENT_EXTRA_PRODUCTS, eine Warnung). Am User-Agent erkennt Microsoft den Datenverkehr des Partners (Statistiken, Problembehandlung, Partnererkennung), daher sollte jeder Aufruf genau den einen Wert senden, der mit dem Eintrag angegeben ist. Gefunden von \`ua audit\` in einem HAR-Mitschnitt.`,
    fix: 'Senden Sie genau den erwarteten Wert (aus --expect oder dem Eintrag); aktualisieren Sie die Versionszeichenfolge dort, wo der Client erstellt wird.',
    message: (a) => `${request(a)} hat als User-Agent ${a.found} gesendet: ${wordsFor(WRONG_REASONS, a)}.`,
    hint: (a) => (a.expected ? `Senden Sie genau ${a.expected}.` : undefined),
  },
  USER_AGENT_MULTIPLE: {
    title: 'Eine Anforderung an eine Partner-API sendet mehr als einen User-Agent-Header',
    why: 'RFC 9110 §5.3 (ein Absender darf ein Feld, das keine Liste ist, nicht wiederholen) und §10.1.5 (User-Agent ist eine einzige Produktliste)',
    explanation: 'User-Agent ist eine einzige Produktliste, kein kommagetrenntes Listenfeld: Ein Absender darf ihn nicht wiederholen (RFC 9110 §5.3), und ein Empfänger, der die Zeilen zusammenfügt, sieht "A, B" und damit nicht den erwarteten Wert. Meist setzen sowohl eine HTTP-Bibliothek als auch die Integration den Header. Gefunden von `ua audit` in einem HAR-Mitschnitt.',
    fix: 'Setzen Sie den Header nur einmal, indem Sie den Standardwert der Bibliothek ersetzen, statt einen zweiten hinzuzufügen.',
    message: (a) => `${request(a)} hat ${a.count} User-Agent-Header gesendet${a.found ? ` (${a.found})` : ''}.`,
    hint: (a) => (a.expected ? `Senden Sie einen einzigen User-Agent-Header: ${a.expected}.` : undefined),
  },
} satisfies Record<keyof typeof userAgentCodes, CodeWords>;
