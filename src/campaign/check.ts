// `pledge check`'s logic: every problem of a campaign folder, as data. The command only prints them.
import { CampaignError, type Problem } from '../errors.js';
import { campaignRules, targetRules, type RuleProblem } from './check-rules.js';
import { networkWordingRules } from './check-networks.js';
import { untargetedRules } from './check-untargeted.js';
import { wordingRules } from './check-wordings.js';
import { didRules } from './did-rules.js';
import { leadingMentionRules } from './check-leading-mention.js';
import { shownTextProblems, unsafeTextProblems } from './unsafe-text.js';
import { readCampaignSources } from './load.js';
import { assembleCampaign, onPieces } from './validate-objects.js';
import { locate, validateParts } from './validate.js';

/** Options of {@link checkCampaign}. */
export interface CheckCampaignOptions {
  /** "Today", for rules about dates (a stale or future `handleChecked`); the current time by default. */
  now?: Date;
}

/**
 * Every problem of the campaign in folder `dir`: files that cannot be read, JSON syntax, schema and
 * cross-file errors, and the check rules: those on one file run as soon as that file is valid, those on
 * what can be drafted (check-wordings.ts) once every file is. Each problem carries its severity, rule code,
 * file, line and column (1-based, when known), JSON path and message, in file order, then line order.
 * Throws a {@link CampaignError} only when the folder itself cannot be read.
 */
export async function checkCampaign(dir: string, options: CheckCampaignOptions = {}): Promise<Problem[]> {
  const now = options.now ?? new Date();
  const sources = await readCampaignSources(dir).catch((e: unknown) => {
    if (e instanceof CampaignError && e.problems.some((p) => p.file !== dir)) return e.problems;
    throw e; // no folder at all: a usage error
  });
  if (Array.isArray(sources)) return sources;
  const parts = await validateParts(sources);
  const { syntax, reports, campaign, pieces, someTargets } = parts;
  const add = (found: RuleProblem[]) => {
    for (const { file, ...problem } of found) reports[file].problems.push(problem);
  };
  const valid = !syntax.length && !Object.values(reports).some((r) => r.problems.length);
  // Rules on one template or one target run on every piece that is valid, whatever the rest of its file.
  if (campaign) add(campaignRules(campaign));
  else if (pieces) onPieces(reports.campaign, () => add(campaignRules(pieces)));
  if (parts.targets) add([...targetRules(parts.targets, now), ...didRules(parts.targets)]);
  else if (someTargets)
    onPieces(reports.targets, () => add([...targetRules(someTargets, now), ...didRules(someTargets)]));
  add(unsafeTextProblems({ campaign, targets: parts.targets ?? someTargets, points: parts.points }));
  // Texts shown beside the posts: also in a campaign.json that fails its schema elsewhere.
  if (campaign) add(shownTextProblems(campaign));
  else if (pieces) onPieces(reports.campaign, () => add(shownTextProblems(pieces)));
  const whole = valid ? assembleCampaign(dir, parts) : undefined;
  if (whole)
    add(
      whole.targets.length
        ? [...wordingRules(whole), ...networkWordingRules(whole), ...leadingMentionRules(whole)]
        : untargetedRules(whole),
    );
  return [...syntax, ...(await locate(Object.values(reports)))];
}
