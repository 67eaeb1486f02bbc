// pledge targets --network: the handles on each network, as a table and as JSON; without --network, X's as before.
import { describe, expect, it } from 'vitest';
import { run as targets } from '../../src/commands/targets.js';
import { captureIo } from '../support/io.js';
import { BUILTIN } from '../support/paths.js';

async function list(options: Partial<Parameters<typeof targets>[0]>) {
  const io = captureIo();
  await targets({ campaignDir: BUILTIN, ...options }, io);
  return io.stdout;
}

describe('pledge targets --network', () => {
  it('without --network: X only, the same fields and columns as before networks', async () => {
    const json = JSON.parse(await list({ json: true })) as Record<string, unknown>[];
    for (const t of json)
      expect(Object.keys(t)).toEqual(['id', 'name', 'handle', 'group', 'ask', 'handleSource', 'handleChecked']);
    expect(json[0]).toMatchObject({ id: 'amnesty', handle: 'AmnestyOnline', handleSource: 'action alert' });
    expect((await list({})).split('\n')[0]).toMatch(/^ID\s+NAME\s+HANDLE\s+GROUP\s+ASK$/);
  });

  it('one network: its handles in the HANDLE column, "-" where a target has none there', async () => {
    const lines = (await list({ network: 'threads' })).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+NAME\s+HANDLE\s+GROUP\s+ASK$/);
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/)[2])).toEqual([
      '@amnesty',
      '@amnestyuk',
      '@fawcettsociety',
      '-',
      '-',
    ]);
  });

  it('all: a column for X and for each network the campaign has handles on', async () => {
    const lines = (await list({ network: 'all' })).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+NAME\s+X\s+BLUESKY\s+THREADS\s+GROUP\s+ASK$/);
    expect(lines[1]!.split(/\s{2,}/)).toEqual([
      'amnesty',
      'Amnesty International',
      '@AmnestyOnline',
      '@amnesty.org',
      '@amnesty',
      'amnesty',
      'support-policy',
    ]);
  });

  it("--json with one network: handle, handleSource and handleChecked are that network's; handles has every network", async () => {
    const [amnesty, uk] = JSON.parse(await list({ network: 'bluesky', json: true, group: 'amnesty' })) as Record<
      string,
      unknown
    >[];
    expect(amnesty).toMatchObject({ id: 'amnesty', handle: 'amnesty.org', handleChecked: null, network: 'bluesky' });
    expect(amnesty!.handleSource).toMatch(/not from the action alert; unchecked/);
    expect(amnesty!.handles).toEqual({
      bluesky: { handle: 'amnesty.org', source: expect.stringMatching(/from memory/), checked: null },
      mastodon: null,
      threads: { handle: 'amnesty', source: expect.stringMatching(/from memory/), checked: null },
    });
    expect(uk).toMatchObject({
      id: 'amnesty-uk',
      handle: null,
      handleSource: null,
      handleChecked: null,
      network: 'bluesky',
    });
  });

  it('--json with all: X\'s fields and every network\'s handles', async () => {
    const [amnesty] = JSON.parse(await list({ network: 'all', json: true })) as Record<string, unknown>[];
    expect(amnesty).toMatchObject({
      handle: 'AmnestyOnline',
      handles: { mastodon: null, threads: { handle: 'amnesty' } },
    });
    expect(amnesty).not.toHaveProperty('network');
  });
});
