/** How much a finding counts: errors fail, warnings fail only with --strict. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * Values a check hands to the catalog's wording; checks never write sentences themselves. A value is
 * quoted input (`show()`), a number, a token (path, pointer, code) or an id the catalog words from a
 * table (CodeInfo.ids); test/checks/args-are-data.test.ts holds every check to it.
 */
export type Args = Readonly<Record<string, string | number | undefined>>;
