import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { wordingRules } from '../../src/campaign/check-wordings.js';
import { draftAll } from '../../src/core/drafting.js';
import { templateValues } from '../../src/core/template-values.js';
import { fitSummary, refusal, wordings } from '../../src/core/wordings.js';
import { arbitraryCampaign, makeCampaign } from '../support/campaigns.js';

// Counts template renderings, to tell whether lengths were known by arithmetic (without rendering).
const renders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/campaign/template.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/campaign/template.js')>();
  return {
    ...real,
    renderTemplate: (...args: Parameters<typeof real.renderTemplate>) => (
      renders.count++,
      real.renderTemplate(...args)
    ),
  };
});

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
};

describe('wordings: the one enumeration of a target’s wordings', () => {
  it('gives every template x point x form, points outermost, long before short, rendered and counted', () => {
    const campaign = makeCampaign();
    const target = campaign.targets[0]!;
    const all = [...wordings(campaign, target, { points: campaign.points })];
    expect(all).toHaveLength(3 * 2 * 2);
    expect(all.slice(0, 4).map((w) => [w.point.id, w.form, w.templateIndex])).toEqual([
      ['p1', 'long', 0],
      ['p1', 'long', 1],
      ['p1', 'short', 0],
      ['p1', 'short', 1],
    ]);
    expect(all[0]).toMatchObject({
      pointIndex: 0,
      text: 'Hello @OrgA, Point one, long. #tag @Cc',
      length: 38,
      fits: true,
    });
  });

  it('follows the order it is given, and changes nothing it reads', () => {
    const campaign = deepFreeze(makeCampaign());
    const target = campaign.targets[1]!;
    const points = [campaign.points[2]!, campaign.points[0]!];
    const order = [...wordings(campaign, target, { points, templates: [1, 0], forms: ['short'] })];
    expect(order.map((w) => [w.pointIndex, w.point.id, w.templateIndex])).toEqual([
      [0, 'p3', 1],
      [0, 'p3', 0],
      [1, 'p1', 1],
      [1, 'p1', 0],
    ]);
    expect(order[0]!.text).toBe('Dear Org B (@OrgB): Three. #tag');
  });

  it('mentions a cc handle written twice in different case once, in its first spelling', () => {
    const campaign = makeCampaign({ cc: ['CheckCc', 'Other', 'checkcc', 'CHECKCC'] });
    expect(templateValues(campaign, campaign.targets[0]!, '').cc).toBe('@CheckCc @Other');
    expect(draftAll(campaign, 1).drafts.every((d) => (d.text.match(/@checkcc/gi) ?? []).length <= 1)).toBe(true);
    const own = { ...campaign.targets[0]!, handle: 'CHECKCC' };
    expect(templateValues(campaign, own, '').cc).toBe('@Other');
  });
});

describe('--point keeps to the point’s asks', () => {
  it('drafts with the point for targets whose ask it suits, and names the point for the others', () => {
    const campaign = makeCampaign({
      templates: { a: ['For a, {mention}: {point}'], b: ['For b, {mention}: {point}'] },
      points: [
        { id: 'only-b', text: 'A point for ask b.', short: 'For b.', asks: ['b'] },
        { id: 'any', text: 'A point for any ask.', short: 'Any.' },
      ],
      targets: [
        { id: 'x', name: 'X', handle: 'X1', group: 'g', ask: 'a' },
        { id: 'y', name: 'Y', handle: 'Y1', group: 'g', ask: 'b' },
      ],
    });
    const run = draftAll(campaign, 1, { pointId: 'only-b' });
    expect(run.drafts.map((d) => [d.target.id, d.pointId])).toEqual([['y', 'only-b']]);
    expect(run.unfit).toEqual([
      expect.objectContaining({ target: expect.objectContaining({ id: 'x' }), reason: 'no-points', pointId: 'only-b' }),
    ]);
  });
});

// Campaigns where some templates name no target, so that texts repeat across targets.
const repeatingCampaign = fc
  .tuple(
    arbitraryCampaign,
    fc.subarray(
      ['Support decriminalisation. {point}', 'Rights now. {hashtags}', 'Hello {mention}, {point}', '{name}: {point}'],
      { minLength: 1 },
    ),
  )
  .map(([c, templates]) =>
    makeCampaign({ ...c, asks: undefined, templates: { ask: templates } } as Parameters<typeof makeCampaign>[0]),
  );

describe('check and draft agree (property)', () => {
  it('no error from the wording rules: every target is drafted, for every seed', () => {
    fc.assert(
      fc.property(
        fc.oneof(arbitraryCampaign, repeatingCampaign),
        fc.array(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 1, maxLength: 4 }),
        (campaign, seeds) => {
          const problems = wordingRules(campaign);
          const blocking = problems.filter((p) => p.severity === 'error' || p.rule === 'repeats');
          const unfitIn = (i: number) => problems.some((p) => p.rule === 'unfit-target' && p.at[1] === i);
          for (const s of seeds) {
            const run = draftAll(campaign, s);
            if (!blocking.length) expect(run.unfit).toEqual([]);
            // A target check calls unfit is never drafted, and one drafted is never called unfit.
            for (const d of run.drafts) expect(unfitIn(campaign.targets.indexOf(d.target))).toBe(false);
            for (const u of run.unfit)
              if (u.reason !== 'all-repeats') expect(unfitIn(campaign.targets.indexOf(u.target))).toBe(true);
          }
          // A certain repeat is certain: some target is left out whatever the seed.
          if (problems.some((p) => p.rule === 'repeats' && p.severity === 'error'))
            expect(draftAll(campaign, seeds[0]!).unfit.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the example of the issue: templates without {point} or {mention} are reported, and draft leaves targets out', () => {
    const campaign = makeCampaign({ templates: { ask: ['Decriminalise sex work now. {hashtags}'] } });
    expect(wordingRules(campaign)).toContainEqual(
      expect.objectContaining({ severity: 'error', rule: 'repeats', at: ['targets', 1] }),
    );
    expect(draftAll(campaign, 1).unfit.map((u) => u.reason)).toEqual(['all-repeats', 'all-repeats']);
  });
});

describe('characters X refuses', () => {
  it('are named, not reported as a negative "over" length, by draft and by check alike', () => {
    const campaign = makeCampaign({
      templates: { ask: ['Hi {mention}: {point}'] },
      points: [{ id: 'p', text: 'Rights\ufeff now.', short: 'Rights\u0000.' }],
    });
    const [unfit] = draftAll(campaign, 1).unfit;
    expect(unfit).toMatchObject({ reason: 'invalid-characters', over: 0 });
    expect(unfit!.characters).toMatch(/U\+FEFF/);
    const [problem] = wordingRules(campaign);
    expect(problem).toMatchObject({ severity: 'error', rule: 'unfit-target' });
    expect(problem!.message).toMatch(
      /^nothing fits for a: every wording that is short enough is refused by X: it contains U\+(FEFF|0000) /,
    );
    expect(problem!.message).not.toMatch(/over|-\d/);
  });
});

describe('lengths by arithmetic', () => {
  const odd = fc.constantFrom(
    'Hi {mention}: {point}',
    '{point}',
    '«{point}»',
    '{point}.{hashtags}',
    'A {point}  {point}\n{cc}',
    '§ {point} §',
    'See x.co {point}',
    '{point}\n\n{name}',
    'Plain {hashtags}',
  );
  const points = fc.array(
    fc.record({
      text: fc.constantFrom(
        'Rights now.',
        'Two  spaces.',
        ' lead',
        'e.g. this',
        'émigré ok',
        '§ sign',
        'line\nbreak',
        'long '.repeat(60).trim(),
        '🙂 emoji',
      ),
      short: fc.constantFrom('Short.', 'x', '.dot', 'dot.'),
    }),
    { minLength: 1, maxLength: 4 },
  );

  it('give every wording exactly the text, length and verdict of rendering and counting it (property)', () => {
    fc.assert(
      fc.property(arbitraryCampaign, fc.array(odd, { minLength: 1, maxLength: 3 }), points, (c, templates, ps) => {
        const campaign = makeCampaign({
          ...c,
          asks: undefined,
          templates: { ask: templates },
          points: ps.map((p, i) => ({ id: `p${i}`, ...p })),
        } as Parameters<typeof makeCampaign>[0]);
        for (const target of campaign.targets) {
          const fast = [...wordings(campaign, target, { points: campaign.points })].map((w) => ({
            text: w.text,
            length: w.length,
            fits: w.fits,
          }));
          const plain = [...wordings(campaign, target, { points: campaign.points, plain: true })].map((w) => ({
            text: w.text,
            length: w.length,
            fits: w.fits,
          }));
          expect(fast).toEqual(plain);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('are taken where the point sits between spaces: each template rendered once, each text only when read', () => {
    const campaign = makeCampaign(); // 2 templates, 3 points: 12 wordings
    const target = campaign.targets[0]!;
    renders.count = 0;
    const all = [...wordings(campaign, target, { points: campaign.points })];
    expect(all.map((w) => w.fits)).toEqual(Array(12).fill(true));
    expect(renders.count).toBe(2);
    expect(all[5]!.text).toBe('Dear Org A (@OrgA): Point two, long. #tag');
    expect(renders.count).toBe(3);
    renders.count = 0;
    void [...wordings(campaign, target, { points: campaign.points, plain: true })].length;
    expect(renders.count).toBe(12);
  });
});

describe('fitSummary', () => {
  it('answers in renderings proportional to templates + points where lengths are known by arithmetic', () => {
    const pad = 'words '.repeat(45).trim();
    const templates = Array.from({ length: 20 }, (_, i) => `Template ${i} for {mention}: ${pad} {point} {hashtags}`);
    const points = Array.from({ length: 30 }, (_, i) => ({
      id: `p${i}`,
      text: `Point ${i} ${pad}`,
      short: `Point ${i} short`,
    }));
    const campaign = makeCampaign({ templates: { ask: templates }, points });
    renders.count = 0;
    const summary = fitSummary(campaign, campaign.targets[0]!, { points: campaign.points });
    expect(summary.fits).toBe(false);
    expect(renders.count).toBe(20); // 20 x 30 x 2 = 1,200 wordings, none rendered
    expect(summary.shortest).toBe(
      Math.min(...[...wordings(campaign, campaign.targets[0]!, { points })].map((w) => w.length)),
    );
  });

  it('tells what going through every wording tells: whether one fits, else the shortest (property)', () => {
    const templates = fc.constantFrom(
      'Hi {mention}: {point}',
      '{point} {point}',
      '«{point}»',
      'See x.co {point}',
      'Plain {hashtags}',
      '{cc}',
      `${'pad '.repeat(60)}{point}`,
    );
    const text = fc.constantFrom(
      'Rights now.',
      'Two  spaces.',
      'e.g. this',
      'émigré ok',
      '§ sign',
      'long '.repeat(60).trim(),
      '🙂 emoji',
      'bad\ufeff',
    );
    const law = fc.property(
      arbitraryCampaign,
      fc.array(templates, { minLength: 1, maxLength: 3 }),
      fc.array(fc.record({ text, short: text }), { minLength: 1, maxLength: 4 }),
      fc.boolean(),
      (c, ts, ps, plain) => {
        const campaign = makeCampaign({
          ...c,
          asks: undefined,
          templates: { ask: ts },
          points: ps.map((p, i) => ({ id: `p${i}`, ...p })),
        } as Parameters<typeof makeCampaign>[0]);
        for (const target of campaign.targets) {
          const all = [...wordings(campaign, target, { points: campaign.points, plain })];
          const summary = fitSummary(campaign, target, { points: campaign.points, plain });
          expect(summary.fits).toBe(all.some((w) => w.fits));
          if (!summary.fits) expect(summary.shortest).toBe(Math.min(...all.map((w) => w.length)));
          if (!summary.fits) expect(summary.refused).toBe(all.map(refusal).find((r) => r !== undefined));
        }
      },
    );
    // A counterexample CI once found: the refusal of a later point's wording was reported, not the first one's.
    fc.assert(law, { numRuns: 300, seed: -1520830538 });
    fc.assert(law, { numRuns: 300 });
  });
});
