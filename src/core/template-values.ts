// What each placeholder of a template becomes for one target on one network: `{mention}`, `{name}`, `{point}`,
// `{hashtags}` and `{cc}`, the network's handles written as its mentions. Read by the one enumeration of
// wordings (wordings.ts).
import type { Campaign } from '../campaign/load.js';
import { ccOn, handleOn } from '../campaign/networks.js';
import type { Target } from '../campaign/model.js';
import type { TemplateValues } from '../campaign/template.js';
import { NETWORKS, type NetworkId } from '../networks/index.js';

/** Handles as mentions on a network, each once: the same handle written in another case is the same account. */
function mentions(handles: readonly string[], network: NetworkId): string[] {
  const seen = new Set<string>();
  const key = handleKey(network);
  return handles.filter((h) => !seen.has(key(h)) && seen.add(key(h))).map((h) => NETWORKS[network].mention(h));
}

/** How a network compares handles: normalised, without case. */
const handleKey = (network: NetworkId) => (h: string) => (NETWORKS[network].normalizeHandle(h) ?? h).toLowerCase();

/** What the campaign-wide placeholders become on each network, computed once per campaign. */
const campaignValues = new WeakMap<Campaign, Partial<Record<NetworkId, { hashtags: string; cc: string }>>>();

/**
 * What each placeholder becomes for one target and one point text on a network (X by default): `{mention}`
 * is the target's handle there written as a mention (`@handle`, `@amnesty.org`, `@user@instance`), or its
 * name without one; `{cc}` mentions each of the network's cc accounts once and leaves out the target's own
 * (handles compared as the network does, without case).
 */
export function templateValues(
  campaign: Campaign,
  target: Target,
  point: string,
  network: NetworkId = 'x',
): TemplateValues {
  let byNetwork = campaignValues.get(campaign);
  if (!byNetwork) campaignValues.set(campaign, (byNetwork = {}));
  const cc = ccOn(campaign, network);
  const fixed = (byNetwork[network] ??= {
    hashtags: campaign.hashtags.map((h) => `#${h}`).join(' '),
    cc: mentions(cc, network).join(' '),
  });
  const handle = handleOn(target, network)?.handle;
  const key = handleKey(network);
  const own = handle === undefined ? undefined : key(handle);
  const ccSelf = own !== undefined && cc.some((h) => key(h) === own);
  return {
    mention: handle ? NETWORKS[network].mention(handle) : target.name,
    name: target.name,
    point,
    hashtags: fixed.hashtags,
    cc: ccSelf
      ? mentions(
          cc.filter((h) => key(h) !== own),
          network,
        ).join(' ')
      : fixed.cc,
  };
}
