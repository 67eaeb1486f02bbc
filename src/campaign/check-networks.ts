// The rules of `pledge check` on what can be drafted on the networks other than X (`pledge draft --network`),
// run once every file is valid, on the same wordings as drafting (core/wordings.ts): a target with a handle on
// a network for which nothing fits within that network's limit, and groups with few wordings there. X's rules
// are in check-wordings.ts.
import { fitSummary, wordings } from '../core/wordings.js';
import { NETWORKS, type NetworkId } from '../networks/index.js';
import type { RuleProblem } from './check-rules.js';
import { pointsByAsk, wordingCount } from './check-wordings.js';
import type { Campaign } from './load.js';
import type { Target } from './model.js';
import { OTHER_NETWORKS } from './network-schema.js';
import { plural } from '../ui/plural.js';

/** Why nothing fits a target on a network, in words (limits and units are the network's; Mastodon's is 500). */
function unfitMessage(
  campaign: Campaign,
  target: Target,
  network: NetworkId,
  suiting: number,
  shortest: number,
): string {
  const n = NETWORKS[network];
  const head = `nothing fits for ${target.id} on ${n.name}`;
  if (!suiting) return `${head}: no talking point suits the ask "${target.ask}"`;
  if (shortest > n.limit)
    return `${head}: the shortest possible draft is ${shortest}/${n.limit} ${n.count('.').unit}, ${shortest - n.limit} over; give ${n.name} shorter templates (networks.${network}.templates in campaign.json) or shorter points`;
  const points = campaign.points.filter((p) => !p.asks || p.asks.includes(target.ask));
  for (const w of wordings(campaign, target, { points, network })) {
    if (w.length <= n.limit && w.post?.problems.length)
      return `${head}: every wording that is short enough breaks its rules: ${w.post.problems[0]}`;
  }
  return `${head}: every wording that is short enough breaks its rules`;
}

/**
 * The rules on a valid campaign's wordings on Bluesky, Mastodon and Threads, for the targets that have a handle
 * there (the networks `pledge draft --network all` drafts them for): `unfit-target` (an error, at the target's
 * `handles.<network>`) and `few-variants` (a warning, at the `handles.<network>` of the group's first target
 * on that network). Mastodon is measured against its default 500 characters.
 */
export function networkWordingRules(campaign: Campaign): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const points = pointsByAsk(campaign);
  for (const network of OTHER_NETWORKS) {
    const groups = new Map<string, { first: number; targets: Target[] }>();
    campaign.targets.forEach((t, i) => {
      if (!t.handles?.[network]) return;
      const suiting = points(t.ask);
      const fit = fitSummary(campaign, t, { points: suiting, network });
      if (!fit.fits) {
        problems.push({
          severity: 'error',
          rule: 'unfit-target',
          file: 'targets',
          at: ['targets', i, 'handles', network],
          message: unfitMessage(campaign, t, network, suiting.length, fit.shortest),
        });
        return;
      }
      const g = groups.get(t.group);
      if (g) g.targets.push(t);
      else groups.set(t.group, { first: i, targets: [t] });
    });
    for (const [group, { first, targets }] of groups) {
      if (targets.length < 2) continue;
      const count = wordingCount(campaign, targets, targets.length, points, network);
      if (count >= targets.length) continue;
      const message = `on ${NETWORKS[network].name}, group "${group}" has ${targets.length} targets but only ${plural(count, 'different wording')} ${count === 1 ? 'fits' : 'fit'}: near-identical posts look like spam; add templates or points`;
      problems.push({
        severity: 'warning',
        rule: 'few-variants',
        file: 'targets',
        at: ['targets', first, 'handles', network],
        message,
      });
    }
  }
  return problems;
}
