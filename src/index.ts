/**
 * pledge as a library: load or build a campaign, draft one tweet per target, count and link them as X does.
 *
 * ```ts
 * import { draftAll, loadCampaign, parseCampaign } from 'pledge-campaign-cli';
 * const campaign = await loadCampaign('./my-campaign'); // or parseCampaign({ campaign, targets, points })
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
export { checkHandles, type CcAccounts, type CheckHandlesOptions, type HandleEntry, type HandleResult, type HandlesReport } from './handles/check-handles.js';
export { networkContext } from './handles/context.js';
export { endpointsFromEnv, type Endpoints } from './handles/endpoints.js';
export type { ResolverContext } from './handles/atproto.js';
export type { HandleStatus, HandleVerdict, VerdictCause } from './handles/verdict.js';
