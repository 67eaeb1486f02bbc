// The one enumeration of a target's wordings (templates x points x forms, rendered and counted): drafting,
// "another wording" in `-i` and every `pledge check` rule that asks "what could this target's tweet say" read
// it, so they cannot disagree.
import type { Campaign } from '../campaign/load.js';
import type { Point, Target } from '../campaign/model.js';
import { renderTemplate, type TemplateValues } from '../campaign/template.js';
import { countTweet, MAX_WEIGHTED_LENGTH, quickLength, type TweetCount } from './count.js';

/** Which text of a talking point a wording uses: `text` (long) or `short`. */
export type PointForm = 'long' | 'short';

/** Long before short: drafting prefers the fuller argument when it fits. */
export const POINT_FORMS: readonly PointForm[] = ['long', 'short'];

/** One wording of a target's tweet: one template of its ask filled with one form of one point. */
export interface Wording {
  /** Position of the point in the `points` given to {@link wordings}. */
  pointIndex: number;
  point: Point;
  form: PointForm;
  /** Index of the template in the ask's `templates`. */
  templateIndex: number;
  /** The rendered text, exactly as it would be posted. */
  text: string;
  /** Its length in weighted characters as X counts it (see {@link TweetCount}). */
  length: number;
  /**
   * The full count. Absent when the exact quick length ({@link quickLength}) decides alone (plain text
   * without links or emoji), which spares twitter-text for most candidates: count the text if you need it.
   */
  count?: TweetCount;
  /** Within the limit and made of characters X accepts (`count.valid`). */
  fits: boolean;
}

/** Which wordings {@link wordings} enumerates, and in what order. */
export interface WordingOrder {
  /** The points to use, in order (callers filter them by ask: see {@link pointSuits}). */
  points: readonly Point[];
  /** Template indices of the target's ask, in order; all of them in their own order by default. */
  templates?: readonly number[];
  /** The point forms, in order; long then short by default. */
  forms?: readonly PointForm[];
  /** Count every wording with twitter-text, without the quick length (the plain, slow way; same results). */
  plain?: boolean;
}

/** Whether a talking point suits an ask: points without `asks` suit every ask. */
export function pointSuits(point: Point, ask: string): boolean {
  return !point.asks || point.asks.includes(ask);
}

/** The points of a campaign that suit an ask, in campaign order. */
export function pointsFor(campaign: Campaign, ask: string): Point[] {
  return campaign.points.filter((p) => pointSuits(p, ask));
}

/** Handles as mentions, each once: the same handle written in another case is the same account. */
function mentions(handles: readonly string[]): string[] {
  const seen = new Set<string>();
  return handles.filter((h) => !seen.has(h.toLowerCase()) && seen.add(h.toLowerCase())).map((h) => `@${h}`);
}

/** What the campaign-wide placeholders become, computed once per campaign. */
const campaignValues = new WeakMap<Campaign, { hashtags: string; cc: string }>();

/**
 * What each placeholder becomes for one target and one point text: `{mention}` is `@handle` (or the name
 * without a handle); `{cc}` mentions each cc handle once and leaves out the target's own (handles compared
 * without case, as X does).
 */
export function templateValues(campaign: Campaign, target: Target, point: string): TemplateValues {
  let fixed = campaignValues.get(campaign);
  if (!fixed) {
    fixed = { hashtags: campaign.hashtags.map((h) => `#${h}`).join(' '), cc: mentions(campaign.cc).join(' ') };
    campaignValues.set(campaign, fixed);
  }
  const own = target.handle?.toLowerCase();
  const ccSelf = own !== undefined && campaign.cc.some((h) => h.toLowerCase() === own);
  return {
    mention: target.handle ? `@${target.handle}` : target.name,
    name: target.name,
    point,
    hashtags: fixed.hashtags,
    cc: ccSelf ? mentions(campaign.cc.filter((h) => h.toLowerCase() !== own)).join(' ') : fixed.cc,
  };
}

/**
 * Counts a text as drafting does: the exact quick length when it applies (a plain text of characters that
 * weigh 1, which X accepts whenever it is not empty), twitter-text otherwise. `length` is in weighted characters.
 */
export function measure(text: string, plain = false): { length: number; count?: TweetCount; fits: boolean } {
  const quick = plain ? undefined : quickLength(text);
  if (quick !== undefined) return { length: quick, fits: quick > 0 && quick <= MAX_WEIGHTED_LENGTH };
  const count = countTweet(text);
  return { length: count.weightedLength, count, fits: count.valid };
}

/**
 * Every wording for a target, rendered and counted, lazily: for each point (in `order.points` order), for
 * each form, for each template. Stop iterating as soon as you have what you need. Inputs are not changed.
 */
export function* wordings(campaign: Campaign, target: Target, order: WordingOrder): Generator<Wording> {
  const ask = campaign.asks[target.ask]!;
  const templates = order.templates ?? ask.parsed.map((_, i) => i);
  const forms = order.forms ?? POINT_FORMS;
  const base = templateValues(campaign, target, '');
  for (let pointIndex = 0; pointIndex < order.points.length; pointIndex++) {
    const point = order.points[pointIndex]!;
    for (const form of forms) {
      const values: TemplateValues = { ...base, point: form === 'long' ? point.text : point.short };
      for (const templateIndex of templates) {
        const text = renderTemplate(ask.parsed[templateIndex]!, values);
        yield { pointIndex, point, form, templateIndex, text, ...measure(text, order.plain) };
      }
    }
  }
}
