import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCampaign } from '../../../src/campaign/load.js';
import { networksOf } from '../../../src/campaign/networks.js';
import { withText } from '../../../src/core/draft.js';
import { draftAll } from '../../../src/core/drafting.js';
import { intentText } from '../../../src/core/intent.js';
import { NETWORK_IDS, NETWORKS } from '../../../src/networks/index.js';
import { makeCampaign } from '../../support/campaigns.js';
import { BUILTIN } from '../../support/paths.js';

const builtin = await loadCampaign(BUILTIN);
const seed = fc.integer({ min: 0, max: 2 ** 32 - 1 });

describe('drafting per network', () => {
  it('--network all on the built-in campaign: every network a target is on, valid there, distinct within a network (property)', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const run = draftAll(builtin, s, { network: 'all' });
        expect(run.unfit).toEqual([]);
        const expected = builtin.targets.flatMap((t) =>
          (networksOf(t).length ? networksOf(t) : ['x']).map((n) => `${t.id}/${n}`),
        );
        expect(run.drafts.map((d) => `${d.target.id}/${d.network}`)).toEqual(expected);
        for (const d of run.drafts) {
          expect(NETWORKS[d.network].count(d.text)).toEqual(d.post);
          expect(d.post.valid).toBe(true);
          expect(intentText(d.intentUrl!)).toBe(d.text);
        }
        for (const id of NETWORK_IDS) {
          const texts = run.drafts.filter((d) => d.network === id).map((d) => d.text);
          expect(new Set(texts).size).toBe(texts.length);
        }
        // X's drafts do not depend on the other networks being drafted.
        expect(run.drafts.filter((d) => d.network === 'x')).toEqual(draftAll(builtin, s).drafts);
      }),
      { numRuns: 40 },
    );
  });

  it('mentions, cc and templates are the network\'s own; the target is never cc\'d to itself', () => {
    const campaign = makeCampaign({
      networks: {
        mastodon: {
          cc: ['cc@mastodon.social', '@orga@Mastodon.Social'],
          templates: { ask: ['Hi {mention}! {point} {hashtags} {cc}'] },
        },
        bluesky: { cc: ['cc.bsky.social'] },
      },
      targets: [
        {
          id: 'a',
          name: 'Org A',
          handle: 'OrgA',
          group: 'g',
          ask: 'ask',
          handles: { mastodon: { handle: 'orga@mastodon.social' }, bluesky: { handle: 'orga.org' } },
        },
        { id: 'b', name: 'Org B', group: 'g', ask: 'ask' },
      ],
    });
    const [a, b] = draftAll(campaign, 7, {
      network: 'mastodon',
      networkOptions: { instance: 'eupolicy.social' },
    }).drafts;
    expect(a!.text).toMatch(/^Hi @orga@mastodon\.social! .* #tag @cc@mastodon\.social$/);
    expect(a!.intentUrl).toMatch(/^https:\/\/eupolicy\.social\/share\?text=/);
    expect(b!.text).toMatch(/^Hi Org B! .* @cc@mastodon\.social @orga@mastodon\.social$/);
    expect(b!.warnings).toContain(
      'no Mastodon handle on record for Org B: the draft names the organisation instead of mentioning it',
    );
    const [blue] = draftAll(campaign, 7, { network: 'bluesky' }).drafts;
    expect(blue!.text).toMatch(/^(Hello @orga\.org, .* #tag @cc\.bsky\.social|Dear Org A \(@orga\.org\): .* #tag)$/);
    const noInstance = draftAll(campaign, 7, { network: 'mastodon' }).drafts[0]!;
    expect(noInstance.intentUrl).toBeNull();
  });

  it('counts against an instance\'s own limit, and says how far over a target is', () => {
    const long = 'x'.repeat(497); // + " Org A": 503
    const campaign = makeCampaign({
      templates: { ask: ['{point} {mention}'] },
      points: [{ id: 'p', text: long, short: long }],
    });
    expect(draftAll(campaign, 1, { network: 'mastodon' }).unfit.map((u) => [u.network, u.over, u.limit])).toEqual([
      ['mastodon', 3, 500],
      ['mastodon', 3, 500],
      ['mastodon', 3, 500],
    ]);
    const roomy = draftAll(campaign, 1, { network: 'mastodon', networkOptions: { maxLength: 1000 } });
    expect(roomy.unfit).toEqual([]);
    expect(roomy.drafts.map((d) => [d.post.length, d.post.limit, d.post.valid])).toEqual([
      [503, 1000, true],
      [503, 1000, true],
      [503, 1000, true],
    ]);
  });

  it('an edited draft is recounted on its network', () => {
    const [d] = draftAll(builtin, 3, { network: 'bluesky', targets: [builtin.targets[0]!] }).drafts;
    const edited = withText(
      builtin,
      d!,
      `${'é'.repeat(290)} https://www.amnesty.org/en/what-we-do/sex-workers-rights/`,
    );
    expect(edited.post).toMatchObject({ length: 290 + 1 + 'www.amnesty.org/en/what-we-d...'.length, valid: false });
    expect(edited.count).toBeUndefined();
    expect(intentText(edited.intentUrl!)).toBe(edited.text);
  });
});
