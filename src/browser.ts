// The part of the library that runs anywhere, browsers and workers included: it imports nothing from `node:`
// (tests/e2e/library.test.ts bundles it for the browser to make sure). src/index.ts adds the file-reading edge.

export type { Ask, Campaign, LoadedAsk, Point, Target } from './campaign/model.js';
export { parseCampaign, type CampaignObjects } from './campaign/parse.js';
export { countTweet, MAX_WEIGHTED_LENGTH, type CountedCharacter, type CountedLink, type TweetCount } from './core/count.js';
export type { UncertainWhy } from './core/url-guard.js';
export { draftAll, draftEach, type Draft, type DraftOutcome, type DraftRun, type DraftSelection, type NetworkChoice, type Unfit } from './core/drafting.js';
export { isNetworkId, NETWORK_IDS, NETWORKS, type Network, type NetworkId, type NetworkOptions, type PostCount } from './networks/index.js';
export type { PointForm } from './core/wordings.js';
export { DEFAULT_INTENT_URL, intentUrl } from './core/intent.js';
export { CampaignError, PledgeError, type Problem } from './errors.js';
