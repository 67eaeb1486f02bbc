// Renames and moves that `--write` must not apply: written, they would give two targets (or two entries of a cc
// list) one handle on one network, which `pledge check` refuses (duplicate-handle) and which would send
// supporters twice at one account, and past the organisation the other entry was meant for.
import { NETWORKS } from '../networks/index.js';
import type { HandleResult } from './check-handles.js';

/** Whether a result carries a new handle that --write would write. */
const follows = (r: HandleResult) => (r.status === 'renamed' || r.status === 'moved') && r.newHandle !== undefined;

/** Who an entry is, in a message: `m2 ($.targets[1])`, or the cc entry's place. */
function whoIs(r: HandleResult): string {
  return r.role === 'cc' ? `the cc account $.networks.${r.network}.cc[${r.index}]` : `${r.target!.id} ($.targets[${r.index}])`;
}

/**
 * For each result whose new handle (`renamed`, `moved`) must not be written, why. Handles are compared as the
 * network normalises them (Mastodon's leading "@" dropped), and without case (Mastodon's usernames too: one
 * account whatever their case), within one list: the targets'
 * handles on a network, or that network's cc list. A new handle is refused when another entry of its list
 * already has it, or another rename of the same run leads to it too (then each of them is refused: which target
 * the account is, is for a person to decide). Refusing one leaves its old handle in place, which may collide
 * with yet another new handle: repeated until nothing changes, so that what is written never holds a duplicate.
 * @returns reasons by index in `results`.
 */
export function renameConflicts(results: readonly HandleResult[]): Map<number, string> {
  const refused = new Map<number, string>();
  const key = (r: HandleResult, handle: string) =>
    `${r.role} ${r.network} ${(NETWORKS[r.network].normalizeHandle(handle) ?? handle).toLowerCase()}`;
  const renamed = (i: number) => follows(results[i]!) && !refused.has(i);
  for (let changed = true; changed; ) {
    changed = false;
    const holders = new Map<string, number[]>();
    results.forEach((r, i) => {
      const k = key(r, renamed(i) ? r.newHandle! : r.handle);
      holders.set(k, [...(holders.get(k) ?? []), i]);
    });
    for (const group of holders.values()) {
      if (group.length < 2) continue;
      const newOnes = group.filter(renamed);
      for (const i of newOnes) {
        const r = results[i]!;
        const other = group.find((j) => j !== i && !newOnes.includes(j)) ?? group.find((j) => j !== i)!;
        const mention = NETWORKS[r.network].mention(r.newHandle!);
        const name = NETWORKS[r.network].name;
        refused.set(
          i,
          newOnes.includes(other)
            ? `${mention} is also the new ${name} handle of ${whoIs(results[other]!)} in this check`
            : `${mention} is already the ${name} handle of ${whoIs(results[other]!)}`,
        );
        changed = true;
      }
    }
  }
  return refused;
}
