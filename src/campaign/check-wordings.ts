// The rules of `pledge check` on what can be drafted, run once every file is valid. Each reads the drafting
// engine's own enumeration (core/wordings.ts), so that a campaign check passes without errors drafts every
// target, and one it fails says why: nothing fits, no point suits, or texts that would repeat.
import { MAX_WEIGHTED_LENGTH } from '../core/count.js';
import { postHash } from '../core/text-hash.js';
import { fitSummary, pointsFor, refusal, wordings } from '../core/wordings.js';
import { NETWORKS, type NetworkId } from '../networks/index.js';
import { repeatRules, type Reach } from './check-repeats.js';
import type { RuleProblem } from './check-rules.js';
import { unusedPointRule } from './check-unused-points.js';
import { handleOn } from './networks.js';
import type { Campaign } from './load.js';
import type { Point, Target } from './model.js';
import { plural } from '../ui/plural.js';

/** Per ask, the points that suit it (found once: a campaign may have 100,000 targets and 500 points). */
export function pointsByAsk(campaign: Campaign): (ask: string) => Point[] {
  const cache = new Map<string, Point[]>();
  return (ask) => {
    let points = cache.get(ask);
    if (!points) cache.set(ask, (points = pointsFor(campaign, ask)));
    return points;
  };
}

/** The target of a list whose mention (on `network`) and name are shortest: where wordings most easily fit. */
function roomiest(targets: Target[], network: NetworkId = 'x'): Target | undefined {
  let best: Target | undefined;
  let bestSize = Infinity;
  for (const t of targets) {
    const size = sizeOn(t, network);
    if (size < bestSize) [best, bestSize] = [t, size];
  }
  return best;
}

/** How much room a target's mention (on `network`) and name take in a wording, in UTF-16 units. */
function sizeOn(t: Target, network: NetworkId): number {
  const handle = handleOn(t, network)?.handle;
  return (handle ? NETWORKS[network].mention(handle).length : t.name.length) + t.name.length;
}

/** Per ask that targets have, its roomiest target on X (one pass over the targets: there may be 100,000). */
function roomiestByAsk(targets: readonly Target[]): Map<string, Target> {
  const best = new Map<string, { target: Target; size: number }>();
  for (const t of targets) {
    const size = sizeOn(t, 'x');
    const b = best.get(t.ask);
    if (!b || size < b.size) best.set(t.ask, { target: t, size });
  }
  return new Map([...best].map(([ask, b]) => [ask, b.target]));
}

/**
 * A target's templates split by whether their texts are the target's own: a template with `{mention}` or
 * `{name}` renders this target's handle or name, which no other target shares (handles are unique; a name
 * only counts when no other target has it).
 */
function splitTemplates(campaign: Campaign, target: Target, uniqueName: boolean): { own: number[]; shared: number[] } {
  const own: number[] = [];
  const shared: number[] = [];
  campaign.asks[target.ask]!.parsed.forEach((parts, i) => {
    const names = parts.some(
      (p) =>
        'placeholder' in p &&
        ((p.placeholder === 'mention' && (target.handle || uniqueName)) || (p.placeholder === 'name' && uniqueName)),
    );
    (names ? own : shared).push(i);
  });
  return { own, shared };
}

function reachOf(campaign: Campaign, target: Target, points: Point[], uniqueName: boolean): Reach {
  const templates = splitTemplates(campaign, target, uniqueName);
  // Short forms first: when something fits, it is most likely a short one.
  const own = fitSummary(campaign, target, { points, templates: templates.own, forms: ['short', 'long'] });
  if (own.fits) return OWN;
  let { shortest, refused } = own;
  const shared = new Set<number>();
  for (const w of wordings(campaign, target, { points, templates: templates.shared })) {
    if (w.fits) shared.add(postHash(w.text));
    else {
      shortest = Math.min(shortest, w.length);
      refused ??= refusal(w);
    }
  }
  return { own: false, shared: [...shared], ...(shared.size === 0 && { shortest, refused }) };
}

/** The reach of every target with a text of its own (most of them: one object for all). */
const OWN: Reach = Object.freeze({ own: true, shared: [] as number[] });

function unfitMessage(target: Target, suiting: number, shortest: number, refused: string | undefined): string {
  if (!suiting) return `nothing fits for ${target.id}: no talking point suits the ask "${target.ask}"`;
  if (shortest <= MAX_WEIGHTED_LENGTH)
    return `nothing fits for ${target.id}: every wording that is short enough is refused by X: ${refused ?? 'it contains characters X refuses'}`;
  return `nothing fits for ${target.id}: the shortest possible draft is ${shortest}/${MAX_WEIGHTED_LENGTH}, ${shortest - MAX_WEIGHTED_LENGTH} over`;
}

/** Different texts that fit at least the roomiest target of a group (on `network`, X by default), up to `enough`. */
export function wordingCount(
  campaign: Campaign,
  targets: Target[],
  enough: number,
  points: (ask: string) => Point[],
  network: NetworkId = 'x',
): number {
  const keys = new Set<number>();
  for (const askId of new Set(targets.map((t) => t.ask))) {
    const target = roomiest(
      targets.filter((t) => t.ask === askId),
      network,
    )!;
    if (!fitSummary(campaign, target, { points: points(askId), network }).fits) continue;
    for (const w of wordings(campaign, target, { points: points(askId), network })) {
      if (keys.size >= enough) return keys.size;
      if (w.fits) keys.add(postHash(w.text));
    }
  }
  return keys.size;
}

/** The rules on a valid campaign's wordings: unfit targets, repeats, points never used, groups with few wordings. */
export function wordingRules(campaign: Campaign): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const points = pointsByAsk(campaign);
  const names = new Map<string, number>();
  for (const t of campaign.targets) names.set(t.name, (names.get(t.name) ?? 0) + 1);

  const reach = campaign.targets.map((t, i) => {
    const suiting = points(t.ask);
    const r = reachOf(campaign, t, suiting, names.get(t.name) === 1);
    if (r.shortest === undefined) return r;
    problems.push({
      severity: 'error',
      rule: 'unfit-target',
      file: 'targets',
      at: ['targets', i],
      message: unfitMessage(t, suiting.length, r.shortest, r.refused),
    });
    return undefined;
  });
  problems.push(...repeatRules(campaign, reach));

  const candidates = [...roomiestByAsk(campaign.targets).values()].map((target) => ({ target }));
  problems.push(
    ...unusedPointRule(campaign, candidates, {
      noAsk: 'no target has an ask it suits',
      noFit: 'even its short form does not fit any template for any target',
    }),
  );

  const groups = new Map<string, { first: number; targets: Target[] }>();
  campaign.targets.forEach((t, i) => {
    const g = groups.get(t.group);
    if (g) g.targets.push(t);
    else groups.set(t.group, { first: i, targets: [t] });
  });
  for (const [group, { first: i, targets }] of groups) {
    if (targets.length < 2) continue;
    const count = wordingCount(campaign, targets, targets.length, points);
    if (count < targets.length) {
      problems.push({
        severity: 'warning',
        rule: 'few-variants',
        file: 'targets',
        at: ['targets', i, 'group'],
        message: `group "${group}" has ${targets.length} targets but only ${plural(count, 'different wording')} ${count === 1 ? 'fits' : 'fit'}: near-identical tweets look like spam to X; add templates or points`,
      });
    }
  }
  return problems;
}
