// `pledge check`'s offline rules on stored Bluesky DIDs. Offline, pledge cannot know what a DID's account is
// called now (`pledge handles check` asks the network); it flags what the file itself shows: a DID and a
// handle that cannot both be right, or that nothing confirmed together.
import { normalizeBlueskyHandle } from '../networks/bluesky.js';
import type { RuleProblem } from './check-rules.js';
import type { Target } from './model.js';

/**
 * Warnings (`handle-did`) where a stored DID and its Bluesky handle disagree:
 * - a DID without a `checked` date: `pledge handles check --write` writes the DID and the date together, so
 *   the entry was edited by hand since (a handle changed without a new check leaves the old account's DID);
 * - `did:web:<host>` beside a handle other than `<host>`: such an account's handle is its host;
 * - one DID on targets whose handles differ: one account cannot have two handles.
 */
export function didRules(targets: readonly Target[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const byDid = new Map<string, { index: number; handle: string }>();
  targets.forEach((t, i) => {
    const entry = t.handles?.bluesky;
    if (entry?.did === undefined) return;
    const { did } = entry;
    const handle = normalizeBlueskyHandle(entry.handle) ?? entry.handle;
    const at = ['targets', i, 'handles', 'bluesky', 'did'];
    const warn = (message: string) =>
      problems.push({ severity: 'warning', rule: 'handle-did', file: 'targets', at, message });
    const web = /^did:web:([^:%]+)$/.exec(did)?.[1]?.toLowerCase();
    if (web !== undefined && web !== handle)
      warn(`${did} is the account of ${web}, but the handle is @${handle}: run pledge handles check`);
    else if (!entry.checked)
      warn(
        `@${handle} has a stored DID but no checked date: if the handle was changed by hand, the DID is still the old account's; run pledge handles check`,
      );
    const first = byDid.get(did);
    if (first === undefined) byDid.set(did, { index: i, handle });
    else if (first.handle !== handle)
      warn(
        `${did} is also the DID of $.targets[${first.index}] (@${first.handle}): one account cannot have two handles; run pledge handles check`,
      );
  });
  return problems;
}
