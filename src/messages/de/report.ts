import type { ReportSubject } from '../types.js';
import type { ReportWords } from '../en/report.js';
import { formatFor } from '../format.js';

const { plural, number } = formatFor('de');

const SUBJECTS: Record<ReportSubject, { one: string; other: string }> = {
  listing: { one: '# Eintrag', other: '# Einträge' },
  bundle: { one: '# Paket', other: '# Pakete' },
  'User-Agent': { one: '# User-Agent', other: '# User-Agents' },
  capture: { one: '# Mitschnitt', other: '# Mitschnitte' },
};

const MORE: Record<ReportSubject, { one: string; other: string }> = {
  listing: { one: '# weiterer Eintrag', other: '# weitere Einträge' },
  bundle: { one: '# weiteres Paket', other: '# weitere Pakete' },
  'User-Agent': { one: '# weiterer User-Agent', other: '# weitere User-Agents' },
  capture: { one: '# weiterer Mitschnitt', other: '# weitere Mitschnitte' },
};

const errors = (n: number) => plural(n, { one: '# Fehler', other: '# Fehler' });
const warnings = (n: number) => plural(n, { one: '# Warnung', other: '# Warnungen' });

export const report = {
  severity: { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' },
  basis: { policy: '(Richtlinie von mde-partner)', reading: '(unsere Auslegung der Dokumentation)' },
  fix: 'Abhilfe:',
  at: 'Stelle:',
  noProblems: 'keine Probleme',

  checked: (a) =>
    `${plural(a.count, SUBJECTS[a.subject])} geprüft: ${errors(a.errors)}, ${warnings(a.warnings)}${a.notes ? `, ${plural(a.notes, { one: '# Hinweis', other: '# Hinweise' })}` : ''}`,
  passed: (a) => `${a.checked}.`,
  failed: (a) => `${a.checked}; ${number(a.failing)} nicht bestanden${a.strictWarnings ? ' (--strict: Warnungen zählen als Fehler)' : ''}.`,
  explainHint: 'Was ein Code bedeutet und wie Sie ihn beheben, zeigt `mde-partner explain CODE`.',

  expectedUserAgent: 'erwarteter User-Agent:',
  requestsOf: (a) =>
    `(${plural(a.requests, { one: '# Anforderung an Partner-APIs', other: '# Anforderungen an Partner-APIs' })} von ${plural(a.entries, { one: '# HAR-Eintrag', other: '# HAR-Einträgen' })})`,
  note: 'Hinweis:',
  preflightsSkipped: (a) =>
    `${plural(a.count, { one: '# CORS-Preflight-Anforderung an Partner-APIs wurde', other: '# CORS-Preflight-Anforderungen an Partner-APIs wurden' })} nicht bewertet: Diese OPTIONS-Anforderungen sendet der Browser selbst, mit seinem eigenen User-Agent.`,
  batchesNotInspected: (a) =>
    `${plural(a.count, { one: '# Graph-$batch-Anforderung wurde', other: '# Graph-$batch-Anforderungen wurden' })} nicht bewertet: Der Anforderungstext war zu groß, kein JSON oder Base64-codiert, daher sind die enthaltenen Aufrufe unbekannt.`,
  hostTable: { host: 'Host', api: 'API', requests: 'Anforderungen', right: 'korrekt', wrong: 'falsch' },

  githubTotals: (a) =>
    `mde-partner: ${plural(a.count, SUBJECTS[a.subject])}, ${errors(a.errors)}, ${warnings(a.warnings)}${a.failing ? ' – nicht bestanden' : ''}`,

  sarifFix: 'Abhilfe:',
  howToFix: 'So beheben Sie das Problem:',

  summaryHeading: (a) => `mde-partner: ${plural(a.count, SUBJECTS[a.subject])}`,
  summaryPassed: 'Bestanden',
  summaryFailed: 'Nicht bestanden',
  summaryCounts: (a) =>
    `${errors(a.errors)}, ${warnings(a.warnings)}${a.infos === undefined ? '' : `, ${plural(a.infos, { one: '# Hinweis', other: '# Hinweise' })}`}`,
  summaryStrict: '(strict: Warnungen zählen als Fehler)',
  summaryMoreEntries: (a) => `… und ${plural(a.count, MORE[a.subject])}`,
  summaryColumns: { code: 'Code', severity: 'Schweregrad', place: 'Stelle', message: 'Meldung', fix: 'Abhilfe' },
  summaryMoreFindings: (a) =>
    `… und ${plural(a.count, { one: '# weiterer Befund', other: '# weitere Befunde' })}: Das Protokoll des Schritts enthält alle (ebenso \`--format sarif\` und \`--format json\`).`,
  summaryNotWritten: (a) => `mde-partner: Warnung: Die Auftragszusammenfassung wurde nicht nach ${a.path} geschrieben (${a.reason}).`,

  explain: {
    severity: 'Schweregrad:',
    locked: ' (gesperrt: "rules" kann ihn erhöhen, aber nicht abschwächen)',
    basis: 'Grundlage:',
  },
} satisfies ReportWords;
