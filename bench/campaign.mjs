// Generates a campaign of N targets (20 points, 2 asks with 3 templates each) for the scale benches.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const words = [
  'rights',
  'safety',
  'evidence',
  'workers',
  'policy',
  'support',
  'justice',
  'health',
  'housing',
  'protection',
  'decriminalisation',
  'violence',
  'police',
  'migrants',
  'women',
];

/** Writes the campaign into `dir` and returns it. */
export function writeCampaign(dir, targets) {
  mkdirSync(dir, { recursive: true });
  const campaign = {
    name: `Generated campaign of ${targets} targets`,
    hashtags: ['benchtag'],
    cc: ['BenchCc'],
    asks: {
      support: {
        templates: [
          'Thank you {mention} for standing up for this. {point} {hashtags} {cc}',
          'I support {mention} on this. {point} {hashtags}',
          '{point} That is why I stand with {mention}. {hashtags} {cc}',
        ],
      },
      pledge: {
        templates: [
          'Will you pledge your support, {mention}? {point} {hashtags} {cc}',
          'I am asking {mention} to pledge support. {point} {hashtags}',
          'Please back this campaign, {mention}. {point} {hashtags} {cc}',
        ],
      },
    },
  };
  const points = Array.from({ length: 20 }, (_, i) => {
    const pick = (n, k) => Array.from({ length: n }, (_, j) => words[(i * 7 + j * k) % words.length]).join(' ');
    return {
      id: `point-${i}`,
      text: `Point ${i}: ${pick(14 + (i % 9), 3)}, and ${pick(8, 5)} matter to everyone.`,
      short: `Point ${i}: ${pick(5, 2)}.`,
    };
  });
  const list = Array.from({ length: targets }, (_, i) => ({
    id: `target-${i}`,
    name: `Organisation ${i} for ${words[i % words.length]}`,
    ...(i % 10 === 9 ? {} : { handle: `org_${i}`.slice(0, 15) }),
    group: `group-${i % 25}`,
    ask: i % 2 ? 'pledge' : 'support',
    handleSource: 'generated',
    handleChecked: '2026-10-01',
  }));
  writeFileSync(join(dir, 'campaign.json'), JSON.stringify(campaign, null, 2));
  writeFileSync(join(dir, 'targets.json'), JSON.stringify({ targets: list }, null, 2));
  writeFileSync(join(dir, 'points.json'), JSON.stringify({ points }, null, 2));
  return dir;
}
