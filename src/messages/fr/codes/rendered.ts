import type * as IDS from '../../../checks/catalog/rendered.js';
import type { renderedCodes } from '../../../checks/catalog/rendered.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import type { Args } from '../../../checks/args.js';
import { BOUNDS, RENDERED } from './reasons.js';
import { wordsFor, type Phrase } from '../../types.js';

/** La part de la largeur et de la hauteur du carré qu’occupe le dessin (« 40% × 30% »). */
const size = (a: Args) => `${a.width} × ${a.height}`;
/** Ce que devient le dessin dans la vignette de 32 px du portail. */
const tile = (a: Args) => `${a.tileWidth} × ${a.tileHeight} px`;
/** De combien le dessin est décalé du centre: la part du côté, dans chaque direction qui dépasse la limite. */
const offset = (a: Args) => [
  a.left !== undefined ? `${a.left} du côté vers la gauche` : a.right !== undefined ? `${a.right} du côté vers la droite` : '',
  a.up !== undefined ? `${a.up} vers le haut` : a.down !== undefined ? `${a.down} vers le bas` : '',
].filter(Boolean).join(' et ');

/** Dans quel sens est allongé un dessin qui n’est pas carré. */
const SHAPES = {
  wide: () => 'large que haut',
  tall: () => 'haut que large',
} satisfies Record<(typeof IDS.SHAPES)[number], Phrase>;

/** Pourquoi le moteur de rendu n’a pas pu dessiner un logo (`detail`: les mots de resvg ou du système, transmis tels quels). */
export const RENDER_FAILED = {
  resvg: (a) => `resvg : ${a.detail}`,
  'not-json': () => 'le moteur de rendu a répondu par autre chose que du JSON',
  overflow: (a) => `la réponse du moteur de rendu a dépassé ${a.bytes} octets`,
  memory: (a) => `le rendu demande plus que la limite de mémoire de ${a.mib} Mio`,
  stopped: (a) => `le moteur de rendu s’est arrêté : ${a.how}${a.detail ? ` (${a.detail})` : ''}`,
} satisfies Record<(typeof IDS.RENDER_FAILED)[number], Phrase>;

/** Pourquoi les contrôles du rendu n’ont pas pu s’exécuter sur cette machine (rien qui concerne le logo). */
export const RENDER_UNAVAILABLE = {
  /** Le module du moteur de rendu n’a pas pu être chargé: le message du chargeur. */
  'not-loaded': (a) => String(a.detail),
  'child-missing': () => 'dist/render-child.cjs est introuvable dans le package npm installé',
  'not-started': (a) => (a.detail ? String(a.detail) : `le moteur de rendu n’a pas démarré : ${a.how}`),
  'could-not-start': () => 'le moteur de rendu n’a pas pu être lancé',
  backstop: (a) => `le moteur de rendu n’a pas terminé en ${a.wallSeconds} s de temps réel, alors qu’il n’a utilisé que ${a.cpuSeconds} s des ${a.limitSeconds} s de temps processeur accordées à un logo : la machine est trop chargée, ou le processus de rendu a été suspendu`,
} satisfies Record<(typeof IDS.RENDER_UNAVAILABLE)[number], Phrase>;


/** Codes de constat du logo rendu (resvg dans un processus enfant, avec la seule police fournie). */
export const renderedWords = {
  SVG_RENDER_EMPTY: {
    title: 'Le logo n’affiche rien',
    why: 'Une fois dessiné, le logo n’affiche rien : il n’y a pas de logo du tout. Les contrôles du rendu sont les nôtres ; celui-ci est le seul qui produise une erreur.',
    explanation: 'Au rendu, le logo n’affiche rien : aucun pixel n’est visible (les formes sont transparentes, sans remplissage, masquées ou hors du viewBox), ou le carré entier est d’une seule couleur, une vignette vide. Tout le reste est affiché tel que dessiné : une vignette, une forme d’arrière-plan, une marque avec des découpes ou une marque qui remplit le carré, c’est un dessin. Le texte non vectorisé est dessiné avec la police fournie (DejaVu Sans) ; un texte dans une écriture que cette police ne couvre pas n’est pas une erreur ici (SVG_TEXT signale le texte non vectorisé).',
    fix: 'Vérifiez que les formes se trouvent dans le viewBox et qu’elles ont un remplissage ou un contour d’une couleur différente du reste du carré.',
    message: (a) => (a.colour ? `Au rendu, le carré entier est d’une seule couleur (${a.colour}) : rien n’y est dessiné.` : 'Au rendu, le logo ne dessine rien de visible.'),
  },
  SVG_OCCUPANCY_LOW: {
    title: 'Le dessin du logo est petit dans son carré',
    why: RENDERED,
    explanation: `Tout ce qui est visible (vignette ou forme d’arrière-plan comprise) couvre moins de ${Math.round(policy.logo.render.minOccupancy * 100)} % du côté dans les deux directions : le portail affiche donc une petite marque dans un carré vide, qui fait moins de ${Math.round(32 * policy.logo.render.minOccupancy)} px sur une vignette de 32 px. C’est un avertissement, selon notre propre règle ; modifiez le seuil avec "rules": {"SVG_OCCUPANCY_LOW": {"threshold": 0.4}} ou désactivez le contrôle.`,
    fix: 'Si cet espace vide n’est pas voulu, agrandissez le dessin ou resserrez le viewBox autour de lui (en le gardant carré).',
    message: (a) => `Le dessin couvre ${size(a)} du carré ; affiché à 32 px, il mesure ${tile(a)}. Au moins ${a.min} dans une direction est attendu.`,
  },
  SVG_NOT_CENTRED: {
    title: 'Le dessin du logo est décentré',
    why: RENDERED,
    explanation: `Le centre de tout ce qui est visible (vignette ou forme d’arrière-plan comprise : une vignette avec un texte dans un coin est donc centrée) se trouve à plus de ${Math.round(policy.logo.render.maxCentreOffset * 100)} % du côté du centre du carré : le logo paraît de travers dans sa vignette. Une marque centrée à l’œil ne décale son cadre que de quelques pour cent. C’est un avertissement, selon notre propre règle ; modifiez le seuil avec "rules": {"SVG_NOT_CENTRED": {"threshold": 0.2}} ou désactivez le contrôle.`,
    fix: 'Si ce n’est pas voulu, centrez le dessin dans le viewBox (Inkscape : Aligner et distribuer, relativement à la page).',
    message: (a) => `Le dessin (${size(a)} du carré) est décalé de ${offset(a)} par rapport au centre ; ${a.max} au maximum est attendu.`,
  },
  SVG_CONTENT_NOT_SQUARE: {
    title: 'Le dessin du logo est loin d’être carré',
    why: RENDERED,
    explanation: `Le dessin est plus de ${policy.logo.render.maxContentAspect} fois plus large que haut (ou l’inverse), typiquement un logotype posé sur un fond carré : dans une vignette carrée, il devient une mince bande. C’est un avertissement, selon notre propre règle ; modifiez le seuil avec "rules": {"SVG_CONTENT_NOT_SQUARE": {"threshold": 4}} ou désactivez le contrôle.`,
    fix: 'Si la marque en a une, utilisez sa version carrée (le symbole, ou le symbole au-dessus du logotype).',
    message: (a) => `Le dessin couvre ${size(a)} du carré et il est ${a.ratio} fois plus ${wordsFor(SHAPES, a, 'wide')} ; affiché à 32 px, il mesure ${tile(a)}. ${a.max} fois au maximum est attendu.`,
  },
  SVG_RENDER_TIMEOUT: {
    title: 'Le rendu du logo prend trop de temps',
    why: BOUNDS,
    explanation: `Le rendu du logo a pris plus de ${policy.logo.render.cpuTimeoutMs / 1000} s de temps processeur, et le moteur de rendu a été arrêté. Le temps compté est le temps processeur utilisé par le rendu, pas le temps passé à attendre une machine chargée : la charge ne transforme donc jamais un logo valide en cette erreur. Des filtres empilés (flou, turbulence) sur une grande surface peuvent demander des minutes de rendu, dans le portail comme ici.`,
    fix: 'Supprimez les filtres (feGaussianBlur, feTurbulence…) ou remplacez-les par des formes simples et des dégradés.',
    message: (a) => `Le rendu du logo a pris plus de ${a.seconds} s de temps processeur ; il a été arrêté.`,
  },
  SVG_RENDER_FAILED: {
    title: 'Le logo ne peut pas être rendu',
    why: 'Un logo que le moteur de rendu refuse risque d’échouer ailleurs aussi.',
    explanation: `Le moteur de rendu (resvg) a refusé le logo ou s’est arrêté pendant le rendu, par exemple parce qu’il lui fallait plus que la limite de mémoire de ${policy.logo.render.memoryLimitMiB} Mio.`,
    fix: 'Exportez à nouveau le logo en SVG simple ; simplifiez les filtres, les masques et les motifs.',
    message: (a) => `Le logo n’a pas pu être rendu : ${wordsFor(RENDER_FAILED, a)}.`,
  },
  SVG_RENDER_UNAVAILABLE: {
    title: 'Le logo n’a pas pu être rendu sur cette machine',
    why: 'Les contrôles du rendu n’ont pas pu s’exécuter ici ; cela ne dit rien du logo, d’où un avertissement.',
    explanation: `Les contrôles du rendu ont besoin de @resvg/resvg-js, dont le binaire précompilé est une dépendance facultative propre à chaque plateforme. S’il ne peut pas être chargé, ou si le processus de rendu n’a pas terminé au bout de ${policy.logo.render.backstopMs / 1000} s de temps réel sans avoir consommé son temps processeur (machine trop chargée pour lui en accorder, ou processus suspendu), les contrôles du rendu sont ignorés ; cela ne dit rien du logo.`,
    fix: 'Réinstallez sans --omit=optional (npm ci) ; sur une machine chargée, relancez ; ou ignorez les contrôles du rendu avec --no-render.',
    message: (a) => `Les contrôles du rendu ont été ignorés : ${wordsFor(RENDER_UNAVAILABLE, a)}.`,
  },
} satisfies Record<keyof typeof renderedCodes, CodeWords>;
