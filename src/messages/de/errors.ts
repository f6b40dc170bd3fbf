import type { ErrorWords } from '../en/errors.js';
import { formatFor } from '../format.js';
import { LOCALES } from '../locale.js';

const f = formatFor('de');

export const errors = {
  invalidLanguage: (a) =>
    a.from === 'flag'
      ? `--lang ${a.value} ist keine Sprache von mde-partner. Möglich ist ${f.list(LOCALES, 'disjunction')}, z. B. --lang de.`
      : `MDE_PARTNER_LANG ist ${a.value} – keine Sprache von mde-partner. Möglich ist ${f.list(LOCALES, 'disjunction')}; setzen Sie die Variable auf einen dieser Werte oder entfernen Sie sie, damit LC_ALL, LC_MESSAGES und LANG gelten.`,
  versionForProduct: (a) =>
    `„${a.command}“ hat keine Option ${a.option}: Sie würde die Version von mde-partner selbst ausgeben. Die Version Ihres Produkts geben Sie mit --product-version an, z. B. --product-version 1.0.0.`,
  versionAfterCommand: (a) =>
    `„${a.command}“ hat keine Option ${a.option}. Die Version von mde-partner zeigt „mde-partner --version“.`,
  cancelled: 'abgebrochen; es wurde nichts geschrieben.',
  internal: (a) =>
    `interner Fehler: ${a.detail}\nDas ist ein Fehler in mde-partner ${a.version}. Bitte melden Sie ihn zusammen mit dem Befehl, den Sie ausgeführt haben.${a.debug ? '' : ' (Details mit DEBUG=1.)'}`,

  listingNotFound: (a) => `${a.given} existiert nicht. Erwartet wird eine Eintragsdatei oder ein Ordner mit ${a.file}.`,
  noListingInFolder: (a) =>
    `${a.given} enthält keine ${a.file}. Legen Sie sie mit „mde-partner init“ an oder geben Sie den Pfad des Eintrags an.`,
  noListingHere: (a) => `Dieser Ordner enthält keine ${a.file}. Legen Sie sie mit „mde-partner init“ an oder geben Sie den Pfad des Eintrags an.`,

  invalidExpected: (a) =>
    `--expect ${a.value} ist kein gültiger Partner-User-Agent: ${a.problem}\nGeben Sie den Wert an, den Ihre Integration senden muss, z. B. --expect MdePartner-Contoso-ContosoCognito/1.0.0 (siehe „mde-partner ua derive“).`,
  invalidListingUserAgent: (a) =>
    `Der User-Agent ${a.value} in ${a.listing} ist kein gültiger Partner-User-Agent: ${a.problem}\nKorrigieren Sie ihn (mde-partner validate ${a.listing}) oder geben Sie --expect <user-agent> an.`,
  noExpectedUserAgent: (a) =>
    `Kein erwarteter User-Agent: Geben Sie --expect <user-agent> an (z. B. --expect MdePartner-Contoso-ContosoCognito/1.0.0) oder --listing <path> (eine Eintragsdatei oder ein Ordner mit ${a.file}). In diesem Ordner gibt es keine ${a.file}, die ihn liefern könnte.`,
  listingUnusable: (a) =>
    `${a.listing} liefert keinen erwarteten User-Agent: ${a.problem ?? 'Die Datei ist kein Eintrag.'}\nFühren Sie „mde-partner validate ${a.listing}“ aus oder geben Sie --expect <user-agent> an.`,
  listingWithoutUserAgent: (a) =>
    `${a.listing} hat keinen userAgent, und aus companyName, productName und productVersion lässt sich keiner ableiten.\nFühren Sie „mde-partner validate ${a.listing}“ aus, um den Grund zu sehen oder geben Sie --expect <user-agent> an.`,
  captureNotFound: (a) => `${a.given} existiert nicht. Erwartet wird eine HAR-Mitschnittdatei (.har).`,
  captureNotFile: (a) =>
    `${a.given} ist keine Datei. Erwartet wird eine HAR-Mitschnittdatei (.har); exportieren Sie eine aus den Entwicklertools des Browsers oder mit mitmdump --set hardump=capture.har.`,

  parse: {
    error: (a) => `Fehler: ${a.message}`,
    quote: (value) => `„${value}“`,
    unknownOption: (a) => `unbekannte Option ${a.option}`,
    unknownCommand: (a) => `unbekannter Befehl ${a.command}`,
    didYouMean: (a) => `(Meinten Sie ${f.list(a.candidates, 'disjunction')}?)`,
    missingArgument: (a) => `das erforderliche Argument ${a.argument} fehlt`,
    optionMissingArgument: (a) => `die Option ${a.option} braucht einen Wert`,
    missingMandatoryOption: (a) => `die erforderliche Option ${a.option} fehlt`,
    invalidChoice: (a) => `die Option ${a.option} erlaubt ${a.value} nicht: möglich ist ${f.list(a.choices, 'disjunction')}.`,
    invalidArgument: (a) => `das Argument ${a.argument} erlaubt ${a.value} nicht: möglich ist ${f.list(a.choices, 'disjunction')}.`,
    excessArguments: (a) =>
      `zu viele Argumente für ${a.command}: ${f.plural(a.expected, { one: 'erwartet wird # Argument', other: 'erwartet werden # Argumente' })}, angegeben ${f.plural(a.got, { one: 'wurde #', other: 'wurden #' })}.`,
    conflictingOption: (a) => `die Option ${a.option} lässt sich nicht zusammen mit der Option ${a.other} verwenden`,
    seeHelp: (a) => `Hilfe zum Aufruf: „${a.command} --help“.`,
  },

  unknownCode: (a) => `Unbekannter Code ${a.code}.${a.suggestion ? ` Meinten Sie ${a.suggestion}?` : ''} Alle Codes zeigt „mde-partner explain --list“.`,
  unreadableFile: (a) => `${a.path} ${a.why}.`,
} satisfies ErrorWords;
