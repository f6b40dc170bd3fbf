import type * as IDS from '../../../checks/catalog/logo.js';
import type { logoCodes } from '../../../checks/catalog/logo.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import type { Args } from '../../../checks/args.js';
import { BOUNDS, HOSTILE } from './reasons.js';
import { wordsFor, type Phrase } from '../../types.js';
import { unreadableWords } from './files.js';
import { atLeast, KIB, thousands } from './words.js';

/** What a file that is not SVG is, told from its first bytes. */
const NOT_SVG = {
  png: () => 'ein PNG-Bild',
  jpeg: () => 'ein JPEG-Bild',
  gif: () => 'ein GIF-Bild',
  pdf: () => 'ein PDF-Dokument',
  zip: () => 'ein ZIP-Archiv',
  riff: () => 'ein RIFF-Bild (WebP)',
  ico: () => 'ein ICO-Symbol',
  tiff: () => 'ein TIFF-Bild',
  bmp: () => 'ein BMP-Bild',
  postscript: () => 'ein PostScript-Dokument',
  elf: () => 'eine ausführbare Datei (ELF)',
  pe: () => 'eine ausführbare Datei (PE)',
  binary: () => 'Binärdaten (die Datei enthält NUL-Bytes)',
  text: () => 'Text, der kein XML ist',
} satisfies Record<(typeof IDS.NOT_SVG)[number], Phrase>;


/** Encodings told from the first bytes (`encoding`); one the XML declaration names is handed over quoted, as it is (`declared`). */
const ENCODINGS = {
  'utf-32': () => 'UTF-32',
  'utf-16be': () => 'UTF-16 (Big Endian)',
  'utf-16le': () => 'UTF-16 (Little Endian)',
} satisfies Record<(typeof IDS.ENCODINGS)[number], Phrase>;

/**
 * Where in the logo a value was found (src/checks/logo/svg.ts `Where`), with its preposition:
 * "im Attribut href von <a>", "in url() in <style>".
 */
function where(a: Args): string {
  const place = a.inStyle ? 'in <style>' : `im Attribut ${a.attribute} von <${a.of}>${a.animating ? ` (animiert ${a.animating})` : ''}`;
  return a.inUrl ? `in url() ${place}` : place;
}

/** What a script or an animation is: an element, or CSS (`css`) at a place. */
const CSS_FOUND = {
  expression: (a) => `CSS-expression() ${where(a)}`,
  animation: (a) => `CSS-Animation ${where(a)}`,
} satisfies Record<(typeof IDS.CSS_FOUND)[number], Phrase>;
const scriptOrAnimation = (a: Args) => (a.css === undefined ? `Element <${a.element}>` : wordsFor(CSS_FOUND, a, 'css'));

/** What a DOCTYPE has that the profile does not allow. */
const DOCTYPE_PROBLEMS = {
  'incomplete-external-id': () => 'einen unvollständigen externen Bezeichner',
  'external-dtd': (a) => `die externe DTD ${a.dtd}`,
  declaration: (a) => `die Deklaration ${a.declaration} in der internen Teilmenge`,
} satisfies Record<(typeof IDS.DOCTYPE_PROBLEMS)[number], Phrase>;


/** Why a viewBox is not four numbers with a positive width and height. */
const VIEWBOX_REASONS = {
  separator: () => 'Zahlen werden durch Leerraum oder ein einzelnes Komma getrennt',
  count: (a) => `Erwartet werden 4 Zahlen, gefunden wurden ${a.count}`,
  'not-number': () => 'Er enthält etwas, das keine Zahl ist',
  'not-positive': () => 'Breite und Höhe müssen positiv sein',
} satisfies Record<(typeof IDS.VIEWBOX_REASONS)[number], Phrase>;


/** Finding codes of the logo file: reading it, parsing it and the SVG profile. */
export const logoWords = {
  LOGO_NOT_FOUND: {
    title: 'Logodatei nicht gefunden',
    explanation: 'logo ist der Pfad zum SVG-Logo, relativ zur Eintragsdatei.',
    fix: 'Prüfen Sie den Pfad (er ist relativ zum Ordner von mde-partner.json).',
    message: (a) => `Das Logo ${a.path} ${unreadableWords(a)}.`,
  },
  SVG_INPUT_EMPTY: {
    title: 'Die Logodatei ist leer',
    explanation: 'Die Logodatei hat keinen Inhalt.',
    fix: 'Exportieren Sie das Logo erneut als SVG.',
    message: () => 'Die Logodatei ist leer.',
  },
  SVG_INPUT_TOO_LARGE: {
    title: 'Die Logodatei ist zu groß für die Prüfung',
    why: BOUNDS,
    explanation: `Logos über ${KIB(policy.logo.maxBytes)} werden schon vor dem Lesen abgelehnt (die Größe wird per stat geprüft): Ein Logo braucht nie so viel, und die Grenze beschränkt Zeit und Speicher bei feindseligen Dateien.`,
    fix: 'Vereinfachen Sie die Zeichnung oder optimieren Sie sie (z. B. mit svgo); eingebettete Schriftarten und Rastergrafiken sind die übliche Ursache.',
    message: (a) => `Das Logo hat ${atLeast(a)} Bytes; die Grenze liegt bei ${a.limit} Bytes.`,
  },
  SVG_INPUT_COMPRESSED: {
    title: 'Das Logo ist komprimiert (gzip / .svgz)',
    why: 'Sicherheit: Komprimierte Daten werden nie entpackt, da sie sich auf eine beliebige Größe ausdehnen könnten.',
    explanation: 'Komprimiertes SVG (.svgz) wird nie entpackt: Es könnte sich auf eine beliebige Größe ausdehnen. Die Einreichung verlangt unkomprimiertes SVG.',
    fix: 'Speichern Sie das Logo als unkomprimiertes SVG (entpacken Sie die .svgz mit gunzip).',
    message: () => 'Das Logo ist gzip-komprimiert (.svgz); erwartet wird unkomprimierter SVG-Text.',
  },
  SVG_INPUT_NOT_SVG: {
    title: 'Das Logo ist keine SVG-Datei',
    explanation: 'Microsoft verlangt ein SVG-Logo. Rastergrafiken (PNG, JPEG, GIF), PDF und andere Binärdateien sind kein SVG, egal wie sie heißen.',
    fix: 'Exportieren Sie das Logo aus dem Designprogramm als SVG; ein umbenanntes PNG bleibt ein PNG.',
    message: (a) => `Das Logo ist ${wordsFor(NOT_SVG, a, 'kind')}, kein SVG.`,
  },
  SVG_ENCODING_UNSUPPORTED: {
    title: 'Das Logo ist nicht UTF-8-codiert',
    why: 'Sicherheit: eine einzige Codierung, gelesen so, wie jedes verarbeitende Programm sie liest; eine Codierung wird nie geraten, damit keine zwei Programme unterschiedlichen Text sehen.',
    explanation: 'Logos werden als UTF-8 (oder ASCII) gelesen. UTF-16, UTF-32 und andere deklarierte Codierungen werden abgelehnt statt geraten.',
    fix: 'Speichern Sie das SVG als UTF-8.',
    message: (a) => `Das Logo ist als ${a.declared ?? wordsFor(ENCODINGS, a, 'encoding')} codiert; erwartet wird UTF-8.`,
  },
  SVG_ENCODING_INVALID_UTF8: {
    title: 'Das Logo enthält Bytes, die kein gültiges UTF-8 sind',
    why: 'XML 1.0 §4.3.3 (Zeichencodierung in Entitäten)',
    explanation: 'XML verlangt ein korrekt codiertes Dokument; ungültige Bytefolgen stammen oft von einer Datei, die in einer anderen Codierung gespeichert wurde oder beschädigt ist.',
    fix: 'Speichern Sie das SVG als UTF-8.',
    message: (a) => `Ungültige UTF-8-Bytefolge an Byte ${a.offset}.`,
  },
  SVG_XML_MALFORMED: {
    title: 'Das Logo ist kein wohlgeformtes XML',
    why: 'XML 1.0 §2.1 (wohlgeformte XML-Dokumente)',
    explanation: 'Eine SVG-Datei ist ein XML-Dokument: ein Wurzelelement, passende Tags, Attribute in Anführungszeichen, keine undefinierten Entitäten.',
    fix: 'Korrigieren Sie das XML an der angegebenen Zeile und Spalte oder exportieren Sie das Logo erneut.',
    message: (a) => `Das Logo ist kein wohlgeformtes XML: ${a.detail}`,
  },
  SVG_XML_ENTITY_DECLARATION: {
    title: 'Das Logo deklariert XML-Entitäten',
    why: HOSTILE,
    explanation: 'Jede <!ENTITY-Deklaration wird abgelehnt, bevor irgendetwas expandiert wird: Über Entitäten funktionieren XXE-Angriffe (Lesen lokaler Dateien) und „Billion Laughs“ (exponentielle Expansion), und ein Logo braucht keine.',
    fix: 'Entfernen Sie die interne Teilmenge des DOCTYPE; exportieren Sie erneut mit Präsentationsattributen oder bereinigen Sie die Datei mit svgo.',
    message: () => 'Das Logo deklariert eine XML-Entität (<!ENTITY).',
  },
  SVG_XML_TOO_DEEP: {
    title: 'Das Logo ist zu tief verschachtelt',
    why: BOUNDS,
    explanation: `Elemente, die mehr als ${policy.logo.maxDepth} Ebenen tief verschachtelt sind, werden beim Parsen abgelehnt; tiefe Verschachtelung ist ein typisches Denial-of-Service-Muster, und kein Logo braucht sie.`,
    fix: 'Lösen Sie Gruppen auf (z. B. mit collapseGroups von svgo).',
    message: (a) => `Elemente sind tiefer als ${a.limit} Ebenen verschachtelt.`,
  },
  SVG_XML_TOO_MANY_ATTRIBUTES: {
    title: 'Ein Element hat zu viele Attribute',
    why: BOUNDS,
    explanation: `Mehr als ${policy.logo.maxAttributesPerElement} Attribute an einem Element werden beim Parsen abgelehnt; das ist ein typisches Denial-of-Service-Muster.`,
    fix: 'Verschieben Sie Präsentationsattribute in einen Stil oder vereinfachen Sie das Element.',
    message: (a) => `<${a.element}> hat mehr als ${a.limit} Attribute.`,
  },
  SVG_XML_TOO_MANY_ELEMENTS: {
    title: 'Das Logo hat zu viele Elemente',
    why: BOUNDS,
    explanation: `Mehr als ${thousands(policy.logo.maxElements)} Elemente werden beim Parsen abgelehnt: Echte Logos haben höchstens einige hundert, und die Optimierung der Kopie im Paket (svgo) braucht Zeit, die mit dem Quadrat der Zahl benachbarter Elemente wächst.`,
    fix: 'Fassen Sie Pfade mit gleichem Stil zusammen (mergePaths von svgo oder „Kombinieren“ / „Zusammengesetzter Pfad“ in Ihrem Editor) und entfernen Sie verborgene oder leere Elemente.',
    message: (a) => `Das Logo hat mehr als ${thousands(Number(a.limit))} Elemente.`,
  },
  SVG_ROOT_NOT_SVG: {
    title: 'Das Wurzelelement ist nicht <svg>',
    why: 'SVG 1.1 §5.1.1 (ein SVG-Dokumentfragment hat ein svg-Element als Wurzel)',
    explanation: 'Ein SVG-Dokument hat <svg> im SVG-Namespace (http://www.w3.org/2000/svg) als Wurzelelement.',
    fix: 'Exportieren Sie das Logo als SVG.',
    message: (a) => `Das Wurzelelement ist <${a.name}>; erwartet wird <svg>.`,
  },
  SVG_NAMESPACE_MISSING: {
    title: 'Das Wurzelelement <svg> liegt nicht im SVG-Namespace',
    why: 'SVG 1.1 §5.1.2 und Namespaces in XML 1.0 (der SVG-Namespace ist http://www.w3.org/2000/svg)',
    explanation: 'Ohne xmlns="http://www.w3.org/2000/svg" behandelt ein Browser die Datei als unbekanntes XML und zeigt nichts an, wenn das SVG als Bild verwendet wird.',
    fix: 'Ergänzen Sie xmlns="http://www.w3.org/2000/svg" am Element <svg>.',
    message: (a) => `<svg> liegt ${a.uri === undefined ? 'in keinem Namespace' : `im Namespace ${a.uri}`}; erwartet wird "http://www.w3.org/2000/svg".`,
  },
  SVG_SCRIPT: {
    title: 'Das Logo enthält ein Skript',
    why: HOSTILE,
    explanation: 'Ein Logo wird in einem Sicherheitsportal angezeigt; <script> (in jedem Namespace), <handler>, <listener> und CSS-expression() führen Code aus.',
    fix: 'Entfernen Sie das Skript; ein Logo ist eine statische Zeichnung.',
    message: (a) => `Skript gefunden: ${scriptOrAnimation(a)}.`,
  },
  SVG_EVENT_HANDLER: {
    title: 'Das Logo hat einen Ereignishandler',
    why: HOSTILE,
    explanation: 'on*-Attribute (onload, onclick, …) führen Skripts aus, auch wenn sie über <set> oder <animate attributeName="on…"> gesetzt werden.',
    fix: 'Entfernen Sie das Attribut.',
    message: (a) => `Ereignishandler ${a.animatedAttribute === undefined ? a.name : `attributeName=${a.animatedAttribute}`} an <${a.element}>.`,
  },
  SVG_JAVASCRIPT_URL: {
    title: 'Das Logo enthält eine javascript:-URL',
    why: HOSTILE,
    explanation: 'javascript:- (und vbscript:-)URLs führen Skripts aus; sie werden auch erkannt, wenn sie durch Groß-/Kleinschreibung, Leerraum, Steuerzeichen oder Zeichenreferenzen verschleiert sind.',
    fix: 'Entfernen Sie den Link oder das Attribut.',
    message: (a) => `${a.scheme}-URL ${where(a)}.`,
  },
  SVG_EXTERNAL_REFERENCE: {
    title: 'Das Logo verweist auf eine externe Ressource',
    why: HOSTILE,
    explanation: 'Ein Logo muss in sich geschlossen sein: href (einfach oder XLink, mit beliebigem Präfix), src, xml:base, CSS-url() und -src() (wie auch immer maskiert), einfache Zeichenfolgen in image-set() sowie die Werte, die eine Animation in eines davon schreibt, müssen mit "#" beginnen (ein Element derselben Datei). Alles andere lädt Dateien oder verfolgt Betrachter und funktioniert nicht mehr, wenn das Logo kopiert wird. CSS wird mit einem CSS-Tokenizer gelesen, wie ein Browser es liest.',
    fix: 'Betten Sie das Referenzierte als Vektorformen ein oder verweisen Sie auf ein Element derselben Datei ("#id").',
    message: (a) => `Externer Verweis ${a.value} ${where(a)}.`,
  },
  SVG_DATA_URI: {
    title: 'Das Logo bettet Inhalte als data:-URI ein',
    why: HOSTILE,
    explanation: 'data:-URIs betten andere Dokumente ein (SVG, HTML, Schriftarten), in die diese Prüfungen nicht hineinsehen können.',
    fix: 'Ersetzen Sie den eingebetteten Inhalt durch Formen im SVG selbst.',
    message: (a) => `data:-URI ${where(a)}.`,
  },
  SVG_STYLE_IMPORT: {
    title: 'Das Stylesheet des Logos verwendet @import',
    why: HOSTILE,
    explanation: '@import lädt ein anderes Stylesheet von anderswo; ein Logo muss in sich geschlossen sein.',
    fix: 'Übernehmen Sie die benötigten Regeln direkt in das Element <style> oder verwenden Sie Präsentationsattribute.',
    message: (a) => `@import ${where(a)}.`,
  },
  SVG_STYLE_AT_RULE: {
    title: 'Das Stylesheet des Logos hat eine @-Regel außerhalb des Profils',
    why: 'Das Profil erlaubt die @-Regeln, deren Wirkung sich prüfen lässt; andere werden abgelehnt statt gedeutet. Nicht gesperrt: Von keiner ist bekannt, dass sie etwas lädt oder ausführt.',
    explanation: 'Das CSS eines Logos darf @media, @supports, @layer, @container, @font-face, @namespace und @charset verwenden. Andere @-Regeln (@document, @page, @property, herstellerspezifische Regeln, Regeln, die noch kein Browser kennt) werden abgelehnt statt gedeutet: Was ein Browser damit tut, lässt sich hier nicht prüfen. (@import und @keyframes haben eigene Codes.)',
    fix: 'Entfernen Sie die @-Regel oder ersetzen Sie sie durch einfache Regeln und Präsentationsattribute.',
    message: (a) => `Die @-Regel ${a.name} ${where(a)} ist in einem Logo nicht zulässig.`,
  },
  SVG_FOREIGN_OBJECT: {
    title: 'Das Logo bettet ein anderes Dokument ein',
    why: HOSTILE,
    explanation: '<foreignObject> bettet HTML in das SVG ein, das Formulare, Links und Skripts enthalten kann und überall anders dargestellt wird; <video>, <audio>, <iframe>, <embed>, <object>, <canvas> und <animation> aus SVG Tiny betten Medien oder andere Dokumente ein. Keines davon gehört in ein Logo (SVG Tiny PS, das Profil, das BIMI für Markenlogos vorschreibt, kennt keines davon).',
    fix: 'Ersetzen Sie es durch SVG-Formen (wandeln Sie Text in Pfade um).',
    message: (a) => `<${a.element ?? 'foreignObject'}> gefunden.`,
  },
  SVG_FOREIGN_CONTENT: {
    title: 'Das Logo enthält Elemente eines anderen XML-Vokabulars',
    why: HOSTILE,
    explanation: 'Ein Logo enthält SVG-Elemente sowie Editordaten in den Namespaces, die Editoren verwenden (Inkscape, Sodipodi, Illustrator, Sketch, Affinity, RDF und andere Metadaten in <metadata>). Elemente aller anderen Namespaces werden abgelehnt: XHTML (Bilder mit srcset, Formulare, Meta-Refresh, Skripts), MathML (Links), XSLT, XInclude (bindet Dateien ein), XML Events (hängt Handler an) und Namespaces, die kein Tool kennt. Namen werden über den Namespace-URI aufgelöst, ein Präfix kann sie also nicht tarnen.',
    fix: 'Entfernen Sie das Element; ein Logo wird nur mit SVG-Formen gezeichnet. Falls ein Editor es geschrieben hat, exportieren Sie erneut als einfaches SVG.',
    message: (a) => `<${a.element}${a.attribute === undefined ? '' : ` ${a.attribute}=`}> liegt ${a.namespace === undefined ? 'in keinem Namespace' : `im Namespace ${a.namespace}`}, nicht in SVG.`,
  },
  SVG_PROCESSING_INSTRUCTION: {
    title: 'Das Logo enthält eine Verarbeitungsanweisung',
    why: HOSTILE,
    explanation: 'Abgesehen von der XML-Deklaration (<?xml version="1.0"?>) hat ein Logo keine Verarbeitungsanweisungen: <?xml-stylesheet?> lädt ein CSS- oder XSLT-Stylesheet (aus der Datei selbst oder von beliebiger Stelle), und andere bedeuten nur etwas für Tools, in die wir nicht hineinsehen können. Die XMP-Paketklammer <?xpacket?> in <metadata> gehört zu den wirkungslosen Editor-Metadaten und ist zulässig.',
    fix: 'Entfernen Sie die Anweisung <?…?>; legen Sie Stile in einem Element <style> oder in Attributen ab.',
    message: (a) => `Verarbeitungsanweisung <?${a.target}?> gefunden.`,
  },
  SVG_XML_DOCTYPE_NOT_ALLOWED: {
    title: 'Der DOCTYPE des Logos ist kein einfacher SVG-DOCTYPE',
    why: HOSTILE,
    explanation: 'Ein DOCTYPE ist zulässig ohne externen Bezeichner oder mit einer der veröffentlichten W3C-DTDs für SVG 1.0/1.1 (wie Illustrator und matplotlib sie schreiben) und mit einer internen Teilmenge, die nichts deklariert. Andere DTDs werden von validierenden Parsern womöglich abgerufen, und Deklarationen (<!ATTLIST>-Standardwerte fügen Elementen Attribute wie onload oder href hinzu; <!ELEMENT>, <!NOTATION>, Parameterentitäten) verändern das Dokument in Parsern, die die DTD lesen. Sie werden abgelehnt, nicht ausgewertet.',
    fix: 'Entfernen Sie den DOCTYPE (er ist optional) oder behalten Sie nur <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">.',
    message: (a) => `Der DOCTYPE enthält ${wordsFor(DOCTYPE_PROBLEMS, a, 'what')}.`,
  },
  SVG_IMAGE_ELEMENT: {
    title: 'Das Logo bettet eine Rastergrafik ein',
    why: 'Wir lesen „SVG“ als Vektorzeichnung: Eine in SVG verpackte Bitmap wird unscharf, wenn das Portal sie skaliert.',
    explanation: 'Ein <image> (oder <feImage> mit einem Bild) macht das Logo zu einer Bitmap in einer SVG-Hülle: Es wird beim Skalieren unscharf. Ein Logo muss eine Vektorgrafik sein.',
    fix: 'Zeichnen Sie das Logo als Vektorformen neu oder vektorisieren Sie es.',
    message: (a) => `<${a.element}> bettet eine Rastergrafik ein.`,
  },
  SVG_ANIMATION: {
    title: 'Das Logo ist animiert',
    why: 'Ein Partnerlogo ist ein statisches Zeichen; Animation lenkt ab und kann das Logo nach der Überprüfung verändern.',
    explanation: 'Ein Partnerlogo ist ein statisches Zeichen; Animationselemente (<animate>, <set>, …) und CSS-Animationen lenken ab und können das Logo nach der Überprüfung verändern.',
    fix: 'Entfernen Sie die Animation.',
    message: (a) => `Animation gefunden: ${scriptOrAnimation(a)}.`,
  },
  SVG_ELEMENT_UNKNOWN: {
    title: 'Das Logo enthält ein Element, das keine SVG-Version definiert',
    why: 'Ein Element, das keine SVG-Version definiert, zeichnet kein Browser; meist ist es ein Tippfehler. Daher eine Warnung.',
    explanation: 'Ein Element im SVG-Namespace, dessen Name weder in SVG 1.1 noch in SVG Tiny 1.2 oder SVG 2 vorkommt, wird von keinem Browser gezeichnet; meist ist es ein Tippfehler oder Daten eines Tools. Seine Attribute und Kindelemente werden wie alle anderen geprüft.',
    fix: 'Entfernen Sie das Element oder prüfen Sie die Schreibweise (Namen unterscheiden Groß- und Kleinschreibung: linearGradient, nicht lineargradient).',
    message: (a) => `<${a.element}> ist kein SVG-Element; Browser ignorieren es.`,
  },
  SVG_VIEWBOX_MISSING: {
    title: 'Das Logo hat keine viewBox',
    why: 'Das Portal zeigt das Logo in einer eigenen Größe an: Ein Logo muss skalierbar sein, und ein SVG ohne viewBox ist es nicht.',
    explanation: 'Das Portal zeigt das Logo in seiner eigenen Größe an; ohne viewBox skaliert ein SVG nicht, sondern wird beschnitten oder aufgefüllt.',
    fix: 'Ergänzen Sie eine quadratische viewBox (der Hinweis nennt eine aus Breite und Höhe, mit der Zeichnung in der Mitte).',
    message: () => '<svg> hat kein Attribut viewBox.',
    hint: (a) => (a.suggestion
      ? `Ergänzen Sie viewBox="${a.suggestion}" an <svg>${a.drawingWidth !== undefined ? `: ein Quadrat mit der ${a.drawingWidth} × ${a.drawingHeight} großen Zeichnung in der Mitte` : ''}.`
      : 'Ergänzen Sie eine quadratische viewBox="0 0 S S" um die Zeichnung.'),
  },
  SVG_VIEWBOX_INVALID: {
    title: 'Die viewBox des Logos ist ungültig',
    why: 'SVG 1.1 §7.7 (das Attribut viewBox)',
    explanation: 'viewBox besteht aus vier Zahlen "min-x min-y width height" mit positiver Breite und Höhe.',
    fix: 'Setzen Sie viewBox="0 0 W H" mit der Größe der Zeichnung.',
    message: (a) => `viewBox ${a.value} ist ungültig: ${wordsFor(VIEWBOX_REASONS, a)}.`,
  },
  SVG_VIEWBOX_NOT_SQUARE: {
    title: 'Die viewBox des Logos ist nicht quadratisch',
    explanation: 'Microsoft verlangt ein quadratisches Logo: Breite und Höhe der viewBox müssen gleich sein.',
    fix: 'Machen Sie die Zeichenfläche quadratisch (füllen Sie die kürzere Seite auf) und exportieren Sie erneut.',
    message: (a) => `viewBox ist ${a.width} × ${a.height}; erwartet wird ein Quadrat.`,
    hint: (a) => (a.suggestion ? `Zum Beispiel zentriert viewBox="${a.suggestion}" die Zeichnung in einem Quadrat.` : undefined),
  },
  SVG_DIMENSIONS_NOT_SQUARE: {
    title: 'Breite und Höhe des Logos sind nicht gleich',
    explanation: 'Microsoft verlangt ein quadratisches Logo: width und height (umgerechnet in px aus pt, mm, cm, in, pc, Q) müssen gleich sein.',
    fix: 'Machen Sie width und height gleich oder entfernen Sie beide und behalten Sie eine quadratische viewBox.',
    message: (a) => `width ${a.width} und height ${a.height} (${a.widthPx} × ${a.heightPx} px) sind nicht gleich.`,
  },
  SVG_DIMENSIONS_INVALID: {
    title: 'Breite oder Höhe des Logos ist ungültig',
    why: 'SVG 1.1 §7.10 (Einheiten) und CSS Values and Units (Längen)',
    explanation: 'width und height sind eine positive Zahl mit optionaler CSS-Einheit.',
    fix: 'Verwenden Sie z. B. width="512" height="512" oder entfernen Sie beide.',
    message: (a) => `${a.name} ${a.value} ist keine gültige Länge.`,
  },
  SVG_SIZE_RELATIVE_UNIT: {
    title: 'Die Größe des Logos verwendet eine relative Einheit',
    why: 'Eine relative Größe hängt von der Seite ab, auf der das Logo angezeigt wird; ob es quadratisch ist, lässt sich daher nicht anhand der Datei prüfen. Daher eine Warnung.',
    explanation: 'Relative Einheiten (%, em, rem, vw, …) hängen davon ab, wo das Logo angezeigt wird; ob es quadratisch ist, lässt sich daher nicht anhand der Datei prüfen.',
    fix: 'Verwenden Sie absolute Größen (px) oder entfernen Sie width und height und behalten Sie eine quadratische viewBox.',
    message: (a) => `${a.name} ${a.value} ist relativ und lässt sich ohne Seite nicht auflösen.`,
  },
  SVG_STRETCHED: {
    title: 'Das Logo wird verzerrt',
    why: 'Ein verzerrt dargestelltes quadratisches Logo hat nicht mehr die gezeichnete Form: preserveAspectRatio="none" mit ungleichen Seitenverhältnissen verzerrt es.',
    explanation: 'preserveAspectRatio="none" mit einer viewBox, deren Seitenverhältnis von width × height abweicht, verzerrt die Zeichnung.',
    fix: 'Entfernen Sie preserveAspectRatio="none" oder gleichen Sie die Seitenverhältnisse an.',
    message: (a) => `preserveAspectRatio="none" verzerrt eine viewBox von ${a.viewBoxWidth} × ${a.viewBoxHeight} auf ${a.width} × ${a.height} px.`,
  },
  SVG_TEXT: {
    title: 'Das Logo verwendet Text',
    why: 'Echter Text wird mit den Schriftarten des Betrachters gezeichnet, sodass das Logo überall anders aussieht. Daher eine Warnung.',
    explanation: 'Text wird mit den Schriftarten gezeichnet, die der Betrachter hat; das Logo kann überall anders aussehen. Die Renderprüfungen zeichnen ihn mit einer mitgelieferten Schriftart (DejaVu Sans), sodass ein Logo mit echtem Text dasselbe Renderergebnis erhält wie dasselbe Logo mit in Pfade umgewandeltem Text.',
    fix: 'Wandeln Sie den Text in Pfade um (Inkscape: Pfad › Objekt in Pfad umwandeln; Illustrator: Schrift › In Pfade umwandeln).',
    message: () => '<text> gefunden; er wird mit den Schriftarten des Betrachters dargestellt.',
  },
  SVG_SIZE_OVER_32KB: {
    title: 'Die Logodatei ist größer als 32 KiB',
    why: `Ein Logo über ${KIB(policy.logo.warnBytes)} enthält meist Editordaten oder unnötige Genauigkeit. Daher eine Warnung.`,
    explanation: `Ein Logo über ${KIB(policy.logo.warnBytes)} enthält meist Editordaten, eingebettete Schriftarten oder unnötige Genauigkeit.`,
    fix: 'Optimieren Sie das Logo (der Paketschritt tut das mit svgo) oder vereinfachen Sie die Pfade.',
    message: (a) => `Das Logo hat ${a.size} Bytes; Logos sind meist kleiner als ${KIB(policy.logo.warnBytes)}.`,
  },
} satisfies Record<keyof typeof logoCodes, CodeWords>;
