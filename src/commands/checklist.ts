import type { Io, OnlineFlag } from '../cli.js';
import { buildChecklist, checklistMarkdown, checklistText } from '../bundle/checklist.js';
import { escapeLines } from '../checks/text.js';
import { validateListing } from '../listing/validate.js';
import { onlineSetting } from './output.js';
import { resolveListingPath } from './validate.js';

export async function runChecklist(path: string | undefined, options: { format: 'text' | 'md' | 'json'; render?: boolean } & OnlineFlag, io: Io): Promise<number> {
  const listingPath = await resolveListingPath(path ?? '.', io.cwd);
  const result = await validateListing(listingPath, { displayRoot: io.cwd, online: onlineSetting(options, io), render: options.render });
  const checklist = buildChecklist(result.path, result.listing ?? {}, result.findings);
  if (options.format === 'json') io.stdout.write(`${JSON.stringify(checklist, null, 2)}\n`);
  else if (options.format === 'md') io.stdout.write(`${checklistMarkdown(checklist)}\n`);
  else io.stdout.write(escapeLines(checklistText(checklist)));
  return checklist.summary.failing > 0 ? 1 : 0;
}
