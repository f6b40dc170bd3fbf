import type { Code } from '../checks/catalog.js';
import type { Finding } from '../checks/finding.js';
import { earliestPressRelease, type Onboarding, type OnboardingTask, type TaskStatus } from '../checks/onboarding.js';
import { requirements } from '../domain/requirements.js';

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
  /** For the press release: the first day it may be published. */
  earliest?: string;
  note?: string;
}

export interface ChecklistStep {
  id: (typeof requirements.steps)[number]['id'];
  title: string;
  summary: string;
  items: ChecklistItem[];
}

export interface Checklist {
  version: 1;
  docsDate: string;
  listing: string;
  steps: ChecklistStep[];
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
  const data = requirements.steps.find((s) => s.id === id)!;
  return { id, title: data.title, summary: data.summary, items };
};

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
    ...manual('pressRelease', `Press release naming MDE reviewed by Microsoft (at least ${requirements.pressRelease.reviewDays} days)`, release),
    ...(earliest ? { earliest } : {}),
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
  if (item.earliest) parts.push(`publish on ${item.earliest} or later`);
  if (item.note) parts.push(item.note);
  return parts.join('; ');
}

/** Markdown: the CHECKLIST.md body (steps with their items as task lists). */
export function checklistMarkdown(checklist: Checklist): string {
  return checklist.steps.map((s, i) => [
    `## ${i + 1}. ${s.title}`,
    '',
    s.summary,
    '',
    ...s.items.map((item) => `- ${MARK[item.state]} ${item.title} — ${describeItem(item)}`),
  ].join('\n')).join('\n\n');
}

/** Plain text for the terminal. */
export function checklistText(checklist: Checklist): string {
  const lines = [`Checklist for ${checklist.listing} (Microsoft docs of ${checklist.docsDate})`, ''];
  checklist.steps.forEach((s, i) => {
    lines.push(`${i + 1}. ${s.title}`);
    for (const item of s.items) lines.push(`   ${MARK[item.state]} ${item.title}`, `       ${describeItem(item)}`);
    lines.push('');
  });
  const { verified: ok, failing, manualOpen } = checklist.summary;
  lines.push(`${ok} verified, ${failing} failing, ${manualOpen} manual item${manualOpen === 1 ? '' : 's'} open.`);
  return `${lines.join('\n')}\n`;
}
