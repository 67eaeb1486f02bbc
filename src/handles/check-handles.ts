// `pledge handles check` as data: every Bluesky and Mastodon handle of a campaign's targets, and every
// account it cc's there, checked with bounded concurrency, each outcome reported as it comes (for a progress bar), and
// when nothing at all
// answers (no network), the rest given up at once rather than each waiting for its own timeouts.
import type { Target } from '../campaign/model.js';
import type { ResolverContext } from './atproto.js';
import { checkBlueskyHandle } from './check-bluesky.js';
import { checkMastodonHandle } from './check-mastodon.js';
import { renameConflicts } from './rename-conflicts.js';
import type { HandleVerdict } from './verdict.js';

/** The networks whose handles can be checked without an account: Bluesky and Mastodon. */
export const CHECKABLE_NETWORKS = ['bluesky', 'mastodon'] as const;
export type CheckableNetwork = (typeof CHECKABLE_NETWORKS)[number];

/**
 * One handle: a target's (targets.json: `$.targets[index].handle` on X, `$.targets[index].handles.<network>`
 * elsewhere) or an account the campaign cc's (campaign.json: `$.cc[index]` on X, `$.networks.<network>.cc[index]`
 * elsewhere). A cc entry is a bare handle: it has no `checked` date and no DID (see {@link handleLocation}).
 */
export interface HandleEntry {
  /** `target`: a target's handle; `cc`: an account to cc on that network. */
  role: 'target' | 'cc';
  /** The target; null for a cc account. */
  target: { id: string; name: string } | null;
  /** The target's index in targets.json; for a cc account, its index in the network's cc list. */
  index: number;
  network: CheckableNetwork | 'x' | 'threads';
  handle: string;
  /** The stored DID (Bluesky targets). */
  storedDid?: string;
  /** The stored date of the last check, `YYYY-MM-DD`, or null (always null for a cc account: it has none). */
  checked: string | null;
}

/** Where a handle is written: the file (targets.json or campaign.json) and the JSON path of the handle string. */
export function handleLocation(e: Pick<HandleEntry, 'role' | 'index' | 'network'>): {
  file: 'targets.json' | 'campaign.json';
  path: (string | number)[];
} {
  if (e.role === 'cc')
    return {
      file: 'campaign.json',
      path: e.network === 'x' ? ['cc', e.index] : ['networks', e.network, 'cc', e.index],
    };
  return {
    file: 'targets.json',
    path: e.network === 'x' ? ['targets', e.index, 'handle'] : ['targets', e.index, 'handles', e.network, 'handle'],
  };
}

/** A JSON path as text: `$.networks.bluesky.cc[0]`. */
export function jsonPathText(path: readonly (string | number)[]): string {
  return `$${path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('')}`;
}

/** The accounts a campaign cc's, per network (campaign.json `cc` for X, `networks.<network>.cc` for the others). */
export type CcAccounts = Partial<Record<HandleEntry['network'], readonly string[]>>;

/**
 * One handle and its verdict; `conflict`: why its new handle (`renamed`, `moved`) must not be written (another
 * entry of its list has it, or gets it in the same check; see renameConflicts).
 */
export type HandleResult = HandleEntry & HandleVerdict & { network: CheckableNetwork; conflict?: string };

/** Options of {@link checkHandles}. */
export interface CheckHandlesOptions {
  /** Which networks to check (default both). */
  networks?: readonly CheckableNetwork[];
  /** How many handles are checked at once (default 8). */
  concurrency?: number;
  /**
   * The accounts the campaign cc's: checked like targets' handles (after them), X and Threads ones listed as not
   * checked.
   */
  cc?: CcAccounts;
  /** Called as each handle is done: the result, how many are done, and how many in all. */
  onResult?: (result: HandleResult, done: number, total: number) => void;
}

/** What {@link checkHandles} found: the checked handles in campaign order, and those no public lookup can check. */
export interface HandlesReport {
  results: HandleResult[];
  /** X and Threads handles: neither network can be asked without credentials; their `checked` date stays manual. */
  manual: HandleEntry[];
}

/**
 * The handles of `targets` on each network, in target order, then X, Bluesky, Mastodon, Threads; then the cc accounts.
 */
function handleEntries(targets: readonly Target[], cc: CcAccounts = {}): HandleEntry[] {
  const ofTargets = targets.flatMap((t, index) => {
    const target = { id: t.id, name: t.name };
    const out: HandleEntry[] = [];
    if (t.handle)
      out.push({ role: 'target', target, index, network: 'x', handle: t.handle, checked: t.handleChecked ?? null });
    for (const network of ['bluesky', 'mastodon', 'threads'] as const) {
      const h = t.handles?.[network];
      if (h)
        out.push({
          role: 'target',
          target,
          index,
          network,
          handle: h.handle,
          ...(h.did !== undefined && { storedDid: h.did }),
          checked: h.checked ?? null,
        });
    }
    return out;
  });
  const ofCc = (['x', 'bluesky', 'mastodon', 'threads'] as const).flatMap((network) =>
    (cc[network] ?? []).map((handle, index): HandleEntry => ({
      role: 'cc',
      target: null,
      index,
      network,
      handle,
      checked: null,
    })),
  );
  return [...ofTargets, ...ofCc];
}

/** The longest `detail` kept, in UTF-16 units. */
const MAX_DETAIL = 300;

const isCheckable = (e: HandleEntry): e is HandleEntry & { network: CheckableNetwork } =>
  e.network === 'bluesky' || e.network === 'mastodon';

/**
 * Checks every Bluesky and Mastodon handle of `targets`, then the accounts in `options.cc` (see check-bluesky.ts
 * and check-mastodon.ts; a cc account has no stored DID, so it is checked both ways by its handle), at most
 * `concurrency` at once. The first `concurrency` handles go first; the rest wait until one of those has an
 * answer, or all have none: then the network is taken to be down and the rest are `unreachable` without a
 * request (no network costs one round of timeouts, whatever the number of handles). Renames and moves whose
 * new handle another entry already has (or gets in this check) carry a `conflict` (see renameConflicts).
 */
export async function checkHandles(
  targets: readonly Target[],
  ctx: ResolverContext,
  options: CheckHandlesOptions = {},
): Promise<HandlesReport> {
  const networks = options.networks ?? CHECKABLE_NETWORKS;
  const entries = handleEntries(targets, options.cc);
  const todo = entries.filter(isCheckable).filter((e) => networks.includes(e.network));
  const manual = networks.length === CHECKABLE_NETWORKS.length ? entries.filter((e) => !isCheckable(e)) : [];
  const concurrency = Math.max(1, options.concurrency ?? 8);
  const results: HandleResult[] = [];
  let next = 0;
  let done = 0;
  let answered = false;
  let silent = 0;
  // The first `probe` handles find out whether there is a network at all: the others wait until one of them has
  // an answer (at once, usually) or all have none; then, with no network, they are given up without a request.
  const probe = Math.min(concurrency, todo.length);
  let probed = 0;
  let release!: () => void;
  const probing = new Promise<void>((resolve) => (release = resolve));
  const offline = () => !answered && silent >= probe;

  const one = async (e: (typeof todo)[number], i: number): Promise<HandleVerdict> => {
    if (i >= probe) await probing;
    if (offline())
      return {
        status: 'unreachable',
        cause: 'no-answer',
        detail: `not asked: the first ${silent} handles got no answer at all (no network?)`,
      };
    const verdict =
      e.network === 'bluesky'
        ? await checkBlueskyHandle(e.handle, e.storedDid, ctx)
        : await checkMastodonHandle(e.handle, ctx);
    // Only silence counts: a server that answered (an error, too much) shows that there is a network.
    if (verdict.status === 'unreachable' && (verdict.cause ?? 'no-answer') === 'no-answer') silent++;
    else {
      answered = true;
      release();
    }
    if (i < probe && ++probed === probe) release();
    return verdict;
  };
  const worker = async () => {
    while (next < todo.length) {
      const i = next++;
      const e = todo[i]!;
      const verdict = await one(e, i);
      // The detail quotes what servers answered: bounded, whatever they sent.
      const detail =
        verdict.detail.length > MAX_DETAIL ? `${verdict.detail.slice(0, MAX_DETAIL - 1)}…` : verdict.detail;
      const result: HandleResult = { ...e, ...verdict, detail, network: e.network };
      results[i] = result;
      options.onResult?.(result, ++done, todo.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, todo.length) }, worker));
  for (const [i, conflict] of renameConflicts(results)) results[i]!.conflict = conflict;
  return { results, manual };
}
