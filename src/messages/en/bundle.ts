import type { UnreadableReason } from '../../checks/catalog/files.js';
import { requirements } from '../../domain/requirements.js';
import type { PluralForms } from '../format.js';
import type { Locale } from '../locale.js';

export type CategoryId = (typeof requirements.categories)[number]['id'];
export type ScenarioId = (typeof requirements.scenarios)[number]['id'];

const titles = <T extends { id: string; title: string }>(list: readonly T[]) =>
  Object.fromEntries(list.map(({ id, title }) => [id, title])) as Record<T['id'], string>;

/**
 * The bundle's words. `files` and `preview` are what goes into the bundle (SUBMISSION.md,
 * CHECKLIST.md, preview.html), in the listing's `language`; `run` is what `bundle` and `verify` say
 * in the terminal (progress, notes, exit-2 messages), in the run's language. File names, manifest
 * keys and the snippets' code never change with either.
 */
export const bundle = {
  language: 'en' as Locale,
  /** Each language by its name, for saying which language the bundle's files are in. */
  languageNames: { en: 'English', de: 'German', fr: 'French', ja: 'Japanese' } as Record<Locale, string>,
  categories: titles(requirements.categories),
  scenarios: titles(requirements.scenarios),
  files: {
    notGiven: 'not given',
    submission: {
      title: (a: { productName: string }) => `Microsoft Defender for Endpoint partner listing — ${a.productName}`,
      intro: (a: { toolVersion: string; docsDate: string; partnerPage: string }) =>
        `The six listing items for the partner application portal, checked by mde-partner ${a.toolVersion}\nagainst the listing requirements of Microsoft's current partner page (${a.docsDate}):\n<${a.partnerPage}>. Copy each value from its block.`,
      logoHeading: 'Logo (square SVG)',
      logoFile: (a: { sha256: string }) => `File: \`logo.svg\` in this bundle (optimized; SHA-256 \`${a.sha256}\`).`,
      /** `page` and `pngs` are Markdown code spans already. */
      logoPreview: (a: { page: string; pngs: string }) => `How it looks: ${a.page} shows the partner tile; ${a.pngs} are PNG renderings.`,
      noPreview: 'No previews in this bundle: it was made without drawing the logo (--no-render, or no renderer on this machine).',
      productNameHeading: 'Product name',
      descriptionHeading: (a: { words: string }) => `Product description (${a.words})`,
      words: { one: '# word', other: '# words' } as PluralForms,
      landingPageHeading: 'Landing page or blog post',
      pressRelease: (a: { days: string }) =>
        `Microsoft's page says that any press release including the Microsoft Defender for Endpoint product\nname should be reviewed by Microsoft's marketing and engineering teams, and to wait at least\n${a.days} days for the review to be done.`,
      entraHeading: 'Microsoft Entra application name (multi-tenant apps)',
      entraNotApplicable: 'Not applicable: the integration does not use a multi-tenant Entra app.',
      entraHowTo: (a: { url: string }) => `How a partner's multi-tenant app reaches the APIs: <${a.url}>.`,
      userAgentHeading: 'User-Agent',
      userAgentIntro: (a: { url: string }) =>
        `Sent on every call to the MDE public APIs and the Graph Security APIs\n(<${a.url}>). Snippets in \`user-agent/\` set it on an MDE API call and on a Graph\nSecurity API call.`,
      userAgentSyntax: 'Where the User-Agent header is defined:',
      alsoHeading: 'Also on file',
      company: 'Company:',
      productVersion: 'Product version:',
      categories: 'Partner-page categories:',
      scenarios: 'Integration scenarios:',
      pagesHeading: 'Microsoft\'s pages',
    },
    checklist: {
      title: (a: { productName: string }) => `Onboarding checklist — ${a.productName}`,
      intro: 'Four onboarding steps for Microsoft Defender for Endpoint partners. Microsoft\'s partner page has\nnumbered them differently over the years, so each step says which versions of the page it comes\nfrom, with their languages and dates; the pages are listed under "Sources" at the end.',
      verified: (a: { toolVersion: string; docsDate: string }) =>
        `Items marked "verified" were checked by mde-partner ${a.toolVersion} against the listing\nrequirements of Microsoft's current partner page (${a.docsDate}); the others are the progress\nrecorded in the listing's \`onboarding\` section.`,
      pages: 'Microsoft\'s pages for these steps:',
    },
  },
  preview: {
    pageTitle: (a: { productName: string }) => `${a.productName} — partner tile preview`,
    logoAlt: (a: { productName: string }) => `${a.productName} logo`,
    onDark: 'on dark',
    note: (a: { toolVersion: string }) => `A preview made by mde-partner ${a.toolVersion} from the bundle's logo.svg (drawn by resvg without fonts) and listing.json. The portal's own layout may differ.`,
  },
  run: {
    validating: 'validating the listing',
    validatingOnline: 'validating the listing and fetching the landing page',
    optimizing: (a: { kib: string }) => `optimizing the logo (${a.kib} KiB) with svgo`,
    recheck: 'checking the optimized logo again',
    drawing: 'drawing the optimized logo and its previews',
    writingFiles: 'writing the submission, checklist and snippets',
    packing: 'packing the zip',
    writing: (a: { path: string }) => `writing ${a.path}`,
    notOptimized: (a: { error: string }) => `The logo was copied as it is: svgo could not optimize it (${a.error}).`,
    filesIn: (a: { language: string }) => `The bundle's files are in ${a.language}, as the listing's "language" asks.`,
    written: (a: { dir: string; zip: string; files: string }) => `✔ Bundle written: ${a.dir} and ${a.zip} (${a.files})`,
    files: { one: '# file', other: '# files' } as PluralForms,
    note: 'Note:',
    nextSteps: 'Next steps:',
    pasteComment: '# the six items to paste',
    checklistComment: (a: { file: string }) => `# the four onboarding steps (also in ${a.file})`,
    verifyComment: '# check the bundle before sending it',
    nothingWritten: (a: { command: string }) => `nothing written: fix the errors above, then run "${a.command}" again.`,
    nothingWrittenStrict: 'nothing written: --strict and the listing has warnings.',
  },
  /** Exit-2 messages of writing a bundle (or any file `init` writes). */
  write: {
    zipNotFile: (a: { zip: string }) => `${a.zip} exists and is not a file; the bundle's zip goes there. Choose another --out or remove it.`,
    outNotFolder: (a: { out: string }) => `--out ${a.out} exists and is not a folder. Choose another --out or remove it.`,
    outNotBundle: (a: { out: string }) => `--out ${a.out} is a folder that does not hold an mde-partner bundle; it is left alone. Choose an empty or new folder.`,
    /** what/todo/kept come from the caller (WriteContext); kept is a whole sentence. */
    cannotWrite: (a: { what: string; target: string; found: string; todo: string; kept: string }) =>
      `cannot write ${a.what} to ${a.target}: ${a.found}. Expected a folder you can write to: ${a.todo}. ${a.kept}`,
    notFolder: (a: { path: string }) => `${a.path} is not a folder`,
    diskFull: (a: { folder: string; code: string }) => `the disk holding ${a.folder} is full (${a.code})`,
    readOnly: (a: { folder: string }) => `${a.folder} is on a read-only file system (EROFS)`,
    denied: (a: { folder: string; code: string }) => `permission to write in ${a.folder} was denied (${a.code})`,
    busy: (a: { target: string }) => `${a.target} is in use, e.g. a mount point, and cannot be replaced (EBUSY)`,
    noNewFiles: (a: { folder: string }) => `${a.folder} does not take new files (ENOENT): it is not an ordinary folder`,
    refused: (a: { code: string; detail: string }) => `the system refused (${a.code}: ${a.detail})`,
    bundle: { what: 'the bundle', todo: 'choose another --out', kept: 'The previous bundle, if any, is unchanged.' },
    file: { todo: 'choose another folder', kept: 'Nothing was changed.' },
  },
  /** Exit-2 messages of `verify`. */
  verify: {
    missing: (a: { path: string }) => `${a.path} does not exist. Expected a bundle folder or .zip made by "mde-partner bundle".`,
    notBundle: (a: { path: string; why?: string }) =>
      `${a.path} is neither a folder nor a zip file${a.why ? `: it ${a.why}` : ''}. Expected a bundle folder or .zip made by "mde-partner bundle"; pass the path of one.`,
    /** Why a path could not be read, as the end of "it …". */
    unreadable: {
      missing: 'does not exist',
      permission: 'cannot be read (permission denied)',
      folder: 'is a folder, not a file',
      fifo: 'is a named pipe (FIFO), not a regular file',
      device: 'is a device, not a regular file',
      socket: 'is a socket, not a regular file',
      'not-regular': 'is not a regular file',
      'open-error': 'cannot be opened',
      'read-error': 'cannot be read',
    } as Record<UnreadableReason, string>,
    isListing: (a: { path: string; listingFile: string; command: string; where: string }) =>
      `${a.path} is a listing (${a.listingFile}), not a bundle. verify checks a bundle folder or .zip made by "${a.command}". ${a.where}`,
    bundleIs: (a: { bundle: string; command: string }) => `Its bundle is ${a.bundle}: run "${a.command}".`,
    noBundleYet: (a: { folder: string; command: string }) => `It has no bundle in ${a.folder} yet: make one with "${a.command}" (or pass the folder or .zip that --out named).`,
  },
};

export type BundleWords = typeof bundle;
