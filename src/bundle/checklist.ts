import type { Code } from '../checks/catalog.js';
import type { Finding } from '../checks/finding.js';
import { earliestPressRelease, type Onboarding, type OnboardingTask, type TaskStatus } from '../checks/onboarding.js';
import { requirements, sources, type DocSource, type SourceId } from '../domain/requirements.js';
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

const step = (id: ChecklistStep['id'], items: ChecklistItem[]): ChecklistStep => {
  const data: StepData = requirements.steps.find((s) => s.id === id)!;
  return {
    id, title: data.title, summary: data.summary,
    from: data.from.map(({ source, section }) => ({ source, section })),
    history: data.history,
    links: data.links.map(linkOf),
    items,
  };
};

/** The press release's earliest date is ours, not Microsoft's: this sentence goes wherever the date is shown. */
export function earliestNote(earliest: string, reviewStart: string): string {
  return `earliest publication ${earliest}: our estimate, ${requirements.pressRelease.reviewDays} days after it was submitted for review on ${reviewStart}, not a date Microsoft gives; publish only once the review is done`;
}

/**
 * The four-step checklist of DESIGN §2 for one listing: the six listing items (and the User-Agent
 * prerequisite of MISA) are verified by the findings; the rest is manual state from "onboarding".
 * Pure: the same listing and findings always give the same checklist (no "today").
 */
export function buildChecklist(listingPath: string, listing: Record<string, unknown>, findings: Finding[]): Checklist {
  const onboarding = (listing.onboarding ?? {}) as Onboarding;
  const release = onboarding.pressRelease;
  const earliest = earliestPressRelease(release?.reviewStart);
  const pressRelease: ChecklistItem = {
    ...manual('pressRelease', `Press release naming MDE: should be reviewed by Microsoft's marketing and engineering teams (wait at least ${requirements.pressRelease.reviewDays} days)`, release),
    ...(release?.reviewStart ? { reviewStart: release.reviewStart } : {}),
    ...(earliest && release?.reviewStart ? { earliest, earliestNote: earliestNote(earliest, release.reviewStart) } : {}),
  };
  const steps = [
    step('license', [manual('license', 'MDE license or trial tenant to develop and test against', onboarding.license)]),
    step('validation', [
      manual('customerApproval', 'Joint customer approved the integration design (Partner Application page, Defender portal)', onboarding.customerApproval),
      manual('demo', 'Integration tested and demoed to the MDE team', onboarding.demo),
    ]),
    step('misa', [
      verified('userAgent', 'User-Agent in the required form (a stated MISA prerequisite)', findings),
      manual('misa', 'MISA nomination — confirm the details with your Microsoft contact', onboarding.misa),
    ]),
    step('listing', [
      verified('listingFile', 'mde-partner.json matches the listing schema', findings),
      verified('logo', 'Square SVG logo', findings),
      verified('productName', 'Product name', findings),
      verified('description', `${requirements.description.words}-word product description`, findings),
      verified('landingPage', 'Landing page or blog post for customers', findings),
      verified('entraAppName', 'Microsoft Entra application name (multi-tenant app)', findings, listing.multiTenant !== false),
      verified('userAgent', 'User-Agent on every MDE / Graph Security API call', findings),
      pressRelease,
    ]),
  ];
  const items = steps.flatMap((s) => s.items);
  return {
    version: 1,
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

function describeItem(item: ChecklistItem): string {
  const parts: string[] = [];
  if (item.kind === 'verified') {
    parts.push(item.state === 'passed' ? 'verified' : item.state === 'warning' ? `verified, with warnings: ${item.codes?.join(', ')}` : item.state === 'failing' ? `FAILING: ${item.codes?.join(', ')}` : 'not applicable');
  } else {
    parts.push(item.state === 'todo' ? 'to do' : item.state);
    if (item.date) parts.push(`date ${item.date}`);
  }
  if (item.earliestNote) parts.push(item.earliestNote);
  if (item.note) parts.push(item.note);
  return parts.join('; ');
}

/** The number a source has in the Sources list: its place in checklist.sources, from 1. */
const sourceNumber = (checklist: Checklist, id: SourceId) => Object.keys(checklist.sources).indexOf(id) + 1;

/** "en, 2025-03-26, the current page [1]": language, date and the Sources entry of a page. */
function sourceRef(checklist: Checklist, id: SourceId): string {
  const source = checklist.sources[id];
  return `${source.lang}, ${source.date ?? 'undated'}${id === 'current' ? ', the current page' : ''} [${sourceNumber(checklist, id)}]`;
}

function sourceLine(checklist: Checklist, id: SourceId): string {
  const source = checklist.sources[id];
  return `${source.title} — ${source.lang}, ${source.date ?? 'no dated copy'}${id === 'current' ? ' (the current page)' : ''}. ${source.where}`;
}

const SOURCES_INTRO = 'Microsoft\'s pages that the steps and the checked rules come from; [n] in a step refers to this list.';

/** Markdown: the CHECKLIST.md body (steps with where they come from, their items as task lists, the sources). */
export function checklistMarkdown(checklist: Checklist): string {
  const steps = checklist.steps.map((s, i) => [
    `## ${i + 1}. ${s.title}`,
    '',
    s.summary,
    '',
    'Where this step comes from:',
    '',
    ...s.from.map(({ source, section }) => `- ${section} — ${sourceRef(checklist, source)}`),
    '',
    `Earlier versions: ${s.history}`,
    '',
    `Links: ${s.links.map((link) => `[${link.title}](${link.url})`).join(', ')}`,
    '',
    ...s.items.map((item) => `- ${MARK[item.state]} ${item.title} — ${describeItem(item)}`),
  ].join('\n'));
  const ids = Object.keys(checklist.sources) as SourceId[];
  const list = ids.map((id, i) => {
    const url = checklist.sources[id].url;
    return `${i + 1}. ${sourceLine(checklist, id)}${url ? ` — <${url}>` : ''}`;
  });
  return [...steps, ['## Sources', '', SOURCES_INTRO, '', ...list].join('\n')].join('\n\n');
}

/** Plain text for the terminal. */
export function checklistText(checklist: Checklist): string {
  const lines = [
    `Checklist for ${checklist.listing}`,
    `Verified items are checked against Microsoft's current partner page (${checklist.docsDate}); each step names the pages it comes from.`,
    '',
  ];
  checklist.steps.forEach((s, i) => {
    lines.push(`${i + 1}. ${s.title}`);
    s.from.forEach(({ source, section }, n) => lines.push(`   ${n === 0 ? 'From:' : '     '} ${section} (${sourceRef(checklist, source)})`));
    lines.push(`   Earlier versions: ${s.history}`);
    for (const link of s.links) lines.push(`   ${link.title}: ${link.url}`);
    for (const item of s.items) lines.push(`   ${MARK[item.state]} ${item.title}`, `       ${describeItem(item)}`);
    lines.push('');
  });
  lines.push('Sources', `   ${SOURCES_INTRO}`);
  (Object.keys(checklist.sources) as SourceId[]).forEach((id, i) => {
    const url = checklist.sources[id].url;
    lines.push(`   [${i + 1}] ${sourceLine(checklist, id)}`, ...(url ? [`       ${url}`] : []));
  });
  lines.push('');
  const { verified: ok, failing, manualOpen } = checklist.summary;
  lines.push(`${ok} verified, ${failing} failing, ${manualOpen} manual item${manualOpen === 1 ? '' : 's'} open.`);
  return `${lines.join('\n')}\n`;
}
