// `pledge check`'s warning for X drafts that would begin with a mention (X may show such a tweet only to people
// who follow both accounts) because of what a template puts first: a point or a target name that begins with
// "@" or "＠". Templates that begin with one themselves (their text, {mention}, {cc}, after empty placeholders)
// are warned about by campaignRules (check-rules.ts). The same test as `pledge draft`'s warning (core/draft.ts).
import type { RuleProblem } from './check-rules.js';
import { pointsByAsk } from './check-wordings.js';
import type { Campaign } from './load.js';
import { beginsWithMention, leadOf } from './template.js';

const MESSAGE = 'X may show the tweet only to people who follow both accounts; start with a word';

/**
 * Warnings (rule `template-starts-with-mention`) at each point or target name that an X template puts first
 * and that begins with a mention (templates that always begin with one are check-rules.ts's: campaignRules).
 */
export function leadingMentionRules(campaign: Campaign): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const points = pointsByAsk(campaign);
  const warnedPoints = new Set<string>();
  const warnedTargets = new Set<number>();
  for (const [askId, ask] of Object.entries(campaign.asks)) {
    ask.parsed.forEach((parts, i) => {
      const lead = leadOf(parts, campaign);
      if (lead === 'point') {
        for (const point of points(askId)) {
          const form = beginsWithMention(point.text) ? 'text' : beginsWithMention(point.short) ? 'short' : undefined;
          if (!form || warnedPoints.has(point.id)) continue;
          warnedPoints.add(point.id);
          problems.push({
            severity: 'warning',
            rule: 'template-starts-with-mention',
            file: 'points',
            at: ['points', campaign.points.indexOf(point), form],
            message: `begins with a mention, and template ${i + 1} of ask "${askId}" puts it first: ${MESSAGE}`,
          });
        }
      }
      if (lead === 'name') {
        campaign.targets.forEach((target, t) => {
          if (target.ask !== askId || !beginsWithMention(target.name) || warnedTargets.has(t)) return;
          warnedTargets.add(t);
          problems.push({
            severity: 'warning',
            rule: 'template-starts-with-mention',
            file: 'targets',
            at: ['targets', t, 'name'],
            message: `begins with a mention, and template ${i + 1} of ask "${askId}" puts the name first: ${MESSAGE}`,
          });
        });
      }
    });
  }
  return problems;
}
