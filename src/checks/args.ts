/** How much a finding counts: errors fail, warnings fail only with --strict. */
export type Severity = 'error' | 'warning' | 'info';

/** Values a check hands to the catalog's wording; checks never write sentences themselves. */
export type Args = Readonly<Record<string, string | number | undefined>>;
