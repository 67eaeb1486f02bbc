import { isUntargeted } from '../core/untargeted.js';
import { handleOn } from '../campaign/networks.js';
import type { CampaignTime, Target } from '../campaign/model.js';
import { MAX_WEIGHTED_LENGTH } from '../core/count.js';
import type { Draft, DraftRun, Unfit } from '../core/drafting.js';
import { NETWORKS, type NetworkId } from '../networks/index.js';
import type { Colors } from '../ui/color.js';
import { shorten } from '../ui/quote.js';
import { oneLine, sanitize } from '../ui/sanitize.js';
import { NO_INSTANCE } from './unfit-reason.js';

/** `target` in the JSON document. */
interface TargetJson {
  id: string;
  name: string;
  handle: string | null;
  group: string;
}

/**
 * One draft in `pledge draft --json` (a stable, documented shape). With `--network`, `network` names the
 * draft's network, `target.handle` is the target's handle there, and the counts and intent URL are that
 * network's (`weightedLength` in its unit: weighted characters on X, graphemes on Bluesky, characters on
 * Mastodon and Threads); `intentUrl` is null on Mastodon when no instance is known.
 */
export interface DraftJson {
  target: TargetJson;
  network?: NetworkId;
  pointId: string;
  form: 'long' | 'short';
  ask: string;
  template: string;
  text: string;
  weightedLength: number;
  remaining: number;
  valid: boolean;
  intentUrl: string | null;
  warnings: string[];
}

export interface UnfitJson {
  target: TargetJson;
  network?: NetworkId;
  reason: Unfit['reason'];
  shortestLength: number;
  over: number;
}

/** The whole `pledge draft --json` document. */
export interface DraftsDocument {
  campaign: { name: string; time?: CampaignTime | undefined };
  seed: number;
  drafts: DraftJson[];
  unfit: UnfitJson[];
}

/** `target` in the JSON document; its handle is the one on `network` (X by default). */
function toTargetJson(t: Target, network: NetworkId = 'x'): TargetJson {
  return { id: t.id, name: t.name, handle: handleOn(t, network)?.handle ?? null, group: t.group };
}

/** A draft in the JSON document; `withNetwork` (the run was given `--network`) adds its `network`. */
export function toDraftJson(d: Draft, withNetwork = false): DraftJson {
  return {
    target: toTargetJson(d.target, d.network),
    ...(withNetwork && { network: d.network }),
    pointId: d.pointId,
    form: d.form,
    ask: d.ask,
    template: d.template,
    text: d.text,
    weightedLength: d.post.length,
    remaining: d.post.remaining,
    valid: d.post.valid,
    intentUrl: d.intentUrl,
    warnings: d.warnings,
  };
}

/** An unfit target in the JSON document (see {@link toDraftJson}). */
export function toUnfitJson(u: Unfit, withNetwork = false): UnfitJson {
  return {
    target: toTargetJson(u.target, u.network),
    ...(withNetwork && { network: u.network }),
    reason: u.reason,
    shortestLength: u.shortestLength,
    over: u.over,
  };
}

/** The `--json` document of a run. */
export function toDraftsDocument(campaignName: string, run: DraftRun, withNetwork = false): DraftsDocument {
  return {
    campaign: { name: campaignName },
    seed: run.seed,
    drafts: run.drafts.map((d) => toDraftJson(d, withNetwork)),
    unfit: run.unfit.map((u) => toUnfitJson(u, withNetwork)),
  };
}

/**
 * `Amnesty International  @AmnestyOnline  group`, sanitised: the handle on `network` (X by default) as a
 * mention there; `label` adds the network's name (runs given `--network`).
 */
export function formatTargetLine(t: Target, c: Colors, network: NetworkId = 'x', label = false): string {
  const own = handleOn(t, network)?.handle;
  const handle = own
    ? c.handle(oneLine(NETWORKS[network].mention(own)))
    : c.dim(isUntargeted(t) ? '(addresses no one)' : '(no handle)');
  return `${c.strong(oneLine(t.name))}  ${handle}  ${c.dim(oneLine(t.group))}${label ? `  ${c.dim(NETWORKS[network].name)}` : ''}`;
}

/** `231/280`, coloured by how close it is to the limit (X's 280 by default). */
export function formatCount(length: number, c: Colors, limit = MAX_WEIGHTED_LENGTH): string {
  const s = `${length}/${limit}`;
  return length > limit ? c.error(s) : limit - length < 20 ? c.warn(s) : c.ok(s);
}


/**
 * A draft's block: organisation, the draft (indented), count and intent URL; `label` as in {@link formatTargetLine}.
 */
export function formatDraftText(d: Draft, c: Colors, label = false): string {
  const body = sanitize(d.text)
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
  const url = d.intentUrl === null ? c.dim(NO_INSTANCE) : c.url(d.intentUrl);
  return `${formatTargetLine(d.target, c, d.network, label)}\n${body}\n  ${formatCount(d.post.length, c, d.post.limit)}  ${url}\n`;
}


/** One line per unfit target, for stderr (naming the network unless it is X). */
export function formatUnfit(u: Unfit): string {
  const who = `${oneLine(shorten(u.target.name))} (${shorten(u.target.id)})${u.network === 'x' ? '' : ` on ${NETWORKS[u.network].name}`}`;
  switch (u.reason) {
    case 'too-long':
      return `nothing fits for ${who}: the shortest draft is ${u.shortestLength}/${u.limit}, ${u.over} over; shorten a template or the short form of a point`;
    case 'all-repeats':
      return `nothing new fits for ${who}: every draft that fits was already used in this run; add templates or points`;
    case 'no-points':
      return u.pointId !== undefined
        ? `nothing to say to ${who}: the point "${oneLine(u.pointId)}" is not for the ask "${oneLine(u.target.ask)}" (see its "asks" in points.json)`
        : `nothing to say to ${who}: no talking point suits the ask "${oneLine(u.target.ask)}"`;
    case 'invalid-characters':
      return `nothing fits for ${who}: every draft short enough contains ${u.characters ?? `characters ${NETWORKS[u.network].name} refuses or that nobody would see`}; pledge check shows where they are`;
  }
}
