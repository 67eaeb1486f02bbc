// The drafting engine: one tweet per target, chosen among the target's wordings (see wordings.ts).
import type { Campaign } from '../campaign/load.js';
import type { Target } from '../campaign/model.js';
import { countTweet, describeCharacters, describeCodePoints, MAX_WEIGHTED_LENGTH, type TweetCount } from './count.js';
import { intentUrl } from './intent.js';
import { textHash } from './text-hash.js';
import { createRandom, randomInt, rotated, shuffled } from './random.js';
import { pointsFor, pointSuits, wordings, type PointForm, type Wording } from './wordings.js';

/** One ready-to-send tweet for one target. */
export interface Draft {
  target: Target;
  pointId: string;
  form: PointForm;
  /** The ask and which of its templates produced the text. */
  ask: string;
  templateIndex: number;
  template: string;
  text: string;
  count: TweetCount;
  intentUrl: string;
  warnings: string[];
}

/** A target for which no template + point fits. */
export interface Unfit {
  target: Target;
  /** Why: every candidate is over the limit, none is left that isn't a repeat, or no point suits the ask. */
  reason: 'too-long' | 'all-repeats' | 'no-points' | 'invalid-characters';
  /** The shortest candidate, as X counts it (safe count; 0 with no candidates), and how far over the limit it is. */
  shortestLength: number;
  over: number;
  /**
   * For `invalid-characters`: the characters that rule out the candidates short enough, in words
   * (`U+FEFF (zero width no-break space (byte-order mark))`, see src/core/unsafe-chars.ts).
   */
  characters?: string;
  /** With `no-points`, the point drafting was limited to (`pointId`), which does not suit the target's ask. */
  pointId?: string;
}

export interface DraftRun {
  seed: number;
  drafts: Draft[];
  unfit: Unfit[];
}

/** What drafting one target gives: a draft, or the reason there is none. */
export type DraftOutcome = { draft: Draft; unfit?: undefined } | { draft?: undefined; unfit: Unfit };

export interface DraftSelection {
  /** Targets to draft for, in order; defaults to all of the campaign's. */
  targets?: Target[];
  /** Use only this talking point (for the targets whose ask it suits: the others are unfit, `no-points`). */
  pointId?: string;
  /**
   * Count every candidate with twitter-text (the plain, slow fitting). The default rules out candidates whose
   * exact length is known to be over the limit without twitter-text (`quickLength` in count.ts); the results are the
   * same, which a property test checks.
   */
  plain?: boolean;
}

function warningsFor(target: Target, text: string, count: TweetCount): string[] {
  const warnings: string[] = [];
  if (!target.handle) warnings.push(`no X handle on record for ${target.name}: the draft names the organisation instead of mentioning it`);
  if (text.startsWith('@')) warnings.push('the draft begins with a mention: X may show it only to people who follow both accounts');
  for (const link of count.links) {
    if (link.uncertain) warnings.push(`"${link.text}" is on a top-level domain added or retired since twitter-text's list: X may or may not link it; counted ${link.weight}, the larger reading`);
  }
  if (count.notices.length) warnings.push(`the draft contains ${describeCharacters(count.notices)}, invisible outside emoji`);
  return warnings;
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

function makeDraft(campaign: Campaign, target: Target, w: Wording, count: TweetCount): Draft {
  return {
    target,
    pointId: w.point.id,
    form: w.form,
    ask: target.ask,
    templateIndex: w.templateIndex,
    template: campaign.asks[target.ask]!.templates[w.templateIndex]!,
    text: w.text,
    count,
    ...linkAndWarnings(campaign, target, w.text, count),
  };
}

/** Some browsers and apps cut URLs longer than this. */
export const LONG_URL = 2000;

function linkAndWarnings(campaign: Campaign, target: Target, text: string, count: TweetCount): { intentUrl: string; warnings: string[] } {
  const url = intentUrl(text, campaign.intentUrl);
  const warnings = warningsFor(target, text, count);
  if (url.length > LONG_URL) {
    warnings.push(`the intent URL is ${url.length} characters long (the text has many non-ASCII characters); some browsers and apps cut URLs over ${LONG_URL}`);
  }
  return { intentUrl: url, warnings };
}

/** The draft with its text replaced (edited by hand): recounted, with a new intent URL and warnings. */
export function withText(campaign: Campaign, draft: Draft, text: string): Draft {
  const count = countTweet(text);
  return { ...draft, text, count, ...linkAndWarnings(campaign, draft.target, text, count) };
}

/**
 * Every other wording that fits a target: its templates x the points that suit its ask, both forms,
 * without repeats, in an order shuffled by the seed. For choosing another wording by hand.
 */
export function alternativesFor(campaign: Campaign, target: Target, seed: number, except: readonly string[] = []): Draft[] {
  const seen = new Set(except);
  const out: Draft[] = [];
  for (const w of wordings(campaign, target, { points: pointsFor(campaign, target.ask) })) {
    if (seen.has(w.text)) continue;
    seen.add(w.text);
    if (w.fits) out.push(makeDraft(campaign, target, w, w.count ?? countTweet(w.text)));
  }
  return shuffled(out, createRandom(seed));
}

/**
 * Drafts one tweet per target, one target at a time (so exports stream in bounded memory). Candidates are
 * the target's templates x its points (long form before short); the first that fits wins, in an order
 * driven by the seed: points are shuffled once per run and the least-used come first (so a run spreads its
 * points); templates are rotated per target, the least-used first too. A text already drafted in this run
 * is never handed out again. Nothing is truncated: a target whose candidates all exceed the limit is
 * reported as unfit.
 */
export function* draftEach(campaign: Campaign, seed: number, selection: DraftSelection = {}): Generator<DraftOutcome> {
  const random = createRandom(seed);
  const pointOrder = shuffled(campaign.points, random);
  const n = pointOrder.length;
  const pointUses = new Int32Array(n); // by position in pointOrder
  const templateUses = new Map<string, Int32Array>(); // by ask, then template index
  // Hashes of texts handed out: a collision can only make a candidate look like a repeat, never let one through.
  const usedTexts = new Set<number>();
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

  for (const target of selection.targets ?? campaign.targets) {
    const ask = campaign.asks[target.ask]!;
    let tUses = templateUses.get(target.ask);
    if (!tUses) templateUses.set(target.ask, (tUses = new Int32Array(ask.templates.length)));
    const uses = tUses;
    const templateOrder = rotated(
      ask.templates.map((_, i) => i),
      randomInt(random, ask.templates.length),
    ).sort((a, b) => uses[a]! - uses[b]!);
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
    for (const w of wordings(campaign, target, { points, templates: templateOrder, plain: selection.plain })) {
      shortest = Math.min(shortest, w.length);
      if (!refused && w.count?.invalid.length && w.length <= MAX_WEIGHTED_LENGTH) refused = describeCodePoints(w.count.invalid);
      if (!w.fits) continue;
      const hash = textHash(w.text);
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
      yield { draft: makeDraft(campaign, target, chosen, chosen.count ?? countTweet(chosen.text)) };
    } else {
      const shortestLength = Number.isFinite(shortest) ? shortest : 0;
      const over = Math.max(0, shortestLength - MAX_WEIGHTED_LENGTH);
      const reason = order.length === 0 ? 'no-points' : repeats > 0 ? 'all-repeats' : over > 0 ? 'too-long' : 'invalid-characters';
      yield { unfit: { target, reason, shortestLength, over, ...(reason === 'invalid-characters' && refused && { characters: refused }), ...(reason === 'no-points' && selection.pointId !== undefined && { pointId: selection.pointId }) } };
    }
  }
}
