import type * as IDS from '../../../checks/catalog/rendered.js';
import type { renderedCodes } from '../../../checks/catalog/rendered.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import type { Args } from '../../../checks/args.js';
import { BOUNDS, RENDERED } from './reasons.js';
import { wordsFor, type Phrase } from '../../types.js';
import { formatFor } from '../../format.js';

const { number } = formatFor('de');
/** A decimal the check handed over as English text ("5.25") in German digits ("5,25"); anything else as it is. */
const decimal = (value: unknown) => (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) ? number(Number(value)) : String(value));

/** The drawing's share of the square's width and height ("40% × 30%"). */
const size = (a: Args) => `${a.width} × ${a.height}`;
/** What the drawing comes to in the portal's 32 px tile. */
const tile = (a: Args) => `${a.tileWidth} × ${a.tileHeight} px`;
/** How far off the centre the drawing sits: the share of the side towards each direction that is over the limit. */
const offset = (a: Args) => [
  a.left !== undefined ? `um ${a.left} der Seitenlänge nach links` : a.right !== undefined ? `um ${a.right} der Seitenlänge nach rechts` : '',
  a.up !== undefined ? `um ${a.up} nach oben` : a.down !== undefined ? `um ${a.down} nach unten` : '',
].filter(Boolean).join(' und ');

/** Which way a drawing that is not square is long: "so breit wie hoch", "so hoch wie breit". */
const SHAPES = {
  wide: () => 'so breit wie hoch',
  tall: () => 'so hoch wie breit',
} satisfies Record<(typeof IDS.SHAPES)[number], Phrase>;

/** Why the renderer could not draw a logo (`detail`: resvg's or the system's own words, passed on). */
export const RENDER_FAILED = {
  resvg: (a) => `resvg: ${a.detail}`,
  'not-json': () => 'Der Renderer hat mit etwas geantwortet, das kein JSON ist',
  overflow: (a) => `Die Antwort des Renderers hat ${a.bytes} Bytes überschritten`,
  memory: (a) => `Das Zeichnen braucht mehr als die Speichergrenze von ${a.mib} MiB`,
  stopped: (a) => `Der Renderer wurde beendet: ${a.how}${a.detail ? ` (${a.detail})` : ''}`,
} satisfies Record<(typeof IDS.RENDER_FAILED)[number], Phrase>;

/** Why the rendered checks could not run on this machine (nothing about the logo). */
export const RENDER_UNAVAILABLE = {
  /** The renderer's module could not be loaded: the loader's own message. */
  'not-loaded': (a) => String(a.detail),
  'child-missing': () => 'dist/render-child.cjs wurde neben dem installierten Paket nicht gefunden',
  'not-started': (a) => (a.detail ? String(a.detail) : `Der Renderer ist nicht gestartet: ${a.how}`),
  'could-not-start': () => 'Der Renderer konnte nicht gestartet werden',
  backstop: (a) => `Der Renderer war nach ${a.wallSeconds} s Echtzeit nicht fertig, hatte aber erst ${a.cpuSeconds} s der ${a.limitSeconds} s CPU-Zeit verbraucht, die ein Logo beanspruchen darf: Der Rechner ist zu ausgelastet, oder der Renderprozess wurde angehalten`,
} satisfies Record<(typeof IDS.RENDER_UNAVAILABLE)[number], Phrase>;


/** Finding codes of the rendered logo (resvg in a child process, with the bundled font only). */
export const renderedWords = {
  SVG_RENDER_EMPTY: {
    title: 'Das Logo zeigt nichts',
    why: 'Gerendert zeigt das Logo nichts: überhaupt kein Logo. Die Renderprüfungen stammen von uns; dies ist die einzige, die ein Fehler ist.',
    explanation: 'Gerendert zeigt das Logo nichts: Kein Pixel ist sichtbar (die Formen sind transparent, ohne Füllung, verborgen oder außerhalb der viewBox), oder das ganze Quadrat hat eine einzige Farbe, eine leere Kachel ohne Inhalt. Alles andere wird wie gezeichnet dargestellt: Eine Kachel, eine Hintergrundform, ein Zeichen mit Aussparungen oder eines, das das Quadrat füllt, ist eine Zeichnung. Echter Text wird mit der mitgelieferten Schriftart (DejaVu Sans) gezeichnet; Text in einem Schriftsystem, das diese Schriftart nicht abdeckt, ist hier kein Fehler (SVG_TEXT warnt vor echtem Text).',
    fix: 'Stellen Sie sicher, dass die Formen innerhalb der viewBox liegen und in einer Farbe gefüllt oder umrandet sind, die sich vom Rest des Quadrats abhebt.',
    message: (a) => (a.colour ? `Gerendert hat das ganze Quadrat eine einzige Farbe (${a.colour}): Darauf ist nichts gezeichnet.` : 'Gerendert zeichnet das Logo nichts Sichtbares.'),
  },
  SVG_OCCUPANCY_LOW: {
    title: 'Die Zeichnung des Logos ist klein in ihrem Quadrat',
    why: RENDERED,
    explanation: `Alles Sichtbare (einschließlich einer Kachel oder Hintergrundform) umfasst in beiden Richtungen weniger als ${number(Math.round(policy.logo.render.minOccupancy * 100))} % der Seitenlänge, sodass das Portal ein kleines Zeichen in einem leeren Quadrat zeigt: In einer 32-px-Kachel ist es kleiner als ${number(Math.round(32 * policy.logo.render.minOccupancy))} px. Eine Warnung, unsere Richtlinie; ändern Sie den Schwellenwert mit "rules": {"SVG_OCCUPANCY_LOW": {"threshold": 0.4}} oder schalten Sie die Prüfung ab.`,
    fix: 'Falls der Leerraum nicht beabsichtigt ist, vergrößern Sie die Zeichnung oder verkleinern Sie die quadratische viewBox um sie herum (sie muss quadratisch bleiben).',
    message: (a) => `Die Zeichnung umfasst ${size(a)} des Quadrats; bei 32 px angezeigt sind das ${tile(a)}. Erwartet werden mindestens ${a.min} in einer Richtung.`,
  },
  SVG_NOT_CENTRED: {
    title: 'Die Zeichnung des Logos ist nicht zentriert',
    why: RENDERED,
    explanation: `Der Mittelpunkt alles Sichtbaren (einschließlich einer Kachel oder Hintergrundform, sodass eine Kachel mit Schriftzug in einer Ecke als zentriert gilt) liegt mehr als ${number(Math.round(policy.logo.render.maxCentreOffset * 100))} % der Seitenlänge vom Mittelpunkt des Quadrats entfernt, sodass das Logo schief in seiner Kachel sitzt. Nach Augenmaß zentrierte Zeichen verschieben ihren Rahmen nur um wenige Prozent. Eine Warnung, unsere Richtlinie; ändern Sie den Schwellenwert mit "rules": {"SVG_NOT_CENTRED": {"threshold": 0.2}} oder schalten Sie die Prüfung ab.`,
    fix: 'Falls es nicht beabsichtigt ist, zentrieren Sie die Zeichnung in der viewBox (Inkscape: Ausrichten und Verteilen, relativ zur Seite).',
    message: (a) => `Die Zeichnung (${size(a)} des Quadrats) ist aus der Mitte verschoben, ${offset(a)}; erwartet werden höchstens ${a.max}.`,
  },
  SVG_CONTENT_NOT_SQUARE: {
    title: 'Die Zeichnung des Logos ist weit von einem Quadrat entfernt',
    why: RENDERED,
    explanation: `Die Zeichnung ist mehr als ${number(policy.logo.render.maxContentAspect)}-mal so breit wie hoch (oder umgekehrt), typischerweise ein Schriftzug auf einer quadratischen Zeichenfläche: In einer quadratischen Kachel wird daraus ein dünner Streifen. Eine Warnung, unsere Richtlinie; ändern Sie den Schwellenwert mit "rules": {"SVG_CONTENT_NOT_SQUARE": {"threshold": 4}} oder schalten Sie die Prüfung ab.`,
    fix: 'Falls die Marke eine hat, verwenden Sie ihre quadratische Version (das Symbol oder das Symbol über dem Schriftzug).',
    message: (a) => `Die Zeichnung umfasst ${size(a)} des Quadrats und ist ${decimal(a.ratio)}-mal ${wordsFor(SHAPES, a, 'wide')}; bei 32 px angezeigt sind das ${tile(a)}. Erwartet wird höchstens das ${decimal(a.max)}-Fache.`,
  },
  SVG_RENDER_TIMEOUT: {
    title: 'Das Zeichnen des Logos dauert zu lange',
    why: BOUNDS,
    explanation: `Das Zeichnen des Logos hat mehr als ${number(policy.logo.render.cpuTimeoutMs / 1000)} s CPU-Zeit gebraucht, und der Renderer wurde beendet. Gezählt wird die Prozessorzeit, die das Zeichnen verbraucht hat, nicht die Wartezeit auf einen ausgelasteten Rechner; Last macht aus einem gültigen Logo also nie diesen Fehler. Gestapelte Filter (Weichzeichnung, Turbulenz) auf einer großen Zeichenfläche können Minuten zum Zeichnen brauchen, im Portal wie hier.`,
    fix: 'Entfernen Sie Filter (feGaussianBlur, feTurbulence, …) oder ersetzen Sie sie durch einfache Formen und Verläufe.',
    message: (a) => `Das Zeichnen des Logos hat mehr als ${a.seconds} s CPU-Zeit gebraucht; es wurde abgebrochen.`,
  },
  SVG_RENDER_FAILED: {
    title: 'Das Logo kann nicht gezeichnet werden',
    why: 'Ein Logo, das der Renderer ablehnt, scheitert vermutlich auch anderswo.',
    explanation: `Der Renderer (resvg) hat das Logo abgelehnt oder das Zeichnen abgebrochen, z. B. weil es mehr als die Speichergrenze von ${policy.logo.render.memoryLimitMiB} MiB brauchte.`,
    fix: 'Exportieren Sie das Logo erneut als einfaches SVG; vereinfachen Sie Filter, Masken und Muster.',
    message: (a) => `Das Logo konnte nicht gezeichnet werden: ${wordsFor(RENDER_FAILED, a)}.`,
  },
  SVG_RENDER_UNAVAILABLE: {
    title: 'Das Logo konnte auf diesem Rechner nicht gerendert werden',
    why: 'Die Renderprüfungen konnten hier nicht laufen; über das Logo sagt das nichts aus, daher eine Warnung.',
    explanation: `Die Renderprüfungen brauchen @resvg/resvg-js, dessen vorkompilierte Binärdatei für jede Plattform eine optionale Abhängigkeit ist. Wenn sie sich nicht laden lässt oder der Renderprozess nach ${number(policy.logo.render.backstopMs / 1000)} s Echtzeit nicht fertig ist, ohne seine CPU-Zeit verbraucht zu haben (ein Rechner, der zu ausgelastet ist, um ihm welche zu geben, oder ein angehaltener Prozess), werden die Renderprüfungen übersprungen; über das Logo sagt das nichts aus.`,
    fix: 'Installieren Sie erneut ohne --omit=optional (npm ci); ist der Rechner ausgelastet, führen Sie die Prüfung erneut aus; oder überspringen Sie die Renderprüfungen mit --no-render.',
    message: (a) => `Die Renderprüfungen wurden übersprungen: ${wordsFor(RENDER_UNAVAILABLE, a)}.`,
  },
} satisfies Record<keyof typeof renderedCodes, CodeWords>;
