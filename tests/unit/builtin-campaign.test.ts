import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadCampaign, readCampaignSources } from '../../src/campaign/load.js';
import { fromSnapshot, openCampaign, type CampaignSnapshot } from '../../src/run/open-campaign.js';
import { startsWithMention } from '../../src/campaign/template.js';
import { draftAll } from '../../src/core/drafting.js';
import { BUILTIN, SNAPSHOT } from '../support/paths.js';

// Counts validations, to tell whether the snapshot stood in.
const validations = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/campaign/validate.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/campaign/validate.js')>();
  return {
    ...real,
    validateCampaign: (...args: Parameters<typeof real.validateCampaign>) => {
      validations.count++;
      return real.validateCampaign(...args);
    },
  };
});

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

  it('has at least 10 talking points with short forms and 3 templates per ask, none starting with a mention', () => {
    expect(campaign.points.length).toBeGreaterThanOrEqual(10);
    for (const p of campaign.points) expect(p.short.length).toBeLessThan(p.text.length);
    for (const ask of Object.values(campaign.asks)) {
      expect(ask.templates.length).toBeGreaterThanOrEqual(3);
      for (const parts of ask.parsed) expect(startsWithMention(parts)).toBe(false);
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

  it('the build-time snapshot is exactly what validating the files gives', () => {
    const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as CampaignSnapshot;
    const { dir: _, ...validated } = campaign;
    expect(snapshot.campaign).toEqual(validated);
  });
});

describe('the snapshot stands in only for the exact texts it was made from', () => {
  it('opening the built-in campaign takes it from the snapshot, without validating', async () => {
    const before = validations.count;
    expect(await openCampaign(BUILTIN)).toEqual(campaign);
    expect(validations.count).toBe(before);
    await loadCampaign(BUILTIN); // the library's loader always validates
    expect(validations.count).toBe(before + 1);
  });

  it('is ignored when a file differs', async () => {
    expect(fromSnapshot(await readCampaignSources(BUILTIN))).toEqual(validatedWithoutDir());
    const dir = mkdtempSync(join(tmpdir(), 'pledge-'));
    cpSync(BUILTIN, dir, { recursive: true });
    const targets = JSON.parse(readFileSync(join(dir, 'targets.json'), 'utf8'));
    targets.targets[0].name = 'Renamed';
    writeFileSync(join(dir, 'targets.json'), JSON.stringify(targets));
    expect(fromSnapshot(await readCampaignSources(dir))).toBeUndefined();
    const before = validations.count;
    expect((await openCampaign(dir)).targets[0]!.name).toBe('Renamed');
    expect(validations.count).toBe(before + 1);
  });
});

function validatedWithoutDir() {
  const { dir: _, ...rest } = campaign;
  return rest;
}
