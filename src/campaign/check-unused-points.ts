// The `unused-point` rule of `pledge check`, one implementation for campaigns with targets (check-wordings.ts)
// and without (check-untargeted.ts): a talking point that no draft can ever use is dead weight a campaigner
// would rather hear about than discover.
import { fitSummary, pointSuits } from '../core/wordings.js';
import type { RuleProblem } from './check-rules.js';
import type { Campaign } from './load.js';
import type { Target } from './model.js';

/** Who a point could be drafted for: a target (or a post to no one), and the templates of its ask it may use. */
export interface PointCandidate {
  target: Target;
  /** Template indices of the target's ask; all of them when absent. */
  templates?: readonly number[];
}

/**
 * `unused-point` warnings, at `$.points[i]` of points.json: a point is usable when, for some candidate whose
 * ask it suits ({@link pointSuits}), its short form (the likelier to fit) fits one of the candidate's
 * templates on X ({@link fitSummary}). The message ends with `why.noAsk` when no candidate's ask suits the
 * point, else with `why.noFit`.
 */
export function unusedPointRule(
  campaign: Campaign,
  candidates: readonly PointCandidate[],
  why: { noAsk: string; noFit: string },
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  campaign.points.forEach((p, i) => {
    const suited = candidates.filter((c) => pointSuits(p, c.target.ask));
    const usable = suited.some(
      (c) =>
        fitSummary(campaign, c.target, {
          points: [p],
          forms: ['short'],
          ...(c.templates && { templates: c.templates }),
        }).fits,
    );
    if (!usable) {
      problems.push({
        severity: 'warning',
        rule: 'unused-point',
        file: 'points',
        at: ['points', i],
        message: `${p.id} can never be used: ${suited.length ? why.noFit : why.noAsk}`,
      });
    }
  });
  return problems;
}
