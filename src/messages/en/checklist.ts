import { LINK_TITLES, type LinkId } from '../../bundle/links.js';
import { requirements, sources, type SourceId } from '../../domain/requirements.js';
import type { PluralForms } from '../format.js';
import type { Locale } from '../locale.js';

export type StepId = (typeof requirements.steps)[number]['id'];
/** The pages every step cites (requirements.steps[].from): the current page and its three translations. */
export type StepSourceId = 'current' | 'de-2021-04' | 'fr-2021-11' | 'ja-2022-01';

/** One onboarding step in one language. */
export interface StepWords {
  title: string;
  /**
   * Where a translated title's wording comes from: the heading of the page in that language (absent in
   * English, whose short titles are ours). `changed` says what was changed from the heading, if anything.
   */
  titleFrom?: { source: SourceId; heading: string; changed?: string };
  summary: string;
  history: string;
  /** The section of each page the step is taken from, as the reader reads it. */
  sections: Record<StepSourceId, string>;
}

const englishSteps = Object.fromEntries(requirements.steps.map((step) => [step.id, {
  title: step.title,
  summary: step.summary,
  history: step.history,
  sections: Object.fromEntries(step.from.map(({ source, section }) => [source, section])) as Record<StepSourceId, string>,
} satisfies StepWords])) as Record<StepId, StepWords>;

/**
 * The checklist's words: the four steps, their items and states, where each comes from, and the
 * `checklist` command's text. The English steps are requirements.steps (what Microsoft's current page
 * says, in its words); the page titles are the pages' own.
 */
export const checklist = {
  language: 'en' as Locale,
  steps: englishSteps,
  items: {
    license: 'MDE license or trial tenant to develop and test against',
    customerApproval: 'Joint customer approved the integration design (Partner Application page, Defender portal)',
    demo: 'Integration tested and demoed to the MDE team',
    userAgentMisa: 'User-Agent in the required form (a stated MISA prerequisite)',
    misa: 'MISA nomination — confirm the details with your Microsoft contact',
    listingFile: 'mde-partner.json matches the listing schema',
    logo: 'Square SVG logo',
    productName: 'Product name',
    description: (a: { words: string }) => `${a.words}-word product description`,
    landingPage: 'Landing page or blog post for customers',
    entraAppName: 'Microsoft Entra application name (multi-tenant app)',
    userAgent: 'User-Agent on every MDE / Graph Security API call',
    pressRelease: (a: { days: string }) => `Press release naming MDE: should be reviewed by Microsoft's marketing and engineering teams (wait at least ${a.days} days)`,
  },
  state: {
    verified: 'verified',
    verifiedWithWarnings: (a: { codes: string }) => `verified, with warnings: ${a.codes}`,
    failing: (a: { codes: string }) => `FAILING: ${a.codes}`,
    notApplicable: 'not applicable',
    todo: 'to do',
    inProgress: 'in progress',
    done: 'done',
  },
  /** Between the parts of an item's description (its state, date, notes). */
  separator: '; ',
  /** A manual item's date. */
  date: (a: { day: string }) => `date ${a.day}`,
  earliestNote: (a: { earliest: string; reviewStart: string; days: string }) =>
    `earliest publication ${a.earliest}: our estimate, ${a.days} days after it was submitted for review on ${a.reviewStart}, not a date Microsoft gives; publish only once the review is done`,
  /** "en, March 26, 2025, the current page [1]": a page's language, date and number in the Sources list. */
  sourceRef: (a: { lang: string; date?: string; current: boolean; n: number }) =>
    `${a.lang}, ${a.date ?? 'undated'}${a.current ? ', the current page' : ''} [${a.n}]`,
  sourceLine: (a: { title: string; lang: string; date?: string; current: boolean; where: string }) =>
    `${a.title} — ${a.lang}, ${a.date ?? 'no dated copy'}${a.current ? ' (the current page)' : ''}. ${a.where}`,
  /** Each page's title as the reader reads it (the pages' own titles) and where it is or was published. */
  sourceTitles: Object.fromEntries(Object.entries(sources).map(([id, page]) => [id, page.title])) as Record<SourceId, string>,
  sourceWhere: Object.fromEntries(Object.entries(sources).map(([id, page]) => [id, page.where])) as Record<SourceId, string>,
  linkTitles: { ...LINK_TITLES } as Record<LinkId, string>,
  titleFrom: (a: { heading: string; ref: string; changed?: string }) => `Title: ${a.heading} (${a.ref})${a.changed ? `; ${a.changed}` : ''}`,
  whereFrom: 'Where this step comes from:',
  earlierVersions: 'Earlier versions:',
  linksLabel: 'Links:',
  sourcesHeading: 'Sources',
  sourcesIntro: 'Microsoft\'s pages that the steps and the checked rules come from; [n] in a step refers to this list.',
  text: {
    heading: (a: { listing: string }) => `Checklist for ${a.listing}`,
    intro: (a: { docsDate: string }) => `Verified items are checked against Microsoft's current partner page (${a.docsDate}); each step names the pages it comes from.`,
    from: 'From:',
    /** The last line: the three counts, each worded by its plural forms below. */
    summary: (a: { verified: string; failing: string; open: string }) => `${a.verified}, ${a.failing}, ${a.open}.`,
    verified: { other: '# verified' } as PluralForms,
    failing: { other: '# failing' } as PluralForms,
    manualOpen: { one: '# manual item open', other: '# manual items open' } as PluralForms,
  },
};

export type ChecklistWords = typeof checklist;
