import type * as IDS from '../../../checks/catalog/logo.js';
import type { logoCodes } from '../../../checks/catalog/logo.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import type { Args } from '../../../checks/args.js';
import { BOUNDS, HOSTILE } from './reasons.js';
import { wordsFor, type Phrase } from '../../types.js';
import { unreadableWords } from './files.js';
import { atLeast, KIB, thousands } from './words.js';

/** Ce qu’est un fichier qui n’est pas du SVG, d’après ses premiers octets. */
const NOT_SVG = {
  png: () => 'une image PNG',
  jpeg: () => 'une image JPEG',
  gif: () => 'une image GIF',
  pdf: () => 'un document PDF',
  zip: () => 'une archive ZIP',
  riff: () => 'une image RIFF (WebP)',
  ico: () => 'une icône ICO',
  tiff: () => 'une image TIFF',
  bmp: () => 'une image BMP',
  postscript: () => 'un document PostScript',
  elf: () => 'un exécutable (ELF)',
  pe: () => 'un exécutable (PE)',
  binary: () => 'un fichier binaire (il contient des octets NUL)',
  text: () => 'un fichier texte qui n’est pas du XML',
} satisfies Record<(typeof IDS.NOT_SVG)[number], Phrase>;


/** Encodages reconnus aux premiers octets (`encoding`); celui que nomme la déclaration XML est transmis tel quel, entre guillemets (`declared`). */
const ENCODINGS = {
  'utf-32': () => 'UTF-32',
  'utf-16be': () => 'UTF-16 BE (gros-boutiste)',
  'utf-16le': () => 'UTF-16 LE (petit-boutiste)',
} satisfies Record<(typeof IDS.ENCODINGS)[number], Phrase>;

/** Où une valeur a été trouvée dans le logo (src/checks/logo/svg.ts `Where`): « l’attribut href de <a> », « url() de <style> ». */
function where(a: Args): string {
  const place = a.inStyle ? '<style>' : `l’attribut ${a.attribute} de <${a.of}>${a.animating ? ` (qui anime ${a.animating})` : ''}`;
  return a.inUrl ? `url() de ${place}` : place;
}

/** Ce qu’est un script ou une animation: un élément, ou du CSS (`css`) à un endroit. */
const CSS_FOUND = {
  expression: (a) => `expression() CSS dans ${where(a)}`,
  animation: (a) => `animation CSS dans ${where(a)}`,
} satisfies Record<(typeof IDS.CSS_FOUND)[number], Phrase>;
const scriptOrAnimation = (a: Args) => (a.css === undefined ? `élément <${a.element}>` : wordsFor(CSS_FOUND, a, 'css'));

/** Ce que contient un DOCTYPE et que le profil n’autorise pas. */
const DOCTYPE_PROBLEMS = {
  'incomplete-external-id': () => 'un identifiant externe incomplet',
  'external-dtd': (a) => `la DTD externe ${a.dtd}`,
  declaration: (a) => `la déclaration ${a.declaration} dans le sous-ensemble interne`,
} satisfies Record<(typeof IDS.DOCTYPE_PROBLEMS)[number], Phrase>;


/** Pourquoi un viewBox n’est pas quatre nombres avec une largeur et une hauteur positives. */
const VIEWBOX_REASONS = {
  separator: () => 'les nombres doivent être séparés par des espaces ou par une seule virgule',
  count: (a) => `il faut 4 nombres, il y en a ${a.count}`,
  'not-number': () => 'il contient autre chose que des nombres',
  'not-positive': () => 'la largeur et la hauteur doivent être positives',
} satisfies Record<(typeof IDS.VIEWBOX_REASONS)[number], Phrase>;


/** Codes de constat du fichier du logo: sa lecture, son analyse et le profil SVG. */
export const logoWords = {
  LOGO_NOT_FOUND: {
    title: 'Fichier du logo introuvable',
    explanation: 'logo est le chemin du logo SVG, relatif au fichier de fiche.',
    fix: 'Vérifiez le chemin (il est relatif au dossier de mde-partner.json).',
    message: (a) => `Le logo ${a.path} ${unreadableWords(a)}.`,
  },
  SVG_INPUT_EMPTY: {
    title: 'Le fichier du logo est vide',
    explanation: 'Le fichier du logo n’a aucun contenu.',
    fix: 'Exportez à nouveau le logo en SVG.',
    message: () => 'Le fichier du logo est vide.',
  },
  SVG_INPUT_TOO_LARGE: {
    title: 'Le fichier du logo est trop volumineux pour être vérifié',
    why: BOUNDS,
    explanation: `Les logos de plus de ${KIB(policy.logo.maxBytes)} sont refusés avant lecture (taille vérifiée avec stat) : un logo n’a jamais besoin d’autant, et cette limite borne le temps et la mémoire face aux fichiers malveillants.`,
    fix: 'Simplifiez le dessin ou optimisez-le (par exemple avec svgo) ; les polices et images matricielles incorporées en sont la cause habituelle.',
    message: (a) => `Le logo fait ${atLeast(a)} octets ; la limite est de ${a.limit} octets.`,
  },
  SVG_INPUT_COMPRESSED: {
    title: 'Le logo est compressé (gzip / .svgz)',
    why: 'Sécurité : des données compressées ne sont jamais décompressées, car elles pourraient atteindre n’importe quelle taille.',
    explanation: 'Un SVG compressé (.svgz) n’est jamais décompressé : il pourrait atteindre n’importe quelle taille. La soumission exige du SVG non compressé.',
    fix: 'Enregistrez le logo en SVG non compressé (décompressez le .svgz avec gunzip).',
    message: () => 'Le logo est compressé avec gzip (.svgz) ; du texte SVG non compressé est attendu.',
  },
  SVG_INPUT_NOT_SVG: {
    title: 'Le logo n’est pas un fichier SVG',
    explanation: 'Microsoft demande un logo SVG. Les images matricielles (PNG, JPEG, GIF), les PDF et les autres fichiers binaires ne sont pas du SVG, quel que soit leur nom.',
    fix: 'Exportez le logo en SVG depuis votre outil de conception ; un PNG renommé reste un PNG.',
    message: (a) => `Le logo est ${wordsFor(NOT_SVG, a, 'kind')}, et non un fichier SVG.`,
  },
  SVG_ENCODING_UNSUPPORTED: {
    title: 'Le logo n’est pas en UTF-8',
    why: 'Sécurité : un seul encodage, lu comme le lit chaque programme ; un encodage n’est jamais deviné, si bien que deux programmes ne peuvent pas voir des textes différents.',
    explanation: 'Les logos sont lus en UTF-8 (ou ASCII). UTF-16, UTF-32 et les autres encodages déclarés sont refusés plutôt que devinés.',
    fix: 'Enregistrez le SVG en UTF-8.',
    message: (a) => `Le logo est encodé en ${a.declared ?? wordsFor(ENCODINGS, a, 'encoding')} ; UTF-8 est attendu.`,
  },
  SVG_ENCODING_INVALID_UTF8: {
    title: 'Le logo contient des octets UTF-8 non valides',
    why: 'XML 1.0 §4.3.3 (encodage des caractères dans les entités)',
    explanation: 'XML exige un document correctement encodé ; des séquences d’octets non valides viennent souvent d’un fichier enregistré dans un autre encodage, ou endommagé.',
    fix: 'Enregistrez le SVG en UTF-8.',
    message: (a) => `Séquence d’octets UTF-8 non valide à l’octet ${a.offset}.`,
  },
  SVG_XML_MALFORMED: {
    title: 'Le logo n’est pas du XML bien formé',
    why: 'XML 1.0 §2.1 (documents XML bien formés)',
    explanation: 'Un fichier SVG est un document XML : un seul élément racine, des balises appariées, des attributs entre guillemets, aucune entité non définie.',
    fix: 'Corrigez le XML à la ligne et à la colonne indiquées, ou exportez à nouveau le logo.',
    message: (a) => `Le logo n’est pas du XML bien formé : ${a.detail}`,
  },
  SVG_XML_ENTITY_DECLARATION: {
    title: 'Le logo déclare des entités XML',
    why: HOSTILE,
    explanation: 'Toute déclaration <!ENTITY est refusée avant la moindre expansion : les entités sont le ressort des attaques XXE (lecture de fichiers locaux) et « billion laughs » (expansion exponentielle), et un logo n’en a pas besoin.',
    fix: 'Supprimez le sous-ensemble interne du DOCTYPE ; exportez à nouveau avec des attributs de présentation, ou passez le fichier dans svgo.',
    message: () => 'Le logo déclare une entité XML (<!ENTITY).',
  },
  SVG_XML_TOO_DEEP: {
    title: 'L’imbrication du logo est trop profonde',
    why: BOUNDS,
    explanation: `Les éléments imbriqués sur plus de ${policy.logo.maxDepth} niveaux sont refusés dès l’analyse ; une imbrication profonde est un procédé de déni de service, et aucun logo n’en a besoin.`,
    fix: 'Aplatissez les groupes (par exemple avec collapseGroups de svgo).',
    message: (a) => `Des éléments sont imbriqués sur plus de ${a.limit} niveaux.`,
  },
  SVG_XML_TOO_MANY_ATTRIBUTES: {
    title: 'Un élément a trop d’attributs',
    why: BOUNDS,
    explanation: `Plus de ${policy.logo.maxAttributesPerElement} attributs sur un même élément sont refusés dès l’analyse : c’est un procédé de déni de service.`,
    fix: 'Déplacez les attributs de présentation dans un style, ou simplifiez l’élément.',
    message: (a) => `<${a.element}> a plus de ${a.limit} attributs.`,
  },
  SVG_XML_TOO_MANY_ELEMENTS: {
    title: 'Le logo a trop d’éléments',
    why: BOUNDS,
    explanation: `Plus de ${thousands(policy.logo.maxElements)} éléments sont refusés dès l’analyse : un vrai logo en compte quelques centaines au plus, et l’optimisation de la copie du paquet (svgo) prend un temps qui croît avec le carré du nombre d’éléments frères.`,
    fix: 'Fusionnez les tracés qui partagent un style (mergePaths de svgo, ou « Combiner » / « Tracé transparent » dans votre éditeur), et supprimez les éléments masqués ou vides.',
    message: (a) => `Le logo a plus de ${thousands(Number(a.limit))} éléments.`,
  },
  SVG_ROOT_NOT_SVG: {
    title: 'L’élément racine n’est pas <svg>',
    why: 'SVG 1.1 §5.1.1 (un fragment de document SVG a un élément svg pour racine)',
    explanation: 'Un document SVG a pour élément racine <svg>, dans l’espace de noms SVG (http://www.w3.org/2000/svg).',
    fix: 'Exportez le logo en SVG.',
    message: (a) => `L’élément racine est <${a.name}> ; <svg> est attendu.`,
  },
  SVG_NAMESPACE_MISSING: {
    title: 'L’élément racine <svg> n’est pas dans l’espace de noms SVG',
    why: 'SVG 1.1 §5.1.2 et Namespaces in XML 1.0 (l’espace de noms SVG est http://www.w3.org/2000/svg)',
    explanation: 'Sans xmlns="http://www.w3.org/2000/svg", un navigateur traite le fichier comme du XML inconnu et n’affiche rien quand le SVG est utilisé comme image.',
    fix: 'Ajoutez xmlns="http://www.w3.org/2000/svg" à l’élément <svg>.',
    message: (a) => (a.uri === undefined
      ? '<svg> n’a pas d’espace de noms ; "http://www.w3.org/2000/svg" est attendu.'
      : `<svg> est dans l’espace de noms ${a.uri} ; "http://www.w3.org/2000/svg" est attendu.`),
  },
  SVG_SCRIPT: {
    title: 'Le logo contient un script',
    why: HOSTILE,
    explanation: 'Un logo s’affiche dans un portail de sécurité ; <script> (dans tout espace de noms), <handler>, <listener> et expression() CSS exécutent du code.',
    fix: 'Supprimez le script ; un logo est un dessin statique.',
    message: (a) => `Script trouvé : ${scriptOrAnimation(a)}.`,
  },
  SVG_EVENT_HANDLER: {
    title: 'Le logo a un gestionnaire d’événements',
    why: HOSTILE,
    explanation: 'Les attributs on* (onload, onclick…) exécutent du script, y compris lorsqu’ils sont définis par <set> ou <animate attributeName="on...">.',
    fix: 'Supprimez l’attribut.',
    message: (a) => `Gestionnaire d’événements ${a.animatedAttribute === undefined ? a.name : `attributeName=${a.animatedAttribute}`} sur <${a.element}>.`,
  },
  SVG_JAVASCRIPT_URL: {
    title: 'Le logo contient une URL javascript:',
    why: HOSTILE,
    explanation: 'Les URL javascript: (et vbscript:) exécutent du script ; elles sont détectées même lorsqu’elles sont masquées par la casse, des espaces, des caractères de contrôle ou des références de caractères.',
    fix: 'Supprimez le lien ou l’attribut.',
    message: (a) => `URL ${a.scheme} dans ${where(a)}.`,
  },
  SVG_EXTERNAL_REFERENCE: {
    title: 'Le logo fait référence à une ressource externe',
    why: HOSTILE,
    explanation: 'Un logo doit être autonome : href (simple ou XLink, quel que soit son préfixe), src, xml:base, url() et src() CSS (quel que soit l’échappement), les chaînes simples de image-set(), ainsi que les valeurs qu’une animation écrit dans l’un d’eux, doivent commencer par "#" (un élément du même fichier). Tout le reste charge des fichiers ou piste les personnes qui affichent le logo, et ne fonctionne plus quand le logo est copié. Le CSS est lu avec un analyseur lexical CSS, comme le lit un navigateur.',
    fix: 'Remplacez la ressource par des formes vectorielles dans le logo, ou pointez vers un élément du même fichier ("#id").',
    message: (a) => `Référence externe ${a.value} dans ${where(a)}.`,
  },
  SVG_DATA_URI: {
    title: 'Le logo incorpore du contenu sous forme d’URI data:',
    why: HOSTILE,
    explanation: 'Les URI data: incorporent d’autres documents (SVG, HTML, polices) dont ces contrôles ne peuvent pas examiner le contenu.',
    fix: 'Remplacez le contenu incorporé par des formes dans le SVG lui-même.',
    message: (a) => `URI data: dans ${where(a)}.`,
  },
  SVG_STYLE_IMPORT: {
    title: 'La feuille de style du logo utilise @import',
    why: HOSTILE,
    explanation: '@import charge une autre feuille de style depuis un autre emplacement ; un logo doit être autonome.',
    fix: 'Reprenez les règles nécessaires dans l’élément <style>, ou utilisez des attributs de présentation.',
    message: (a) => `@import dans ${where(a)}.`,
  },
  SVG_STYLE_AT_RULE: {
    title: 'La feuille de style du logo contient une règle @ hors profil',
    why: 'Le profil admet les règles @ dont l’effet peut être vérifié ; les autres sont refusées plutôt qu’interprétées au hasard. Règle non verrouillée : aucune d’elles n’est connue pour charger ou exécuter quoi que ce soit.',
    explanation: 'Le CSS d’un logo peut utiliser @media, @supports, @layer, @container, @font-face, @namespace et @charset. Les autres règles @ (@document, @page, @property, règles propriétaires, règles qu’aucun navigateur ne connaît encore) sont refusées plutôt qu’interprétées au hasard : ce qu’un navigateur en fait ne peut pas être vérifié ici. (@import et @keyframes ont leurs propres codes.)',
    fix: 'Supprimez la règle @, ou remplacez-la par des règles simples et des attributs de présentation.',
    message: (a) => `La règle ${a.name} dans ${where(a)} n’est pas autorisée dans un logo.`,
  },
  SVG_FOREIGN_OBJECT: {
    title: 'Le logo incorpore un autre document',
    why: HOSTILE,
    explanation: '<foreignObject> incorpore dans le SVG du HTML, qui peut contenir des formulaires, des liens et des scripts, et dont le rendu varie partout ; <video>, <audio>, <iframe>, <embed>, <object>, <canvas> et l’élément <animation> de SVG Tiny incorporent des médias ou d’autres documents. Aucun n’a sa place dans un logo (SVG Tiny PS, le profil qu’exige BIMI pour les logos de marque, n’en contient aucun).',
    fix: 'Remplacez-le par des formes SVG (vectorisez le texte).',
    message: (a) => `Élément <${a.element ?? 'foreignObject'}> trouvé.`,
  },
  SVG_FOREIGN_CONTENT: {
    title: 'Le logo contient des éléments d’un autre vocabulaire XML',
    why: HOSTILE,
    explanation: 'Un logo contient des éléments SVG, plus les données d’éditeur dans les espaces de noms qu’utilisent les éditeurs (Inkscape, Sodipodi, Illustrator, Sketch, Affinity, RDF et autres métadonnées dans <metadata>). Les éléments de tout autre espace de noms sont refusés : XHTML (images avec srcset, formulaires, meta refresh, scripts), MathML (liens), XSLT, XInclude (inclusion de fichiers), XML Events (ajout de gestionnaires) et les espaces de noms qu’aucun outil ne connaît. Les noms sont résolus par l’URI de leur espace de noms : un préfixe ne peut donc pas les déguiser.',
    fix: 'Supprimez l’élément ; un logo se dessine uniquement avec des formes SVG. Si un éditeur l’a écrit, exportez à nouveau en SVG simple.',
    message: (a) => {
      const element = `<${a.element}${a.attribute === undefined ? '' : ` ${a.attribute}=`}>`;
      return a.namespace === undefined
        ? `${element} n’a pas d’espace de noms : ce n’est pas du SVG.`
        : `${element} est dans l’espace de noms ${a.namespace}, pas dans celui de SVG.`;
    },
  },
  SVG_PROCESSING_INSTRUCTION: {
    title: 'Le logo contient une instruction de traitement',
    why: HOSTILE,
    explanation: 'Hormis la déclaration XML (<?xml version="1.0"?>), un logo ne contient aucune instruction de traitement : <?xml-stylesheet?> charge une feuille de style CSS ou XSLT (depuis le fichier lui-même ou depuis n’importe où), et les autres n’ont de sens que pour des outils dont nous ne pouvons pas connaître le comportement. L’enveloppe de paquet XMP <?xpacket?> dans <metadata> est une métadonnée d’éditeur inerte, et elle est autorisée.',
    fix: 'Supprimez l’instruction <?…?> ; placez les styles dans un élément <style> ou dans des attributs.',
    message: (a) => `Instruction de traitement <?${a.target}?> trouvée.`,
  },
  SVG_XML_DOCTYPE_NOT_ALLOWED: {
    title: 'Le DOCTYPE du logo n’est pas un simple DOCTYPE SVG',
    why: HOSTILE,
    explanation: 'Un DOCTYPE est admis sans identifiant externe ou avec l’une des DTD SVG 1.0/1.1 publiées par le W3C (telles qu’Illustrator et matplotlib les écrivent), et avec un sous-ensemble interne qui ne déclare rien. D’autres DTD peuvent être téléchargées par les analyseurs validants, et les déclarations (les valeurs par défaut de <!ATTLIST> ajoutent aux éléments des attributs comme onload ou href ; <!ELEMENT>, <!NOTATION>, entités paramètres) modifient le document dans les analyseurs qui lisent la DTD. Elles sont refusées, pas interprétées.',
    fix: 'Supprimez le DOCTYPE (il est facultatif), ou ne gardez que <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">.',
    message: (a) => `Le DOCTYPE contient ${wordsFor(DOCTYPE_PROBLEMS, a, 'what')}.`,
  },
  SVG_IMAGE_ELEMENT: {
    title: 'Le logo incorpore une image matricielle',
    why: 'Nous lisons « SVG » comme un dessin vectoriel : une image matricielle enveloppée dans du SVG devient floue quand le portail la redimensionne.',
    explanation: 'Un élément <image> (ou <feImage> avec une image) fait du logo une image matricielle dans une enveloppe SVG : il devient flou une fois redimensionné. Un logo doit être vectoriel.',
    fix: 'Redessinez le logo en formes vectorielles, ou vectorisez l’image.',
    message: (a) => `<${a.element}> incorpore une image matricielle.`,
  },
  SVG_ANIMATION: {
    title: 'Le logo est animé',
    why: 'Un logo partenaire est une marque statique ; une animation distrait, et peut modifier le logo après son examen.',
    explanation: 'Un logo partenaire est une marque statique ; les éléments d’animation (<animate>, <set>…) et les animations CSS distraient, et peuvent modifier le logo après son examen.',
    fix: 'Supprimez l’animation.',
    message: (a) => `Animation trouvée : ${scriptOrAnimation(a)}.`,
  },
  SVG_ELEMENT_UNKNOWN: {
    title: 'Le logo contient un élément qu’aucune version de SVG ne définit',
    why: 'Un élément qu’aucune version de SVG ne définit n’est affiché par aucun navigateur ; c’est en général une faute de frappe. D’où un avertissement.',
    explanation: 'Un élément de l’espace de noms SVG dont le nom ne figure ni dans SVG 1.1, ni dans SVG Tiny 1.2, ni dans SVG 2 n’est affiché par aucun navigateur ; c’est en général une faute de frappe ou des données d’un outil. Ses attributs et ses enfants sont vérifiés comme les autres.',
    fix: 'Supprimez l’élément, ou vérifiez son orthographe (les noms sont sensibles à la casse : linearGradient, pas lineargradient).',
    message: (a) => `<${a.element}> n’est pas un élément SVG ; les navigateurs l’ignorent.`,
  },
  SVG_VIEWBOX_MISSING: {
    title: 'Le logo n’a pas de viewBox',
    why: 'Le portail affiche le logo à une taille qui lui est propre : un logo doit pouvoir être mis à l’échelle, et un SVG sans viewBox ne le peut pas.',
    explanation: 'Le portail affiche le logo à sa propre taille ; sans viewBox, un SVG n’est pas mis à l’échelle : il est rogné ou entouré de marges.',
    fix: 'Ajoutez un viewBox carré (la suggestion en calcule un à partir de width et height, dessin centré).',
    message: () => '<svg> n’a pas d’attribut viewBox.',
    hint: (a) => (a.suggestion
      ? `Ajoutez viewBox="${a.suggestion}" à <svg>${a.drawingWidth !== undefined ? ` : un carré avec le dessin de ${a.drawingWidth} × ${a.drawingHeight} en son centre` : ''}.`
      : 'Ajoutez un viewBox="0 0 C C" carré autour du dessin.'),
  },
  SVG_VIEWBOX_INVALID: {
    title: 'Le viewBox du logo n’est pas valide',
    why: 'SVG 1.1 §7.7 (l’attribut viewBox)',
    explanation: 'viewBox se compose de quatre nombres « min-x min-y width height », avec une largeur et une hauteur positives.',
    fix: 'Définissez viewBox="0 0 L H" avec la largeur et la hauteur du dessin.',
    message: (a) => `viewBox ${a.value} n’est pas valide : ${wordsFor(VIEWBOX_REASONS, a)}.`,
  },
  SVG_VIEWBOX_NOT_SQUARE: {
    title: 'Le viewBox du logo n’est pas carré',
    explanation: 'Microsoft demande un logo carré : la largeur et la hauteur du viewBox doivent être égales.',
    fix: 'Rendez le plan de travail carré (complétez le côté le plus court) et exportez à nouveau.',
    message: (a) => `Le viewBox mesure ${a.width} × ${a.height} ; un carré est attendu.`,
    hint: (a) => (a.suggestion ? `Par exemple, viewBox="${a.suggestion}" centre le dessin dans un carré.` : undefined),
  },
  SVG_DIMENSIONS_NOT_SQUARE: {
    title: 'La largeur et la hauteur du logo ne sont pas égales',
    explanation: 'Microsoft demande un logo carré : width et height (convertis en px depuis pt, mm, cm, in, pc, Q) doivent être égaux.',
    fix: 'Rendez width et height égaux, ou supprimez-les et gardez un viewBox carré.',
    message: (a) => `width ${a.width} et height ${a.height} (${a.widthPx} × ${a.heightPx} px) ne sont pas égaux.`,
  },
  SVG_DIMENSIONS_INVALID: {
    title: 'La largeur ou la hauteur du logo n’est pas valide',
    why: 'SVG 1.1 §7.10 (unités) et CSS Values and Units (longueurs)',
    explanation: 'width et height sont des nombres positifs, avec une unité CSS facultative.',
    fix: 'Utilisez par exemple width="512" height="512", ou supprimez-les.',
    message: (a) => `${a.name} ${a.value} n’est pas une longueur valide.`,
  },
  SVG_SIZE_RELATIVE_UNIT: {
    title: 'La taille du logo utilise une unité relative',
    why: 'Une taille relative dépend de la page où le logo s’affiche : le fichier seul ne permet pas de vérifier qu’il est carré. D’où un avertissement.',
    explanation: 'Les unités relatives (%, em, rem, vw…) dépendent de l’endroit où le logo s’affiche : le fichier seul ne permet pas de vérifier qu’il est carré.',
    fix: 'Utilisez des tailles absolues (px), ou supprimez width et height et gardez un viewBox carré.',
    message: (a) => `${a.name} ${a.value} est relatif ; sa valeur ne peut pas être déterminée sans page.`,
  },
  SVG_STRETCHED: {
    title: 'Le logo est étiré',
    why: 'Un logo carré affiché étiré n’a plus la forme dessinée : preserveAspectRatio="none" avec des proportions différentes le déforme.',
    explanation: 'preserveAspectRatio="none", avec un viewBox dont les proportions diffèrent de width × height, déforme le dessin.',
    fix: 'Supprimez preserveAspectRatio="none", ou rendez les proportions identiques.',
    message: (a) => `preserveAspectRatio="none" étire un viewBox de ${a.viewBoxWidth} × ${a.viewBoxHeight} en ${a.width} × ${a.height} px.`,
  },
  SVG_TEXT: {
    title: 'Le logo utilise du texte',
    why: 'Le texte non vectorisé est rendu avec les polices de la machine qui l’affiche : le logo n’a donc pas le même aspect partout. D’où un avertissement.',
    explanation: 'Le texte est rendu avec les polices dont dispose la machine qui l’affiche ; le logo peut avoir un aspect différent partout. Les contrôles du rendu le dessinent avec une seule police fournie (DejaVu Sans) : un logo avec du texte non vectorisé obtient donc le même verdict de rendu que le même logo avec son texte vectorisé.',
    fix: 'Vectorisez le texte (Inkscape : Chemin › Objet en chemin ; Illustrator : Texte › Vectoriser).',
    message: () => 'Élément <text> trouvé ; il est rendu avec les polices de la machine qui l’affiche.',
  },
  SVG_SIZE_OVER_32KB: {
    title: 'Le fichier du logo dépasse 32 Kio',
    why: `Un logo de plus de ${KIB(policy.logo.warnBytes)} contient en général des données d’éditeur ou une précision inutile. D’où un avertissement.`,
    explanation: `Un logo de plus de ${KIB(policy.logo.warnBytes)} contient en général des données d’éditeur, des polices incorporées ou une précision inutile.`,
    fix: 'Optimisez-le (la création du paquet le fait avec svgo), ou simplifiez les tracés.',
    message: (a) => `Le logo fait ${a.size} octets ; un logo pèse en général moins de ${KIB(policy.logo.warnBytes)}.`,
  },
} satisfies Record<keyof typeof logoCodes, CodeWords>;
