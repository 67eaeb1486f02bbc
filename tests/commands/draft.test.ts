import { describe, expect, it } from 'vitest';
import { run as draft } from '../../src/commands/draft.js';
import { run as points } from '../../src/commands/points.js';
import { run as targets } from '../../src/commands/targets.js';
import { countTweet } from '../../src/core/count.js';
import { intentText } from '../../src/core/intent.js';
import { UsageError } from '../../src/errors.js';
import { ExitCode } from '../../src/exit-codes.js';
import type { DraftsDocument } from '../../src/render/drafts.js';
import { captureIo } from '../support/io.js';
import { BUILTIN, fixture } from '../support/paths.js';

describe('pledge draft (command)', () => {
  it('prints one block per target and a closing line telling how to repeat the run', async () => {
    const io = captureIo();
    expect(await draft({ campaignDir: BUILTIN, seed: 11 }, io)).toBe(ExitCode.Ok);
    const blocks = io.stdout.trim().split('\n\n');
    expect(blocks).toHaveLength(5);
    for (const block of blocks) {
      const [head, ...rest] = block.split('\n');
      expect(head).toMatch(/^\S.* {2}(@\w+|\(no handle\)) {2}\S+$/);
      expect(rest.at(-1)).toMatch(/^ {2}\d+\/280 {2}https:\/\/x\.com\/intent\/tweet\?text=/);
    }
    expect(io.stderr).toContain('warning: nawo: no X handle on record');
    expect(io.stderr).toMatch(/5 drafts for .*, seed 11\. The same drafts again: pledge draft --seed 11\n$/);
  });

  it('--json: one document of the documented shape', async () => {
    const io = captureIo();
    await draft({ campaignDir: BUILTIN, seed: 3, json: true }, io);
    const doc = JSON.parse(io.stdout) as DraftsDocument;
    expect(Object.keys(doc)).toEqual(['campaign', 'seed', 'drafts', 'unfit']);
    expect(doc.seed).toBe(3);
    expect(doc.campaign.name).toContain('#pledgedecrim');
    expect(doc.drafts).toHaveLength(5);
    for (const d of doc.drafts) {
      expect(Object.keys(d).sort()).toEqual(
        [
          'ask',
          'form',
          'intentUrl',
          'pointId',
          'remaining',
          'target',
          'template',
          'text',
          'valid',
          'warnings',
          'weightedLength',
        ].sort(),
      );
      expect(Object.keys(d.target)).toEqual(['id', 'name', 'handle', 'group']);
      expect(d.weightedLength).toBe(countTweet(d.text).weightedLength);
      expect(d.remaining).toBe(280 - d.weightedLength);
      expect(d.valid).toBe(true);
      expect(intentText(d.intentUrl!)).toBe(d.text);
    }
    expect(doc.drafts.find((d) => d.target.id === 'nawo')!.target.handle).toBeNull();
    expect(io.stderr).toBe('');
  });

  it('--urls: the intent URLs, one per line', async () => {
    const io = captureIo();
    await draft({ campaignDir: BUILTIN, seed: 3, urls: true }, io);
    const json = captureIo();
    await draft({ campaignDir: BUILTIN, seed: 3, json: true }, json);
    expect(io.stdout).toBe((JSON.parse(json.stdout) as DraftsDocument).drafts.map((d) => `${d.intentUrl}\n`).join(''));
  });

  it('--urls on Mastodon: refused without an instance (nothing to print); with --network all, counts only the URLs printed', async () => {
    const campaignDir = fixture('handles');
    const refusal = new UsageError(
      '--urls prints intent URLs, and Mastodon has none without your instance: add --instance <host> (like mastodon.social) or set PLEDGE_MASTODON_INSTANCE',
    );
    const onMastodon = draft({ campaignDir, seed: 3, urls: true, network: 'mastodon' }, captureIo());
    await expect(onMastodon).rejects.toThrow(refusal);
    const io = captureIo();
    await draft({ campaignDir, seed: 3, urls: true, network: 'all' }, io);
    const printed = io.stdout.trim().split('\n').length;
    expect(io.stderr).toContain(`\n${printed} intent URL${printed === 1 ? '' : 's'} for `);
    expect(io.stderr).toMatch(/note: \d+ Mastodon drafts? ha(s|ve) no intent URL/);
    // Every draft on Mastodon (a target with a Mastodon handle only): refused the same way, before drafting.
    const none = captureIo();
    await expect(draft({ campaignDir, seed: 3, urls: true, network: 'all', targets: ['moved'] }, none)).rejects.toThrow(
      refusal,
    );
    expect([none.stdout, none.stderr]).toEqual(['', '']);
    // A target also on another network: its URLs are printed.
    const some = captureIo();
    const withX = draft({ campaignDir, seed: 3, urls: true, network: 'all', targets: ['moved', 'ok'] }, some);
    expect(await withX).toBe(ExitCode.Ok);
    expect(some.stdout).not.toBe('');
    const withInstance = captureIo();
    await draft(
      { campaignDir, seed: 3, urls: true, network: 'mastodon', instance: 'mastodon.social', maxLength: 600 },
      withInstance,
    );
    expect(withInstance.stdout).toMatch(/^https:\/\/mastodon\.social\/share\?text=/);
    expect(withInstance.stderr).toContain('--network mastodon --instance mastodon.social --max-length 600 --seed 3');
  });

  it('selects by target and group, and the repeat hint carries the selection', async () => {
    const io = captureIo();
    await draft(
      {
        campaignDir: fixture('minimal'),
        campaignArg: 'my campaign',
        targets: ['two'],
        group: 'g1',
        point: 'p3',
        seed: 5,
      },
      io,
    );
    expect(io.stdout.split('\n')[0]).toBe('Org Two  @OrgTwo  g1');
    expect(io.stdout).toContain('Third point');
    expect(io.stderr).toContain("pledge draft --campaign 'my campaign' --target two --group g1 --point p3 --seed 5");
  });

  it.each([
    [{ targets: ['nope', 'one'] }, 'unknown target "nope"; targets in this campaign: "one", "two", "three"'],
    [{ group: 'g9' }, 'unknown group "g9"; groups in this campaign: "g1", "g2"'],
    [{ point: 'p9' }, 'unknown point "p9"; points in this campaign: "p1", "p2", "p3"'],
  ])('rejects an unknown selection %j', async (selection, message) => {
    await expect(draft({ campaignDir: fixture('minimal'), ...selection }, captureIo())).rejects.toMatchObject({
      message,
      exitCode: ExitCode.Usage,
    });
  });

  it('exits 1 when a target does not fit, after printing the rest', async () => {
    const io = captureIo();
    expect(await draft({ campaignDir: fixture('unfit'), seed: 1 }, io)).toBe(ExitCode.Failed);
    expect(io.stderr).toMatch(/error: nothing fits for Org One \(one\): the shortest draft is \d+\/280, \d+ over/);
  });

  it('is byte-identical for the same seed and differs across seeds', async () => {
    const outputs = await Promise.all(
      [1, 1, 2].map(async (seed) => {
        const io = captureIo();
        await draft({ campaignDir: BUILTIN, seed, json: true }, io);
        return io.stdout;
      }),
    );
    expect(outputs[0]).toBe(outputs[1]);
    expect(outputs[0]).not.toBe(outputs[2]);
  });

  it('keeps control sequences from campaign data off the terminal', async () => {
    const io = captureIo();
    await draft({ campaignDir: fixture('hostile'), seed: 2 }, io);
    expect(io.stdout + io.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(io.stdout).toContain('EvilRed Org');
  });
});

describe('pledge targets and points (commands)', () => {
  it('aligns the table even with emoji and CJK names', async () => {
    const io = captureIo();
    await targets({ campaignDir: fixture('wide-names') }, io);
    const { default: stringWidth } = await import('string-width');
    const lines = io.stdout.trimEnd().split('\n');
    const handleColumn = lines.map((l) => stringWidth(l.slice(0, l.search(/(@\w+|HANDLE|- {2})/))));
    expect(new Set(handleColumn).size).toBe(1);
    expect(lines[0]).toMatch(/^ID\s+NAME\s+HANDLE\s+GROUP\s+ASK$/);
  });

  it('--json lists the targets of a group', async () => {
    const io = captureIo();
    await targets({ campaignDir: BUILTIN, group: 'amnesty', json: true }, io);
    expect(JSON.parse(io.stdout).map((t: { id: string }) => t.id)).toEqual(['amnesty', 'amnesty-uk']);
  });

  it('points shows the weighted length of both forms', async () => {
    const io = captureIo();
    await points({ campaignDir: fixture('minimal'), json: true }, io);
    expect(JSON.parse(io.stdout)[0]).toMatchObject({ id: 'p1', weightedLength: 30, shortWeightedLength: 12 });
    const text = captureIo();
    await points({ campaignDir: fixture('minimal') }, text);
    expect(text.stdout.split('\n')[1]).toBe('p1  30    12     First point, in its long form.');
  });
});
