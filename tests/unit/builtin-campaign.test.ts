import { describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/campaign/load.js';
import { leadOf } from '../../src/campaign/template.js';
import { draftAll } from '../../src/core/drafting.js';
import { BUILTIN } from '../support/paths.js';

const campaign = await loadCampaign(BUILTIN);

describe('the built-in #pledgedecrim campaign', () => {
  it('addresses the organisations of the action alert', () => {
    expect(campaign.targets.map((t) => [t.name, t.handle ?? null, t.ask])).toEqual([
      ['Amnesty International', 'AmnestyOnline', 'support-policy'],
      ['Amnesty International UK', 'AmnestyUK', 'support-policy'],
      ['Fawcett Society', 'fawcettsociety', 'pledge-support'],
      ["National Alliance of Women's Organisations", null, 'pledge-support'],
      ["Women's Aid", 'womensaid', 'pledge-support'],
    ]);
  });

  it('says where each handle came from; those not in the alert are marked so and unchecked', () => {
    for (const t of campaign.targets) {
      expect(t.handleSource).toBeTruthy();
      if (t.handle && !['AmnestyOnline', 'AmnestyUK'].includes(t.handle)) {
        expect(t.handleSource).toMatch(/not from the action alert/);
        expect(t.handleChecked).toBeNull();
      }
    }
  });

  it('marks every handle on another network as written from memory and unchecked, and has no Mastodon account', () => {
    const others = campaign.targets.flatMap((t) => Object.entries(t.handles ?? {}));
    expect(others.map(([network]) => network).sort()).toEqual(['bluesky', 'threads', 'threads', 'threads']);
    for (const [, entry] of others) {
      expect(entry.checked).toBeNull();
      expect(entry.source).toMatch(/from memory.*not from the action alert; unchecked/);
    }
  });

  it('has at least 10 talking points with short forms and 3 templates per ask, none starting with a mention', () => {
    expect(campaign.points.length).toBeGreaterThanOrEqual(10);
    for (const p of campaign.points) expect(p.short.length).toBeLessThan(p.text.length);
    for (const ask of Object.values(campaign.asks)) {
      expect(ask.templates.length).toBeGreaterThanOrEqual(3);
      for (const parts of ask.parsed) expect(leadOf(parts, campaign)).not.toBe('mention');
    }
  });

  it('marks quotations with their source', () => {
    for (const p of campaign.points.filter((p) => /["“]/.test(p.text))) {
      expect(p.text).toMatch(/\(Amnesty International\)/);
      expect(p.source).toMatch(/Quotation/);
    }
  });

  it('fits every target for every seed, with #pledgedecrim and @ProstitutesColl in every draft', () => {
    for (let seed = 0; seed < 300; seed++) {
      const run = draftAll(campaign, seed);
      expect(run.unfit).toEqual([]);
      for (const d of run.drafts) {
        expect(d.text).toContain('#pledgedecrim');
        expect(d.text).toContain('@ProstitutesColl');
        expect(d.text.startsWith('@')).toBe(false);
      }
    }
  });
});
