import { createHash } from 'node:crypto';
import type { ListingData } from '../listing/load.js';
import type { BundleWords } from '../messages/bundle.js';
import { readTemplate, render } from './templates.js';

/** PNG previews in the bundle, by size (longer side, px); the page inlines 192 and 32. */
export const PREVIEW_FILES = { 512: 'preview/logo-512.png', 192: 'preview/logo-192.png', 32: 'preview/logo-32.png' } as const;
export const PREVIEW_PAGE = 'preview.html';

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in HTML element content and in quoted attribute values. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}

/**
 * Only http(s) URLs become a link target. The landing-page checks already demand https, but a
 * listing's rules may relax that, and a javascript: link must not reach the page (the CSP would block
 * it as well); anything else points at the link itself.
 */
function linkTarget(url: string): string {
  try {
    return /^https?:$/.test(new URL(url).protocol) ? url : '#landing-page';
  } catch {
    return '#landing-page';
  }
}

/**
 * The partner tile as a customer would see it, in one self-contained page: the logo as data: PNGs,
 * no script, no external resource, and a Content-Security-Policy that allows nothing else (the one
 * inline style sheet is allowed by its hash). Every value from the listing is HTML-escaped. The
 * labels are in the language of `words` (the listing's `language`), which is also the page's lang.
 */
export function previewPage(listing: ListingData, pngs: ReadonlyMap<number, Buffer>, extra: { categories: string; toolVersion: string; words: BundleWords }): string {
  const template = readTemplate('preview.html');
  const style = /<style>([\s\S]*?)<\/style>/.exec(template)?.[1];
  if (style === undefined) throw new Error('templates/preview.html has no <style> element');
  const text = (key: string) => (typeof listing[key] === 'string' ? (listing[key] as string) : '');
  const png = (size: number) => {
    const data = pngs.get(size);
    if (!data) throw new Error(`no ${size} px preview was rendered`);
    return data.toString('base64');
  };
  const { preview } = extra.words;
  const values: Record<string, string> = {
    lang: extra.words.language,
    pageTitle: preview.pageTitle({ productName: text('productName') }),
    logoAlt: preview.logoAlt({ productName: text('productName') }),
    onDark: preview.onDark,
    note: preview.note({ toolVersion: extra.toolVersion }),
    styleHash: `sha256-${createHash('sha256').update(style).digest('base64')}`,
    productName: text('productName'),
    companyName: text('companyName'),
    description: text('description'),
    categories: extra.categories,
    landingPage: linkTarget(text('landingPage')),
    landingPageText: text('landingPage'),
    logo192: png(192),
    logo32: png(32),
    toolVersion: extra.toolVersion,
  };
  return render(template, Object.fromEntries(Object.entries(values).map(([key, value]) => [key, escapeHtml(value)])));
}
