import type { Code } from '../checks/catalog.js';
import type { Finding } from '../checks/finding.js';
import { earliestPressRelease, type Onboarding, type OnboardingTask, type TaskStatus } from '../checks/onboarding.js';
import { requirements, sources, type DocSource, type SourceId } from '../domain/requirements.js';
import { formatFor } from '../messages/format.js';
import type { ChecklistWords } from '../messages/checklist.js';
import type { Locale } from '../messages/locale.js';
import { linkOf, type Link } from './links.js';

export type ItemState = 'passed' | 'warning' | 'failing' | TaskStatus;

export interface ChecklistItem {
  id: string;
  title: string;
  /** verified: decided by the checks; manual: the state recorded in the listing's "onboarding". */
  kind: 'verified' | 'manual';
  state: ItemState;
  /** For verified items: the codes of the findings that fail or warn. */
  codes?: Code[];
  date?: string;
  /** For the press release: when it was submitted for Microsoft's review. */
  reviewStart?: string;
  /**
   * For the press release: our estimate of the first day it can be published (reviewStart + the
   * review period); Microsoft's page gives no date. `earliestNote` says so in words.
   */
  earliest?: string;
  earliestNote?: string;
  note?: string;
}

type StepData = (typeof requirements.steps)[number];

export interface ChecklistStep {
  id: StepData['id'];
  title: string;
  /** For a translated title: the heading of the page in that language it is worded after. */
  titleFrom?: { source: SourceId; heading: string; changed?: string };
  summary: string;
  /** Which pages put this step where: a key of Checklist.sources and the section of that page. */
  from: Array<{ source: SourceId; section: string }>;
  /** What older versions of the pages said differently. */
  history: string;
  links: Link[];
  items: ChecklistItem[];
}

export interface Checklist {
  version: 1;
  /** The language of the words (titles, summaries, notes); ids, states, codes and dates do not change with it. */
  language: Locale;
  /** The date of Microsoft's current partner page, which the verified items are checked against. */
  docsDate: string;
  listing: string;
  steps: ChecklistStep[];
  /** Every page the steps come from, with its language and date. */
  sources: Record<SourceId, DocSource>;
  summary: { verified: number; failing: number; manualOpen: number };
}

type Verified = 'listingFile' | 'logo' | 'productName' | 'description' | 'landingPage' | 'entraAppName' | 'userAgent';

/** Which listing item a finding belongs to: by the field it points at, else by its code. */
function itemOf(finding: Finding): Verified {
  const field = finding.field?.split('/')[1];
  if (field === 'logo' || finding.code.startsWith('SVG_') || finding.code.startsWith('LOGO_')) return 'logo';
  if (field === 'productName' || finding.code.startsWith('PRODUCT_NAME_')) return 'productName';
  if (field === 'description') return 'description';
  if (field === 'landingPage') return 'landingPage';
  if (field === 'entraAppName' || field === 'multiTenant' || finding.code.startsWith('ENTRA_')) return 'entraAppName';
  // The company name is not a listing item of its own: it is the User-Agent's {CompanyName}.
  if (field === 'userAgent' || field === 'productVersion' || field === 'companyName' || finding.code.startsWith('USER_AGENT_')) return 'userAgent';
  return 'listingFile';
}

function verified(id: Verified, title: string, findings: Finding[], applicable = true): ChecklistItem {
  if (!applicable) return { id, title, kind: 'verified', state: 'not-applicable' };
  const mine = findings.filter((f) => itemOf(f) === id && f.severity !== 'info');
  const codes = [...new Set(mine.map((f) => f.code))];
  const state: ItemState = mine.some((f) => f.severity === 'error') ? 'failing' : mine.length > 0 ? 'warning' : 'passed';
  return { id, title, kind: 'verified', state, ...(codes.length ? { codes } : {}) };
}

function manual(id: keyof Onboarding, title: string, task: OnboardingTask | undefined): ChecklistItem {
  return {
    id, title, kind: 'manual', state: task?.status ?? 'todo',
    ...(task?.date ? { date: task.date } : {}),
    ...(task?.note ? { note: task.note } : {}),
  };
}

function step(id: ChecklistStep['id'], items: ChecklistItem[], words: ChecklistWords): ChecklistStep {
  const data: StepData = requirements.steps.find((s) => s.id === id)!;
  const own = words.steps[id];
  return {
    id, title: own.title,
    ...(own.titleFrom ? { titleFrom: { ...own.titleFrom } } : {}),
    summary: own.summary,
    from: data.from.map(({ source }) => ({ source, section: own.sections[source] })),
    history: own.history,
    links: data.links.map((link) => linkOf(link, words.linkTitles)),
    items,
  };
}

/** The press release's earliest date is ours, not Microsoft's: this sentence goes wherever the date is shown. */
export function earliestNote(earliest: string, reviewStart: string, words: ChecklistWords): string {
  const { date } = formatFor(words.language);
  return words.earliestNote({ earliest: date(earliest), reviewStart: date(reviewStart), days: formatFor(words.language).number(requirements.pressRelease.reviewDays) });
}

/**
 * The four-step checklist of DESIGN §2 for one listing, in the language of `words` (loadChecklist):
 * the six listing items (and the User-Agent prerequisite of MISA) are verified by the findings; the
 * rest is manual state from "onboarding". Pure: the same listing, findings and words always give the
 * same checklist (no "today").
 */
export function buildChecklist(listingPath: string, listing: Record<string, unknown>, findings: Finding[], words: ChecklistWords): Checklist {
  const onboarding = (listing.onboarding ?? {}) as Onboarding;
  const release = onboarding.pressRelease;
  const earliest = earliestPressRelease(release?.reviewStart);
  const t = words.items;
  const { number } = formatFor(words.language);
  const pressRelease: ChecklistItem = {
    ...manual('pressRelease', t.pressRelease({ days: number(requirements.pressRelease.reviewDays) }), release),
    ...(release?.reviewStart ? { reviewStart: release.reviewStart } : {}),
    ...(earliest && release?.reviewStart ? { earliest, earliestNote: earliestNote(earliest, release.reviewStart, words) } : {}),
  };
  const steps = [
    step('license', [manual('license', t.license, onboarding.license)], words),
    step('validation', [
      manual('customerApproval', t.customerApproval, onboarding.customerApproval),
      manual('demo', t.demo, onboarding.demo),
    ], words),
    step('misa', [
      verified('userAgent', t.userAgentMisa, findings),
      manual('misa', t.misa, onboarding.misa),
    ], words),
    step('listing', [
      verified('listingFile', t.listingFile, findings),
      verified('logo', t.logo, findings),
      verified('productName', t.productName, findings),
      verified('description', t.description({ words: number(requirements.description.words) }), findings),
      verified('landingPage', t.landingPage, findings),
      verified('entraAppName', t.entraAppName, findings, listing.multiTenant !== false),
      verified('userAgent', t.userAgent, findings),
      pressRelease,
    ], words),
  ];
  const items = steps.flatMap((s) => s.items);
  return {
    version: 1,
    language: words.language,
    docsDate: requirements.docsDate,
    listing: listingPath,
    steps,
    sources,
    summary: {
      verified: items.filter((i) => i.kind === 'verified' && (i.state === 'passed' || i.state === 'warning')).length,
      failing: items.filter((i) => i.state === 'failing').length,
      manualOpen: items.filter((i) => i.kind === 'manual' && (i.state === 'todo' || i.state === 'in-progress')).length,
    },
  };
}

const MARK: Record<ItemState, string> = {
  passed: '[x]', warning: '[x]', done: '[x]', 'not-applicable': '[-]', failing: '[ ]', todo: '[ ]', 'in-progress': '[ ]',
};

function describeItem(item: ChecklistItem, words: ChecklistWords): string {
  const { state } = words;
  const codes = item.codes?.join(', ') ?? '';
  const parts: string[] = [];
  if (item.kind === 'verified') {
    parts.push(item.state === 'passed' ? state.verified : item.state === 'warning' ? state.verifiedWithWarnings({ codes }) : item.state === 'failing' ? state.failing({ codes }) : state.notApplicable);
  } else {
    parts.push(item.state === 'todo' ? state.todo : item.state === 'in-progress' ? state.inProgress : item.state === 'done' ? state.done : state.notApplicable);
    if (item.date) parts.push(words.date({ day: formatFor(words.language).date(item.date) }));
  }
  if (item.earliestNote) parts.push(item.earliestNote);
  if (item.note) parts.push(item.note);
  return parts.join(words.separator);
}

/** The number a source has in the Sources list: its place in checklist.sources, from 1. */
const sourceNumber = (checklist: Checklist, id: SourceId) => Object.keys(checklist.sources).indexOf(id) + 1;

/** "en, March 26, 2025, the current page [1]": language, date and the Sources entry of a page. */
function sourceRef(checklist: Checklist, id: SourceId, words: ChecklistWords): string {
  const source = checklist.sources[id];
  const date = source.date ? formatFor(words.language).date(source.date) : undefined;
  return words.sourceRef({ lang: source.lang, ...(date ? { date } : {}), current: id === 'current', n: sourceNumber(checklist, id) });
}

function sourceLine(checklist: Checklist, id: SourceId, words: ChecklistWords): string {
  const source = checklist.sources[id];
  const date = source.date ? formatFor(words.language).date(source.date) : undefined;
  return words.sourceLine({ title: words.sourceTitles[id], lang: source.lang, ...(date ? { date } : {}), current: id === 'current', where: words.sourceWhere[id] });
}

/** Where a translated step title is worded from, or nothing for our own (English) titles. */
function titleFromLine(checklist: Checklist, s: ChecklistStep, words: ChecklistWords): string | undefined {
  if (!s.titleFrom) return undefined;
  const { source, heading, changed } = s.titleFrom;
  return words.titleFrom({ heading, ref: sourceRef(checklist, source, words), ...(changed ? { changed } : {}) });
}

/** Markdown: the CHECKLIST.md body (steps with where they come from, their items as task lists, the sources), in the checklist's language. */
export function checklistMarkdown(checklist: Checklist, words: ChecklistWords): string {
  const steps = checklist.steps.map((s, i) => {
    const titleFrom = titleFromLine(checklist, s, words);
    return [
      `## ${i + 1}. ${s.title}`,
      '',
      ...(titleFrom ? [`_${titleFrom}_`, ''] : []),
      s.summary,
      '',
      words.whereFrom,
      '',
      ...s.from.map(({ source, section }) => `- ${section} — ${sourceRef(checklist, source, words)}`),
      '',
      `${words.earlierVersions} ${s.history}`,
      '',
      `${words.linksLabel} ${s.links.map((link) => `[${link.title}](${link.url})`).join(', ')}`,
      '',
      ...s.items.map((item) => `- ${MARK[item.state]} ${item.title} — ${describeItem(item, words)}`),
    ].join('\n');
  });
  const ids = Object.keys(checklist.sources) as SourceId[];
  const list = ids.map((id, i) => {
    const url = checklist.sources[id].url;
    return `${i + 1}. ${sourceLine(checklist, id, words)}${url ? ` — <${url}>` : ''}`;
  });
  return [...steps, [`## ${words.sourcesHeading}`, '', words.sourcesIntro, '', ...list].join('\n')].join('\n\n');
}

/** Plain text for the terminal, in the checklist's language. */
export function checklistText(checklist: Checklist, words: ChecklistWords): string {
  const format = formatFor(words.language);
  const lines = [
    words.text.heading({ listing: checklist.listing }),
    words.text.intro({ docsDate: format.date(checklist.docsDate) }),
    '',
  ];
  const from = words.text.from;
  checklist.steps.forEach((s, i) => {
    lines.push(`${i + 1}. ${s.title}`);
    const titleFrom = titleFromLine(checklist, s, words);
    if (titleFrom) lines.push(`   ${titleFrom}`);
    s.from.forEach(({ source, section }, n) => lines.push(`   ${n === 0 ? from : ' '.repeat(displayWidth(from))} ${section} (${sourceRef(checklist, source, words)})`));
    lines.push(`   ${words.earlierVersions} ${s.history}`);
    for (const link of s.links) lines.push(`   ${link.title}: ${link.url}`);
    for (const item of s.items) lines.push(`   ${MARK[item.state]} ${item.title}`, `       ${describeItem(item, words)}`);
    lines.push('');
  });
  lines.push(words.sourcesHeading, `   ${words.sourcesIntro}`);
  (Object.keys(checklist.sources) as SourceId[]).forEach((id, i) => {
    const url = checklist.sources[id].url;
    lines.push(`   [${i + 1}] ${sourceLine(checklist, id, words)}`, ...(url ? [`       ${url}`] : []));
  });
  lines.push('');
  const { verified: ok, failing, manualOpen } = checklist.summary;
  const { text } = words;
  lines.push(text.summary({ verified: format.plural(ok, text.verified), failing: format.plural(failing, text.failing), open: format.plural(manualOpen, text.manualOpen) }));
  return `${lines.join('\n')}\n`;
}

/** Columns a label takes in a terminal: East Asian wide characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}
