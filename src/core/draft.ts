// One draft: the Draft type, and making one from a wording that fits or from a text edited by hand (counted on
// its network, with its intent URL and warnings). The drafting engine (drafting.ts, drafter.ts) builds on it.
import type { Campaign } from '../campaign/load.js';
import { handleOn, templatesOn } from '../campaign/networks.js';
import type { Target } from '../campaign/model.js';
import { NETWORKS, type NetworkId, type NetworkOptions, type PostCount } from '../networks/index.js';
import { postOfTweet } from '../networks/x.js';
import { beginsWithMention } from '../campaign/template.js';
import { countTweet, describeCharacters, uncertainReasons, type TweetCount } from './count.js';
import { intentUrl } from './intent.js';
import { isUntargeted } from './untargeted.js';
import { measure, type PointForm, type Wording } from './wordings.js';

/** One ready-to-send post for one target on one network. */
export interface Draft {
  target: Target;
  /** The network the draft is for (`x` unless asked otherwise). */
  network: NetworkId;
  pointId: string;
  form: PointForm;
  /** The ask and which of its templates (on this network) produced the text. */
  ask: string;
  templateIndex: number;
  template: string;
  text: string;
  /** The network's count: length, limit, remaining, valid, unit. */
  post: PostCount;
  /** X's full count (twitter-text's weightedLength, the safe length, possible links); X drafts only. */
  count?: TweetCount;
  /** The network's compose intent with the text; null on Mastodon when no instance is known. */
  intentUrl: string | null;
  warnings: string[];
}

/** A target for which no template + point fits on a network. */
export interface Unfit {
  target: Target;
  network: NetworkId;
  /** Why: every candidate is over the limit, none is left that isn't a repeat, or no point suits the ask. */
  reason: 'too-long' | 'all-repeats' | 'no-points' | 'invalid-characters';
  /**
   * The shortest candidate as the network counts it (on X the safe count; 0 with no candidates), and how
   * far over the network's limit it is.
   */
  shortestLength: number;
  over: number;
  /**
   * For `invalid-characters`: the characters that rule out the candidates short enough, in words
   * (`U+FEFF (zero width no-break space (byte-order mark))`, see src/core/unsafe-chars.ts).
   */
  characters?: string;
  /** With `no-points`, the point drafting was limited to (`pointId`), which does not suit the target's ask. */
  pointId?: string;
  /** The network's limit the candidates were measured against. */
  limit: number;
}

export interface DraftRun {
  seed: number;
  drafts: Draft[];
  unfit: Unfit[];
}

/** What drafting one target gives: a draft, or the reason there is none. */
export type DraftOutcome = { draft: Draft; unfit?: undefined } | { draft?: undefined; unfit: Unfit };

/** `--network`: one network, or `all` (every network each target has a handle on). */
export type NetworkChoice = NetworkId | 'all';

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
  /**
   * The network to draft for (X by default). With `all`, each target gets one draft per network it has a
   * handle on, in the order x, bluesky, mastodon, threads; a target with no handle anywhere gets an X draft
   * that names it.
   */
  network?: NetworkChoice;
  /** Mastodon's instance (for intent URLs) and limit (`maxLength`). */
  networkOptions?: NetworkOptions;
}

function warningsFor(target: Target, network: NetworkId, text: string, count?: TweetCount): string[] {
  const warnings: string[] = [];
  if (!handleOn(target, network) && !isUntargeted(target))
    warnings.push(
      `no ${NETWORKS[network].name} handle on record for ${target.name}: the draft names the organisation instead of mentioning it`,
    );
  if (network === 'x' && beginsWithMention(text))
    warnings.push('the draft begins with a mention: X may show it only to people who follow both accounts');
  if (!count) return warnings;
  for (const link of count.links) {
    if (link.uncertain)
      warnings.push(
        `"${link.text}": X may or may not link it (${uncertainReasons(link)}); counted ${link.weight}, the larger reading`,
      );
  }
  if (count.notices.length)
    warnings.push(`the draft contains ${describeCharacters(count.notices)}, invisible outside emoji`);
  return warnings;
}

/** The draft of a wording that fits, for a target on a network (X's wordings are counted here if need be). */
export function makeDraft(
  campaign: Campaign,
  target: Target,
  network: NetworkId,
  w: Wording,
  options?: NetworkOptions,
): Draft {
  const count = network === 'x' ? (w.count ?? countTweet(w.text)) : undefined;
  return {
    target,
    network,
    pointId: w.point.id,
    form: w.form,
    ask: target.ask,
    templateIndex: w.templateIndex,
    template: templatesOn(campaign, target.ask, network).templates[w.templateIndex]!,
    text: w.text,
    post: w.post ?? postOfTweet(w.text, count!),
    ...(count && { count }),
    ...linkAndWarnings(campaign, target, network, w.text, options, count),
  };
}

/** Some browsers and apps cut URLs longer than this. */
const LONG_URL = 2000;

function linkAndWarnings(
  campaign: Campaign,
  target: Target,
  network: NetworkId,
  text: string,
  options?: NetworkOptions,
  count?: TweetCount,
): { intentUrl: string | null; warnings: string[] } {
  const url =
    network === 'x' ? intentUrl(text, campaign.intentUrl) : (NETWORKS[network].intentUrl(text, options) ?? null);
  const warnings = warningsFor(target, network, text, count);
  if (url && url.length > LONG_URL) {
    warnings.push(
      `the intent URL is ${url.length} characters long (the text has many non-ASCII characters); some browsers and apps cut URLs over ${LONG_URL}`,
    );
  }
  return { intentUrl: url, warnings };
}

/** The draft with its text replaced (edited by hand): recounted on its network, with a new intent URL and warnings. */
export function withText(campaign: Campaign, draft: Draft, text: string, options?: NetworkOptions): Draft {
  const { post, count } = draft.network === 'x' ? measureX(text) : measure(text, true, draft.network, options);
  const { count: _, ...rest } = draft;
  return {
    ...rest,
    text,
    post: post!,
    ...(count && { count }),
    ...linkAndWarnings(campaign, draft.target, draft.network, text, options, count),
  };
}

const measureX = (text: string) => measure(text, true);
