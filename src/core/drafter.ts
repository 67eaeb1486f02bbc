// One network's drafter: chooses a post per target among its wordings, keeping the run's variation state
// (points and templates used, texts handed out) for that network.
import type { Campaign } from '../campaign/load.js';
import { templatesOn } from '../campaign/networks.js';
import type { Target } from '../campaign/model.js';
import { NETWORKS, type NetworkId } from '../networks/index.js';
import { makeDraft, type DraftOutcome, type DraftSelection } from './draft.js';
import { describeCodePoints } from './count.js';
import { createRandom, randomInt, rotated, shuffled } from './random.js';
import { TextHashSet } from './hash-set.js';
import { postHash } from './text-hash.js';
import { anyoneTemplates, isUntargeted } from './untargeted.js';
import { pointSuits, wordings, type Wording } from './wordings.js';

/** Drafts for one target at a time, on one network. */
export type Drafter = (target: Target) => DraftOutcome;

/**
 * A drafter for one network. Candidates are the target's templates (on this network) x its points (long
 * form before short); the first that fits wins, in an order driven by the seed: points are shuffled once
 * per run and the least-used come first (so a run spreads its points); templates are rotated per target,
 * the least-used first too. A text already drafted on this network in this run is never handed out again.
 * Nothing is truncated: a target whose candidates all exceed the limit is reported as unfit.
 */
export function createDrafter(
  campaign: Campaign,
  seed: number,
  selection: DraftSelection,
  network: NetworkId,
): Drafter {
  const limit =
    network === 'mastodon' ? (selection.networkOptions?.maxLength ?? NETWORKS.mastodon.limit) : NETWORKS[network].limit;
  const random = createRandom(seed);
  const pointOrder = shuffled(campaign.points, random);
  const n = pointOrder.length;
  const pointUses = new Int32Array(n); // by position in pointOrder
  const templateUses = new Map<string, Int32Array>(); // by ask, then template index
  // Hashes of texts handed out: a collision can only make a candidate look like a repeat, never let one through.
  const usedTexts = new TextHashSet();
  let cursor = 0;
  // The points (positions in pointOrder) each ask may use, found once per ask.
  const eligibleFor = new Map<string, number[]>();
  const eligible = (ask: string) => {
    let list = eligibleFor.get(ask);
    if (!list) {
      list = [];
      pointOrder.forEach((p, i) => {
        if (pointSuits(p, ask) && (selection.pointId === undefined || p.id === selection.pointId)) list!.push(i);
      });
      eligibleFor.set(ask, list);
    }
    return list;
  };

  return (target) => {
    const { parsed } = templatesOn(campaign, target.ask, network);
    const templateCount = parsed.length;
    let tUses = templateUses.get(target.ask);
    if (!tUses) templateUses.set(target.ask, (tUses = new Int32Array(templateCount)));
    const uses = tUses;
    // A post that addresses no one takes only the templates that name no one.
    const usable = isUntargeted(target) ? anyoneTemplates(parsed) : Array.from({ length: templateCount }, (_, i) => i);
    const templateOrder = rotated(usable, randomInt(random, usable.length)).sort((a, b) => uses[a]! - uses[b]!);
    // Points: least used first, then in the run's shuffled order starting at the cursor.
    const start = cursor;
    const key = (i: number) => pointUses[i]! * n + ((i - start + n) % n);
    const order = eligible(target.ask)
      .slice()
      .sort((a, b) => key(a) - key(b));
    cursor = (cursor + 1) % n;

    let chosen: Wording | undefined;
    let chosenHash = 0;
    let shortest = Infinity;
    let repeats = 0;
    let refused: string | undefined;
    const points = order.map((i) => pointOrder[i]!);
    for (const w of wordings(campaign, target, {
      points,
      templates: templateOrder,
      plain: selection.plain,
      network,
      networkOptions: selection.networkOptions,
    })) {
      shortest = Math.min(shortest, w.length);
      if (!refused && w.count?.invalid.length && w.length <= limit) refused = describeCodePoints(w.count.invalid);
      if (!w.fits) continue;
      const hash = postHash(w.text);
      if (usedTexts.has(hash)) {
        repeats++;
        continue;
      }
      chosen = w;
      chosenHash = hash;
      break;
    }
    if (chosen) {
      usedTexts.add(chosenHash);
      pointUses[order[chosen.pointIndex]!]!++;
      uses[chosen.templateIndex]!++;
      return { draft: makeDraft(campaign, target, network, chosen, selection.networkOptions) };
    }
    const shortestLength = Number.isFinite(shortest) ? shortest : 0;
    const over = Math.max(0, shortestLength - limit);
    const reason =
      order.length === 0 ? 'no-points' : repeats > 0 ? 'all-repeats' : over > 0 ? 'too-long' : 'invalid-characters';
    return {
      unfit: {
        target,
        network,
        reason,
        shortestLength,
        over,
        limit,
        ...(reason === 'invalid-characters' && refused && { characters: refused }),
        ...(reason === 'no-points' && selection.pointId !== undefined && { pointId: selection.pointId }),
      },
    };
  };
}
