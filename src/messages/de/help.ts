import type { HelpWords } from '../en/help.js';

export const help = {
  sections: {
    usage: 'Aufruf:',
    arguments: 'Argumente:',
    options: 'Optionen:',
    globalOptions: 'Globale Optionen:',
    commands: 'Befehle:',
    examples: 'Beispiele:',
    example: 'Beispiel:',
  },
  choices: (a) => `Auswahl: ${a.values}`,
  default: (a) => `Standard: ${a.value}`,
  withExtras: (a) => `${a.description} (${a.extras.join(', ')})`,

  program: {
    description: 'Partnereintrag für Microsoft Defender für Endpunkt prüfen und die Einreichung vorbereiten.',
    version: 'Version ausgeben',
    help: 'Hilfe anzeigen',
    helpCommand: 'Hilfe zu einem Befehl anzeigen',
    lang: 'Sprache der Meldungen und der Hilfe; ohne die Option entscheidet MDE_PARTNER_LANG, sonst LC_ALL, LC_MESSAGES, LANG',
    examples: {
      init: 'der Assistent: fragt, prüft, schreibt Eintrag und Paket',
      validate: 'einen Eintrag und sein Logo prüfen',
      audit: 'Sendet der mitgeschnittene Datenverkehr den User-Agent des Eintrags?',
    },
    more: 'Die Optionen eines Befehls zeigt „mde-partner <Befehl> --help“.',
  },

  shared: {
    format: 'Ausgabeformat',
    strict: 'auch Warnungen führen zum Fehlschlag (Exit-Code 1)',
    quiet: 'Textformat: nur fehlgeschlagene Befunde und die Zusammenfassung',
    color: 'Farbe erzwingen',
    noColor: 'ohne Farbe (auch NO_COLOR=1)',
    online: 'zusätzlich die Angebotsseite über HTTPS abrufen: Status, Umleitungen, Produktname (Netzwerkzugriff; standardmäßig aus)',
    render: 'die Prüfungen am gerenderten Logo überspringen (kein Renderprozess)',
    listingPath: 'Eintragsdatei oder Ordner mit mde-partner.json',
    exitCodes: 'Exit-Codes: 0 keine Fehler (Warnungen erlaubt, außer mit --strict) · 1 Befunde schlagen fehl · 2 Aufruf- oder Eingabeproblem · 3 interner Fehler',
  },

  fields: {
    companyName: 'Firmenname, wie Ihre Kunden ihn kennen',
    productName: 'Produktname, wie er auf der Partnerkachel erscheint',
    productVersion: 'Produktversion, die im User-Agent gesendet wird, z. B. 1.0.0',
    description: 'die 15-Wort-Produktbeschreibung',
    logo: 'Pfad zum quadratischen SVG-Logo (relativ zum Ordner dir)',
    landingPage: 'Angebotsseite (https://) oder Blogbeitrag für Kunden',
    multiTenant: 'die Integration verwendet eine mehrinstanzenfähige Microsoft Entra-App',
    entraAppName: 'Anzeigename der mehrinstanzenfähigen Entra-App',
    userAgent: 'User-Agent (Standard: abgeleitet, übernommen mit --yes oder bei der Abfrage)',
    language: 'Sprache der Dateien im Paket: en, de, fr oder ja (Standard: en; --lang legt die Sprache im Terminal fest)',
  },
  noFields: {
    multiTenant: 'die Integration verwendet keine mehrinstanzenfähige Entra-App',
  },

  init: {
    description: 'interaktiver Assistent: fragt, prüft jede Antwort, schreibt mde-partner.json und das Paket',
    dir: 'Ordner für mde-partner.json (Standard: .)',
    category: (a) => `Kategorie auf der Partnerseite (mehrfach möglich): ${a.ids}`,
    scenario: (a) => `Integrationsszenario (mehrfach möglich): ${a.ids}`,
    license: 'Schritt 1: MDE-Lizenz oder Testmandant',
    customerApproval: 'Schritt 2: ein gemeinsamer Kunde hat den Integrationsentwurf genehmigt',
    demo: 'Schritt 2: Integration dem MDE-Team vorgeführt',
    misa: 'Schritt 3: MISA-Nominierung',
    pressRelease: 'Schritt 4: Pressemitteilung, die MDE nennt',
    pressReviewStart: 'Datum (JJJJ-MM-TT), an dem die Pressemitteilung Microsoft zur Überprüfung vorgelegt wurde',
    answers: 'JSON-Datei mit den Antworten (Feldnamen des Eintrags); Optionen haben Vorrang',
    yes: 'abgeleitete Werte übernehmen (den User-Agent); Pflichtangaben werden nie erfunden',
    ciWorkflow: 'zusätzlich .github/workflows/mde-partner.yml schreiben',
    noCiWorkflow: 'keinen Workflow schreiben (und nicht danach fragen)',
    noBundle: 'nur mde-partner.json schreiben',
    out: 'Ordner für das Paket (Standard: mde-submission im Ordner dir)',
    strict: 'nichts schreiben, solange es Warnungen gibt – validate --strict würde daran scheitern',
    online: 'vor dem Schreiben zusätzlich die Angebotsseite über HTTPS abrufen (Netzwerkzugriff; standardmäßig aus)',
    render: 'die Prüfungen am gerenderten Logo überspringen, auch bei den Abfragen; das Paket erhält keine PNG-Vorschauen',
    examples: { terminal: 'fragt nach, im Terminal', ci: 'in CI: ohne Rückfragen' },
    note: 'Ohne Terminal (oder mit gesetztem CI) wird nichts gefragt: Fehlt eine Antwort, endet der Lauf mit\nExit-Code 2 und nennt alle fehlenden Optionen und den Befehl zum Ausführen.\nStrg+C: Exit-Code 130, nichts wird geschrieben.',
  },

  validate: {
    description: 'Einträge prüfen: eine Eintragsdatei oder einen Ordner mit mde-partner.json (Standard: .)',
    paths: 'Eintragsdateien oder Ordner',
    examples: { here: './mde-partner.json', github: 'Anmerkungen in GitHub Actions', online: 'auch die Angebotsseite abrufen' },
  },

  bundle: {
    description: 'prüfen, dann das Einreichungspaket schreiben: einen Ordner und <Ordner>.zip',
    out: 'Ordner für das Paket (Standard: mde-submission neben dem Eintrag); <dir>.zip entsteht daneben',
    strict: 'auch Warnungen führen zum Fehlschlag: Exit-Code 1, nichts wird geschrieben',
    quiet: 'keine Fortschrittszeilen und keine Meldung zum geschriebenen Paket; Textformat: nur fehlgeschlagene Befunde und die Zusammenfassung',
    render: 'die Prüfungen am gerenderten Logo überspringen; das Paket erhält keine PNG-Vorschauen',
    examples: { here: './mde-submission/ und ./mde-submission.zip' },
    note: 'Hat der Eintrag Fehler, wird nichts geschrieben; nach einem fehlgeschlagenen oder abgebrochenen Lauf bleibt das vorherige Paket erhalten.',
  },

  checklist: {
    description: 'die vier Schritte zum Partner: was geprüft ist, was fehlschlägt, was noch zu tun ist',
    strict: 'auch Punkte, die mit Warnungen geprüft sind, schlagen fehl (Exit-Code 1)',
  },

  verify: {
    description: 'ein erhaltenes Paket prüfen (Ordner oder .zip): Hashes, nicht aufgeführte Dateien, sicheres Entpacken, vollständige Prüfung',
    bundle: 'Paketordner oder .zip',
  },

  ua: {
    description: 'User-Agent ableiten oder prüfen (MdePartner-{Company}-{Product}/{Version})',
    derive: 'User-Agent aus Firmenname, Produktname und Version ableiten',
    deriveFormat: 'Ausgabeformat (text: nur der Wert, wenn er sich ableiten lässt)',
    company: 'Firmenname, z. B. "Contoso"',
    product: 'Produktname, z. B. "Contoso Cognito"',
    productVersion: 'Produktversion, z. B. 1.0.0',
    check: 'einen User-Agent-Wert prüfen; mit den Namen auch mit dem daraus abgeleiteten Wert vergleichen',
    value: 'der User-Agent-Wert',
    compareCompany: 'Firmenname zum Vergleich',
    compareProduct: 'Produktname zum Vergleich',
    compareVersion: 'Produktversion zum Vergleich',
    legacy: 'altes Präfix (MdatpPartner-): Exit-Code 1',
    audit: 'HAR-Mitschnitte prüfen: Jede Anforderung an eine MDE-API oder die Graph-Sicherheits-API muss genau den erwarteten User-Agent senden',
    captures: 'HAR-1.2-Dateien, exportiert aus den Entwicklertools des Browsers, aus mitmproxy oder Fiddler',
    expect: 'der User-Agent, den jede Anforderung an eine Partner-API senden muss',
    listing: 'den erwarteten User-Agent einem Eintrag entnehmen (Datei oder Ordner mit mde-partner.json); Standard: ./mde-partner.json',
    auditExamples: {
      here: 'erwartet den User-Agent aus ./mde-partner.json',
      mitmproxy: 'einen serverseitigen Client über mitmproxy mitschneiden',
    },
    auditNote: 'Gezählt werden Anforderungen an die Hosts der MDE-API (api.security.microsoft.com, seine regionalen Hosts und\ndie für US Government) und an /v1.0/security/… und /beta/security/… in jeder Microsoft Graph-Cloud.\nTokenanforderungen und andere Graph-Aufrufe zählen nicht. Mitschnitte werden gestreamt: bis zu 256 MiB je\nDatei, mit begrenztem Speicher.',
    auditExitCodes: 'Exit-Codes: 0 jede Anforderung an eine Partner-API sendet den Wert · 1 Befunde schlagen fehl · 2 Aufruf- oder Eingabeproblem',
  },

  explain: {
    description: 'was ein Befundcode bedeutet und wie Sie ihn beheben',
    code: 'ein Befundcode, z. B. SVG_SCRIPT',
    list: 'alle Codes auflisten',
  },
} satisfies HelpWords;
