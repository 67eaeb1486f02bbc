// The promise of `pledge import`: the campaign it writes passes `pledge check` with no errors and drafts at
// once. Checked on the campaign before anything is written, with the rules `pledge check` runs on a valid
// campaign (src/campaign/check.ts) and a first `pledge draft` (seed 1); a campaign that breaks it is not
// written, and the import says why.
import { campaignRules, targetRules } from '../campaign/check-rules.js';
import { networkWordingRules } from '../campaign/check-networks.js';
import { untargetedRules } from '../campaign/check-untargeted.js';
import { wordingRules } from '../campaign/check-wordings.js';
import { didRules } from '../campaign/did-rules.js';
import { parseCampaign } from '../campaign/parse.js';
import { unsafeTextProblems } from '../campaign/unsafe-text.js';
import { formatJsonPath } from '../campaign/json-walk.js';
import { draftAll } from '../core/drafting.js';
import { untargetedPosts } from '../core/untargeted.js';
import { CampaignError } from '../errors.js';
import type { ImportedCampaign } from './to-campaign.js';

/**
 * Why the imported campaign would fail `pledge check` or `pledge draft` (one line: the first error, with its
 * file and JSON path), or undefined when it passes and drafts a post for every target (or, without targets,
 * the default number of posts). `now` stands for the date `check` compares `handleChecked` dates with.
 */
export function whyUnusable(c: ImportedCampaign, now: Date): string | undefined {
  let campaign;
  try {
    campaign = parseCampaign({ campaign: c.campaign, targets: c.targets, points: c.points });
  } catch (e) {
    if (!(e instanceof CampaignError)) throw e;
    const p = e.problems[0]!;
    return `${p.file}: ${p.path ? `${p.path}: ` : ''}${p.message}`;
  }
  const problems = [
    ...campaignRules(campaign),
    ...targetRules(campaign.targets, now),
    ...didRules(campaign.targets),
    ...unsafeTextProblems(campaign),
    ...(campaign.targets.length
      ? [...wordingRules(campaign), ...networkWordingRules(campaign)]
      : untargetedRules(campaign)),
  ];
  const error = problems.find((p) => p.severity === 'error');
  if (error) return `${error.file}.json: ${formatJsonPath(error.at)}: ${error.message}`;
  const targets = campaign.targets.length ? campaign.targets : untargetedPosts(campaign);
  const run = draftAll(campaign, 1, { targets });
  if (!run.drafts.length || run.unfit.length)
    return `nothing can be drafted for ${run.unfit[0]?.target.name ?? 'the campaign'}`;
  return undefined;
}
