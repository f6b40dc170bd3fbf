import type { nameCodes } from '../../../checks/catalog/names.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import { CONTROL, WHITESPACE } from './reasons.js';
import { wordsFor } from '../../types.js';
import { PRODUCT_VERSION_REASONS } from './user-agent.js';

/** Finding codes of the company name, the product name and the product version. */
export const nameWords = {
  COMPANY_NAME_EMPTY: {
    title: 'Der Firmenname ist leer',
    why: 'Die Seite verlangt den Eintrag Ihres Unternehmens und bildet den User-Agent aus {CompanyName}; mit einem leeren Namen geht beides nicht.',
    explanation: 'Der Firmenname wird zum Teil {CompanyName} des User-Agents und wird mit dem Eintrag angezeigt.',
    fix: 'Setzen Sie companyName auf den Namen, unter dem Kunden Ihr Unternehmen kennen.',
    message: () => 'companyName ist leer.',
  },
  COMPANY_NAME_CONTROL_CHARACTER: {
    title: 'Der Firmenname enthält ein Steuerzeichen',
    why: CONTROL,
    explanation: 'Steuerzeichen (Tabulatoren, Zeilenumbrüche, Escapesequenzen) sind in einem Portal und in HTTP-Headern unsichtbar oder gefährlich.',
    fix: 'Entfernen Sie das angezeigte Zeichen.',
    message: (a) => `companyName enthält das Steuerzeichen ${a.char} an Position ${a.position}.`,
  },
  COMPANY_NAME_WHITESPACE: {
    title: 'Der Firmenname beginnt oder endet mit Leerzeichen',
    why: WHITESPACE,
    explanation: 'Leerzeichen am Anfang oder Ende sind in dem Formular, in das Sie den Wert einfügen, unsichtbar und machen gleiche Namen ungleich.',
    fix: 'Entfernen Sie die Leerzeichen am Anfang und Ende (der normalisierte Eintrag im Paket tut das).',
    message: (a) => `companyName ${a.value} beginnt oder endet mit Leerzeichen.`,
    hint: (a) => `Verwenden Sie ${a.trimmed}.`,
  },
  PRODUCT_NAME_EMPTY: {
    title: 'Der Produktname ist leer',
    explanation: 'Der Produktname ist eine der sechs Angaben des Eintrags und der Teil {ProductName} des User-Agents.',
    fix: 'Setzen Sie productName auf den Namen, der auf der Partnerkachel erscheinen soll.',
    message: () => 'productName ist leer.',
  },
  PRODUCT_NAME_CONTROL_CHARACTER: {
    title: 'Der Produktname enthält ein Steuerzeichen',
    why: CONTROL,
    explanation: 'Steuerzeichen sind in einem Portal und in HTTP-Headern unsichtbar oder gefährlich.',
    fix: 'Entfernen Sie das angezeigte Zeichen.',
    message: (a) => `productName enthält das Steuerzeichen ${a.char} an Position ${a.position}.`,
  },
  PRODUCT_NAME_WHITESPACE: {
    title: 'Der Produktname beginnt oder endet mit Leerzeichen',
    why: WHITESPACE,
    explanation: 'Leerzeichen am Anfang oder Ende sind auf der Kachel unsichtbar und machen gleiche Namen ungleich.',
    fix: 'Entfernen Sie die Leerzeichen am Anfang und Ende (der normalisierte Eintrag im Paket tut das).',
    message: (a) => `productName ${a.value} beginnt oder endet mit Leerzeichen.`,
    hint: (a) => `Verwenden Sie ${a.trimmed}.`,
  },
  PRODUCT_NAME_TOO_LONG: {
    title: 'Der Produktname ist zu lang',
    why: `Die Seite nennt keine Länge; ${policy.productNameMaxLength} Zeichen sind mehr, als eine Partnerkachel anzeigt.`,
    explanation: `Ein Produktname mit mehr als ${policy.productNameMaxLength} Zeichen passt nicht auf eine Partnerkachel; diese Grenze ist eine Richtlinie von mde-partner.`,
    fix: 'Verwenden Sie den kurzen Produktnamen, nach dem Kunden suchen.',
    message: (a) => `productName hat ${a.length} Zeichen; zulässig sind höchstens ${policy.productNameMaxLength}.`,
  },
  PRODUCT_VERSION_INVALID: {
    title: 'Die Produktversion ist kein HTTP-Token',
    why: 'RFC 9110 §10.1.5 (product-version ist ein Token) und §5.6.2 (token)',
    explanation: 'Die Version bildet das Ende des Produkt-Tokens im User-Agent und muss daher ein Token nach RFC 9110 sein: Buchstaben, Ziffern und !#$%&\'*+-.^_`|~, keine Leerzeichen oder Schrägstriche.',
    fix: 'Verwenden Sie eine Version wie 1.0.0.',
    message: (a) => `productVersion ${a.value} ist kein HTTP-Token: ${wordsFor(PRODUCT_VERSION_REASONS, a)}.`,
    hint: (a) => (a.suggestion ? `Verwenden Sie ${a.suggestion}.` : undefined),
  },
  PRODUCT_VERSION_NOT_SEMVER: {
    title: 'Die Produktversion sieht nicht wie eine Versionsnummer aus',
    why: 'Das Beispiel der Seite verwendet 1.0.0; eine Version, die wie eine aussieht, macht den User-Agent in den Statistiken von Microsoft nützlich. Eine Empfehlung, daher eine Warnung.',
    explanation: 'Versionen wie 1.0.0 oder 2024.3 machen den User-Agent für Microsoft nützlich, wenn dort der Datenverkehr ausgewertet wird; dies ist eine Empfehlung von mde-partner.',
    fix: 'Verwenden Sie MAJOR.MINOR[.PATCH], optional mit -prerelease.',
    message: (a) => `productVersion ${a.value} sieht nicht wie eine Versionsnummer aus (erwartet z. B. 1.0.0).`,
  },
} satisfies Record<keyof typeof nameCodes, CodeWords>;
