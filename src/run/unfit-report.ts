// Saying which targets got no draft, on stderr, shared by draft, export and draft -i.
import type { Unfit } from '../core/drafting.js';
import { isUntargeted } from '../core/untargeted.js';
import { NETWORKS, type NetworkId } from '../networks/index.js';
import { formatUnfit } from '../render/drafts.js';
import type { Io } from '../ui/io.js';

/**
 * Reports each target without a draft as it comes (`add`), one error line each, except the posts that address
 * no one and only repeat others (a campaign without targets asked for more posts than its wordings give):
 * those are summed up by `end(asked)` in one line per network ("only 18 different posts fit (asked for 50)").
 */
export function unfitReporter(io: Io) {
  const e = io.errColors;
  const repeats = new Map<NetworkId, number>();
  return {
    add(u: Unfit): void {
      if (u.reason === 'all-repeats' && isUntargeted(u.target))
        repeats.set(u.network, (repeats.get(u.network) ?? 0) + 1);
      else io.err(`${e.error('error:')} ${formatUnfit(u)}\n`);
    },
    /** `asked`: the number of posts asked for (`--count`). */
    end(asked: number): void {
      for (const [network, n] of repeats) {
        const on = network === 'x' && repeats.size === 1 ? '' : ` on ${NETWORKS[network].name}`;
        const fit = asked - n;
        io.err(
          `${e.error('error:')} only ${fit} different post${fit === 1 ? '' : 's'} fit${on} (asked for ${asked}): every ` +
            `other draft repeats one; add templates or points, or ask for fewer with --count ${fit}\n`,
        );
      }
      repeats.clear();
    },
  };
}
