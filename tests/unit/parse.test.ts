// parseCampaign: the rules and problems of loading files, for objects.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/campaign/load.js';
import { CAMPAIGN_FILES, type CampaignFileKey } from '../../src/campaign/model.js';
import { parseCampaign, type CampaignObjects } from '../../src/campaign/parse.js';
import { draftAll } from '../../src/core/drafting.js';
import { CampaignError, type Problem } from '../../src/errors.js';
import { BUILTIN, FIXTURES } from '../support/paths.js';

const KEYS = Object.keys(CAMPAIGN_FILES) as CampaignFileKey[];

/** What the three files of a folder hold, parsed; undefined where one is not JSON. */
function objectsOf(dir: string): CampaignObjects | undefined {
  try {
    const read = (key: CampaignFileKey) =>
      JSON.parse(readFileSync(join(dir, CAMPAIGN_FILES[key]), 'utf8').replace(/^\uFEFF/, ''));
    return { campaign: read('campaign'), targets: read('targets'), points: read('points') };
  } catch {
    return undefined;
  }
}

type Outcome = { campaign: unknown } | { problems: Problem[] };

const parsed = (objects: CampaignObjects): Outcome => {
  try {
    return { campaign: parseCampaign(objects) };
  } catch (e) {
    if (e instanceof CampaignError) return { problems: e.problems };
    throw e;
  }
};

/** Loading the folder, its problems as parseCampaign words them: the file's name, no line or column. */
async function loaded(dir: string): Promise<Outcome> {
  try {
    return { campaign: { ...(await loadCampaign(dir)), dir: '' } };
  } catch (e) {
    if (!(e instanceof CampaignError)) throw e;
    return { problems: e.problems.map(({ line: _, column: __, ...p }) => ({ ...p, file: basename(p.file) })) };
  }
}

// Problems only a file's text can have: objects have no syntax, encoding or repeated keys of their own.
const TEXT_ONLY = new Set(['json-syntax', 'duplicate-key', 'file']);

const folders = (root: string): string[] =>
  readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => {
      const dir = join(root, e.name);
      return existsSync(join(dir, 'campaign.json')) ? [dir] : folders(dir);
    });

describe('parseCampaign', () => {
  const cases = folders(FIXTURES).filter((dir) => objectsOf(dir));

  it.each(cases.map((dir) => [dir.slice(FIXTURES.length + 1), dir]))(
    'gives what loading the files gives, problems in the same order: %s',
    async (_, dir) => {
      const files = await loaded(dir);
      if ('problems' in files && files.problems.some((p) => TEXT_ONLY.has(p.rule))) return;
      expect(parsed(objectsOf(dir)!)).toEqual(files);
    },
  );

  it('covers campaigns that load and campaigns with schema, reference and encoding problems', async () => {
    const outcomes = await Promise.all(cases.map(loaded));
    const rules = new Set(outcomes.flatMap((o) => ('problems' in o ? o.problems.map((p) => p.rule) : [])));
    expect(outcomes.filter((o) => 'campaign' in o).length).toBeGreaterThan(5);
    for (const rule of ['schema', 'unknown-ask', 'encoding', 'duplicate-id', 'template']) expect(rules).toContain(rule);
  });

  it('drafts exactly what the loaded built-in campaign drafts', async () => {
    const campaign = parseCampaign(objectsOf(BUILTIN)!);
    expect(campaign.dir).toBe('');
    expect(draftAll(campaign, 3)).toEqual(draftAll({ ...(await loadCampaign(BUILTIN)), dir: '' }, 3));
  });

  it('reads the objects as JSON: undefined fields are absent; nothing is shared with the inputs', () => {
    const objects = objectsOf(BUILTIN)!;
    const targets = objects.targets as { targets: Record<string, unknown>[] };
    targets.targets[0]!.handleSource = undefined;
    const before = structuredClone(objects);
    const campaign = parseCampaign(objects);
    expect(campaign.targets[0]).not.toHaveProperty('handleSource');
    campaign.targets[1]!.name = 'Changed';
    campaign.points.pop();
    expect(objects).toEqual(before);
  });

  it('says which object is missing or cannot be JSON (a cycle, a BigInt), each at its file', () => {
    const { campaign, targets } = objectsOf(BUILTIN)!;
    const cyclic: Record<string, unknown> = { points: [] };
    cyclic.self = cyclic;
    expect(parsed({ campaign, targets, points: cyclic })).toEqual({
      problems: [
        {
          severity: 'error',
          file: 'points.json',
          path: '$',
          rule: 'schema',
          message: expect.stringMatching(/^cannot be read as JSON: Converting circular structure to JSON/),
        },
      ],
    });
    expect(parsed({ campaign, targets: { targets: [{ id: 1n }] }, points: undefined })).toEqual({
      problems: [
        { severity: 'error', file: 'points.json', rule: 'file', message: 'missing' },
        {
          severity: 'error',
          file: 'targets.json',
          path: '$',
          rule: 'schema',
          message: expect.stringMatching(/BigInt/),
        },
      ],
    });
  });

  it('a Date is read as its ISO string, so a date field says what it expects', () => {
    const objects = objectsOf(BUILTIN)!;
    (objects.targets as { targets: Record<string, unknown>[] }).targets[0]!.handleChecked = new Date(
      Date.UTC(2026, 0, 2),
    );
    const outcome = parsed(objects);
    expect(outcome).toMatchObject({
      problems: [{ file: 'targets.json', path: '$.targets[0].handleChecked', rule: 'schema' }],
    });
    expect((outcome as { problems: Problem[] }).problems[0]!.message).toContain('"2026-01-02T00:00:00.000Z"');
  });

  it('finds what loading finds, for any edit of a campaign (property)', async () => {
    const base = objectsOf(BUILTIN)!;
    const value = fc.oneof(
      fc.constant(null),
      fc.constant(undefined), // removes the field
      fc.integer(),
      fc.boolean(),
      fc.constantFrom(
        '',
        'x',
        'amnesty',
        '@Handle',
        'has space',
        'Org\u202e',
        '{point}',
        '{nope}',
        'd\ud800',
        '2026-13-01',
      ),
      fc.constant([]),
      fc.constant({}),
    );
    const edit = fc.record({
      file: fc.constantFrom(...KEYS),
      pick: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
      value,
    });
    const dir = mkdtempSync(join(tmpdir(), 'pledge-parse-'));
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        const objects = structuredClone(base) as unknown as Record<CampaignFileKey, unknown>;
        for (const e of edits) setSomewhere(objects[e.file], e.pick, e.value);
        for (const key of KEYS) writeFileSync(join(dir, CAMPAIGN_FILES[key]), JSON.stringify(objects[key], null, 2));
        expect(parsed(objects as CampaignObjects)).toEqual(await loaded(dir));
      }),
      { numRuns: 60 },
    );
  });
});

/** Sets (or, for undefined, deletes) a value at a path chosen by `pick` among the keys and indices found. */
function setSomewhere(root: unknown, pick: number[], value: unknown): void {
  let node = root as Record<string, unknown>;
  for (const [i, n] of pick.entries()) {
    const keys = Object.keys(node);
    if (!keys.length) return;
    const key = keys[n % keys.length]!;
    const child = node[key];
    if (i === pick.length - 1 || child === null || typeof child !== 'object') {
      if (value === undefined && !Array.isArray(node)) delete node[key];
      else node[key] = value ?? null;
      return;
    }
    node = child as Record<string, unknown>;
  }
}
