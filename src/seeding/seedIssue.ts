/** One problem found in the seed files, located precisely enough to fix it without searching. */
export interface SeedIssue {
  readonly file: string;
  readonly line: number;
  readonly field?: string;
  readonly reason: string;
}

/** All problems of a seed set at once, so one run shows everything to fix; nothing was written. */
export class SeedValidationError extends Error {
  constructor(readonly issues: readonly SeedIssue[]) {
    super(
      `Seed validation failed with ${issues.length} problem(s); nothing was written:\n` +
        issues.map((i) => `  ${i.file}:${i.line}${i.field ? ` (${i.field})` : ''}: ${i.reason}`).join('\n'),
    );
    this.name = 'SeedValidationError';
  }
}
