// The rules of `pledge check` on what a campaign without targets can draft (a hashtag storm: posts that address
// no one, see core/untargeted.ts), on the same wordings as drafting: a template that names no one must exist,
// some post must fit, `pledge draft`'s default number of posts must be different, and every point usable.
import { MAX_WEIGHTED_LENGTH } from '../core/count.js';
import { postHash } from '../core/text-hash.js';
import { anyoneTemplates, DEFAULT_POST_COUNT, untargetedAsks, untargetedPosts } from '../core/untargeted.js';
import { pointsFor, wordings } from '../core/wordings.js';
import type { RuleProblem } from './check-rules.js';
import { unusedPointRule } from './check-unused-points.js';
import type { Campaign } from './load.js';

/**
 * The wording rules of a valid campaign without targets: `unfit-target` (an error at `$.asks`: no template
 * without {mention} or {name}, or no post that fits X's 280), `few-variants` (a warning at `$.targets`: fewer
 * different posts fit than `pledge draft` writes by default, {@link DEFAULT_POST_COUNT}) and `unused-point`
 * (a warning: a point that no post can use).
 */
export function untargetedRules(campaign: Campaign): RuleProblem[] {
  const posts = untargetedPosts(campaign, untargetedAsks(campaign).length);
  const problems: RuleProblem[] = [];
  if (!posts.length) {
    const message =
      'the campaign has no targets, so its posts address no one, but every template has {mention} or {name}: add a template without them';
    return [{ severity: 'error', rule: 'unfit-target', file: 'campaign', at: ['asks'], message }];
  }
  const templates = (ask: string) => anyoneTemplates(campaign.asks[ask]!.parsed);
  const texts = new Set<number>();
  let shortest = Infinity;
  for (const post of posts) {
    for (const w of wordings(campaign, post, {
      points: pointsFor(campaign, post.ask),
      templates: templates(post.ask),
    })) {
      if (w.fits) texts.add(postHash(w.text));
      else shortest = Math.min(shortest, w.length);
      if (texts.size >= DEFAULT_POST_COUNT) break;
    }
  }
  if (texts.size === 0) {
    const why =
      Number.isFinite(shortest) && shortest > MAX_WEIGHTED_LENGTH
        ? `the shortest possible post is ${shortest}/${MAX_WEIGHTED_LENGTH}, ${shortest - MAX_WEIGHTED_LENGTH} over`
        : 'no wording is valid';
    problems.push({
      severity: 'error',
      rule: 'unfit-target',
      file: 'campaign',
      at: ['asks'],
      message: `nothing fits for a post that addresses no one: ${why}`,
    });
  } else if (texts.size < DEFAULT_POST_COUNT) {
    const message = `the campaign has no targets and only ${texts.size} different post${texts.size === 1 ? '' : 's'} fit${texts.size === 1 ? 's' : ''}: pledge draft writes ${DEFAULT_POST_COUNT} by default (--count); add templates or points`;
    problems.push({ severity: 'warning', rule: 'few-variants', file: 'targets', at: ['targets'], message });
  }
  const noPost = 'no post that addresses no one fits it (even its short form)';
  const candidates = posts.map((post) => ({ target: post, templates: templates(post.ask) }));
  problems.push(...unusedPointRule(campaign, candidates, { noAsk: noPost, noFit: noPost }));
  return problems;
}
