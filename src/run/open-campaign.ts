import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCampaignSources, type Campaign, type CampaignSources } from '../campaign/load.js';
import { CAMPAIGN_FILES, type CampaignFileKey } from '../campaign/model.js';
import { BUILTIN_CAMPAIGN, BUILTIN_SNAPSHOT } from '../package-files.js';

/**
 * A campaign validated at build time together with the exact texts it was validated from (the built-in
 * campaign, see scripts/build.mjs). When the files on disk still have exactly these texts, validating
 * them again would give the same result, so it is skipped: that keeps zod off the start-up path.
 */
export interface CampaignSnapshot {
  texts: Record<CampaignFileKey, string>;
  campaign: Omit<Campaign, 'dir'>;
}

/** The snapshot's campaign if `sources` have exactly the texts it was made from; undefined otherwise or without one. */
export function fromSnapshot(sources: CampaignSources): Omit<Campaign, 'dir'> | undefined {
  let snap: CampaignSnapshot;
  try {
    snap = JSON.parse(readFileSync(BUILTIN_SNAPSHOT, 'utf8')) as CampaignSnapshot;
  } catch {
    return undefined; // no snapshot (or an unreadable one): validate the files
  }
  const same = (Object.keys(CAMPAIGN_FILES) as CampaignFileKey[]).every((k) => snap.texts[k] === sources[k].text);
  return same ? snap.campaign : undefined;
}

/**
 * Loads the campaign in `dir` (see loadCampaign). The built-in one is taken from the build's snapshot when
 * its files are unchanged, which keeps validation (zod) off the start-up path; any other folder is validated.
 * @throws CampaignError listing every problem found.
 */
export async function openCampaign(dir: string): Promise<Campaign> {
  const sources = await readCampaignSources(dir);
  const trusted = resolve(dir) === BUILTIN_CAMPAIGN ? fromSnapshot(sources) : undefined;
  if (trusted) return { ...trusted, dir };
  const { validateCampaign } = await import('../campaign/validate.js');
  return validateCampaign(dir, sources);
}
