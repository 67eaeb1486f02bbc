// Why a target has no draft, in words: shared by the exports and the action page (browser-safe).
import type { Unfit } from '../core/drafting.js';
import { NETWORKS } from '../networks/index.js';

/** What stands for a missing intent URL (Mastodon without an instance). */
export const NO_INSTANCE =
  '(no intent URL: name your Mastodon instance with --instance <host> or PLEDGE_MASTODON_INSTANCE)';

/** Why no draft fits a target, without naming it: what exports write after "could not draft for …". */
export function unfitReason(u: Unfit): string {
  switch (u.reason) {
    case 'too-long':
      return `nothing fits: the shortest draft is ${u.shortestLength}/${u.limit}, ${u.over} over`;
    case 'all-repeats':
      return 'every draft that fits was already used in this run';
    case 'no-points':
      return `no talking point suits the ask "${u.target.ask}"`;
    case 'invalid-characters':
      return `every draft short enough contains ${u.characters ?? `characters ${NETWORKS[u.network].name} refuses`}`;
  }
}
