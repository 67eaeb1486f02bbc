import { resolve } from 'node:path';
import { loadCampaign, type Campaign } from '../campaign/load.js';
import { BUILTIN_CAMPAIGN, BUILTIN_SNAPSHOT } from '../package-files.js';

/**
 * Loads the campaign in `dir`. The built-in one is taken from the build's snapshot when its files are
 * unchanged, which keeps validation (zod) off the start-up path; any other folder is validated.
 * @throws CampaignError listing every problem found.
 */
export function openCampaign(dir: string): Promise<Campaign> {
  return loadCampaign(dir, resolve(dir) === BUILTIN_CAMPAIGN ? { snapshot: BUILTIN_SNAPSHOT } : {});
}
