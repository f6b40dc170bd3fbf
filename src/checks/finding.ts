import type { Args, Severity } from './args.js';
import type { Code } from './catalog.js';

export type { Args, Severity } from './args.js';

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

/** Keeps the first few issues of each code; the last kept one says how many more there were. */
export class IssueCollector {
  readonly issues: Issue[] = [];
  private readonly counts = new Map<Code, number>();
  private readonly last = new Map<Code, Issue>();

  constructor(private readonly maxPerCode: number) {}

  add(issue: Issue): void {
    this.addLazily(issue.code, () => issue);
  }

  /** `make` is called only for an issue that is kept: the counted rest cost a counter, not a message. */
  addLazily(code: Code, make: () => Issue): void {
    const count = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, count);
    if (count > this.maxPerCode) return;
    const issue = make();
    this.issues.push(issue);
    this.last.set(code, issue);
  }

  finish(): Issue[] {
    for (const [code, count] of this.counts) {
      if (count > this.maxPerCode) {
        const last = this.last.get(code)!;
        last.args = { ...last.args, more: count - this.maxPerCode };
      }
    }
    return this.issues;
  }
}
