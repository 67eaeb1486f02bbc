import fc from 'fast-check';
import type { Campaign } from '../../src/campaign/load.js';
import { parseTemplate } from '../../src/campaign/template.js';

/** A campaign built in memory, for the pure drafting code. */
export function makeCampaign(
  overrides: Partial<Omit<Campaign, 'asks'>> & { templates?: Record<string, string[]> } = {},
): Campaign {
  const templates = overrides.templates ?? {
    ask: ['Hello {mention}, {point} {hashtags} {cc}', 'Dear {name} ({mention}): {point} {hashtags}'],
  };
  const asks = Object.fromEntries(
    Object.entries(templates).map(([id, ts]) => [id, { templates: ts, parsed: ts.map(parseTemplate) }]),
  );
  const firstAsk = Object.keys(asks)[0]!;
  return {
    dir: '/in-memory',
    name: 'In-memory campaign',
    hashtags: ['tag'],
    cc: ['Cc'],
    intentUrl: 'https://x.com/intent/tweet',
    targets: [
      { id: 'a', name: 'Org A', handle: 'OrgA', group: 'g', ask: firstAsk },
      { id: 'b', name: 'Org B', handle: 'OrgB', group: 'g', ask: firstAsk },
      { id: 'c', name: 'Org C', group: 'h', ask: firstAsk },
    ],
    points: [
      { id: 'p1', text: 'Point one, long.', short: 'One.' },
      { id: 'p2', text: 'Point two, long.', short: 'Two.' },
      { id: 'p3', text: 'Point three, long.', short: 'Three.' },
    ],
    ...overrides,
    asks,
  };
}

const word = fc.constantFrom(
  'rights',
  'safety',
  'sex',
  'workers',
  'evidence',
  'law',
  'Amnesty',
  '例',
  '🙂',
  'états',
  'e.g.',
  'amnesty.org',
  'foo.music',
  '#tag',
  '@x',
  '—',
  '…',
  '👩‍👩‍👧',
);
const sentence = (maxWords: number) =>
  fc.array(word, { minLength: 1, maxLength: maxWords }).map((w) => `${w.join(' ')}.`);
const handle = fc.stringMatching(/^[A-Za-z0-9_]{1,15}$/);

/** Random campaigns: points from short to far too long, mixed scripts, emoji and link-like words. */
export const arbitraryCampaign: fc.Arbitrary<Campaign> = fc
  .record({
    points: fc.array(fc.record({ text: sentence(70), short: sentence(20) }), { minLength: 1, maxLength: 6 }),
    targets: fc.array(
      fc.record({ name: sentence(6), handle: fc.option(handle, { nil: undefined }), group: fc.constantFrom('g', 'h') }),
      { minLength: 1, maxLength: 8 },
    ),
    templates: fc.array(
      fc.constantFrom(
        'Hello {mention}, {point} {hashtags} {cc}',
        '{point} Thanks {mention}! {hashtags}',
        'Dear {name}: {point}\n{hashtags} {cc}',
        'Please, {mention}: {point} {point}',
      ),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ points, targets, templates }) =>
    makeCampaign({
      templates: { ask: templates },
      points: points.map((p, i) => ({ id: `p${i}`, ...p })),
      targets: targets.map((t, i) => ({ id: `t${i}`, ask: 'ask', ...t })),
    }),
  );
