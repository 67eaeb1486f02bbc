import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as draft } from '../../src/commands/draft.js';
import { run as exportCmd } from '../../src/commands/export.js';
import { ExitCode } from '../../src/exit-codes.js';
import type { DraftsDocument } from '../../src/render/drafts.js';
import { pledge } from '../support/cli.js';
import { captureIo } from '../support/io.js';
import { BUILTIN } from '../support/paths.js';
import { scriptedPrompter } from '../support/prompter.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'pledge-cmd-'));

async function json(seed: number, extra = {}) {
  const io = captureIo();
  await draft({ campaignDir: BUILTIN, seed, json: true, ...extra }, io);
  return JSON.parse(io.stdout) as DraftsDocument;
}

describe('pledge draft --copy', () => {
  it('with one target, copies exactly that draft', async () => {
    const copied: string[] = [];
    const io = Object.assign(captureIo(), { clipboard: async (t: string) => void copied.push(t) });
    await draft({ campaignDir: BUILTIN, seed: 8, targets: ['amnesty-uk'], copy: true }, io);
    expect(copied).toEqual([(await json(8, { targets: ['amnesty-uk'] })).drafts[0]!.text]);
    expect(io.stderr).toContain('✓ copied the draft to the clipboard');
  });

  it('copies the drafts separated by a blank line, or with --urls the URLs', async () => {
    const doc = await json(8);
    const copied: string[] = [];
    const io = Object.assign(captureIo(), { clipboard: async (t: string) => void copied.push(t) });
    await draft({ campaignDir: BUILTIN, seed: 8, copy: true }, io);
    await draft({ campaignDir: BUILTIN, seed: 8, copy: true, urls: true }, io);
    expect(copied).toEqual([doc.drafts.map((d) => d.text).join('\n\n'), doc.drafts.map((d) => d.intentUrl).join('\n')]);
  });

  it('with no clipboard and no terminal: the drafts are printed, a warning says nothing was copied', async () => {
    const io = Object.assign(captureIo(), { clipboard: async () => Promise.reject(new Error('no clipboard here')) });
    expect(await draft({ campaignDir: BUILTIN, seed: 8, copy: true, urls: true }, io)).toBe(ExitCode.Ok);
    expect(io.stdout.trim().split('\n')).toHaveLength(5);
    expect(io.stderr).toMatch(/warning: nothing was copied: no system clipboard/);
  });
});

describe('pledge draft --open', () => {
  const opener = (into: string[]) => async (u: string) => void into.push(u);

  it('opens the intent URLs', async () => {
    const opened: string[] = [];
    await draft(
      { campaignDir: BUILTIN, seed: 2, group: 'amnesty', open: true },
      Object.assign(captureIo(), { opener: opener(opened) }),
    );
    expect(opened).toEqual((await json(2, { group: 'amnesty' })).drafts.map((d) => d.intentUrl));
  });

  it('more than 3 on a terminal: opens the first, then asks about the others', async () => {
    const question = /^Opened the first in your browser\. Open the other 4 tabs too\?$/;
    const prompter = (answer: boolean) =>
      scriptedPrompter([{ kind: 'confirm', expect: question, answer: () => answer }]);
    const urls = (await json(2)).drafts.map((d) => d.intentUrl);
    const declined: string[] = [];
    const io = Object.assign(captureIo(), { opener: opener(declined), prompter: prompter(false) });
    expect(await draft({ campaignDir: BUILTIN, seed: 2, open: true }, io)).toBe(ExitCode.Ok);
    expect(declined).toEqual(urls.slice(0, 1));
    expect(io.stderr).toContain('✓ opened 1 intent URL in the browser');
    const accepted: string[] = [];
    await draft(
      { campaignDir: BUILTIN, seed: 2, open: true },
      Object.assign(captureIo(), { opener: opener(accepted), prompter: prompter(true) }),
    );
    expect(accepted).toEqual(urls);
  });

  it('more than 3 on a terminal where no browser opens: the reason, exit 3, and no question', async () => {
    const prompter = scriptedPrompter([]); // fails the test on any question
    const io = Object.assign(captureIo(), {
      opener: async () =>
        Promise.reject(new Error('no browser to open: the opener (xdg-open) found no browser to run')),
      prompter,
    });
    expect(await draft({ campaignDir: BUILTIN, seed: 2, open: true }, io)).toBe(ExitCode.File);
    expect(prompter.asked).toEqual([]);
    expect(io.stderr).toContain(
      'error: no browser to open: the opener (xdg-open) found no browser to run; the URLs are printed above',
    );
  });

  it('more than 3 without a terminal: refused unless --yes', async () => {
    const opened: string[] = [];
    const io = Object.assign(captureIo(), { opener: opener(opened) });
    expect(await draft({ campaignDir: BUILTIN, seed: 2, open: true }, io)).toBe(ExitCode.Usage);
    expect(io.stderr).toContain('not opening 5 browser tabs without a terminal to ask on; add --yes');
    expect(await draft({ campaignDir: BUILTIN, seed: 2, open: true, yes: true }, io)).toBe(ExitCode.Ok);
    expect(opened).toHaveLength(5);
  });
});

describe('pledge export and draft --out', () => {
  it('export json is the draft --json document; draft --out writes the same file', async () => {
    const d = tmp();
    const io = captureIo();
    expect(await exportCmd({ campaignDir: BUILTIN, seed: 6, file: join(d, 'a.json') }, io)).toBe(ExitCode.Ok);
    const printed = captureIo();
    await draft({ campaignDir: BUILTIN, seed: 6, json: true, out: join(d, 'b.json') }, printed);
    expect(readFileSync(join(d, 'a.json'), 'utf8')).toBe(printed.stdout);
    expect(readFileSync(join(d, 'b.json'), 'utf8')).toBe(printed.stdout);
    expect(io.stderr).toContain(
      `✓ wrote ${join(d, 'a.json')} (json, 5 drafts, seed 6). The same file again: pledge export ${join(d, 'a.json')} --force --seed 6\n`,
    );
  });

  it('the "same file again" command works when run: it replaces the file with the same bytes', async () => {
    const d = tmp();
    const file = join(d, 'a.md');
    const io = captureIo();
    expect(await exportCmd({ campaignDir: BUILTIN, targets: ['amnesty'], seed: 4, format: 'md', file }, io)).toBe(
      ExitCode.Ok,
    );
    const first = readFileSync(file, 'utf8');
    const again = /The same file again: (.*)\n/.exec(io.stderr)![1]!;
    expect(again).toBe(`pledge export ${file} --format md --force --target amnesty --seed 4`);
    const r = pledge(again.split(' ').slice(1));
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(first);
  });

  it('export - writes to standard output (json unless --format), and names no file', async () => {
    const io = captureIo();
    expect(await exportCmd({ campaignDir: BUILTIN, seed: 6, file: '-' }, io)).toBe(ExitCode.Ok);
    const printed = captureIo();
    await draft({ campaignDir: BUILTIN, seed: 6, json: true }, printed);
    expect(io.stdout).toBe(printed.stdout);
    expect(io.stderr).toContain(
      '✓ wrote standard output (json, 5 drafts, seed 6). The same output again: pledge export - --seed 6\n',
    );
    const csv = pledge(['export', '-', '--format', 'csv', '--seed', '6']);
    expect(csv.status).toBe(0);
    expect(csv.stdout.split('\r\n')).toHaveLength(7);
  });

  it('--format wins over the extension; an unknown extension is a usage error', async () => {
    const d = tmp();
    await exportCmd({ campaignDir: BUILTIN, seed: 6, file: join(d, 'list.txt'), format: 'md' }, captureIo());
    expect(readFileSync(join(d, 'list.txt'), 'utf8')).toMatch(/^# /);
    await expect(exportCmd({ campaignDir: BUILTIN, file: join(d, 'x.docx') }, captureIo())).rejects.toMatchObject({
      exitCode: ExitCode.Usage,
      message: expect.stringContaining('cannot tell the format'),
    });
  });

  it('draft --out checks the destination before drafting: nothing is printed when it cannot be written', async () => {
    const d = tmp();
    const file = join(d, 'drafts.csv');
    writeFileSync(file, 'mine');
    const cases: [string, ExitCode, RegExp][] = [
      [file, ExitCode.File, /already exists; add --force/],
      [d, ExitCode.File, /it is a folder/],
      [join(d, 'x.docx'), ExitCode.Usage, /cannot tell the format/],
      [join(d, 'missing', 'a.csv'), ExitCode.File, /the folder .* does not exist/],
    ];
    for (const [out, exitCode, message] of cases) {
      const io = captureIo();
      await expect(draft({ campaignDir: BUILTIN, seed: 1, out }, io)).rejects.toMatchObject({
        exitCode,
        message: expect.stringMatching(message),
      });
      expect(io.stdout + io.stderr).toBe('');
    }
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it('refuses to replace a file without --force (exit 3), and says "replaced" with it', async () => {
    const d = tmp();
    const file = join(d, 'drafts.csv');
    writeFileSync(file, 'mine');
    await expect(exportCmd({ campaignDir: BUILTIN, file }, captureIo())).rejects.toMatchObject({
      exitCode: ExitCode.File,
    });
    expect(readFileSync(file, 'utf8')).toBe('mine');
    const io = captureIo();
    await exportCmd({ campaignDir: BUILTIN, file, force: true }, io);
    expect(io.stderr).toContain('✓ replaced');
    expect(readFileSync(file, 'utf8')).toMatch(/^\ufefftarget_id,/);
  });
});
