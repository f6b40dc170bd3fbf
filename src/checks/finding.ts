import type { Code } from './catalog.js';

export type Severity = 'error' | 'warning' | 'info';

/** Values a check hands to the catalog's wording; checks never write sentences themselves. */
export type Args = Readonly<Record<string, string | number | undefined>>;

/** What a check returns: a code, where it is, and the values the wording needs. */
export interface Issue {
  code: Code;
  /** JSON pointer into the listing ("/description"); empty for the document itself. */
  field?: string;
  args?: Args;
  /** The file the issue is in, when it is not the listing itself (the logo). */
  file?: string;
  line?: number;
  column?: number;
}

/** What a report carries: an issue with its severity and wording resolved. */
export interface Finding {
  code: Code;
  severity: Severity;
  field?: string;
  message: string;
  hint?: string;
  file?: string;
  line?: number;
  column?: number;
}
