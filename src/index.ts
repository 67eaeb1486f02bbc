/**
 * pledge as a library: load or build a campaign, draft one tweet per target, count and link them as X does.
 *
 * ```ts
 * import { draftAll, loadCampaign } from 'pledge-campaign-cli';
 * const campaign = await loadCampaign('./my-campaign');
 * for (const d of draftAll(campaign, 42).drafts) console.log(d.text, d.intentUrl);
 * ```
 *
 * Everything exported here is public and follows semver; nothing else in the package is (the `exports` map
 * allows no deep imports). Lengths are X's weighted characters (see {@link countTweet}).
 * @module
 */
export * from './browser.js';
export { checkCampaign, type CheckCampaignOptions } from './campaign/check.js';
export { loadCampaign } from './campaign/load.js';
