// `pledge draft -i` asks which network to draft for when the campaign has handles on more than one (unless
// --network says): the drafts, their counts and the hand-off (copy, open, edit) are then that network's.
import type { Campaign } from '../campaign/load.js';
import { handleOn } from '../campaign/networks.js';
import type { NetworkChoice } from '../core/drafting.js';
import { NETWORK_IDS, NETWORKS, type NetworkId } from '../networks/index.js';
import type { Choice, Prompter } from '../ui/prompt.js';

/** The networks some target of the campaign has a handle on, in {@link NETWORK_IDS} order. */
export function networksInUse(campaign: Pick<Campaign, 'targets'>): NetworkId[] {
  return NETWORK_IDS.filter((n) => campaign.targets.some((t) => handleOn(t, n)));
}

/**
 * The network for a session: `given` (--network) when there is one; else, when the campaign's targets have
 * handles on more than one network, the user's answer (X first and the default; `all` drafts each target on
 * every network it is on); else undefined (X, as before networks existed).
 */
export async function chooseNetwork(
  campaign: Pick<Campaign, 'targets'>,
  given: NetworkChoice | undefined,
  prompter: Prompter,
): Promise<NetworkChoice | undefined> {
  if (given !== undefined) return given;
  const used = networksInUse(campaign);
  if (used.length < 2) return undefined;
  const total = campaign.targets.length;
  const on = (n: NetworkId) => campaign.targets.filter((t) => handleOn(t, n)).length;
  const choices: Choice<NetworkChoice>[] = NETWORK_IDS.filter((n) => n === 'x' || used.includes(n)).map((n) => ({
    name: `${NETWORKS[n].name} (${on(n)} of ${total} with a handle there; the others are named)`,
    value: n,
  }));
  choices.push({
    name: `All of them (each organisation on every network it has a handle on: ${used.map((n) => NETWORKS[n].name).join(', ')})`,
    value: 'all',
  });
  return prompter.select<NetworkChoice>({ message: 'Which network?', choices, default: 'x' });
}
