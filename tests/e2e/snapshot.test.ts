// The built-in campaign's build-time snapshot (dist/builtin-campaign.json, see scripts/build.mjs): the CLI
// opens the built-in campaign from it, and only while the files have exactly the texts it was made from.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadCampaign, readCampaignSources } from '../../src/campaign/load.js';
import { fromSnapshot, openCampaign, type CampaignSnapshot } from '../../src/run/open-campaign.js';
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

describe('the built-in campaign snapshot', () => {
  it('the build-time snapshot is exactly what validating the files gives', () => {
    const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as CampaignSnapshot;
    const { dir: _, ...validated } = campaign;
    expect(snapshot.campaign).toEqual(validated);
  });

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
