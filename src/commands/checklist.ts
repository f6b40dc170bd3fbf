import type { Io, OnlineFlag } from './io.js';
import { buildChecklist, checklistMarkdown, checklistText } from '../bundle/checklist.js';
import { escapeLines } from '../checks/text.js';
import { validateListing } from '../listing/validate.js';
import { loadChecklist } from '../messages/checklist.js';
import { onlineSetting } from './output.js';
import { resolveListingPath } from './validate.js';

export interface ChecklistOptions extends OnlineFlag {
  format: 'text' | 'md' | 'json';
  /** Items verified with warnings fail too, as `validate --strict` fails on warnings. */
  strict?: boolean;
  render?: boolean;
}

/**
 * The checklist in the run's language (--lang, MDE_PARTNER_LANG, LC_ALL, LC_MESSAGES, LANG), whatever the listing's
 * `language`: that field chooses the bundle's CHECKLIST.md, not what this command prints. JSON keys,
 * ids, states and codes are the same in every language.
 */
export async function runChecklist(path: string | undefined, options: ChecklistOptions, io: Io): Promise<number> {
  const listingPath = await resolveListingPath(path ?? '.', io.cwd);
  const [result, words] = await Promise.all([
    validateListing(listingPath, { displayRoot: io.cwd, online: onlineSetting(options, io), render: options.render }),
    loadChecklist(),
  ]);
  const checklist = buildChecklist(result.path, result.listing ?? {}, result.findings, words);
  if (options.format === 'json') io.stdout.write(`${JSON.stringify(checklist, null, 2)}\n`);
  else if (options.format === 'md') io.stdout.write(`${checklistMarkdown(checklist, words)}\n`);
  else io.stdout.write(escapeLines(checklistText(checklist, words)));
  const warned = options.strict === true && checklist.steps.some((step) => step.items.some((item) => item.state === 'warning'));
  return checklist.summary.failing > 0 || warned ? 1 : 0;
}
