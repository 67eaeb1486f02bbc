// pledge draft -i asks which network when the campaign has handles on several (or takes --network): the
// drafts, counts and hand-off are that network's, and the repeat hint names it.
import { describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/campaign/load.js';
import { run as draft } from '../../src/commands/draft.js';
import { draftAll, type Draft } from '../../src/core/drafting.js';
import type { Choice } from '../../src/ui/prompt.js';
import { captureIo } from '../support/io.js';
import { BUILTIN, fixture } from '../support/paths.js';
import { pick, scriptedPrompter, type Step } from '../support/prompter.js';

const campaign = await loadCampaign(BUILTIN);
const SEED = 23;

/** Runs `pledge draft -i` with scripted prompts; every copy is recorded. */
async function interactive(options: Partial<Parameters<typeof draft>[0]>, steps: Step[]) {
  const prompter = scriptedPrompter(steps);
  const copied: string[] = [];
  const io = Object.assign(captureIo(), {
    prompter,
    clipboard: async (t: string) => void copied.push(t),
    opener: async () => undefined,
  });
  const code = await draft({ campaignDir: BUILTIN, seed: SEED, interactive: true, ...options }, io);
  return { code, copied, io, asked: prompter.asked };
}

const tick = (id: string) => (o: { choices: Choice<Draft>[] }) =>
  o.choices.filter((c) => c.value.target.id === id).map((c) => c.value);
const copyAndEnd: Step[] = [
  { kind: 'select', expect: /^Amnesty International:$/, answer: pick(/^Copy the draft/) },
  { kind: 'confirm', expect: /^Export (this draft|these \d+ drafts) to a file\?$/, answer: () => false },
];

describe('pledge draft -i and networks', () => {
  it('asks which network when targets have handles on several; the choice drafts, copies and repeats on it', async () => {
    const r = await interactive({}, [
      {
        kind: 'select',
        expect: /^Which network\?$/,
        answer: (o) => {
          expect(o.choices.map((c) => c.value)).toEqual(['x', 'bluesky', 'threads', 'all']);
          expect(o.default).toBe('x');
          return 'bluesky';
        },
      },
      {
        kind: 'checkbox',
        answer: (o) => {
          // The picker names each organisation by its handle on the chosen network.
          expect(o.choices.find((c) => c.value.target.id === 'amnesty')!.name).toMatch(
            /^Amnesty International @amnesty\.org {2}\(/,
          );
          return tick('amnesty')(o);
        },
      },
      ...copyAndEnd,
    ]);
    const expected = draftAll(campaign, SEED, { network: 'bluesky' }).drafts.find((d) => d.target.id === 'amnesty')!;
    expect(expected.text).toContain('@amnesty.org');
    expect(r.copied).toEqual([expected.text]);
    expect(r.io.stderr).toContain(`pledge draft --network bluesky --seed ${SEED} -i`);
  });

  it('X by default: the same drafts as before networks', async () => {
    const r = await interactive({}, [
      { kind: 'select', expect: /^Which network\?$/, answer: () => 'x' },
      { kind: 'checkbox', answer: tick('amnesty') },
      ...copyAndEnd,
    ]);
    expect(r.copied).toEqual([draftAll(campaign, SEED).drafts[0]!.text]);
  });

  it('--network is honoured without asking', async () => {
    const r = await interactive({ network: 'threads' }, [{ kind: 'checkbox', answer: tick('amnesty') }, ...copyAndEnd]);
    expect(r.asked[0]).toMatch(/^checkbox: Which organisations/);
    expect(r.copied).toEqual([draftAll(campaign, SEED, { network: 'threads' }).drafts[0]!.text]);
  });

  it('does not ask when the campaign has handles on one network only', async () => {
    const r = await interactive({ campaignDir: fixture('minimal') }, [
      { kind: 'checkbox', answer: (o) => [o.choices[0]!.value] },
      { kind: 'select', answer: pick(/^Copy the draft/) },
      { kind: 'confirm', expect: /^Export (this draft|these \d+ drafts) to a file\?$/, answer: () => false },
    ]);
    expect(r.asked[0]).toMatch(/^checkbox: /);
    expect(r.copied).toHaveLength(1);
  });
});
