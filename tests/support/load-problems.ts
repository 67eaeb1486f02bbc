import { loadCampaign } from '../../src/campaign/load.js';
import { CampaignError, type Problem } from '../../src/errors.js';

/** The problems loading the campaign folder `dir` reports; fails the test when it loads without any. */
export async function problemsOf(dir: string): Promise<Problem[]> {
  try {
    await loadCampaign(dir);
  } catch (e) {
    if (e instanceof CampaignError) return e.problems;
    throw e;
  }
  throw new Error(`${dir} loaded without problems`);
}
