import type { ReportSubject } from '../types.js';
import type { ReportWords } from '../en/report.js';
import { formatFor } from '../format.js';

const { plural, number } = formatFor('fr');

type Forms = { one: string; other: string };

const SUBJECTS: Record<ReportSubject, Forms> = {
  listing: { one: '# fiche', other: '# fiches' },
  bundle: { one: '# dossier', other: '# dossiers' },
  'User-Agent': { one: '# User-Agent', other: '# User-Agent' },
  capture: { one: '# capture', other: '# captures' },
};

/** « vérifié » agrees with what was checked. */
const CHECKED: Record<ReportSubject, Forms> = {
  listing: { one: '# fiche vérifiée', other: '# fiches vérifiées' },
  bundle: { one: '# dossier vérifié', other: '# dossiers vérifiés' },
  'User-Agent': { one: '# User-Agent vérifié', other: '# User-Agent vérifiés' },
  capture: { one: '# capture vérifiée', other: '# captures vérifiées' },
};

const MORE: Record<ReportSubject, Forms> = {
  listing: { one: '# autre fiche', other: '# autres fiches' },
  bundle: { one: '# autre dossier', other: '# autres dossiers' },
  'User-Agent': { one: '# autre User-Agent', other: '# autres User-Agent' },
  capture: { one: '# autre capture', other: '# autres captures' },
};

const errors = (n: number) => plural(n, { one: '# erreur', other: '# erreurs' });
const warnings = (n: number) => plural(n, { one: '# avertissement', other: '# avertissements' });

export const report = {
  severity: { error: 'erreur', warning: 'avertissement', info: 'info' },
  basis: { policy: '(règle propre à mde-partner)', reading: '(notre lecture de la documentation)' },
  fix: 'correction :',
  at: 'emplacement :',
  noProblems: 'aucun problème',

  checked: (a) =>
    `${plural(a.count, CHECKED[a.subject])} : ${errors(a.errors)}, ${warnings(a.warnings)}${a.notes ? `, ${plural(a.notes, { one: '# remarque', other: '# remarques' })}` : ''}`,
  passed: (a) => `${a.checked}.`,
  failed: (a) => `${a.checked} ; ${number(a.failing)} en échec${a.strictWarnings ? ' (--strict : les avertissements comptent comme des erreurs)' : ''}.`,
  explainHint: 'Pour savoir ce que signifie un code et comment le corriger, lancez « mde-partner explain CODE ».',

  expectedUserAgent: 'User-Agent attendu :',
  requestsOf: (a) =>
    `(${plural(a.requests, { one: '# requête vers les API partenaires', other: '# requêtes vers les API partenaires' })} sur ${plural(a.entries, { one: '# entrée', other: '# entrées' })})`,
  note: 'remarque :',
  preflightsSkipped: (a) =>
    plural(a.count, {
      one: '# requête de pré-vérification CORS vers les API partenaires n’a pas été évaluée : le navigateur l’envoie lui-même (méthode OPTIONS), avec son propre User-Agent.',
      other: '# requêtes de pré-vérification CORS vers les API partenaires n’ont pas été évaluées : le navigateur les envoie lui-même (méthode OPTIONS), avec son propre User-Agent.',
    }),
  batchesNotInspected: (a) =>
    plural(a.count, {
      one: '# requête Graph $batch n’a pas été évaluée : son corps est trop volumineux, n’est pas du JSON ou est encodé en base64, les appels qu’elle contient sont donc inconnus.',
      other: '# requêtes Graph $batch n’ont pas été évaluées : leur corps est trop volumineux, n’est pas du JSON ou est encodé en base64, les appels qu’elles contiennent sont donc inconnus.',
    }),
  hostTable: { host: 'hôte', api: 'API', requests: 'requêtes', right: 'correctes', wrong: 'incorrectes' },

  githubTotals: (a) =>
    `mde-partner: ${plural(a.count, SUBJECTS[a.subject])}, ${errors(a.errors)}, ${warnings(a.warnings)}${a.failing ? ' – en échec' : ''}`,

  sarifFix: 'Correction :',
  howToFix: 'Comment corriger :',

  summaryHeading: (a) => `mde-partner: ${plural(a.count, SUBJECTS[a.subject])}`,
  summaryPassed: 'Réussi',
  summaryFailed: 'Échec',
  summaryCounts: (a) =>
    `${errors(a.errors)}, ${warnings(a.warnings)}${a.infos === undefined ? '' : `, ${plural(a.infos, { one: '# information', other: '# informations' })}`}`,
  summaryStrict: '(strict : les avertissements comptent comme des erreurs)',
  summaryMoreEntries: (a) => `… et ${plural(a.count, MORE[a.subject])}`,
  summaryColumns: { code: 'Code', severity: 'Gravité', place: 'Emplacement', message: 'Message', fix: 'Correction' },
  summaryMoreFindings: (a) =>
    `… et ${plural(a.count, { one: '# autre constat', other: '# autres constats' })} : le journal de l’étape les contient tous (tout comme \`--format sarif\` et \`--format json\`).`,
  summaryNotWritten: (a) => `mde-partner: avertissement : le résumé du travail n’a pas été écrit dans ${a.path} (${a.reason}).`,

  explain: {
    severity: 'gravité :',
    locked: ' (verrouillée : "rules" peut la relever, pas l’assouplir)',
    basis: 'fondement :',
  },
} satisfies ReportWords;
