// `pledge check`'s logic: every problem of a campaign folder, as data. The command only prints them.
import { CampaignError, type Problem } from '../errors.js';
import { checkRules } from './check-rules.js';
import { CAMPAIGN_FILES, readCampaignSources, type CampaignFileKey } from './load.js';
import { locate, validateCampaign, type FileReport } from './validate.js';

/** Options of {@link checkCampaign}. */
export interface CheckCampaignOptions {
  /** "Today", for rules about dates (a stale or future `handleChecked`); the current time by default. */
  now?: Date;
}

/**
 * Every problem of the campaign in folder `dir`: files that cannot be read, JSON syntax, schema and
 * cross-file errors, then the check rules (see check-rules.ts) on what is valid. Each problem carries its
 * severity, rule code, file, line and column (1-based, when known), JSON path and message; problems are in
 * file order, then line order. Throws a {@link CampaignError} only when the folder itself cannot be read
 * (every other fault is a problem in the list).
 */
export async function checkCampaign(dir: string, options: CheckCampaignOptions = {}): Promise<Problem[]> {
  const sources = await readCampaignSources(dir).catch((e: unknown) => {
    if (e instanceof CampaignError && e.problems.some((p) => p.file !== dir)) return e.problems;
    throw e; // no folder at all: a usage error
  });
  if (Array.isArray(sources)) return sources;
  try {
    const campaign = await validateCampaign(dir, sources);
    const reports = Object.fromEntries(
      (Object.keys(CAMPAIGN_FILES) as CampaignFileKey[]).map((k) => [k, { source: sources[k], problems: [] } as FileReport]),
    ) as Record<CampaignFileKey, FileReport>;
    for (const { file, ...problem } of checkRules(campaign, options.now)) reports[file].problems.push(problem);
    return locate(Object.values(reports));
  } catch (e) {
    if (e instanceof CampaignError) return e.problems;
    throw e;
  }
}
