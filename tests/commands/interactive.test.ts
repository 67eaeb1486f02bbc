import { describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/campaign/load.js';
import { countTweet } from '../../src/core/count.js';
import { draftAll, type Draft, type DraftOutcome } from '../../src/core/drafting.js';
import { intentText } from '../../src/core/intent.js';
import { describeCopy } from '../../src/handoff/clipboard.js';
import { FILTER_ABOVE } from '../../src/interactive/choose-targets.js';
import { runSession, type SessionDeps } from '../../src/interactive/session.js';
import type { Choice } from '../../src/ui/prompt.js';
import { EditorError } from '../../src/errors.js';
import { captureIo } from '../support/io.js';
import { makeCampaign } from '../support/campaigns.js';
import { BUILTIN } from '../support/paths.js';
import { pick, scriptedPrompter, type Step } from '../support/prompter.js';

const campaign = await loadCampaign(BUILTIN);
const SEED = 17;
const drafts = () => draftAll(campaign, SEED).drafts;

function session(steps: Step[], overrides: Partial<SessionDeps> = {}) {
  const io = captureIo();
  const copied: string[] = [];
  const opened: string[] = [];
  const exported: { file: string; force: boolean; outcomes: DraftOutcome[] }[] = [];
  const prompter = scriptedPrompter(steps);
  const deps: SessionDeps = {
    prompter,
    io,
    copy: async (t) => (copied.push(t), { method: 'clipboard' }),
    describeCopy,
    open: async (u) => void opened.push(u),
    exportTo: async (file, force, outcomes) => (exported.push({ file, force, outcomes }), `Wrote ${file}`),
    fileExists: async () => false,
    ...overrides,
  };
  return { deps, io, copied, opened, exported, prompter };
}

const only = (ids: string[]) => (o: { choices: Choice<Draft>[] }) =>
  o.choices.filter((c) => ids.includes(c.value.target.id)).map((c) => c.value);
const noExport: Step = { kind: 'confirm', expect: /^Export (this draft|these \d+ drafts) to a file\?$/, answer: () => false };

describe('pledge draft -i (scripted prompts)', () => {
  it('preselects the command line selection and sends, copies and skips', async () => {
    const s = session([
      {
        kind: 'checkbox',
        answer: (o) => {
          expect(o.choices.filter((c) => c.checked).map((c) => (c.value as Draft).target.id)).toEqual([
            'amnesty',
            'amnesty-uk',
          ]);
          return o.choices.map((c) => c.value);
        },
      },
      { kind: 'select', expect: /^Amnesty International:$/, answer: pick(/^Open in the browser/) },
      { kind: 'select', expect: /^Amnesty International UK:$/, answer: pick(/^Copy the draft/) },
      { kind: 'select', expect: /^Fawcett Society:$/, answer: pick(/^Copy the intent URL/) },
      { kind: 'select', answer: pick(/^Skip/) },
      { kind: 'select', answer: pick(/^Skip/) },
      noExport,
    ]);
    const records = await runSession(campaign, SEED, drafts(), new Set(['amnesty', 'amnesty-uk']), s.deps);
    const d = drafts();
    expect(s.opened).toEqual([d[0]!.intentUrl]);
    expect(s.copied).toEqual([d[1]!.text, d[2]!.intentUrl]);
    expect(records.map((r) => r.status)).toEqual(['opened', 'copied', 'copied', 'skipped', 'skipped']);
    const summary = s.io.stdout.slice(s.io.stdout.indexOf('Summary'));
    expect(summary.split('\n').slice(1, 7).map((l) => l.trim().split(/ {2,}/))).toEqual([
      ['Amnesty International', 'opened'],
      ['Amnesty International UK', 'copied'],
      ['Fawcett Society', 'copied'],
      ["National Alliance of Women's Organisations", 'skipped'],
      ["Women's Aid", 'skipped'],
      ['1 opened in the browser, 2 copied, 2 skipped'],
    ]);
    expect(s.io.stdout).toContain(`  ${d[0]!.post.length}/280`);
  });

  it('switches to another wording, each shown with its count', async () => {
    let chosen: Draft | undefined;
    const s = session([
      { kind: 'checkbox', answer: only(['fawcett']) },
      { kind: 'select', answer: pick(/^Another wording/) },
      {
        kind: 'select',
        expect: /^Choose a wording/,
        answer: (o) => {
          const choices = o.choices as Choice<Draft | undefined>[];
          for (const c of choices.slice(0, -1)) expect(c.name).toMatch(new RegExp(`^ *${c.value!.post.length}/280  `));
          expect(choices.at(-1)!.name).toBe('Keep the current wording');
          expect(choices.map((c) => c.value?.text)).not.toContain(drafts()[2]!.text);
          chosen = choices[1]!.value;
          return chosen;
        },
      },
      { kind: 'select', answer: pick(/^Copy the draft/) },
      noExport,
    ]);
    const [record] = await runSession(campaign, SEED, drafts(), undefined, s.deps);
    expect(record!.draft).toEqual(chosen);
    expect(s.copied).toEqual([chosen!.text]);
  });

  it('does not accept an edit over the limit: says by how much and asks again', async () => {
    const long = `${drafts()[0]!.text} ${'and more words '.repeat(6)}`.trim();
    const fixed = 'Thank you @AmnestyOnline: decriminalisation protects sex workers. #pledgedecrim';
    const s = session([
      { kind: 'checkbox', answer: only(['amnesty']) },
      { kind: 'select', answer: pick(/^Edit in your editor/) },
      { kind: 'editor', answer: () => `${long}\n` },
      { kind: 'select', expect: /^What now\?$/, answer: pick(/^Edit it again$/) },
      {
        kind: 'editor',
        answer: (o) => {
          expect(o.default).toBe(long);
          return fixed;
        },
      },
      { kind: 'select', answer: pick(/^Open in the browser/) },
      noExport,
    ]);
    const [record] = await runSession(campaign, SEED, drafts(), undefined, s.deps);
    const over = countTweet(long).weightedLength - 280;
    expect(s.io.stdout).toContain(`Not accepted: ${countTweet(long).weightedLength}/280: ${over} over the limit.\n`);
    expect(record!.draft.text).toBe(fixed);
    expect(record!.draft.post.length).toBe(countTweet(fixed).weightedLength);
    expect(intentText(s.opened[0]!)).toBe(fixed);
  });

  it('an editor that keeps writing a refused character: asks what now, never relaunches by itself', async () => {
    // The EDITOR of the report wrote U+202E every time: the editor was relaunched ~40 times a second.
    const s = session([
      { kind: 'checkbox', answer: only(['amnesty']) },
      { kind: 'select', answer: pick(/^Edit in your editor/) },
      { kind: 'editor', answer: () => 'Thank you \u202e@AmnestyOnline #pledgedecrim\n' },
      { kind: 'select', expect: /^What now\?$/, answer: pick(/^Edit it again$/) },
      { kind: 'editor', answer: () => 'Thank you \u202e@AmnestyOnline #pledgedecrim\n' },
      { kind: 'select', expect: /^What now\?$/, answer: pick(/^Back/) },
      // Back in the draft's menu, the draft as it was.
      { kind: 'select', expect: /^Amnesty International:$/, answer: pick(/^Copy the draft/) },
      noExport,
    ]);
    const [record] = await runSession(campaign, SEED, drafts(), undefined, s.deps);
    expect(s.io.stdout.match(/Not accepted: /g)).toHaveLength(2);
    expect(record).toMatchObject({ status: 'copied', draft: drafts()[0] });
    expect(s.copied).toEqual([drafts()[0]!.text]);
  });

  it('the same after a refused inline edit', async () => {
    const s = session([
      { kind: 'checkbox', answer: only(['amnesty']) },
      { kind: 'select', answer: pick(/^Edit here/) },
      { kind: 'input', answer: () => 'x'.repeat(300) },
      { kind: 'select', expect: /^What now\?$/, answer: pick(/^Back/) },
      { kind: 'select', answer: pick(/^Skip/) },
      noExport,
    ]);
    const [record] = await runSession(campaign, SEED, drafts(), undefined, s.deps);
    expect(record).toMatchObject({ status: 'skipped', draft: drafts()[0] });
  });

  it('asks about one draft in the singular, and lists every file type it can write', async () => {
    const s = session(
      [
        { kind: 'checkbox', answer: only(['amnesty']) },
        { kind: 'select', answer: pick(/^Skip/) },
        { kind: 'confirm', expect: /^Export this draft to a file\?$/, answer: () => true },
        {
          kind: 'input',
          // The built-in campaign has no start time, so no .ics.
          expect: /^File \(\.json, \.csv, \.md, \.txt, \.html or \.xlsx; empty to skip\):$/,
          answer: () => 'drafts.xlsx',
        },
      ],
    );
    await runSession(campaign, SEED, drafts(), undefined, s.deps);
    expect(s.exported.map((e) => e.file)).toEqual(['drafts.xlsx']);
  });

  it('- as the export file: asks for a file name again instead of writing a file named "-"', async () => {
    const s = session([
      { kind: 'checkbox', answer: only(['amnesty']) },
      { kind: 'select', answer: pick(/^Skip/) },
      { kind: 'confirm', expect: /^Export this draft to a file\?$/, answer: () => true },
      { kind: 'input', expect: /^File \(/, answer: () => '-' },
      { kind: 'input', expect: /^File \(/, answer: (o) => (expect(o.default).toBe(''), '') },
    ]);
    await runSession(campaign, SEED, drafts(), undefined, s.deps);
    expect(s.exported).toEqual([]);
    expect(s.io.stdout).toContain('Not exported: give a file name (- is standard output in pledge export).');
  });

  it('an editor that cannot start: says so, keeps the draft, stays in the menu', async () => {
    const s = session([
      { kind: 'checkbox', answer: only(['amnesty']) },
      { kind: 'select', answer: pick(/^Edit in your editor/) },
      {
        kind: 'editor',
        answer: () => {
          throw new EditorError(
            'the editor "nope" could not start (no such program); set EDITOR, or edit here, on one line',
          );
        },
      },
      { kind: 'select', answer: pick(/^Skip/) },
      noExport,
    ]);
    const [record] = await runSession(campaign, SEED, drafts(), undefined, s.deps);
    expect(s.io.stdout).toContain('Could not edit: the editor "nope" could not start (no such program)');
    expect(record).toMatchObject({ status: 'skipped', draft: drafts()[0] });
  });

  it('edits inline too; an empty edit keeps the draft', async () => {
    const s = session([
      { kind: 'checkbox', answer: only(['amnesty']) },
      { kind: 'select', answer: pick(/^Edit here/) },
      { kind: 'input', answer: () => '   ' },
      { kind: 'select', answer: pick(/^Skip/) },
      noExport,
    ]);
    const [record] = await runSession(campaign, SEED, drafts(), undefined, s.deps);
    expect(record!.draft).toEqual(drafts()[0]);
    expect(s.io.stdout).toContain('An empty draft cannot be tweeted.');
  });

  it('with no browser, the open choice is disabled and the reason said once', async () => {
    const s = session(
      [
        { kind: 'checkbox', answer: only(['amnesty']) },
        {
          kind: 'select',
          answer: (o) => {
            expect(o.choices[0]).toMatchObject({ value: 'open', disabled: '(no browser here)' });
            expect(o.default).toBe('copy-text');
            return 'skip';
          },
        },
        noExport,
      ],
      { noBrowser: 'no graphical session' },
    );
    await runSession(campaign, SEED, drafts(), undefined, s.deps);
    expect(s.io.stdout).toContain('No browser here (no graphical session): copy each draft instead.');
  });

  it('a browser that fails to open: the reason is shown and the draft offered again', async () => {
    const s = session(
      [
        { kind: 'checkbox', answer: only(['amnesty']) },
        { kind: 'select', answer: pick(/^Open in the browser/) },
        { kind: 'select', answer: (o) => (expect(o.choices[0]!.disabled).toBeTruthy(), 'copy-text') },
        noExport,
      ],
      { open: async () => Promise.reject(new Error('the browser launcher exited with code 3')) },
    );
    const [record] = await runSession(campaign, SEED, drafts(), undefined, s.deps);
    expect(s.io.stdout).toContain('Could not open the browser: the browser launcher exited with code 3');
    expect(record!.status).toBe('copied');
  });

  it('offers to export what was drafted, edits included, asking before replacing a file', async () => {
    const edited = 'Edited by hand for @AmnestyUK. #pledgedecrim';
    const s = session(
      [
        { kind: 'checkbox', answer: only(['amnesty', 'amnesty-uk']) },
        { kind: 'select', answer: pick(/^Skip/) },
        { kind: 'select', answer: pick(/^Edit here/) },
        { kind: 'input', answer: () => edited },
        { kind: 'select', answer: pick(/^Copy the draft/) },
        { kind: 'confirm', expect: /^Export these 2 drafts/, answer: () => true },
        { kind: 'input', answer: (o) => (expect(o.default).toBe(`pledge-drafts-${SEED}.md`), 'mine.csv') },
        { kind: 'confirm', expect: /^mine\.csv exists\. Replace it\?/, answer: () => true },
      ],
      { fileExists: async () => true },
    );
    await runSession(campaign, SEED, drafts(), undefined, s.deps);
    expect(s.exported).toHaveLength(1);
    expect(s.exported[0]).toMatchObject({ file: 'mine.csv', force: true });
    expect(s.exported[0]!.outcomes.map((o) => o.draft!.text)).toEqual([drafts()[0]!.text, edited]);
    expect(s.io.stdout).toContain('✓ Wrote mine.csv');
  });

  it('filters a long list of organisations by a search term first', async () => {
    const many = makeCampaign({
      targets: Array.from({ length: FILTER_ABOVE + 3 }, (_, i) => ({
        id: `t${i}`,
        name: i === 7 ? 'Special Seven' : `Org ${i}`,
        handle: `org${i}`,
        group: 'g',
        ask: 'ask',
      })),
    });
    const s = session([
      { kind: 'input', expect: /^15 organisations\. Filter/, answer: () => 'special' },
      {
        kind: 'checkbox',
        answer: (o) => (expect(o.choices.map((c) => c.name)).toEqual(['Special Seven @org7  (g)']), []),
      },
    ]);
    const records = await runSession(many, 1, draftAll(many, 1).drafts, undefined, s.deps);
    expect(records).toEqual([]);
  });
});
