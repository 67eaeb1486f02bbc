// `pledge handles check` as users run it: the built binary, pointed at a fixture server with
// PLEDGE_HANDLES_BASE, and with no network at all (DNS servers that refuse).
import { execFile } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWERING_ROUTES, startHandlesServer, type FixtureServer } from '../support/handles-server.js';
import { BIN, fixture, REPO } from '../support/paths.js';

/** Runs the binary without blocking this process (the fixture server lives here). */
function pledgeAsync(args: string[], env: Record<string, string>) {
  const started = Date.now();
  return new Promise<{ status: number; stdout: string; stderr: string; ms: number }>((resolve) => {
    const base = {
      ...process.env,
      NO_COLOR: '1',
      DEBUG: '',
      PLEDGE_CAMPAIGN: '',
      PLEDGE_HANDLES_BASE: '',
      PLEDGE_PLC_URL: '',
      PLEDGE_DNS_SERVERS: '',
    };
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: REPO, env: { ...base, ...env }, encoding: 'utf8' },
      (_e, stdout, stderr) => resolve({ status: child.exitCode ?? -1, stdout, stderr, ms: Date.now() - started }),
    );
  });
}

let server: FixtureServer;
// The slow accounts close the connection here instead of never answering, and requests may take 2 minutes
// (--timeout 120): a loaded machine changes no status. The timeout itself is tested in
// tests/commands/handles.test.ts, with a server that never answers and a short one.
const PATIENT = ['--timeout', '120'];
beforeAll(async () => void (server = await startHandlesServer(ANSWERING_ROUTES)));
afterAll(() => server.close());

describe('pledge handles check (the binary)', () => {
  it('checks the fixture accounts through PLEDGE_HANDLES_BASE: a table, exit 1, no stack trace', async () => {
    const r = await pledgeAsync(
      ['handles', 'check', '--campaign', fixture('handles'), '--network', 'bluesky', ...PATIENT],
      { PLEDGE_HANDLES_BASE: server.base },
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^ok +Bluesky +@ok\.bsky\.test +ok +/m);
    expect(r.stdout).toMatch(/^renamed +Bluesky +@old-name\.bsky\.test +renamed +now @new-name\.bsky\.test/m);
    expect(r.stdout).toMatch(/^missing +Bluesky +@missing\.bsky\.test +not-found/m);
    expect(r.stdout).toMatch(/^failing +Bluesky +@failing\.bsky\.test +unreachable/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(server.requests).toContain('plc.directory/did:plc:renamedrenamedrenamedren');
  });

  it('--json is one document', async () => {
    const r = await pledgeAsync(
      ['handles', 'check', '-c', fixture('handles'), '-n', 'mastodon', '--json', ...PATIENT],
      { PLEDGE_HANDLES_BASE: server.base },
    );
    const doc = JSON.parse(r.stdout) as { results: { status: string }[]; written: null };
    expect(doc.results.map((x) => x.status)).toEqual([
      'ok',
      'moved',
      'not-found',
      'mismatch',
      'unreachable',
      'unreachable',
    ]);
    expect(doc.written).toBeNull();
  });

  it('with no network at all: every handle unreachable, exit 3, nothing written, well within 30 s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-offline-'));
    cpSync(fixture('handles'), dir, { recursive: true });
    const before = readFileSync(join(dir, 'targets.json'), 'utf8');
    // No base: the public code path, with DNS servers that refuse (a closed port): as on a train.
    const r = await pledgeAsync(['handles', 'check', '-c', dir, '--write'], { PLEDGE_DNS_SERVERS: '127.0.0.1:9' });
    expect(r.status, r.stderr).toBe(3);
    expect(r.stdout.match(/ unreachable /g)).toHaveLength(13);
    expect(r.stdout).toContain('nothing to write: targets.json is unchanged');
    expect(r.stderr).toBe('');
    expect(readFileSync(join(dir, 'targets.json'), 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['campaign.json', 'points.json', 'targets.json']);
    expect(r.ms).toBeLessThan(30_000);
  });

  it('with DNS that never answers and hundreds of handles: one round of timeouts, no warning, well within 30 s', async () => {
    // As on a train whose Wi-Fi swallows every packet: each lookup waits for its timeout (the default, 5 s).
    const blackhole = createSocket('udp4').on('message', () => undefined);
    await new Promise<void>((resolve) => blackhole.bind(0, '127.0.0.1', resolve));
    try {
      const dir = mkdtempSync(join(tmpdir(), 'pledge-offline-'));
      cpSync(fixture('handles'), dir, { recursive: true });
      // 300 targets: Bluesky handles with stored DIDs (every request to one host, plc.directory: paced, so many
      // wait at once) and Mastodon accounts on 300 instances.
      // A did:plc is 24 characters of a-z and 2-7: the index spelled in letters.
      const base32 = (i: number) => String(i).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!).padStart(24, 'a');
      const targets = Array.from({ length: 300 }, (_, i) => ({
        id: `t${i}`,
        name: `T${i}`,
        group: 'g',
        ask: 'ask-a',
        handles: {
          bluesky: { handle: `h${i}.bsky.social`, did: `did:plc:${base32(i)}` },
          mastodon: { handle: `u@i${i}.example.org` },
        },
      }));
      writeFileSync(join(dir, 'targets.json'), `${JSON.stringify({ targets }, null, 2)}\n`);
      const r = await pledgeAsync(['handles', 'check', '-c', dir, '--json'], {
        PLEDGE_DNS_SERVERS: `127.0.0.1:${blackhole.address().port}`,
      });
      expect(r.status, r.stderr).toBe(3);
      expect(r.stderr).toBe('');
      const doc = JSON.parse(r.stdout) as { counts: Record<string, number> };
      expect(doc.counts.unreachable).toBe(600);
      expect(r.ms).toBeLessThan(30_000);
    } finally {
      blackhole.close();
    }
  });

  it('bad usage: an unknown network, --write on the built-in campaign', async () => {
    const bad = await pledgeAsync(['handles', 'check', '--network', 'x'], {});
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/argument 'x' is invalid. Allowed choices are bluesky, mastodon, all/);
    const builtin = await pledgeAsync(['handles', 'check', '--write'], {});
    expect(builtin.status).toBe(2);
    expect(builtin.stderr).toBe(
      'error: --write changes the campaign files: name your campaign with --campaign <dir> (the built-in campaign is part of pledge)\n',
    );
  });
});
