// The checks `pledge check` adds to validation: whether each target can be drafted for at all, and the
// warnings a campaigner wants before sending a campaign to hundreds of supporters.
import { countTweet, MAX_WEIGHTED_LENGTH } from '../core/count.js';
import { pointSuits, templateValues } from '../core/fit.js';
import type { Problem } from '../errors.js';
import type { Campaign, CampaignFileKey } from './load.js';
import type { Target } from './schema.js';
import { renderTemplate, startsWithMention } from './template.js';
import type { JsonPath } from './validate.js';

/** A lint finding, located by file and JSON path (lines are found later). */
export interface Finding extends Omit<Problem, 'file' | 'line' | 'column' | 'path'> {
  file: CampaignFileKey;
  at: JsonPath;
}

/** Handles not checked for longer than this are stale. */
export const STALE_AFTER_MONTHS = 12;

interface Fit {
  /** Some wording fits this target. */
  fits: boolean;
  /** The shortest wording, as counted the safe way. */
  shortest: number;
}

/** Whether anything fits a target; stops at the first wording that does. */
function fitFor(campaign: Campaign, target: Target): Fit {
  const ask = campaign.asks[target.ask]!;
  let shortest = Infinity;
  for (const p of campaign.points.filter((p) => pointSuits(p, target.ask))) {
    for (const form of [p.short, p.text]) {
      for (const parts of ask.parsed) {
        const c = countTweet(renderTemplate(parts, templateValues(campaign, target, form)));
        if (c.fits) return { fits: true, shortest: c.safeLength };
        shortest = Math.min(shortest, c.safeLength);
      }
    }
  }
  return { fits: false, shortest };
}

/** The target of a list whose mention and name are shortest: where wordings most easily fit. */
function roomiest(targets: Target[]): Target | undefined {
  const size = (t: Target) => (t.handle ? t.handle.length + 1 : t.name.length) + t.name.length;
  return targets.reduce<Target | undefined>((best, t) => (!best || size(t) < size(best) ? t : best), undefined);
}

/** Distinct wordings (template x point x form) that fit at least the roomiest target of a group. */
function wordingsFor(campaign: Campaign, targets: Target[], enough: number): number {
  const keys = new Set<string>();
  for (const askId of new Set(targets.map((t) => t.ask))) {
    const target = roomiest(targets.filter((t) => t.ask === askId))!;
    const ask = campaign.asks[askId]!;
    for (const p of campaign.points.filter((p) => pointSuits(p, askId))) {
      for (const [form, text] of [['long', p.text], ['short', p.short]] as const) {
        ask.parsed.forEach((parts, i) => {
          if (keys.size >= enough) return;
          if (countTweet(renderTemplate(parts, templateValues(campaign, target, text))).fits) keys.add(`${askId}/${i}/${p.id}/${form}`);
        });
      }
    }
  }
  return keys.size;
}

function monthsBetween(from: Date, to: Date): number {
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth()) - (to.getUTCDate() < from.getUTCDate() ? 1 : 0);
}

/** Everything `pledge check` finds in a valid campaign, beyond what validation finds. */
export function lintCampaign(campaign: Campaign, now: Date = new Date()): Finding[] {
  const findings: Finding[] = [];
  for (const [askId, ask] of Object.entries(campaign.asks)) {
    ask.parsed.forEach((parts, i) => {
      if (startsWithMention(parts)) {
        findings.push({ severity: 'warning', rule: 'template-starts-with-mention', file: 'campaign', at: ['asks', askId, 'templates', i], message: 'begins with a mention: X may show the tweet only to people who follow both accounts; start with a word' });
      }
    });
  }

  campaign.targets.forEach((t, i) => {
    const fit = fitFor(campaign, t);
    if (!fit.fits) {
      const why = Number.isFinite(fit.shortest) ? `the shortest possible draft is ${fit.shortest}/${MAX_WEIGHTED_LENGTH}, ${fit.shortest - MAX_WEIGHTED_LENGTH} over` : `no talking point suits the ask "${t.ask}"`;
      findings.push({ severity: 'error', rule: 'unfit-target', file: 'targets', at: ['targets', i], message: `nothing fits for ${t.id}: ${why}` });
    }
    if (!t.handle) {
      findings.push({ severity: 'warning', rule: 'missing-handle', file: 'targets', at: ['targets', i], message: `${t.id} has no handle: its drafts name the organisation instead of mentioning it` });
    } else if (!t.handleChecked) {
      findings.push({ severity: 'warning', rule: 'handle-unchecked', file: 'targets', at: ['targets', i, 'handle'], message: `@${t.handle} was never checked: handles get renamed and taken over; check it and set handleChecked` });
    } else {
      const months = monthsBetween(new Date(`${t.handleChecked}T00:00:00Z`), now);
      if (months >= STALE_AFTER_MONTHS) {
        findings.push({ severity: 'warning', rule: 'handle-stale', file: 'targets', at: ['targets', i, 'handleChecked'], message: `@${t.handle} was last checked ${months} months ago (${t.handleChecked}): check it again` });
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
        return campaign.asks[askId]!.parsed.some((parts) => countTweet(renderTemplate(parts, templateValues(campaign, target, p.short))).fits);
      });
    if (!usable) {
      findings.push({ severity: 'warning', rule: 'unused-point', file: 'points', at: ['points', i], message: `${p.id} can never be used: ${why ?? 'even its short form does not fit any template for any target'}` });
    }
  });

  const groups = new Map<string, { first: number; targets: Target[] }>();
  campaign.targets.forEach((t, i) => {
    const g = groups.get(t.group);
    if (g) g.targets.push(t);
    else groups.set(t.group, { first: i, targets: [t] });
  });
  for (const [group, { first: i, targets }] of groups) {
    const wordings = wordingsFor(campaign, targets, targets.length);
    if (targets.length > 1 && wordings < targets.length) {
      findings.push({
        severity: 'warning',
        rule: 'few-variants',
        file: 'targets',
        at: ['targets', i, 'group'],
        message: `group "${group}" has ${targets.length} targets but only ${wordings} different wordings fit: near-identical tweets look like spam to X; add templates or points`,
      });
    }
  }
  return findings;
}
