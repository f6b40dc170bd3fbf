import type * as IDS from '../../../checks/catalog/har.js';
import type { harCodes } from '../../../checks/catalog/har.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import type { Args } from '../../../checks/args.js';
import { formatFor } from '../../format.js';
import { wordsFor, type Phrase } from '../../types.js';
import { unreadableWords } from './files.js';
import { count } from './words.js';

const f = formatFor('fr');

/** Ce que devrait être une valeur de la capture (les rôles du lecteur, nommés pour une personne). */
const HAR_EXPECTED = {
  root: () => 'un objet JSON {"log": {"entries": [ … ]}} (HAR 1.2)',
  log: () => 'un objet contenant "entries"',
  entries: () => 'un tableau d’entrées',
  entry: () => 'un objet d’entrée contenant "request"',
  request: () => 'un objet de requête contenant "method", "url" et "headers"',
  headers: () => 'un tableau d’objets {"name", "value"}',
  header: () => 'un objet {"name", "value"}',
  string: () => 'une chaîne',
  object: () => 'un objet',
} satisfies Record<(typeof IDS.HAR_EXPECTED)[number], Phrase>;


/** Les types JSON trouvés à la place. */
const HAR_FOUND = {
  object: () => 'un objet', array: () => 'un tableau', string: () => 'une chaîne', number: () => 'un nombre', boolean: () => 'un booléen', null: () => 'null',
} satisfies Record<(typeof IDS.HAR_FOUND)[number], Phrase>;

/** Les erreurs de syntaxe de l’analyseur qui méritent nos propres mots; les autres gardent ceux de l’analyseur (`detail`). */
const HAR_SYNTAX = {
  'bad-escape': () => 'un caractère de contrôle ou un échappement incorrect dans une chaîne',
  unexpected: () => 'des caractères inattendus (après la fin de la valeur JSON ?)',
} satisfies Record<(typeof IDS.HAR_SYNTAX)[number], Phrase>;


const MiB = (bytes: unknown) => f.number(Number(bytes) / 1024 / 1024);

/** Pourquoi la capture n’est pas un fichier HAR utilisable. */
const HAR_REASONS = {
  empty: () => 'le fichier est vide',
  'cut-off': () => 'le fichier se termine avant la fin du JSON (la capture a-t-elle été interrompue ?)',
  syntax: (a) => `JSON non valide : ${a.cause === undefined ? String(a.detail) : wordsFor(HAR_SYNTAX, a, 'cause')}`,
  type: (a) => `${a.pointer || 'la racine'} devrait être ${wordsFor(HAR_EXPECTED, a, 'expected')}, mais c’est ${wordsFor(HAR_FOUND, a, 'foundType')}`,
  missing: (a) => `${a.pointer} est absent`,
  'too-deep': (a) => `des valeurs sont imbriquées sur plus de ${a.limit} niveaux`,
  unreadable: (a: Args) => `le fichier ${unreadableWords({ reason: a.unreadable, errno: a.errno })}`,
  'too-large': (a) => `le fichier fait ${a.size} octets ; les captures de plus de ${a.limit} octets (${MiB(a.limit)} Mio) ne sont pas lues`,
  grew: (a) => `le fichier a dépassé ${a.limit} octets pendant sa lecture`,
  gzip: () => 'le fichier est compressé avec gzip ; décompressez-le (gunzip) et auditez le .har qu’il contient',
  zip: () => 'le fichier est une archive zip ; décompressez-la et auditez le .har qu’elle contient',
  utf16: () => 'le fichier est encodé en UTF-16 ; enregistrez-le en UTF-8',
  'not-absolute-url': (a) => `${a.pointer} n’est pas une URL absolue : ${a.url}`,
} satisfies Record<(typeof IDS.HAR_REASONS)[number], Phrase>;


/** Codes de constat des captures HAR (ua audit). */
export const harWords = {
  HAR_INVALID: {
    title: 'La capture ne peut pas être lue comme un fichier HAR 1.2',
    why: 'Format HTTP Archive (HAR) 1.2',
    explanation: `\`ua audit\` lit les fichiers HAR 1.2 (HTTP Archive, tels que les exportent les outils de développement des navigateurs, mitmproxy et Fiddler) : un objet JSON {"log": {"entries": [ … ]}} dont les entrées ont une requête avec une méthode, une URL absolue et un tableau headers d’objets {"name", "value"}. Le fichier est lu en flux, jamais chargé en entier ; les fichiers de plus de ${Math.round(policy.har.maxBytes / 1024 / 1024)} Mio et les imbrications de plus de ${policy.har.maxDepth} niveaux sont refusés. Seul ce dont l’audit a besoin est vérifié : les autres membres peuvent être absents ou de n’importe quel type.`,
    fix: 'Exportez à nouveau la capture au format HAR (voir docs/ua-audit.md, section « Making a capture »), ou corrigez le fichier à l’endroit indiqué.',
    message: (a) => `La capture n’est pas un fichier HAR utilisable : ${wordsFor(HAR_REASONS, a)}.`,
  },
  HAR_NO_PARTNER_API_CALLS: {
    title: 'La capture ne contient aucune requête vers une API MDE ou l’API de sécurité Graph',
    why: 'Un audit qui n’a vérifié aucune requête ne prouve pas que le User-Agent est envoyé. D’où un avertissement.',
    explanation: 'Rien dans la capture n’a pu être vérifié : aucune requête ne va vers un hôte d’API MDE ni vers un chemin de l’API de sécurité Graph (/v1.0/security/…, /beta/security/… sur un hôte Graph de n’importe quel cloud, y compris dans un $batch Graph). Les requêtes de jeton (login.microsoftonline.com…) et les autres appels Graph ne sont pas comptés. Les requêtes de pré-vérification CORS (les requêtes OPTIONS qu’un navigateur envoie avec son propre User-Agent) et les requêtes $batch dont le corps n’a pas pu être lu sont comptées à part et ne sont pas évaluées. Un audit qui n’a rien vérifié ne prouve pas que le User-Agent est envoyé.',
    fix: 'Faites une capture pendant que l’intégration appelle les API MDE ou l’API de sécurité Graph (pour un client côté serveur, via mitmproxy ou Fiddler), puis auditez cette capture.',
    message: (a) => {
      if (a.entries === 0) return 'La capture ne contient aucune requête (log.entries est vide).';
      const apart = [
        a.preflights ? count(a.preflights, 'est une requête de pré-vérification CORS (envoyée par le navigateur avec son propre User-Agent)', 'sont des requêtes de pré-vérification CORS (envoyées par le navigateur avec son propre User-Agent)') : '',
        a.uninspected ? count(a.uninspected, 'est une requête $batch Graph dont le corps n’a pas pu être lu', 'sont des requêtes $batch Graph dont le corps n’a pas pu être lu') : '',
      ].filter(Boolean);
      const entries = Number(a.entries);
      return apart.length === 0
        ? f.plural(entries, {
          one: 'La seule requête de la capture ne va ni vers un hôte d’API MDE ni vers un chemin de l’API de sécurité Graph.',
          other: 'Aucune des # requêtes de la capture ne va vers un hôte d’API MDE ou un chemin de l’API de sécurité Graph.',
        })
        : f.plural(entries, {
          one: `La seule requête de la capture n’a pas pu être évaluée : ${f.list(apart)}.`,
          other: `Aucune des # requêtes de la capture n’a pu être évaluée : ${f.list(apart)}, et aucune autre ne va vers un hôte d’API MDE ou un chemin de l’API de sécurité Graph.`,
        });
    },
  },
} satisfies Record<keyof typeof harCodes, CodeWords>;
