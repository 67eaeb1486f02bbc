import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCampaign } from '../../src/campaign/check.js';
import { run as check } from '../../src/commands/check.js';
import { run as draft } from '../../src/commands/draft.js';
import { schemaRef } from '../../src/campaign/write-campaign.js';
import { run as init } from '../../src/commands/init.js';
import { ExitCode } from '../../src/exit-codes.js';
import { captureIo } from '../support/io.js';
import { fixture, REPO } from '../support/paths.js';

const NOW = new Date('2026-11-28T12:00:00Z');
const dir = (name: string) => fixture(join('check', name));
const where = async (name: string) =>
  (await checkCampaign(dir(name), { now: NOW })).map((p) => [
    p.severity,
    p.rule,
    `${p.file.split('/').pop()}:${p.line}:${p.column}`,
    p.path ?? null,
  ]);

describe('pledge check: one fixture per rule, exact rule, file and location', () => {
  it('a clean campaign has no problems', async () => {
    expect(await where('clean')).toEqual([]);
  });

  it.each([
    ['json-syntax', ['error', 'json-syntax', 'points.json:10:7', null]],
    ['schema', ['error', 'schema', 'targets.json:16:7', '$.targets[1].group']],
    ['invalid-handle', ['error', 'invalid-handle', 'targets.json:24:7', '$.targets[2].handle']],
    ['invalid-handle-cc', ['error', 'invalid-handle', 'campaign.json:8:5', '$.cc[1]']],
    ['duplicate-id', ['error', 'duplicate-id', 'targets.json:22:7', '$.targets[2].id']],
    ['duplicate-handle', ['error', 'duplicate-handle', 'targets.json:24:7', '$.targets[2].handle']],
    ['template', ['error', 'template', 'campaign.json:13:9', '$.asks["ask-a"].templates[1]']],
    ['ask-without-templates', ['error', 'ask-without-templates', 'targets.json:26:7', '$.targets[2].ask']],
    ['unknown-ask', ['error', 'unknown-ask', 'targets.json:17:7', '$.targets[1].ask']],
    ['unknown-ask-point', ['error', 'unknown-ask', 'points.json:18:9', '$.points[2].asks[0]']],
    ['unfit-target', ['error', 'unfit-target', 'targets.json:21:5', '$.targets[2]']],
    ['invalid-hashtag', ['error', 'invalid-hashtag', 'campaign.json:5:5', '$.hashtags[1]']],
    [
      'template-starts-with-mention',
      ['warning', 'template-starts-with-mention', 'campaign.json:15:9', '$.asks["ask-a"].templates[3]'],
    ],
    ['missing-handle', ['warning', 'missing-handle', 'targets.json:12:5', '$.targets[1]']],
    ['handle-unchecked', ['warning', 'handle-unchecked', 'targets.json:6:7', '$.targets[0].handle']],
    ['handle-stale', ['warning', 'handle-stale', 'targets.json:28:7', '$.targets[2].handleChecked']],
    ['unused-point', ['warning', 'unused-point', 'points.json:18:5', '$.points[3]']],
    ['few-variants', ['warning', 'few-variants', 'targets.json:7:7', '$.targets[0].group']],
    [
      'invalid-handle-bluesky',
      ['error', 'invalid-handle', 'targets.json:29:11', '$.targets[1].handles.bluesky.handle'],
    ],
    [
      'invalid-handle-mastodon',
      ['error', 'invalid-handle', 'targets.json:38:11', '$.targets[2].handles.mastodon.handle'],
    ],
    [
      'invalid-handle-threads',
      ['error', 'invalid-handle', 'targets.json:22:11', '$.targets[1].handles.threads.handle'],
    ],
    ['invalid-handle-network-cc', ['error', 'invalid-handle', 'campaign.json:22:9', '$.networks.bluesky.cc[1]']],
    [
      'duplicate-handle-threads',
      ['error', 'duplicate-handle', 'targets.json:38:11', '$.targets[2].handles.threads.handle'],
    ],
    ['network-template', ['error', 'template', 'campaign.json:23:11', '$.networks.mastodon.templates["ask-a"][1]']],
    ['network-unknown-ask', ['error', 'unknown-ask', 'campaign.json:21:9', '$.networks.threads.templates["ask-b"]']],
    ['duplicate-cc', ['warning', 'duplicate-cc', 'campaign.json:9:5', '$.cc[2]']],
    ['handle-checked-future', ['warning', 'handle-checked-future', 'targets.json:19:7', '$.targets[1].handleChecked']],
    ['placeholder-in-point', ['error', 'placeholder-in-point', 'points.json:10:7', '$.points[1].text']],
    ['repeats', ['error', 'repeats', 'targets.json:21:5', '$.targets[2]']],
    [
      'network-handle-unchecked',
      ['warning', 'handle-unchecked', 'targets.json:13:11', '$.targets[0].handles.bluesky.handle'],
    ],
    [
      'network-handle-stale',
      ['warning', 'handle-stale', 'targets.json:24:11', '$.targets[1].handles.mastodon.checked'],
    ],
    [
      'network-handle-checked-future',
      ['warning', 'handle-checked-future', 'targets.json:33:11', '$.targets[2].handles.threads.checked'],
    ],
    ['network-unfit-target', ['error', 'unfit-target', 'targets.json:12:9', '$.targets[0].handles.bluesky']],
    ['network-few-variants', ['warning', 'few-variants', 'targets.json:12:9', '$.targets[0].handles.threads']],
    ['handle-did', ['warning', 'handle-did', 'targets.json:12:54', '$.targets[0].handles.bluesky.did']],
  ])('%s', async (name, expected) => {
    expect(await where(name)).toEqual([expected]);
  });

  it('per-network messages name the network, its handle and its limit', async () => {
    const message = async (name: string) => (await checkCampaign(dir(name), { now: NOW }))[0]!.message;
    expect(await message('network-unfit-target')).toMatch(
      /^nothing fits for one on Bluesky: the shortest possible draft is \d+\/300 graphemes, \d+ over; give Bluesky shorter templates/,
    );
    expect(await message('network-handle-unchecked')).toBe(
      'Bluesky handle @orgone.bsky.social was never checked: handles get renamed and taken over; check it and set handles.bluesky.checked',
    );
    expect(await message('network-handle-stale')).toBe(
      'Mastodon handle @orgtwo@mastodon.social was last checked 34 months ago (2024-01-01): check it again',
    );
    expect(await message('network-few-variants')).toMatch(
      /^on Threads, group "g1" has 2 targets but only 1 different wording fits/,
    );
  });

  it('a campaign check passes drafts on every network it names (draft --network all)', async () => {
    const io = captureIo();
    expect(await check({ campaignDir: dir('network-few-variants') }, io)).toBe(ExitCode.Ok);
    const out = captureIo();
    expect(await draft({ campaignDir: dir('network-few-variants'), network: 'all', json: true, seed: 1 }, out)).toBe(
      ExitCode.Ok,
    );
    const doc = JSON.parse(out.stdout) as { drafts: { network: string }[]; unfit: unknown[] };
    expect(doc.drafts.map((d) => d.network)).toEqual(['x', 'threads', 'x', 'threads', 'x']);
    expect(doc.unfit).toEqual([]);
  });

  it('handle-did: a stored DID and its Bluesky handle that disagree, by what the file shows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-did-'));
    for (const f of ['campaign.json', 'points.json'])
      writeFileSync(join(dir, f), readFileSync(join(fixture('check/clean'), f)));
    const bluesky = (handle: string, did: string, checked: string | null) => ({
      handles: { bluesky: { handle, did, checked } },
    });
    const target = (id: string, extra: object) => ({
      id,
      name: `Org ${id}`,
      handle: `Org${id}`,
      group: 'g1',
      ask: 'ask-a',
      handleChecked: '2026-09-01',
      ...extra,
    });
    const targets = [
      target('a', bluesky('a.bsky.social', 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa', '2026-11-01')),
      target('b', bluesky('b.bsky.social', 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa', '2026-11-01')),
      target('c', bluesky('c.example.org', 'did:web:c.example.org', '2026-11-01')),
      target('d', bluesky('other.example.org', 'did:web:d.example.org', '2026-11-01')),
      target('e', bluesky('e.bsky.social', 'did:plc:eeeeeeeeeeeeeeeeeeeeeeee', null)),
    ];
    writeFileSync(join(dir, 'targets.json'), JSON.stringify({ targets }, null, 2));
    const problems = (await checkCampaign(dir, { now: NOW })).filter((p) => p.rule === 'handle-did');
    const all = await checkCampaign(dir, { now: NOW });
    // A DID without a checked date is also an unchecked handle (each rule says its part).
    expect(all.filter((p) => p.path === '$.targets[4].handles.bluesky.handle').map((p) => p.rule)).toEqual([
      'handle-unchecked',
    ]);
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      [
        '$.targets[1].handles.bluesky.did',
        'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa is also the DID of $.targets[0] (@a.bsky.social): one account cannot have two handles; run pledge handles check',
      ],
      [
        '$.targets[3].handles.bluesky.did',
        'did:web:d.example.org is the account of d.example.org, but the handle is @other.example.org: run pledge handles check',
      ],
      [
        '$.targets[4].handles.bluesky.did',
        "@e.bsky.social has a stored DID but no checked date: if the handle was changed by hand, the DID is still the old account's; run pledge handles check",
      ],
    ]);
  });

  it('a DID that is no atproto DID (another method, a malformed did:plc or did:web) is an error quoting it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-bad-did-'));
    for (const f of ['campaign.json', 'points.json'])
      writeFileSync(join(dir, f), readFileSync(join(fixture('check/clean'), f)));
    const bad = ['did:key:z6Mkabc', 'did:plc:NOTVALID', 'did:plc:aaaaaaaaaaaaaaaaaaaaaaa1', 'did:web:nohost'];
    const targets = bad.map((did, i) => ({
      id: `t${i}`,
      name: `Org ${i}`,
      group: 'g1',
      ask: 'ask-a',
      handles: { bluesky: { handle: `t${i}.bsky.social`, did, checked: '2026-11-01' } },
    }));
    writeFileSync(join(dir, 'targets.json'), JSON.stringify({ targets }, null, 2));
    const errors = (await checkCampaign(dir, { now: NOW })).filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.rule, p.path, p.message])).toEqual(
      bad.map((did, i) => [
        'schema',
        `$.targets[${i}].handles.bluesky.did`,
        `a DID is did:plc: and 24 characters of a-z and 2-7, or did:web:<host name> (see atproto.com/specs/did); found "${did}"`,
      ]),
    );
    expect(errors.every((p) => /^targets\.json:\d+:\d+$/.test(`${p.file.split('/').pop()}:${p.line}:${p.column}`))).toBe(
      true,
    );
  });

  it('messages say what to do', async () => {
    const [unfit] = await checkCampaign(dir('unfit-target'), { now: NOW });
    expect(unfit!.message).toMatch(/^nothing fits for three: the shortest possible draft is (\d+)\/280, \d+ over$/);
    const [stale] = await checkCampaign(dir('handle-stale'), { now: NOW });
    expect(stale!.message).toBe('@OrgThree was last checked 13 months ago (2025-10-15): check it again');
    const [few] = await checkCampaign(dir('few-variants'), { now: NOW });
    expect(few!.message).toContain('group "g1" has 4 targets but only 2 different wordings fit');
  });

  it('a rule on one file runs when that file is valid, whatever the others', async () => {
    expect(await where('one-valid-file')).toEqual([
      ['warning', 'template-starts-with-mention', 'campaign.json:15:9', '$.asks["ask-a"].templates[3]'],
      ['error', 'invalid-handle', 'targets.json:24:7', '$.targets[2].handle'],
    ]);
  });

  it('says why: repeats name the targets left without a text, the future date and the placeholder are quoted', async () => {
    const [repeats] = await checkCampaign(dir('repeats'), { now: NOW });
    expect(repeats!.message).toMatch(
      /^4 targets \(one, two, three, four\) can only be sent 2 different texts.*nothing is left for 2 of them \(three, four\)/,
    );
    const [future] = await checkCampaign(dir('handle-checked-future'), { now: NOW });
    expect(future!.message).toBe(
      '@OrgTwo was checked on 2027-03-01, after today (2026-11-28): a typo? set the date it was really checked',
    );
    const [placeholder] = await checkCampaign(dir('placeholder-in-point'), { now: NOW });
    expect(placeholder!.message).toMatch(/^\{mention\} would be posted as written/);
  });

  it('repeats: the cause named is the real one (no handle and one name, though the templates have {mention})', async () => {
    const d = mkdtempSync(join(tmpdir(), 'pledge-check-names-'));
    for (const f of ['campaign.json', 'points.json']) {
      writeFileSync(join(d, f), readFileSync(join(fixture('minimal'), f)));
    }
    // 2 templates x 3 points x 2 forms: at most 12 texts for 30 targets.
    const targets = Array.from({ length: 30 }, (_, i) => ({ id: `t${i}`, name: 'Council', group: 'g', ask: 'ask-a' }));
    writeFileSync(join(d, 'targets.json'), JSON.stringify({ targets }));
    const repeats = (await checkCampaign(d, { now: NOW })).find((p) => p.rule === 'repeats')!;
    expect(repeats.message).toMatch(/same for each \(they have no handle, and their names \("Council"\) are not theirs/);
    expect(repeats.message).toMatch(/give them handles or names of their own/);
    expect(repeats.message).not.toMatch(/templates have no/);
    const [own] = await checkCampaign(dir('repeats'), { now: NOW });
    expect(own!.message).toMatch(/their templates have no \{mention\} or \{name\}\).*add \{mention\} to a template/);
  });

  it('a campaign with many problems reports all of them, across files', async () => {
    expect(await where('many-problems')).toEqual([
      ['error', 'invalid-hashtag', 'campaign.json:5:5', '$.hashtags[1]'],
      ['warning', 'template-starts-with-mention', 'campaign.json:16:9', '$.asks["ask-a"].templates[3]'],
      ['error', 'template', 'campaign.json:17:9', '$.asks["ask-a"].templates[4]'],
      ['error', 'invalid-handle', 'targets.json:6:7', '$.targets[0].handle'],
      ['warning', 'handle-unchecked', 'targets.json:15:7', '$.targets[1].handle'],
      ['warning', 'missing-handle', 'targets.json:30:5', '$.targets[3]'],
      ['error', 'duplicate-id', 'targets.json:31:7', '$.targets[3].id'],
      ['error', 'unknown-ask', 'targets.json:34:7', '$.targets[3].ask'],
      ['error', 'unknown-ask', 'points.json:8:9', '$.points[0].asks[0]'],
      ['error', 'schema', 'points.json:25:7', '$.points[3].extra'],
    ]);
  });

  it('campaign.json with a schema error: its templates, hashtags and cc are still checked one by one (each problem once)', async () => {
    const d = mkdtempSync(join(tmpdir(), 'pledge-check-pieces-'));
    for (const f of ['targets.json', 'points.json']) writeFileSync(join(d, f), readFileSync(join(dir('template'), f)));
    const campaign = {
      name: 'Pieces',
      colour: 'red',
      hashtags: ['ok', '#withhash', 'bad-tag'],
      cc: ['CheckCc', 42, 'checkcc'],
      asks: {
        'ask-a': { templates: ['Dear {mention}: {pointt}', 7, '@{mention} {point}', 'Fine {mention} {point}'] },
        'ask-b': 'not an ask',
      },
    };
    writeFileSync(join(d, 'campaign.json'), JSON.stringify(campaign, null, 2));
    const problems = (await checkCampaign(d, { now: NOW })).filter((p) => p.file.endsWith('campaign.json'));
    expect(problems.map((p) => [p.severity, p.rule, p.path])).toEqual([
      ['error', 'schema', '$.colour'],
      ['error', 'schema', '$.hashtags[1]'],
      ['error', 'invalid-hashtag', '$.hashtags[2]'],
      ['error', 'schema', '$.cc[1]'],
      ['warning', 'duplicate-cc', '$.cc[2]'],
      ['error', 'template', '$.asks["ask-a"].templates[0]'],
      ['error', 'schema', '$.asks["ask-a"].templates[1]'],
      ['warning', 'template-starts-with-mention', '$.asks["ask-a"].templates[2]'],
      ['error', 'schema', '$.asks["ask-b"]'],
    ]);
    expect(problems.find((p) => p.rule === 'template')!.message).toMatch(/^unknown placeholder "\{pointt\}"/);
  });

  it('check and draft agree on every fixture: an error is a reason draft refuses the campaign or leaves a target out', async () => {
    const drafting = new Set(['unfit-target', 'repeats']); // errors about what can be drafted: draft runs, exit 1
    for (const name of readdirSync(fixture('check'))) {
      const problems = await checkCampaign(dir(name), { now: NOW });
      const errors = problems.filter((p) => p.severity === 'error');
      const expected = errors.some((p) => !drafting.has(p.rule))
        ? ExitCode.Usage
        : errors.length
          ? ExitCode.Failed
          : ExitCode.Ok;
      for (const seed of [1, 2, 3]) {
        // Every network a target has a handle on, as check covers them all.
        const outcome = await draft({ campaignDir: dir(name), seed, network: 'all' }, captureIo()).catch(
          (e: { exitCode: number }) => e.exitCode,
        );
        expect([name, seed, outcome]).toEqual([name, seed, expected]);
      }
    }
  });
});

describe('pledge check (command)', () => {
  it('exit 0 with warnings only, 1 with errors, 1 with warnings under --strict', async () => {
    expect(await check({ campaignDir: dir('clean'), now: NOW }, captureIo())).toBe(ExitCode.Ok);
    expect(await check({ campaignDir: dir('missing-handle'), now: NOW }, captureIo())).toBe(ExitCode.Ok);
    expect(await check({ campaignDir: dir('missing-handle'), now: NOW, strict: true }, captureIo())).toBe(
      ExitCode.Failed,
    );
    expect(await check({ campaignDir: dir('template'), now: NOW }, captureIo())).toBe(ExitCode.Failed);
  });

  it('--json: {"problems": [...]} with every key, null where unknown', async () => {
    const io = captureIo();
    await check({ campaignDir: dir('json-syntax'), json: true, now: NOW }, io);
    expect(JSON.parse(io.stdout)).toEqual({
      problems: [
        {
          severity: 'error',
          file: join(dir('json-syntax'), 'points.json'),
          line: 10,
          column: 7,
          path: null,
          rule: 'json-syntax',
          message: 'invalid JSON: expected "," (or a closing bracket)',
        },
      ],
      errors: 1,
      warnings: 0,
    });
  });

  it('text: one clickable location per problem, then a count', async () => {
    const io = captureIo();
    await check({ campaignDir: dir('handle-stale'), now: NOW }, io);
    expect(io.stdout).toBe(
      `${join(dir('handle-stale'), 'targets.json')}:28:7: $.targets[2].handleChecked  warning  handle-stale\n    @OrgThree was last checked 13 months ago (2025-10-15): check it again\n\n! 0 errors, 1 warning\n`,
    );
    const clean = captureIo();
    await check({ campaignDir: dir('clean'), now: NOW }, clean);
    expect(clean.stdout).toBe(`✓ no problems found in ${dir('clean')}\n`);
  });

  it('a missing folder is a usage error (exit 2); a missing file is a problem (exit 1)', async () => {
    await expect(check({ campaignDir: dir('nope') }, captureIo())).rejects.toMatchObject({ exitCode: ExitCode.Usage });
    expect(await checkCampaign(fixture('missing-file'), { now: NOW })).toEqual([
      expect.objectContaining({ rule: 'file', message: 'file not found' }),
    ]);
  });
});

describe('pledge init', () => {
  const schemasDir = join(REPO, 'schemas');

  it('writes a campaign that passes check and drafts at once, referencing the JSON Schemas', async () => {
    const d = join(mkdtempSync(join(tmpdir(), 'pledge-init-')), 'new', 'campaign');
    const io = captureIo();
    expect(await init({ dir: d }, io)).toBe(ExitCode.Ok);
    expect(readdirSync(d).sort()).toEqual(['campaign.json', 'points.json', 'schemas', 'targets.json']);
    expect(readdirSync(join(d, 'schemas')).sort()).toEqual([
      'campaign.schema.json',
      'points.schema.json',
      'targets.schema.json',
    ]);
    expect(io.stdout).toContain(`pledge check --campaign ${d}`);
    expect(await check({ campaignDir: d }, captureIo())).toBe(ExitCode.Ok);
    expect((await checkCampaign(d)).filter((p) => p.severity === 'error')).toEqual([]);
    const drafted = captureIo();
    expect(await draft({ campaignDir: d, seed: 1, json: true }, drafted)).toBe(ExitCode.Ok);
    expect(JSON.parse(drafted.stdout).drafts).toHaveLength(4);
    for (const f of ['campaign', 'targets', 'points']) {
      const ref = JSON.parse(readFileSync(join(d, `${f}.json`), 'utf8')).$schema as string;
      expect(readFileSync(join(d, ref), 'utf8')).toBe(readFileSync(join(schemasDir, `${f}.schema.json`), 'utf8'));
    }
  });

  it('refuses a file given as the folder, saying so (even with --force), touching nothing', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pledge-init-')), 'README.md');
    writeFileSync(file, 'mine');
    for (const force of [false, true]) {
      await expect(init({ dir: file, force }, captureIo())).rejects.toMatchObject({
        exitCode: ExitCode.File,
        message: `cannot make a campaign in ${file}: it is a file, not a folder; name a new or existing folder; nothing was changed`,
      });
    }
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it('refuses a folder that has campaign files, touching nothing; --force replaces them', async () => {
    const d = mkdtempSync(join(tmpdir(), 'pledge-init-'));
    writeFileSync(join(d, 'targets.json'), 'mine');
    writeFileSync(join(d, 'notes.txt'), 'also mine');
    await expect(init({ dir: d }, captureIo())).rejects.toMatchObject({
      exitCode: ExitCode.File,
      message: `${d} already has targets.json; nothing was changed (add --force to replace it)`,
    });
    expect(readdirSync(d).sort()).toEqual(['notes.txt', 'targets.json']);
    expect(readFileSync(join(d, 'targets.json'), 'utf8')).toBe('mine');
    await init({ dir: d, force: true }, captureIo());
    expect(readdirSync(d).sort()).toEqual(['campaign.json', 'notes.txt', 'points.json', 'schemas', 'targets.json']);
    expect(readFileSync(join(d, 'notes.txt'), 'utf8')).toBe('also mine');
  });

  it('an empty existing folder is fine', async () => {
    const d = mkdtempSync(join(tmpdir(), 'pledge-init-'));
    expect(await init({ dir: d }, captureIo())).toBe(ExitCode.Ok);
  });

  it('$schema references survive moving the campaign folder (the schemas are copied into it)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pledge-init-'));
    await init({ dir: join(root, 'a') }, captureIo());
    renameSync(join(root, 'a'), join(root, 'moved'));
    for (const f of ['campaign', 'targets', 'points']) {
      const ref = JSON.parse(readFileSync(join(root, 'moved', `${f}.json`), 'utf8')).$schema as string;
      expect(ref).toBe(schemaRef(`${f}.schema.json`));
      expect(readFileSync(join(root, 'moved', ref), 'utf8')).toBe(
        readFileSync(join(schemasDir, `${f}.schema.json`), 'utf8'),
      );
    }
  });

  it('refuses a folder whose schemas/ has a file of the same name', async () => {
    const d = mkdtempSync(join(tmpdir(), 'pledge-init-'));
    mkdirSync(join(d, 'schemas'));
    writeFileSync(join(d, 'schemas', 'points.schema.json'), 'mine');
    await expect(init({ dir: d }, captureIo())).rejects.toMatchObject({ exitCode: ExitCode.File });
    expect(readFileSync(join(d, 'schemas', 'points.schema.json'), 'utf8')).toBe('mine');
  });
});

describe('drafts that would begin with a mention, wherever it comes from (check agrees with draft)', () => {
  /** The minimal fixture with campaign.json's hashtags and templates, targets' names and points replaced. */
  function campaignWith(templates: string[], opts: { hashtags?: string[]; name?: string; point?: string }) {
    const d = mkdtempSync(join(tmpdir(), 'pledge-lead-'));
    const read = (f: string) => JSON.parse(readFileSync(join(fixture('minimal'), f), 'utf8'));
    const campaign = { ...read('campaign.json'), hashtags: opts.hashtags ?? ['testtag'], cc: [] };
    campaign.asks['ask-a'].templates = templates;
    const targets = read('targets.json');
    if (opts.name) targets.targets[0].name = opts.name;
    const points = read('points.json');
    if (opts.point) points.points[0] = { id: 'p1', text: opts.point, short: opts.point };
    writeFileSync(join(d, 'campaign.json'), JSON.stringify(campaign));
    writeFileSync(join(d, 'targets.json'), JSON.stringify(targets));
    writeFileSync(join(d, 'points.json'), JSON.stringify(points));
    return d;
  }
  const leading = async (d: string) =>
    (await checkCampaign(d, { now: NOW }))
      .filter((p) => p.rule === 'template-starts-with-mention')
      .map((p) => [p.path, p.message.split(':')[0]]);
  const draftWarns = async (d: string) => {
    const io = captureIo();
    await draft({ campaignDir: d, seed: 1, json: true }, io);
    return /begins with a mention/.test(io.stdout + io.stderr);
  };

  it('a point that begins with @ (or the fullwidth ＠), put first by a template', async () => {
    for (const at of ['@', '＠']) {
      const d = campaignWith(['{point} {mention}'], { point: `${at}Someone said so.` });
      expect(await leading(d)).toEqual([
        ['$.points[0].text', 'begins with a mention, and template 1 of ask "ask-a" puts it first'],
      ]);
      expect(await draftWarns(d)).toBe(true);
    }
  });

  it('an empty {hashtags} before {mention}', async () => {
    const d = campaignWith(['{hashtags} {mention}: {point}'], { hashtags: [] });
    expect(await leading(d)).toEqual([['$.asks["ask-a"].templates[0]', 'begins with a mention']]);
    expect(await draftWarns(d)).toBe(true);
  });

  it('a target name that begins with @, put first by {name}', async () => {
    const d = campaignWith(['{name} says: {point}'], { name: '@Evil takeover' });
    expect(await leading(d)).toEqual([
      ['$.targets[0].name', 'begins with a mention, and template 1 of ask "ask-a" puts the name first'],
    ]);
    expect(await draftWarns(d)).toBe(true);
  });

  it('nothing when no draft begins with one', async () => {
    const d = campaignWith(['{hashtags} {mention}: {point}', '{point} {mention}'], {});
    expect(await leading(d)).toEqual([]);
    expect(await draftWarns(d)).toBe(false);
  });
});

describe('duplicate-cc on every network', () => {
  it('an account cc\'d twice on Bluesky or Mastodon (case and a leading @ aside): a warning at the second', async () => {
    const d = mkdtempSync(join(tmpdir(), 'pledge-check-netcc-'));
    for (const f of ['targets.json', 'points.json']) {
      writeFileSync(join(d, f), readFileSync(join(fixture('minimal'), f)));
    }
    const campaign = JSON.parse(readFileSync(join(fixture('minimal'), 'campaign.json'), 'utf8'));
    campaign.networks = {
      bluesky: { cc: ['amnesty.org', 'Amnesty.org', 'other.bsky.social'] },
      mastodon: { cc: ['a@mastodon.social', 'b@mastodon.social', '@A@Mastodon.Social'] },
    };
    writeFileSync(join(d, 'campaign.json'), JSON.stringify(campaign, null, 2));
    const found = (await checkCampaign(d, { now: NOW })).filter((p) => p.rule === 'duplicate-cc');
    expect(found.map((p) => [p.severity, p.path, p.message.split(' (')[0]])).toEqual([
      [
        'warning',
        '$.networks.bluesky.cc[1]',
        "@Amnesty.org is already cc'd on Bluesky as @amnesty.org at $.networks.bluesky.cc[0]",
      ],
      [
        'warning',
        '$.networks.mastodon.cc[2]',
        "@A@Mastodon.Social is already cc'd on Mastodon as @a@mastodon.social at $.networks.mastodon.cc[0]",
      ],
    ]);
  });
});
