// The rules `pledge check` adds to validation, on a valid campaign: whether each target can be drafted for at
// all, and the warnings a campaigner wants before sending a campaign to hundreds of supporters. Every rule
// that asks what a target's tweet could say reads the drafting engine's own enumeration (core/wordings.ts).
import { MAX_WEIGHTED_LENGTH } from '../core/count.js';
import { pointsFor, pointSuits, wordings } from '../core/wordings.js';
import type { Campaign, CampaignFileKey } from './load.js';
import type { Point, Target } from './model.js';
import { startsWithMention } from './template.js';
import type { UnlocatedProblem } from './validate.js';

/** A problem a check rule found, in one of the campaign's files, located by JSON path (lines come later). */
export type RuleProblem = UnlocatedProblem & { file: CampaignFileKey };

/** Handles not checked for longer than this are stale. */
export const STALE_AFTER_MONTHS = 12;

/** Per ask, the points that suit it (found once: a campaign may have 100,000 targets and 500 points). */
function pointsByAsk(campaign: Campaign): (ask: string) => Point[] {
  const cache = new Map<string, Point[]>();
  return (ask) => {
    let points = cache.get(ask);
    if (!points) cache.set(ask, (points = pointsFor(campaign, ask)));
    return points;
  };
}

/** The shortest wording for a target (weighted characters), or undefined when some wording fits. */
function shortestUnfit(campaign: Campaign, target: Target, points: Point[]): number | undefined {
  let shortest = Infinity;
  // Short forms first: when something fits, it is most likely a short one.
  for (const w of wordings(campaign, target, { points, forms: ['short', 'long'] })) {
    if (w.fits) return undefined;
    shortest = Math.min(shortest, w.length);
  }
  return shortest;
}

/** The target of a list whose mention and name are shortest: where wordings most easily fit. */
function roomiest(targets: Target[]): Target | undefined {
  const size = (t: Target) => (t.handle ? t.handle.length + 1 : t.name.length) + t.name.length;
  return targets.reduce<Target | undefined>((best, t) => (!best || size(t) < size(best) ? t : best), undefined);
}

/** Distinct wordings (template x point x form) that fit at least the roomiest target of a group, up to `enough`. */
function wordingCount(campaign: Campaign, targets: Target[], enough: number, points: (ask: string) => Point[]): number {
  const keys = new Set<string>();
  for (const askId of new Set(targets.map((t) => t.ask))) {
    const target = roomiest(targets.filter((t) => t.ask === askId))!;
    for (const w of wordings(campaign, target, { points: points(askId) })) {
      if (keys.size >= enough) return keys.size;
      if (w.fits) keys.add(`${askId}/${w.templateIndex}/${w.point.id}/${w.form}`);
    }
  }
  return keys.size;
}

function monthsBetween(from: Date, to: Date): number {
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth()) - (to.getUTCDate() < from.getUTCDate() ? 1 : 0);
}

/** Everything the check rules find in a valid campaign; `now` is "today", for handle staleness. */
export function checkRules(campaign: Campaign, now: Date = new Date()): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const points = pointsByAsk(campaign);
  for (const [askId, ask] of Object.entries(campaign.asks)) {
    ask.parsed.forEach((parts, i) => {
      if (startsWithMention(parts)) {
        problems.push({ severity: 'warning', rule: 'template-starts-with-mention', file: 'campaign', at: ['asks', askId, 'templates', i], message: 'begins with a mention: X may show the tweet only to people who follow both accounts; start with a word' });
      }
    });
  }

  campaign.targets.forEach((t, i) => {
    const suiting = points(t.ask);
    const shortest = shortestUnfit(campaign, t, suiting);
    if (shortest !== undefined) {
      const why = suiting.length ? `the shortest possible draft is ${shortest}/${MAX_WEIGHTED_LENGTH}, ${shortest - MAX_WEIGHTED_LENGTH} over` : `no talking point suits the ask "${t.ask}"`;
      problems.push({ severity: 'error', rule: 'unfit-target', file: 'targets', at: ['targets', i], message: `nothing fits for ${t.id}: ${why}` });
    }
    if (!t.handle) {
      problems.push({ severity: 'warning', rule: 'missing-handle', file: 'targets', at: ['targets', i], message: `${t.id} has no handle: its drafts name the organisation instead of mentioning it` });
    } else if (!t.handleChecked) {
      problems.push({ severity: 'warning', rule: 'handle-unchecked', file: 'targets', at: ['targets', i, 'handle'], message: `@${t.handle} was never checked: handles get renamed and taken over; check it and set handleChecked` });
    } else {
      const months = monthsBetween(new Date(`${t.handleChecked}T00:00:00Z`), now);
      if (months >= STALE_AFTER_MONTHS) {
        problems.push({ severity: 'warning', rule: 'handle-stale', file: 'targets', at: ['targets', i, 'handleChecked'], message: `@${t.handle} was last checked ${months} months ago (${t.handleChecked}): check it again` });
      }
    }
  });

  campaign.points.forEach((p, i) => {
    const targets = campaign.targets.filter((t) => pointSuits(p, t.ask));
    const why = targets.length === 0 ? 'no target has an ask it suits' : undefined;
    const usable =
      !why &&
      [...new Set(targets.map((t) => t.ask))].some((askId) => {
        const target = roomiest(targets.filter((t) => t.ask === askId))!;
        for (const w of wordings(campaign, target, { points: [p], forms: ['short'] })) if (w.fits) return true;
        return false;
      });
    if (!usable) {
      problems.push({ severity: 'warning', rule: 'unused-point', file: 'points', at: ['points', i], message: `${p.id} can never be used: ${why ?? 'even its short form does not fit any template for any target'}` });
    }
  });

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
        message: `group "${group}" has ${targets.length} targets but only ${count} different wordings fit: near-identical tweets look like spam to X; add templates or points`,
      });
    }
  }
  return problems;
}
