import type { DraftOutcome, Unfit } from '../core/drafting.js';

/**
 * Drafting outcomes as they stream, counted on the way: while it is iterated (once), `drafts` counts the
 * drafts and `unfit` collects the targets without one; `each` sees every outcome before it is passed on.
 * Lets a command print, export and report in one pass without holding the drafts.
 */
export class Tally implements Iterable<DraftOutcome> {
  drafts = 0;
  readonly unfit: Unfit[] = [];

  constructor(
    private readonly outcomes: Iterable<DraftOutcome>,
    private readonly each?: (outcome: DraftOutcome) => void,
  ) {}

  *[Symbol.iterator](): Generator<DraftOutcome> {
    for (const o of this.outcomes) {
      if (o.draft) this.drafts++;
      else this.unfit.push(o.unfit);
      this.each?.(o);
      yield o;
    }
  }
}
