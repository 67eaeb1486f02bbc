// Campaigns without targets (a hashtag storm: "post with #hashtag" addresses no organisation). Drafting then
// writes a number of posts that mention no one (`pledge draft --count N`, 3 by default): each is drafted for a
// stand-in target, `post-1`, `post-2`, …, that the drafting engine knows to address no one: only templates
// without {mention} and {name} serve it, it gets no "no handle" warning, and `--network all` drafts it on every
// network. Asks take turns, in campaign order, among those with such a template.
import type { Campaign } from '../campaign/load.js';
import type { Target } from '../campaign/model.js';
import type { TemplatePart } from '../campaign/template.js';

/** How many posts `pledge draft` writes for a campaign without targets when `--count` is not given. */
export const DEFAULT_POST_COUNT = 3;

const standIns = new WeakSet<Target>();

/** True for the stand-in target of a post that addresses no one (see {@link untargetedPosts}). */
export function isUntargeted(target: Target): boolean {
  return standIns.has(target);
}

/** Whether a template names no one: no {mention} and no {name}. */
function namesNoOne(parts: readonly TemplatePart[]): boolean {
  return !parts.some((p) => 'placeholder' in p && (p.placeholder === 'mention' || p.placeholder === 'name'));
}

/** The indices of the templates that can serve a post that addresses no one. */
export function anyoneTemplates(parsed: readonly (readonly TemplatePart[])[]): number[] {
  return parsed.flatMap((parts, i) => (namesNoOne(parts) ? [i] : []));
}

/** The asks of a campaign that have a template naming no one, in campaign order. */
export function untargetedAsks(campaign: Pick<Campaign, 'asks'>): string[] {
  return Object.keys(campaign.asks).filter((id) => anyoneTemplates(campaign.asks[id]!.parsed).length > 0);
}

/**
 * `count` stand-in targets (`{id: "post-1", name: "Post 1", group: <ask>, ask: <ask>}`, no handle), one per
 * post, the asks of {@link untargetedAsks} taking turns. Empty when no ask has a template naming no one.
 */
export function untargetedPosts(campaign: Pick<Campaign, 'asks'>, count: number = DEFAULT_POST_COUNT): Target[] {
  const asks = untargetedAsks(campaign);
  if (!asks.length) return [];
  return Array.from({ length: count }, (_, i) => {
    const ask = asks[i % asks.length]!;
    const target: Target = { id: `post-${i + 1}`, name: `Post ${i + 1}`, group: ask, ask };
    standIns.add(target);
    return target;
  });
}
