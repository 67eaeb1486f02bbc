// One module per network: limits, counting, intent URLs, handle rules and mentions. Pure and browser-safe.
import { bluesky } from './bluesky.js';
import { mastodon } from './mastodon.js';
import { threads } from './threads.js';
import { NETWORK_IDS, type Network, type NetworkId } from './types.js';
import { x } from './x.js';

export { NETWORK_IDS, type Network, type NetworkId, type NetworkOptions, type PostCount } from './types.js';

/** Every network by id, in the order of {@link NETWORK_IDS}. */
export const NETWORKS: Readonly<Record<NetworkId, Network>> = { x, bluesky, mastodon, threads };

/** True when `value` names a network (`x`, `bluesky`, `mastodon`, `threads`). */
export function isNetworkId(value: string): value is NetworkId {
  return (NETWORK_IDS as readonly string[]).includes(value);
}

/** The network called `id`. */
export function network(id: NetworkId): Network {
  return NETWORKS[id];
}
