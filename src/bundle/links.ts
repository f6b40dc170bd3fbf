import { links, sources } from '../domain/requirements.js';

export type LinkId = keyof typeof links;

/**
 * What each of Microsoft's pages (and the RFCs) is, as the bundle, the checklist and the wizard name
 * it, in English. Pages that are also sources of the rules take their title from the source. ASCII
 * only: the snippets quote the titles of partnerPage and the RFCs. The other languages' titles are in
 * the checklist words (src/messages/<lang>/checklist.ts).
 */
export const LINK_TITLES = {
  trial: 'Free trial of Microsoft Defender for Endpoint (sign-up)',
  partnerApplicationPage: 'Partner Application page in the Microsoft Defender portal',
  misa: 'Microsoft Intelligent Security Association (MISA)',
  partnerPage: sources.current.title,
  partnerApplicationsDoc: sources.partnerApplications.title,
  createAppPartnersDoc: sources.createAppPartners.title,
  graphSecurityApi: 'Microsoft Graph security API overview',
  rfc2616UserAgent: 'RFC 2616 section 14.43, User-Agent (the reference Microsoft\'s partner page gives)',
  rfc9110UserAgent: 'RFC 9110 section 10.1.5, User-Agent (the current HTTP standard)',
} as const satisfies Record<LinkId, string>;

/** The pages a partner works with, in the order of the onboarding: trial, portal, MISA, then the docs. */
export const PARTNER_LINKS = ['trial', 'partnerApplicationPage', 'misa', 'partnerPage', 'createAppPartnersDoc', 'graphSecurityApi'] as const satisfies readonly LinkId[];

/** Where the User-Agent's syntax is defined: the RFC Microsoft's page cites, and the one that replaced it. */
export const USER_AGENT_SYNTAX_LINKS = ['rfc2616UserAgent', 'rfc9110UserAgent'] as const satisfies readonly LinkId[];

export interface Link {
  id: LinkId;
  title: string;
  url: string;
}

/** The titles of the pages in one language (the checklist words' linkTitles); English by default. */
export type LinkTitles = Readonly<Record<LinkId, string>>;

export const linkOf = (id: LinkId, titles: LinkTitles = LINK_TITLES): Link => ({ id, title: titles[id], url: links[id] });

/** Markdown list items, one page a line. */
export function linksMarkdown(ids: readonly LinkId[], titles: LinkTitles = LINK_TITLES): string {
  return ids.map((id) => `- [${titles[id]}](${links[id]})`).join('\n');
}

/** Terminal lines: the title, then the address on its own line so that terminals can open it. */
export function linksText(ids: readonly LinkId[], indent: string, titles: LinkTitles = LINK_TITLES): string[] {
  return ids.flatMap((id) => [`${indent}${titles[id]}`, `${indent}  ${links[id]}`]);
}
