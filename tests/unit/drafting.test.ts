import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { countTweet } from '../../src/core/count.js';
import { draftAll } from '../../src/core/drafting.js';
import { intentText } from '../../src/core/intent.js';
import { arbitraryCampaign, makeCampaign } from '../support/campaigns.js';

// Counts full counts (twitter-text's grammar and all), and can make every text hash alike, to tell which
// path drafting takes.
const spy = vi.hoisted(() => ({ counts: 0, sameHash: false }));
vi.mock('../../src/core/count.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/count.js')>();
  return { ...real, countTweet: (text: string) => (spy.counts++, real.countTweet(text)) };
});
vi.mock('../../src/core/text-hash.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/text-hash.js')>();
  return {
    textHash: (text: string) => (spy.sameHash ? 0 : real.textHash(text)),
    postHash: (text: string) => (spy.sameHash ? 0 : real.postHash(text)),
  };
});

/** The run, and how many texts were counted in full to make it. */
function counted(run: () => ReturnType<typeof draftAll>) {
  spy.counts = 0;
  const result = run();
  return { run: result, counts: spy.counts };
}

const seed = fc.integer({ min: 0, max: 0xffffffff });

describe('draftAll', () => {
  it('writes one draft per target from its templates and points', () => {
    const campaign = makeCampaign();
    const run = draftAll(campaign, 1);
    expect(run.unfit).toEqual([]);
    expect(run.drafts.map((d) => d.target.id)).toEqual(['a', 'b', 'c']);
    for (const d of run.drafts) {
      expect(d.text).toMatch(d.target.handle ? `@${d.target.handle}` : d.target.name);
      expect(d.text).toContain('#tag');
      expect(d.text).toContain(campaign.points.find((p) => p.id === d.pointId)![d.form === 'long' ? 'text' : 'short']);
      expect(d.template).toBe(campaign.asks.ask!.templates[d.templateIndex]);
    }
  });

  it('spreads different points across targets in one run', () => {
    for (let s = 0; s < 50; s++) {
      const points = draftAll(makeCampaign(), s).drafts.map((d) => d.pointId);
      expect(new Set(points).size).toBe(3);
    }
  });

  it('varies the wording with the seed', () => {
    const texts = new Set(Array.from({ length: 30 }, (_, s) => draftAll(makeCampaign(), s).drafts[0]!.text));
    expect(texts.size).toBeGreaterThan(3);
  });

  it('uses the long form when it fits and the short one when only that fits', () => {
    const long = `${'word '.repeat(54)}end.`; // 274 characters: fits alone, not in a template
    const campaign = makeCampaign({ points: [{ id: 'p', text: long, short: 'Short.' }] });
    const run = draftAll(campaign, 5);
    expect(run.drafts.every((d) => d.form === 'short')).toBe(true);
    const roomy = makeCampaign({ points: [{ id: 'p', text: 'Fits fine.', short: 'Short.' }] });
    expect(draftAll(roomy, 5).drafts[0]!.form).toBe('long');
  });

  it('reports a target for which nothing fits, with the shortest length and how far over', () => {
    const campaign = makeCampaign({ points: [{ id: 'p', text: 'x'.repeat(300), short: 'y'.repeat(270) }] });
    const run = draftAll(campaign, 1);
    expect(run.drafts).toEqual([]);
    expect(run.unfit).toHaveLength(3);
    const a = run.unfit[0]!;
    const shortest = countTweet(`Hello @OrgA, ${'y'.repeat(270)} #tag @Cc`).weightedLength;
    expect(a).toMatchObject({ reason: 'too-long', shortestLength: shortest, over: shortest - 280 });
  });

  it('never hands out the same text twice in a run', () => {
    const campaign = makeCampaign({
      templates: { ask: ['Support the policy. {point}'] },
      points: [{ id: 'p', text: 'Same for all.', short: 'Same.' }],
    });
    const run = draftAll(campaign, 1);
    expect(run.drafts.map((d) => d.text)).toEqual(['Support the policy. Same for all.', 'Support the policy. Same.']);
    expect(run.unfit).toMatchObject([{ target: { id: 'c' }, reason: 'all-repeats' }]);
  });

  it('forces one point with pointId', () => {
    const run = draftAll(makeCampaign(), 9, { pointId: 'p2' });
    expect(run.drafts.map((d) => d.pointId)).toEqual(['p2', 'p2', 'p2']);
  });

  it('only uses points that suit the ask', () => {
    const campaign = makeCampaign({
      points: [
        { id: 'other', text: 'For another ask.', short: 'Other.', asks: ['elsewhere'] },
        { id: 'ours', text: 'For this ask.', short: 'Ours.', asks: ['ask'] },
        { id: 'any', text: 'For any ask.', short: 'Any.' },
      ],
    });
    for (let s = 0; s < 20; s++) expect(draftAll(campaign, s).drafts.map((d) => d.pointId)).not.toContain('other');
  });

  it('warns about a target without a handle and a draft that begins with a mention', () => {
    const campaign = makeCampaign({ templates: { ask: ['{mention} {point}'] } });
    const [a, , c] = draftAll(campaign, 1).drafts;
    expect(a!.warnings).toEqual([expect.stringContaining('begins with a mention')]);
    expect(c!.warnings).toEqual([expect.stringContaining('no X handle')]);
  });

  it('never hands out two posts that are the same after NFC (an accent composed or not)', () => {
    // One template, one point, one form: one text for both, which only one may have.
    const campaign = makeCampaign({ templates: { ask: ['{name}: {point}'] } });
    campaign.points = [{ id: 'p1', text: 'Point one.', short: 'Point one.' }];
    campaign.targets = campaign.targets.slice(0, 2).map((t, i) => ({
      ...t,
      handle: undefined,
      name: i ? 'Co\u00fancil' : 'Cou\u0301ncil',
    }));
    const run = draftAll(campaign, 1);
    expect(run.drafts).toHaveLength(1);
    expect(run.unfit).toHaveLength(1);
  });

  it('does not cc a target that is itself the cc account', () => {
    const campaign = makeCampaign({ cc: ['orga'] });
    expect(draftAll(campaign, 1).drafts[0]!.text).not.toMatch(/@orga/);
  });

  describe('laws (property-based)', () => {
    it('every draft called valid is valid per twitter-text, and its intent URL decodes to it', () => {
      fc.assert(
        fc.property(arbitraryCampaign, seed, (campaign, s) => {
          const run = draftAll(campaign, s);
          expect(run.drafts.length + run.unfit.length).toBe(campaign.targets.length);
          for (const d of run.drafts) {
            const tt = countTweet(d.text);
            expect(tt.valid).toBe(true);
            expect(tt.weightedLength).toBe(d.count!.weightedLength);
            expect(d.post.length).toBe(d.count!.weightedLength);
            expect(intentText(d.intentUrl!)).toBe(d.text);
          }
          // No two the same as X sees them: after NFC.
          expect(new Set(run.drafts.map((d) => d.text.normalize('NFC'))).size).toBe(run.drafts.length);
        }),
        { numRuns: 300 },
      );
    });

    it('same campaign and seed, same drafts', () => {
      fc.assert(
        fc.property(arbitraryCampaign, seed, (campaign, s) => {
          expect(draftAll(campaign, s)).toEqual(draftAll(structuredClone(campaign), s));
        }),
        { numRuns: 100 },
      );
    });

    it('a target is unfit only when no candidate fits as a new text', () => {
      fc.assert(
        fc.property(arbitraryCampaign, seed, (campaign, s) => {
          for (const u of draftAll(campaign, s).unfit) {
            if (u.reason === 'too-long') expect(u.over).toBeGreaterThan(0);
            else expect(u.reason).toBe('all-repeats');
          }
        }),
        { numRuns: 200 },
      );
    });
  });
});

describe('draftAll spreads templates', () => {
  it('uses a different template for each target while there are enough', () => {
    const campaign = makeCampaign({
      templates: { ask: ['One {mention} {point}', 'Two {mention} {point}', 'Three {mention} {point}'] },
    });
    for (let s = 0; s < 50; s++) {
      const firstWords = draftAll(campaign, s).drafts.map((d) => d.text.split(' ')[0]);
      expect(new Set(firstWords).size).toBe(3);
    }
  });
});

describe('fast fitting (issue 6)', () => {
  it('picks exactly the drafts that counting every candidate with twitter-text picks (property)', () => {
    fc.assert(
      fc.property(arbitraryCampaign, seed, (campaign, s) => {
        expect(draftAll(campaign, s)).toEqual(draftAll(campaign, s, { plain: true }));
      }),
      { numRuns: 300 },
    );
  });

  // No dot: a dot next to the point's closing quote could start a link, which needs the full count.
  const long = `${'word '.repeat(60)}end`; // 303 characters: never fits
  const overLimit = (templates: string[]) =>
    makeCampaign({ templates: { ask: templates }, points: [{ id: 'p', text: long, short: 'Short one' }] });

  it('rules out candidates over the limit by the quick length: only the drafts handed out are counted in full', () => {
    // «{point}» puts no space around the point, so lengths are not known by arithmetic: each candidate is measured.
    const campaign = overLimit(['Hello {mention}: «{point}» {hashtags}', 'Dear {name}: «{point}»']);
    const fast = counted(() => draftAll(campaign, 1));
    const plain = counted(() => draftAll(campaign, 1, { plain: true }));
    expect(fast.run).toEqual(plain.run);
    expect(fast.run.drafts.map((d) => d.form)).toEqual(['short', 'short', 'short']);
    expect(fast.counts).toBe(fast.run.drafts.length);
    // Plainly, each target's long candidates (over the limit) are counted too.
    expect(plain.counts).toBeGreaterThanOrEqual(3 * 2);
  });

});

describe('repeats (hashed)', () => {
  it('are recognised by the hash of the text handed out: texts that hash alike count as repeats', () => {
    const campaign = makeCampaign();
    expect(draftAll(campaign, 1).unfit).toEqual([]);
    spy.sameHash = true;
    try {
      const run = draftAll(campaign, 1);
      expect(run.drafts).toHaveLength(1);
      expect(run.unfit.map((u) => u.reason)).toEqual(['all-repeats', 'all-repeats']);
    } finally {
      spy.sameHash = false;
    }
  });
});

describe('intent URL length', () => {
  it('warns when a draft’s intent URL grows past 2,000 characters', () => {
    // Curly quotes weigh 1 but take 9 characters once percent-encoded.
    const quotes = '“”'.repeat(120);
    const campaign = makeCampaign({
      templates: { ask: ['{point}'] },
      points: [{ id: 'q', text: quotes, short: quotes }],
      cc: [],
      hashtags: [],
    });
    const [d] = draftAll(campaign, 1).drafts;
    expect(d!.intentUrl!.length).toBeGreaterThan(2000);
    expect(d!.warnings).toContainEqual(expect.stringMatching(/^the intent URL is \d+ characters long/));
    const plain = draftAll(makeCampaign(), 1).drafts[0]!;
    expect(plain.warnings.filter((w) => w.includes('intent URL'))).toEqual([]);
  });
});
