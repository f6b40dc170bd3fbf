import type * as IDS from '../../../checks/catalog/bundle.js';
import type { bundleCodes } from '../../../checks/catalog/bundle.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import { BOUNDS, BUNDLE, OUTSIDE } from './reasons.js';
import { wordsFor, type Phrase } from '../../types.js';
import { atLeast } from './words.js';

/** Pourquoi svgo n’a pas donné de logo optimisé; `detail` est le message d’erreur du worker. */
const NOT_OPTIMIZED = {
  timeout: (a) => `svgo a pris plus de ${a.seconds} s`,
  memory: (a) => `svgo a demandé plus de ${a.limit} Mio`,
  failed: (a) => `échec de svgo : ${a.detail}`,
  stopped: () => 'svgo s’est arrêté sans résultat',
} satisfies Record<(typeof IDS.NOT_OPTIMIZED)[number], Phrase>;


/** Pourquoi un chemin d’un paquet (une entrée, ou un chemin de son listing.json) n’est pas sûr à ouvrir; le sujet est « le chemin ». */
const UNSAFE_PATH = {
  backslash: () => 'contient une barre oblique inverse',
  absolute: () => 'est absolu',
  'climbs-out': () => 'remonte hors du dossier avec ".."',
  nul: () => 'contient NUL',
  'invalid-characters': () => 'contient des caractères interdits dans un nom de fichier',
  outside: () => 'se résout hors du paquet',
  'not-in-bundle': () => 'ne désigne pas un fichier du paquet',
  symlink: () => 'est un lien symbolique',
  folder: () => 'désigne un dossier, pas un fichier',
  'not-regular': () => 'ne désigne pas un fichier ordinaire (mais une FIFO, un périphérique ou un socket)',
  'not-listed': () => 'ne désigne pas un fichier listé dans manifest.json, ou passe par un lien symbolique',
} satisfies Record<(typeof IDS.UNSAFE_PATH)[number], Phrase>;


/** Pourquoi manifest.json n’est pas un manifeste; `detail` est le message de l’analyseur JSON. */
const MANIFEST_INVALID = {
  syntax: (a) => String(a.detail),
  shape: () => 'structure attendue : {"tool":{"name":"mde-partner"}, "files":[{"path","sha256"}]}',
} satisfies Record<(typeof IDS.MANIFEST_INVALID)[number], Phrase>;

/** Pourquoi le zip ne peut pas être lu en toute sécurité; `detail` est le message du lecteur zip. */
const ZIP_INVALID = {
  'not-regular': (a) => `${a.name} n’est pas un fichier ordinaire`,
  duplicate: (a) => `${a.name} apparaît deux fois`,
  encrypted: (a) => `${a.name} est chiffré`,
  'unreadable-entry': (a) => `${a.name} ne peut pas être lu`,
  zip: (a) => String(a.detail),
} satisfies Record<(typeof IDS.ZIP_INVALID)[number], Phrase>;

/** Codes de constat des paquets: la copie du logo qu’écrit `bundle`, et les paquets que reçoit `verify`. */
export const bundleWords = {
  BUNDLE_LOGO_NOT_OPTIMIZED: {
    title: 'Le logo n’a pas pu être optimisé pour le paquet',
    why: BOUNDS,
    explanation: `La copie du logo dans le paquet est optimisée avec svgo, qui s’exécute dans une limite de ${policy.logo.optimize.timeoutMs / 1000} s et de ${policy.logo.optimize.maxMemoryMb} Mio, afin qu’aucun logo ne puisse occuper \`bundle\` pendant des minutes. svgo ralentit avec le nombre de règles CSS multiplié par le nombre d’éléments auxquels elles s’appliquent. Rien n’est écrit en cas d’échec.`,
    fix: 'Remplacez les règles <style> par des attributs de présentation (fill="…") sur les éléments, fusionnez les tracés qui partagent un style et supprimez les règles inutilisées ; relancez ensuite `mde-partner bundle`.',
    message: (a) => `Le logo n’a pas pu être optimisé : ${wordsFor(NOT_OPTIMIZED, a)}.`,
  },
  BUNDLE_MANIFEST_MISSING: {
    title: 'Le paquet n’a pas de manifest.json',
    why: BUNDLE,
    explanation: 'Chaque paquet créé par `mde-partner bundle` liste ses fichiers avec leur SHA-256 dans manifest.json ; sans lui, rien ne peut être vérifié.',
    fix: 'Demandez un paquet créé par `mde-partner bundle`, ou créez-en un.',
    message: () => 'manifest.json est absent.',
  },
  BUNDLE_MANIFEST_INVALID: {
    title: 'Le manifest.json du paquet n’est pas un manifeste valide',
    why: BUNDLE,
    explanation: 'manifest.json doit être un JSON contenant le nom de l’outil et la liste des fichiers avec leur SHA-256.',
    fix: 'Recréez le paquet avec `mde-partner bundle`.',
    message: (a) => `manifest.json n’est pas un manifeste valide : ${wordsFor(MANIFEST_INVALID, a)}.`,
  },
  BUNDLE_FILE_MISSING: {
    title: 'Un fichier listé dans le manifeste est absent',
    why: BUNDLE,
    explanation: 'Chaque fichier de manifest.json doit se trouver dans le paquet.',
    fix: 'Recréez le paquet ; n’en retirez aucun fichier.',
    message: (a) => `${a.name} est listé dans manifest.json, mais absent.`,
  },
  BUNDLE_HASH_MISMATCH: {
    title: 'Un fichier diffère du manifeste',
    why: BUNDLE,
    explanation: 'Le SHA-256 d’un fichier ne correspond pas à manifest.json : il a été modifié après la création du paquet.',
    fix: 'Recréez le paquet après avoir modifié la fiche, plutôt que de modifier le paquet.',
    message: (a) => `${a.name} a été modifié après la création du paquet (SHA-256 ${a.actual}…, le manifeste indique ${a.expected}…).`,
  },
  BUNDLE_FILE_UNLISTED: {
    title: 'Un fichier n’est pas listé dans le manifeste',
    why: BUNDLE,
    explanation: 'Un paquet contient exactement les fichiers de manifest.json ; tout autre fichier a été ajouté après coup.',
    fix: 'Supprimez le fichier, ou recréez le paquet.',
    message: (a) => `${a.name} n’est pas listé dans manifest.json.`,
  },
  BUNDLE_LISTING_MISSING: {
    title: 'Le paquet n’a pas de listing.json',
    why: BUNDLE,
    explanation: 'Un paquet contient la fiche normalisée sous le nom listing.json ; sans elle, la fiche ne peut pas être validée.',
    fix: 'Recréez le paquet avec `mde-partner bundle`.',
    message: () => 'listing.json est absent du paquet.',
  },
  BUNDLE_PATH_TRAVERSAL: {
    title: 'Le chemin d’une entrée sort du paquet',
    why: OUTSIDE,
    explanation: 'Des noms d’entrée avec "..", des chemins absolus, des lettres de lecteur ou des barres obliques inverses pourraient écrire hors du dossier de décompression (« zip slip »). Chaque chemin que nomme un listing.json reçu (logo, entraManifest) doit désigner un fichier ordinaire du paquet, listé dans son manifeste ; un chemin absolu, "..", un lien symbolique, un dossier, une FIFO ou un périphérique feraient lire à verify quelque chose hors du paquet : un tel chemin n’est donc jamais ouvert.',
    fix: 'N’utilisez pas ce paquet ; demandez-en un nouveau, créé par `mde-partner bundle`.',
    message: (a) => (a.field ? `Le chemin ${a.name} (champ ${a.field} de listing.json) ${wordsFor(UNSAFE_PATH, a)} ; il n’a pas été ouvert.` : `Le chemin de l’entrée ${a.name} ${wordsFor(UNSAFE_PATH, a)}.`),
  },
  BUNDLE_SYMLINK: {
    title: 'Le paquet contient un lien symbolique',
    why: OUTSIDE,
    explanation: 'Un lien peut pointer n’importe où sur la machine qui décompresse le paquet ; un paquet ne contient que des fichiers ordinaires.',
    fix: 'N’utilisez pas ce paquet ; demandez-en un nouveau, créé par `mde-partner bundle`.',
    message: (a) => `${a.name} est un lien symbolique.`,
  },
  BUNDLE_TOO_MANY_ENTRIES: {
    title: 'Le paquet a trop d’entrées',
    why: BOUNDS,
    explanation: 'Un paquet compte une douzaine de fichiers ; au-delà de la limite, il est refusé avant toute décompression.',
    fix: 'N’utilisez pas ce paquet ; demandez-en un nouveau, créé par `mde-partner bundle`.',
    message: (a) => `Le paquet compte ${atLeast(a, 'count')} entrées ; la limite est de ${a.limit}.`,
  },
  BUNDLE_ENTRY_TOO_LARGE: {
    title: 'Un fichier du paquet est trop volumineux',
    why: BOUNDS,
    explanation: 'Les entrées et les paquets entiers qui dépassent les limites de taille sont refusés avant d’être lus ou décompressés.',
    fix: 'N’utilisez pas ce paquet ; demandez-en un nouveau, créé par `mde-partner bundle`.',
    message: (a) => `${a.name} fait ${atLeast(a)} octets ; la limite est de ${a.limit}.`,
  },
  BUNDLE_ZIP_BOMB: {
    title: 'Le paquet ressemble à une bombe de décompression',
    why: BOUNDS,
    explanation: 'Une entrée dont le taux de compression est invraisemblable pour du SVG et du texte, ou dont la taille décompressée dépasse les limites, est refusée sans être décompressée davantage.',
    fix: 'N’utilisez pas ce paquet ; demandez-en un nouveau, créé par `mde-partner bundle`.',
    message: (a) => `${a.name} atteindrait ${atLeast(a)} octets une fois décompressé (taux ${a.ratio}:1).`,
  },
  BUNDLE_ZIP_INVALID: {
    title: 'Le zip du paquet ne peut pas être lu',
    why: 'PKWARE APPNOTE.TXT (le format de fichier .ZIP)',
    explanation: 'Le zip est endommagé ou chiffré, contient des entrées en double ou spéciales, ou n’est pas un zip du tout.',
    fix: 'Demandez à nouveau le paquet, ou recréez-le avec `mde-partner bundle`.',
    message: (a) => `Le zip ne peut pas être lu en toute sécurité : ${wordsFor(ZIP_INVALID, a)}.`,
  },
} satisfies Record<keyof typeof bundleCodes, CodeWords>;
