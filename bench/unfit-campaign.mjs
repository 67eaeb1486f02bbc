// Generates a campaign where nothing fits, for the `pledge check` bench: 500 templates x 500 points (every
// wording over 280), 20 targets in 4 groups. Issue 11 measured 56 s to check such a campaign.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes the campaign into `dir` and returns it. */
export function writeUnfitCampaign(dir, { templates = 500, points = 500, targets = 20 } = {}) {
  mkdirSync(dir, { recursive: true });
  const pad = (n) => 'very '.repeat(n).trim();
  const campaign = {
    name: 'Nothing fits',
    hashtags: ['benchtag'],
    cc: ['BenchCc'],
    asks: {
      a: {
        templates: Array.from(
          { length: templates },
          (_, i) => `Template ${i}: dear {mention}, this is ${pad(10 + (i % 7))} important. {point} {hashtags} {cc}`,
        ),
      },
    },
  };
  const list = Array.from({ length: points }, (_, i) => ({
    id: `p${i}`,
    text: `Point ${i} is ${pad(50 + (i % 11))} long.`,
    short: `Point ${i} is ${pad(45 + (i % 5))} short.`,
  }));
  const people = Array.from({ length: targets }, (_, i) => ({
    id: `t${i}`,
    name: `Organisation ${i}`,
    handle: `org_${i}`,
    group: `g${i % 4}`,
    ask: 'a',
    handleChecked: '2026-10-01',
  }));
  writeFileSync(join(dir, 'campaign.json'), JSON.stringify(campaign, null, 2));
  writeFileSync(join(dir, 'targets.json'), JSON.stringify({ targets: people }, null, 2));
  writeFileSync(join(dir, 'points.json'), JSON.stringify({ points: list }, null, 2));
  return dir;
}
