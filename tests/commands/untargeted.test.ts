// Campaigns without targets (a hashtag storm): check passes, draft writes --count different posts (3 by
// default) that mention no one, on every network with --network all; exports and -i take them.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCampaign } from '../../src/campaign/check.js';
import { loadCampaign } from '../../src/campaign/load.js';
import { run as draft } from '../../src/commands/draft.js';
import { run as exportDrafts } from '../../src/commands/export.js';
import { draftAll } from '../../src/core/drafting.js';
import { untargetedPosts } from '../../src/core/untargeted.js';
import type { DraftsDocument } from '../../src/render/drafts.js';
import { captureIo } from '../support/io.js';
import { BUILTIN, fixture } from '../support/paths.js';
import { pick, scriptedPrompter } from '../support/prompter.js';

const STORM = fixture('hashtag-storm');
const campaign = await loadCampaign(STORM);

async function draftJson(options: Partial<Parameters<typeof draft>[0]>): Promise<DraftsDocument> {
  const io = captureIo();
  expect(await draft({ campaignDir: STORM, json: true, seed: 5, ...options }, io)).toBe(0);
  return JSON.parse(io.stdout) as DraftsDocument;
}

describe('a campaign without targets', () => {
  it('passes check without a problem', async () => {
    expect(await checkCampaign(STORM)).toEqual([]);
  });

  it('draft writes 3 different posts by default, --count N of them, none mentioning anyone', async () => {
    const three = await draftJson({});
    expect(three.drafts.map((d) => d.target.id)).toEqual(['post-1', 'post-2', 'post-3']);
    const five = await draftJson({ count: 5 });
    expect(five.drafts).toHaveLength(5);
    expect(new Set(five.drafts.map((d) => d.text)).size).toBe(5);
    for (const d of five.drafts) {
      expect(d.text).not.toContain('@');
      expect(d.text).toContain('#SaveOurBuses');
      expect(d.valid).toBe(true);
      expect(d.warnings).toEqual([]);
      expect(d.target.handle).toBeNull();
    }
  });

  it('posts are different for any seed and count that the campaign has wordings for (property)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 18 }), (seed, count) => {
        const run = draftAll(campaign, seed, { targets: untargetedPosts(campaign, count) });
        expect(run.unfit).toEqual([]);
        expect(new Set(run.drafts.map((d) => d.text)).size).toBe(count);
      }),
      { numRuns: 60 },
    );
  });

  it('--network all: every post on every network, different within each', async () => {
    const doc = await draftJson({ count: 2, network: 'all', instance: 'mastodon.social' });
    expect(doc.drafts.map((d) => `${d.target.id} ${d.network}`)).toEqual([
      'post-1 x',
      'post-1 bluesky',
      'post-1 mastodon',
      'post-1 threads',
      'post-2 x',
      'post-2 bluesky',
      'post-2 mastodon',
      'post-2 threads',
    ]);
    expect(doc.drafts.every((d) => d.valid && d.intentUrl)).toBe(true);
  });

  it('more posts asked for than wordings give: one line saying how many fit, not one error per post', async () => {
    const json = captureIo();
    await draft({ campaignDir: STORM, seed: 5, count: 50, json: true }, json);
    const fit = (JSON.parse(json.stdout) as DraftsDocument).drafts.length;
    expect(fit).toBeLessThan(50);
    const line = `error: only ${fit} different posts fit (asked for 50): every other draft repeats one; add templates or points, or ask for fewer with --count ${fit}\n`;
    const io = captureIo();
    expect(await draft({ campaignDir: STORM, seed: 5, count: 50 }, io)).toBe(1);
    expect(io.stderr.split('\n').filter((l) => l.startsWith('error:'))).toEqual([line.trim()]);
    const all = captureIo();
    await draft({ campaignDir: STORM, seed: 5, count: 50, network: 'all' }, all);
    expect(
      all.stderr.match(/^error: only \d+ different posts fit on (Bluesky|Mastodon|Threads) \(asked for 50\)/gm),
    ).toHaveLength(3);
    const exported = captureIo();
    const file = join(mkdtempSync(join(tmpdir(), 'pledge-storm-')), 'posts.json');
    expect(await exportDrafts({ campaignDir: STORM, seed: 5, count: 50, file }, exported)).toBe(1);
    expect(exported.stderr.split('\n').filter((l) => l.startsWith('error:'))).toEqual([line.trim()]);
  });

  it('--count is refused on a campaign with targets; a campaign without targets needs a template naming no one', async () => {
    await expect(draft({ campaignDir: BUILTIN, count: 2 }, captureIo())).rejects.toThrow(
      /--count is for campaigns without targets/,
    );
    await expect(draft({ campaignDir: STORM, targets: ['post-1'] }, captureIo())).rejects.toThrow(
      /no targets .* leave out --target and --group/,
    );
    await expect(draft({ campaignDir: STORM, group: 'post' }, captureIo())).rejects.toThrow(/no group to choose/);
    const dir = join(mkdtempSync(join(tmpdir(), 'pledge-storm-')), 'storm');
    cpSync(STORM, dir, { recursive: true });
    const json = JSON.parse(readFileSync(join(dir, 'campaign.json'), 'utf8'));
    json.asks.post.templates = ['Dear {mention}: {point} {hashtags}'];
    writeFileSync(join(dir, 'campaign.json'), JSON.stringify(json, null, 2));
    const problems = await checkCampaign(dir);
    expect(problems.map((p) => [p.severity, p.rule, p.path])).toEqual([['error', 'unfit-target', '$.asks']]);
    await expect(draft({ campaignDir: dir }, captureIo())).rejects.toThrow(
      /every template has \{mention\} or \{name\}/,
    );
  });

  it('every export carries the posts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-storm-export-'));
    const posts = (await draftJson({ count: 4 })).drafts.map((d) => d.text);
    for (const ext of ['json', 'csv', 'md', 'txt', 'html']) {
      const file = join(dir, `posts.${ext}`);
      expect(await exportDrafts({ campaignDir: STORM, seed: 5, count: 4, file }, captureIo())).toBe(0);
      const written = readFileSync(file, 'utf8');
      for (const text of posts)
        expect([
          ext,
          written.includes(text) ||
            written.includes(text.replace(/#/g, '\\#')) ||
            written.includes(encodeURIComponent(text)),
        ]).toEqual([ext, true]);
    }
  });

  it('-i offers the posts and hands them over', async () => {
    const prompter = scriptedPrompter([
      { kind: 'checkbox', expect: /^Which posts\?/, answer: (o) => o.choices.map((c) => c.value) },
      { kind: 'select', expect: /^Post 1:$/, answer: pick(/^Copy the draft/) },
      { kind: 'select', expect: /^Post 2:$/, answer: pick(/^Skip/) },
      { kind: 'confirm', expect: /^Export (this draft|these \d+ drafts) to a file\?$/, answer: () => false },
    ]);
    const copied: string[] = [];
    const io = Object.assign(captureIo(), {
      prompter,
      clipboard: async (t: string) => void copied.push(t),
      opener: async () => undefined,
    });
    expect(await draft({ campaignDir: STORM, seed: 5, count: 2, interactive: true }, io)).toBe(0);
    expect(copied).toEqual([(await draftJson({ count: 2 })).drafts[0]!.text]);
    expect(io.stderr).toContain('--count 2 --seed 5 -i');
  });
});
