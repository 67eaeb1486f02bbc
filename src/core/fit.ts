import type { Campaign } from '../campaign/load.js';
import type { Point, Target } from '../campaign/schema.js';
import { renderTemplate, type TemplateValues } from '../campaign/template.js';
import { countTweet, MAX_WEIGHTED_LENGTH, quickLength, type TweetCount } from './count.js';
import { intentUrl } from './intent.js';
import { lazySorted, textHash } from './order.js';
import { createRandom, randomInt, rotated, shuffled } from './random.js';

export type PointForm = 'long' | 'short';

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
  /** Use only this talking point. */
  pointId?: string;
  /**
   * Count every candidate with twitter-text (the plain, slow fitting). The default rules out candidates whose
   * exact length is known to be over the limit without twitter-text ({@link quickLength}); the results are the
   * same, which a property test checks.
   */
  plain?: boolean;
}

/** Whether a talking point suits an ask: points without `asks` suit every ask. */
export function pointSuits(point: Point, ask: string): boolean {
  return !point.asks || point.asks.includes(ask);
}

/** What each placeholder becomes for one target (and one point text). */
export function templateValues(campaign: Campaign, target: Target, point: string): TemplateValues {
  let fixed = campaignValues.get(campaign);
  if (!fixed) {
    fixed = { hashtags: campaign.hashtags.map((h) => `#${h}`).join(' '), cc: campaign.cc.map((h) => `@${h}`).join(' ') };
    campaignValues.set(campaign, fixed);
  }
  const own = target.handle?.toLowerCase();
  const ccSelf = own !== undefined && campaign.cc.some((h) => h.toLowerCase() === own);
  return {
    mention: target.handle ? `@${target.handle}` : target.name,
    name: target.name,
    point,
    hashtags: fixed.hashtags,
    cc: ccSelf
      ? campaign.cc
          .filter((h) => h.toLowerCase() !== own)
          .map((h) => `@${h}`)
          .join(' ')
      : fixed.cc,
  };
}

/** What templateValues computes once per campaign. */
const campaignValues = new WeakMap<Campaign, { hashtags: string; cc: string }>();

interface Candidate {
  point: Point;
  form: PointForm;
  templateIndex: number;
}

function* candidates(points: readonly Point[], templateOrder: readonly number[]): Generator<Candidate> {
  for (const point of points) {
    for (const form of ['long', 'short'] as const) {
      for (const templateIndex of templateOrder) yield { point, form, templateIndex };
    }
  }
}

function warningsFor(target: Target, text: string, count: TweetCount): string[] {
  const warnings: string[] = [];
  if (!target.handle) warnings.push(`no X handle on record for ${target.name}: the draft names the organisation instead of mentioning it`);
  if (text.startsWith('@')) warnings.push('the draft begins with a mention: X may show it only to people who follow both accounts');
  for (const link of count.possibleLinks) {
    warnings.push(`X may count "${link}" as a link (23 characters); it was counted that way to be safe`);
  }
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

/** The text of a candidate for a target (`values`: the target's template values, point aside). */
function render(campaign: Campaign, target: Target, c: Candidate, values: TemplateValues = templateValues(campaign, target, '')): string {
  const ask = campaign.asks[target.ask]!;
  values.point = c.form === 'long' ? c.point.text : c.point.short;
  return renderTemplate(ask.parsed[c.templateIndex]!, values);
}

function makeDraft(campaign: Campaign, target: Target, c: Candidate, text: string, count: TweetCount): Draft {
  return {
    target,
    pointId: c.point.id,
    form: c.form,
    ask: target.ask,
    templateIndex: c.templateIndex,
    template: campaign.asks[target.ask]!.templates[c.templateIndex]!,
    text,
    count,
    ...linkAndWarnings(campaign, target, text, count),
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
  const ask = campaign.asks[target.ask]!;
  const points = campaign.points.filter((p) => pointSuits(p, target.ask));
  const seen = new Set(except);
  const out: Draft[] = [];
  for (const c of candidates(points, ask.templates.map((_, i) => i))) {
    const text = render(campaign, target, c);
    if (seen.has(text)) continue;
    seen.add(text);
    const count = countTweet(text);
    if (count.fits) out.push(makeDraft(campaign, target, c, text, count));
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
        if (selection.pointId ? p.id === selection.pointId : pointSuits(p, ask)) list!.push(i);
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
    const order = lazySorted(
      eligible(target.ask),
      (i) => pointUses[i]! * n + ((i - start + n) % n),
      (i) => pointOrder[i]!,
    );
    cursor = (cursor + 1) % n;

    let chosen: Draft | undefined;
    let chosenIndex = -1;
    let chosenHash = 0;
    let shortest = Infinity;
    let repeats = 0;
    let any = false;
    const values = templateValues(campaign, target, '');
    search: for (const [pointIndex, point] of order) {
      any = true;
      for (const form of ['long', 'short'] as const) {
        for (const templateIndex of templateOrder) {
          const c = { point, form, templateIndex };
          const text = render(campaign, target, c, values);
          const quick = selection.plain ? undefined : quickLength(text);
          if (quick !== undefined && quick > MAX_WEIGHTED_LENGTH) {
            shortest = Math.min(shortest, quick);
            continue;
          }
          const count = countTweet(text);
          shortest = Math.min(shortest, count.safeLength);
          if (!count.fits) continue;
          const hash = textHash(text);
          if (usedTexts.has(hash)) {
            repeats++;
            continue;
          }
          chosen = makeDraft(campaign, target, c, text, count);
          chosenIndex = pointIndex;
          chosenHash = hash;
          break search;
        }
      }
    }
    if (chosen) {
      usedTexts.add(chosenHash);
      pointUses[chosenIndex]!++;
      uses[chosen.templateIndex]!++;
      yield { draft: chosen };
    } else {
      const shortestLength = Number.isFinite(shortest) ? shortest : 0;
      const over = Math.max(0, shortestLength - MAX_WEIGHTED_LENGTH);
      const reason = !any ? 'no-points' : repeats > 0 ? 'all-repeats' : over > 0 ? 'too-long' : 'invalid-characters';
      yield { unfit: { target, reason, shortestLength, over } };
    }
  }
}

