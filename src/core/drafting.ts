// The drafting engine: one post per target and network, chosen among the target's wordings (see
// wordings.ts) by a per-network drafter (drafter.ts); each draft made by draft.ts.
import type { Campaign } from '../campaign/load.js';
import { networksOf, templatesOn } from '../campaign/networks.js';
import type { Target } from '../campaign/model.js';
import { NETWORK_IDS, type NetworkId, type NetworkOptions } from '../networks/index.js';
import { makeDraft, type Draft, type DraftOutcome, type DraftRun, type DraftSelection, type NetworkChoice, type Unfit } from './draft.js';
import { createDrafter, type Drafter } from './drafter.js';
import { createRandom, shuffled } from './random.js';
import { anyoneTemplates, isUntargeted } from './untargeted.js';
import { pointsFor, wordings } from './wordings.js';

export type { Draft, DraftOutcome, DraftRun, DraftSelection, NetworkChoice, Unfit };

/** The networks a target is drafted for under a choice (see {@link DraftSelection.network}). */
function networksFor(target: Target, choice: NetworkChoice = 'x'): NetworkId[] {
  if (choice !== 'all') return [choice];
  if (isUntargeted(target)) return [...NETWORK_IDS]; // a post to no one goes on every network
  const on = networksOf(target);
  return on.length ? on : ['x'];
}

/**
 * Whether every draft of a run for these targets under a choice is a Mastodon one (`--network mastodon`, or
 * `all` where every target is on Mastodon alone): without an instance, such a run has no intent URL at all.
 */
export function onlyMastodon(targets: readonly Target[], choice?: NetworkChoice): boolean {
  return targets.length > 0 && targets.every((t) => networksFor(t, choice).every((n) => n === 'mastodon'));
}

/** Drafts for every target of the selection, collected (see {@link draftEach}). */
export function draftAll(campaign: Campaign, seed: number, selection: DraftSelection = {}): DraftRun {
  const drafts: Draft[] = [];
  const unfit: Unfit[] = [];
  for (const outcome of draftEach(campaign, seed, selection)) {
    if (outcome.draft) drafts.push(outcome.draft);
    else unfit.push(outcome.unfit);
  }
  return { seed, drafts, unfit };
}

/**
 * Every other wording that fits a target: its templates x the points that suit its ask, both forms,
 * without repeats, in an order shuffled by the seed. For choosing another wording by hand.
 */
export function alternativesFor(
  campaign: Campaign,
  target: Target,
  seed: number,
  except: readonly string[] = [],
  network: NetworkId = 'x',
  options?: NetworkOptions,
): Draft[] {
  const seen = new Set(except);
  const out: Draft[] = [];
  const templates = isUntargeted(target)
    ? anyoneTemplates(templatesOn(campaign, target.ask, network).parsed)
    : undefined;
  const order = { points: pointsFor(campaign, target.ask), network, networkOptions: options, templates };
  for (const w of wordings(campaign, target, order)) {
    if (seen.has(w.text)) continue;
    seen.add(w.text);
    if (w.fits) out.push(makeDraft(campaign, target, network, w, options));
  }
  return shuffled(out, createRandom(seed));
}

/**
 * Drafts one post per target and network (see {@link DraftSelection.network}), one target at a time (so
 * exports stream in bounded memory). Each network has its own drafter (see drafter.ts), seeded alike: the
 * variation rules hold within a network, and a network's drafts do not depend on which others are drafted.
 */
export function* draftEach(campaign: Campaign, seed: number, selection: DraftSelection = {}): Generator<DraftOutcome> {
  const drafters = new Map<NetworkId, Drafter>();
  for (const target of selection.targets ?? campaign.targets) {
    for (const network of networksFor(target, selection.network)) {
      let drafter = drafters.get(network);
      if (!drafter) drafters.set(network, (drafter = createDrafter(campaign, seed, selection, network)));
      yield drafter(target);
    }
  }
}
