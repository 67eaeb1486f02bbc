// The campaign as the library hands it out: plain data, the same whether it came from a folder
// (loadCampaign) or from objects (parseCampaign). schema.ts checks that its schemas produce exactly these.
import type { TemplatePart } from './template.js';

/** The files of a campaign folder, by key. */
export const CAMPAIGN_FILES = { campaign: 'campaign.json', targets: 'targets.json', points: 'points.json' } as const;
export type CampaignFileKey = keyof typeof CAMPAIGN_FILES;

/** One kind of request (support the policy, pledge support), with its tweet templates. */
export interface Ask {
  /** What this ask asks for, for people reading the campaign. */
  description?: string | undefined;
  /** Tweet templates; placeholders {mention}, {name}, {point}, {hashtags}, {cc}; `{{` and `}}` are braces. */
  templates: string[];
}

/** An ask with its templates parsed (in the order of `templates`). */
export interface LoadedAsk extends Ask {
  parsed: TemplatePart[][];
}

/** The networks a campaign may say more about than X. */
type OtherNetworkId = 'bluesky' | 'mastodon' | 'threads';

/** A target's handle on a network other than X, with where it came from and when it was last checked. */
interface NetworkHandle {
  /** As the network writes it: a domain name on Bluesky, user@instance on Mastodon, a username on Threads. */
  handle: string;
  source?: string | undefined;
  /** `YYYY-MM-DD`, or null. */
  checked?: string | null | undefined;
  /** Bluesky only: the account's DID (`did:plc:…`, `did:web:…`), as `pledge handles check --write` records it. */
  did?: string | undefined;
}

/** What differs on one network other than X: accounts to cc, and templates by ask id that replace the ask's. */
interface NetworkSettings {
  cc?: string[] | undefined;
  templates?: Record<string, string[]> | undefined;
}

/** One organisation to address (targets.json). */
export interface Target {
  /** Unique within the campaign: lower-case letters, digits, `-`, `_`. */
  id: string;
  name: string;
  /** The X handle without `@` (1-15 of A-Z a-z 0-9 _); absent or null when unknown. */
  handle?: string | null | undefined;
  group: string;
  /** The key of the ask (in the campaign's `asks`) that applies to this target. */
  ask: string;
  /** Where the handle came from. */
  handleSource?: string | undefined;
  /** When the handle was last checked, `YYYY-MM-DD`, or null. */
  handleChecked?: string | null | undefined;
  /** Handles on the other networks (the fields above are X's). */
  handles?: { [N in OtherNetworkId]?: NetworkHandle | undefined } | undefined;
}

/** One talking point, in a long and a short form (points.json). */
export interface Point {
  id: string;
  /** The long form. */
  text: string;
  /** The short form, used when the long one does not fit. */
  short: string;
  /** The asks this point suits; all when absent. */
  asks?: string[] | undefined;
  /** Where the fact comes from; a quotation must name its source. */
  source?: string | undefined;
}

/** campaign.json, with defaults filled in. */
export interface CampaignFile {
  $schema?: string | undefined;
  /** The campaign, as shown in output and exports. */
  name: string;
  /** What supporters are asked to do (the action page's introduction). */
  description?: string | undefined;
  /** Why the action matters, in a few sentences (the action page's "Why it matters"). */
  why?: string | undefined;
  /** Where the campaign comes from (the action alert). */
  source?: string | undefined;
  /** Hashtags without `#` ({hashtags}); default none. */
  hashtags: string[];
  /** Handles to cc, without `@` ({cc}); default none. */
  cc: string[];
  /** The kinds of ask, by id; each target names one. */
  asks: Record<string, Ask>;
  /** The compose intent the drafts open; default `https://x.com/intent/tweet`. */
  intentUrl: string;
  /** Per network other than X: accounts to cc and templates of its own. */
  networks?: { [N in OtherNetworkId]?: NetworkSettings | undefined } | undefined;
  /** When the action is. */
  time?: CampaignTime | undefined;
}

/** When the action is (campaign.json `time`). */
export interface CampaignTime {
  /** The alert's own words ("Tuesday 19 July, 11am to 12 noon"). */
  text: string;
  /** `YYYY-MM-DD` (a whole day) or `YYYY-MM-DDTHH:MM`, wall-clock time in `timeZone`. */
  start?: string | undefined;
  /** Like `start`; absent for a moment or a single day. */
  end?: string | undefined;
  /** IANA time zone of `start` and `end`; absent when the alert names none. */
  timeZone?: string | undefined;
}

/** A validated campaign, ready to draft from. */
export interface Campaign extends Omit<CampaignFile, 'asks' | '$schema'> {
  /** The folder it was loaded from; empty for a campaign made from objects. */
  dir: string;
  asks: Record<string, LoadedAsk>;
  targets: Target[];
  points: Point[];
}
