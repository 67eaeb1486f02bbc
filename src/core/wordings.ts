// The one enumeration of a target's wordings (templates x points x forms, rendered and counted): drafting,
// "another wording" in `-i` and every `pledge check` rule that asks "what could this target's tweet say" read
// it, so they cannot disagree.
import type { Campaign } from '../campaign/load.js';
import { templatesOn } from '../campaign/networks.js';
import type { Point, Target } from '../campaign/model.js';
import { renderTemplate, type TemplateValues } from '../campaign/template.js';
import { NETWORKS, type NetworkId, type NetworkOptions, type PostCount } from '../networks/index.js';
import { postOfTweet } from '../networks/x.js';
import { countTweet, MAX_WEIGHTED_LENGTH, quickLength, whyInvalid, type TweetCount } from './count.js';
import { templateValues } from './template-values.js';
import { framesFor, LazyWording, pieceOf } from './wording-lengths.js';

/** Which text of a talking point a wording uses: `text` (long) or `short`. */
export type PointForm = 'long' | 'short';

/** Long before short: drafting prefers the fuller argument when it fits. */
const POINT_FORMS: readonly PointForm[] = ['long', 'short'];

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
  /**
   * Its length as its network counts it: on X in weighted characters (see {@link TweetCount}), elsewhere in
   * the network's unit (see {@link PostCount}).
   */
  length: number;
  /**
   * X's full count. Absent on other networks, and when the exact quick length ({@link quickLength}) decides
   * alone (plain text without links or emoji), which spares twitter-text for most candidates: count the text
   * if you need it.
   */
  count?: TweetCount;
  /** The network's count (on X made from `count`); absent where `count` is. */
  post?: PostCount;
  /** Within the network's limit and breaking none of its rules (on X: `count.valid`). */
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
  /** The network the wordings are for: its handles, cc, templates and counting. X by default. */
  network?: NetworkId;
  /** Options of the network's counter (Mastodon's `maxLength`). */
  networkOptions?: NetworkOptions;
}

/** Whether a talking point suits an ask: points without `asks` suit every ask. */
export function pointSuits(point: Point, ask: string): boolean {
  return !point.asks || point.asks.includes(ask);
}

/** The points of a campaign that suit an ask, in campaign order. */
export function pointsFor(campaign: Campaign, ask: string): Point[] {
  return campaign.points.filter((p) => pointSuits(p, ask));
}

/**
 * Counts a text as drafting does. On X: the exact quick length when it applies (a plain text of characters
 * that weigh 1, which X accepts whenever it is not empty), twitter-text otherwise; `length` is in weighted
 * characters. Elsewhere: the network's counter.
 */
export function measure(
  text: string,
  plain = false,
  network: NetworkId = 'x',
  options?: NetworkOptions,
): { length: number; count?: TweetCount; post?: PostCount; fits: boolean } {
  if (network !== 'x') {
    const post = NETWORKS[network].count(text, options);
    return { length: post.length, post, fits: post.valid };
  }
  const quick = plain ? undefined : quickLength(text);
  if (quick !== undefined) return { length: quick, fits: quick > 0 && quick <= MAX_WEIGHTED_LENGTH };
  const count = countTweet(text);
  return { length: count.weightedLength, count, post: postOfTweet(text, count), fits: count.valid };
}

/**
 * Why X refuses a wording that is within the limit (`it contains U+FEFF (…) at character 3`, `it is empty`),
 * in words; undefined for one that fits or is only too long. For "nothing fits" messages that must not call
 * such a wording some number of characters "over".
 */
export function refusal(w: Pick<Wording, 'text' | 'length' | 'fits' | 'count'>): string | undefined {
  if (w.fits || w.length > MAX_WEIGHTED_LENGTH) return undefined;
  return whyInvalid(w.count ?? countTweet(w.text));
}

/**
 * Every wording for a target, rendered and counted, lazily: for each point (in `order.points` order), for
 * each form, for each template. Stop iterating as soon as you have what you need. Inputs are not changed.
 * Where the length is known by arithmetic (see above; never with `plain`), `text` is rendered on first read.
 */
export function* wordings(campaign: Campaign, target: Target, order: WordingOrder): Generator<Wording> {
  const network = order.network ?? 'x';
  const { parsed } = templatesOn(campaign, target.ask, network);
  const templates = order.templates ?? parsed.map((_, i) => i);
  const forms = order.forms ?? POINT_FORMS;
  const base = templateValues(campaign, target, '', network);
  // Lengths by arithmetic are X's (quick length): other networks count every wording.
  const exact = order.plain || network !== 'x';
  const frame = framesFor(parsed, base, exact);
  for (let pointIndex = 0; pointIndex < order.points.length; pointIndex++) {
    const point = order.points[pointIndex]!;
    for (const form of forms) {
      const values: TemplateValues = { ...base, point: form === 'long' ? point.text : point.short };
      const piece = exact ? undefined : pieceOf(point, form);
      for (const templateIndex of templates) {
        const parts = parsed[templateIndex]!;
        const f = piece === undefined ? undefined : frame(templateIndex);
        if (f) {
          yield new LazyWording(pointIndex, point, form, templateIndex, f.length + f.points * (piece! - 1), () =>
            renderTemplate(parts, values),
          );
          continue;
        }
        const text = renderTemplate(parts, values);
        const measured = measure(text, order.plain, network, order.networkOptions);
        yield { pointIndex, point, form, templateIndex, text, ...measured };
      }
    }
  }
}

/** What iterating {@link wordings} would tell about fitting, without a wording each where arithmetic applies. */
export interface FitSummary {
  /** Some wording fits. */
  fits: boolean;
  /** The shortest wording, in weighted characters (when nothing fits; Infinity without wordings). */
  shortest: number;
  /** When nothing fits: why X refuses the wordings within the limit, if some are (see {@link refusal}). */
  refused?: string;
}

/**
 * Whether any of a target's wordings fits, and the shortest one when none does: the same answer as going
 * through {@link wordings}, in time proportional to templates + points where lengths are known by
 * arithmetic (a template's shortest wording uses its shortest point text), rendering only the rest.
 */
export function fitSummary(campaign: Campaign, target: Target, order: WordingOrder): FitSummary {
  const network = order.network ?? 'x';
  const { parsed } = templatesOn(campaign, target.ask, network);
  const templates = order.templates ?? parsed.map((_, i) => i);
  const forms = order.forms ?? POINT_FORMS;
  const exact = order.plain || network !== 'x';
  const frame = framesFor(parsed, templateValues(campaign, target, '', network), exact);
  let minPiece = Infinity;
  const rest: Point[][] = forms.map(() => []); // per form, the points whose text needs rendering
  forms.forEach((form, f) => {
    for (const point of order.points) {
      const piece = exact ? undefined : pieceOf(point, form);
      if (piece === undefined) rest[f]!.push(point);
      else minPiece = Math.min(minPiece, piece);
    }
  });
  let shortest = Infinity;
  let refused: string | undefined;
  const arithmetic: number[] = [];
  const rendered: number[] = [];
  for (const i of templates) {
    const f = frame(i);
    if (!f) {
      rendered.push(i);
      continue;
    }
    arithmetic.push(i);
    if (minPiece === Infinity) continue;
    const length = f.length + f.points * (minPiece - 1);
    if (length > 0 && length <= MAX_WEIGHTED_LENGTH) return { fits: true, shortest: length };
    shortest = Math.min(shortest, length);
  }
  // The refusal reported is the one going through every wording meets first: order by point, form, template.
  let refusedAt = Infinity;
  const check = (points: Point[], form: PointForm, only: number[]) => {
    for (const w of wordings(campaign, target, { ...order, points, forms: [form], templates: only })) {
      if (w.fits) return true;
      shortest = Math.min(shortest, w.length);
      const why = refusal(w);
      if (why === undefined) continue;
      const at =
        (order.points.indexOf(w.point) * forms.length + forms.indexOf(form)) * templates.length +
        templates.indexOf(w.templateIndex);
      if (at < refusedAt) [refusedAt, refused] = [at, why];
    }
    return false;
  };
  // Templates without a frame, with every point; templates with one, with the points that need rendering.
  for (const form of forms) if (check(order.points as Point[], form, rendered)) return { fits: true, shortest };
  for (const [f, form] of forms.entries()) if (check(rest[f]!, form, arithmetic)) return { fits: true, shortest };
  return { fits: false, shortest, ...(refused !== undefined && { refused }) };
}
