import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { getEventListeners } from 'node:events';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/commands/handles.js';
import { ExitCode } from '../../src/exit-codes.js';
import { captureIo } from '../support/io.js';
import { fixture } from '../support/paths.js';
import { ANSWERING_ROUTES, FIXTURE_ROUTES, startHandlesServer, type FixtureServer } from '../support/handles-server.js';

const NOW = new Date('2026-11-29T10:00:00Z');
// No status may depend on the machine's load: the slow accounts close the connection here (ANSWERING_ROUTES),
// and a request may take two minutes. The timeout has its own test, with a server that never answers.
const settings = { timeoutMs: 120_000, minIntervalMs: 0 };

let server: FixtureServer;
beforeAll(async () => void (server = await startHandlesServer(ANSWERING_ROUTES)));
afterAll(() => server.close());

const copy = () => {
  const dir = mkdtempSync(join(tmpdir(), 'pledge-handles-'));
  cpSync(fixture('handles'), dir, { recursive: true });
  return dir;
};

async function check(
  extra: Partial<Parameters<typeof run>[0]> = {},
  env: Record<string, string> = { PLEDGE_HANDLES_BASE: server.base },
) {
  const io = captureIo();
  const dir = extra.campaignDir ?? fixture('handles');
  const code = await run({ campaignDir: dir, campaignArg: dir, now: NOW, env, settings, json: true, ...extra }, io);
  return { code, io, doc: extra.json === false ? undefined : JSON.parse(io.stdout) };
}

describe('pledge handles check against a fixture server (PLEDGE_HANDLES_BASE)', () => {
  it('gives every fixture account its status, renames and moves followed', async () => {
    const { code, doc } = await check();
    expect(code).toBe(ExitCode.Failed);
    const got = doc.results.map(
      (r: {
        target: { id: string };
        network: string;
        status: string;
        newHandle: string | null;
        did: string | null;
      }) => [r.target.id, r.network, r.status, r.newHandle, r.did],
    );
    expect(got).toEqual([
      ['ok', 'bluesky', 'ok', null, 'did:plc:okokokokokokokokokokokok'],
      ['ok', 'mastodon', 'ok', null, null],
      ['renamed', 'bluesky', 'renamed', 'new-name.bsky.test', 'did:plc:renamedrenamedrenamedren'],
      ['moved', 'mastodon', 'moved', 'neo@new.test', null],
      ['missing', 'bluesky', 'not-found', null, null],
      ['missing', 'mastodon', 'not-found', null, null],
      ['mismatch', 'bluesky', 'mismatch', null, 'did:plc:otherotherotherotherothe'],
      ['mismatch', 'mastodon', 'mismatch', null, null],
      ['slow', 'bluesky', 'unreachable', null, null],
      ['slow', 'mastodon', 'unreachable', null, null],
      ['failing', 'bluesky', 'unreachable', null, null],
      ['failing', 'mastodon', 'unreachable', null, null],
      ['web', 'bluesky', 'ok', null, 'did:web:web.test'],
    ]);
    expect(doc.counts).toEqual({ ok: 3, renamed: 1, moved: 1, 'not-found': 2, mismatch: 2, unreachable: 4 });
    expect(
      doc.notChecked.map(
        (m: { target: { id: string } | null; network: string }) => `${m.target?.id ?? '(cc)'} ${m.network}`,
      ),
    ).toEqual(['ok x', 'renamed threads', '(cc) x']);
    expect(doc.written).toBeNull();
  });

  it('prints a table with what to do, and says that X and Threads are not checked', async () => {
    const { io } = await check({ json: false, network: 'bluesky' });
    expect(io.stdout).toMatch(/^TARGET +NETWORK +HANDLE +STATUS +WHAT TO DO$/m);
    expect(io.stdout).toMatch(
      /^renamed +Bluesky +@old-name\.bsky\.test +renamed +now @new-name\.bsky\.test: use it \(--write applies it\)$/m,
    );
    expect(io.stdout).toMatch(
      /^mismatch +Bluesky +@mismatch\.bsky\.test +mismatch +do not use: possible impersonation/m,
    );
    expect(io.stdout).not.toMatch(/Mastodon/);
    // With one network only, nothing is said about the others.
    expect(io.stdout).not.toMatch(/not checked/);
    const all = await check({ json: false });
    expect(all.io.stdout).toMatch(
      /not checked: 1 X handle and 1 Threads handle, and 1 X cc account: X and Threads offer no public lookup without an account/,
    );
  });

  it('draws a progress bar on stderr only when it is a terminal, and clears it', async () => {
    const drawn: string[] = [];
    const io = { ...captureIo(), errTerminal: { write: (t: string) => void drawn.push(t) } };
    await run(
      { campaignDir: fixture('handles'), now: NOW, env: { PLEDGE_HANDLES_BASE: server.base }, settings, json: true },
      io,
    );
    expect(drawn).toHaveLength(14);
    expect(drawn.slice(0, 13).map((d) => /^\r\[#* *\] (\d+)\/13 handles$/.exec(d)?.[1])).toEqual(
      Array.from({ length: 13 }, (_, i) => String(i + 1)),
    );
    expect(drawn[12]).toBe(`\r[${'#'.repeat(30)}] 13/13 handles`);
    expect(drawn[13]).toBe('\r\u001b[K');
    expect(io.stderr).toBe('');
    // Not a terminal: nothing at all on stderr.
    const { io: plain } = await check();
    expect(plain.stderr).toBe('');
  });

  it('without --write, nothing is written', async () => {
    const dir = copy();
    const before = readFileSync(join(dir, 'targets.json'), 'utf8');
    await check({ campaignDir: dir, campaignArg: dir });
    expect(readFileSync(join(dir, 'targets.json'), 'utf8')).toBe(before);
  });

  it('--write changes exactly checked, did, renames and moves, keeping the rest of the file byte for byte', async () => {
    const dir = copy();
    const before = readFileSync(join(dir, 'targets.json'), 'utf8');
    const { doc } = await check({ campaignDir: dir, campaignArg: dir, write: true });
    const after = readFileSync(join(dir, 'targets.json'), 'utf8');
    const expected = before
      .replace(
        '"ok.bsky.test", "source": "website", "checked": null }',
        '"ok.bsky.test", "source": "website", "checked": "2026-11-29", "did": "did:plc:okokokokokokokokokokokok" }',
      )
      .replace('"ok@social.test", "checked": "2025-05-05" }', '"ok@social.test", "checked": "2026-11-29" }')
      .replace('"handle": "old-name.bsky.test",', '"handle": "new-name.bsky.test",')
      .replace('"checked": "2025-01-01"', '"checked": "2026-11-29"')
      .replace('"handle": "@moved@social.test"', '"handle": "@neo@new.test",\n\t  "checked": "2026-11-29"')
      .replace(
        '"did": "did:web:web.test", "checked": "2026-11-01" }',
        '"did": "did:web:web.test", "checked": "2026-11-29" }',
      );
    expect(after).toBe(expected);
    expect(doc.written).toHaveLength(8);
    expect(readdirSync(dir).sort()).toEqual(['campaign.json', 'points.json', 'targets.json']);
  });

  it('--write says what changed', async () => {
    const dir = copy();
    const { io } = await check({ campaignDir: dir, campaignArg: dir, write: true, json: false, network: 'mastodon' });
    expect(io.stdout).toContain(
      'written to targets.json:\n  ok Mastodon checked: "2025-05-05" -> "2026-11-29"\n  moved Mastodon handle: "@moved@social.test" -> "@neo@new.test"\n',
    );
  });

  it('--write refuses the built-in campaign', async () => {
    const io = captureIo();
    await expect(run({ campaignDir: fixture('handles'), write: true, env: {} }, io)).rejects.toThrow(
      /--write changes the campaign files: name your campaign with --campaign/,
    );
  });

  it('with no network at all every handle is unreachable, nothing is written, exit 3', async () => {
    // A port nothing listens on: every connection is refused.
    const closed = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as { port: number };
        s.close(() => resolve(port));
      });
    });
    const dir = copy();
    const before = readFileSync(join(dir, 'targets.json'), 'utf8');
    const { code, doc } = await check(
      { campaignDir: dir, campaignArg: dir, write: true },
      { PLEDGE_HANDLES_BASE: `http://127.0.0.1:${closed}` },
    );
    expect(code).toBe(ExitCode.NoNetwork);
    expect(new Set((doc.results as { status: string }[]).map((r) => r.status))).toEqual(new Set(['unreachable']));
    expect(doc.written).toEqual([]);
    expect(readFileSync(join(dir, 'targets.json'), 'utf8')).toBe(before);
  });

  it('a bad endpoint variable is a usage error quoting it', async () => {
    await expect(check({}, { PLEDGE_HANDLES_BASE: 'ftp://x' })).rejects.toThrow(
      /PLEDGE_HANDLES_BASE "ftp:\/\/x" must be an http\(s\) URL/,
    );
    await expect(check({}, { PLEDGE_DNS_SERVERS: 'nameserver' })).rejects.toThrow(
      /PLEDGE_DNS_SERVERS "nameserver": "nameserver" is not an IP address/,
    );
  });
});

describe('the accounts a campaign cc\'s (campaign.json networks.<network>.cc)', () => {
  const copyCc = () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-handles-cc-'));
    cpSync(fixture('handles-cc'), dir, { recursive: true });
    return dir;
  };
  type Row = {
    role: string;
    target: { id: string } | null;
    file: string;
    path: (string | number)[];
    network: string;
    status: string;
    newHandle: string | null;
    checked: string | null;
  };

  it("are checked like targets' handles: a status each, where they are, and they count for the exit code", async () => {
    const { code, doc } = await check({ campaignDir: fixture('handles-cc'), campaignArg: fixture('handles-cc') });
    // The one target is ok: exit 1 comes from the cc accounts.
    expect(code).toBe(ExitCode.Failed);
    expect(
      doc.results.map((r: Row) => [
        r.role,
        r.target?.id ?? null,
        r.file,
        r.path.join('.'),
        r.status,
        r.newHandle,
        r.checked,
      ]),
    ).toEqual([
      ['target', 'ok', 'targets.json', 'targets.0.handles.bluesky.handle', 'ok', null, '2026-11-29'],
      ['cc', null, 'campaign.json', 'networks.bluesky.cc.0', 'ok', null, null],
      ['cc', null, 'campaign.json', 'networks.bluesky.cc.1', 'not-found', null, null],
      ['cc', null, 'campaign.json', 'networks.bluesky.cc.2', 'mismatch', null, null],
      ['cc', null, 'campaign.json', 'networks.bluesky.cc.3', 'unreachable', null, null],
      ['cc', null, 'campaign.json', 'networks.mastodon.cc.0', 'ok', null, null],
      ['cc', null, 'campaign.json', 'networks.mastodon.cc.1', 'moved', 'neo@new.test', null],
      ['cc', null, 'campaign.json', 'networks.mastodon.cc.2', 'not-found', null, null],
    ]);
    expect(doc.counts).toEqual({ ok: 3, renamed: 0, moved: 1, 'not-found': 2, mismatch: 1, unreachable: 1 });
    // X and Threads cc accounts: not checkable, listed as such.
    expect(
      doc.notChecked.map((m: Row & { handle: string }) => [m.role, m.network, m.handle, m.file, m.path.join('.')]),
    ).toEqual([
      ['cc', 'x', 'TestCc', 'campaign.json', 'cc.0'],
      ['cc', 'threads', 'somebody', 'campaign.json', 'networks.threads.cc.0'],
    ]);
  });

  it('appear in the table as (cc), with what to do', async () => {
    const { io } = await check({ campaignDir: fixture('handles-cc'), campaignArg: fixture('handles-cc'), json: false });
    expect(io.stdout).toMatch(/^\(cc\) +Bluesky +@ok\.bsky\.test +ok +nothing$/m);
    expect(io.stdout).toMatch(
      /^\(cc\) +Bluesky +@missing\.bsky\.test +not-found +find the account's current handle, or remove it from the cc list$/m,
    );
    expect(io.stdout).toMatch(
      /^\(cc\) +Mastodon +@moved@social\.test +moved +moved to @neo@new\.test: use it \(--write applies it\)$/m,
    );
    expect(io.stdout).toContain('  (cc) Bluesky: mismatch.bsky.test points to did:plc:otherotherotherotherothe');
    expect(io.stdout).toMatch(/not checked: 1 X cc account and 1 Threads cc account: X and Threads offer no public lookup/);
  });

  it('--write applies a move to exactly that cc entry in campaign.json (its @ kept), nothing else, atomically', async () => {
    const dir = copyCc();
    const campaign = readFileSync(join(dir, 'campaign.json'), 'utf8');
    const targets = readFileSync(join(dir, 'targets.json'), 'utf8');
    const { io } = await check({ campaignDir: dir, campaignArg: dir, write: true, json: false });
    expect(readFileSync(join(dir, 'campaign.json'), 'utf8')).toBe(
      campaign.replace('"@moved@social.test"', '"@neo@new.test"'),
    );
    expect(readFileSync(join(dir, 'targets.json'), 'utf8')).toBe(targets);
    expect(io.stdout).toContain(
      '\nwritten to campaign.json:\n  (cc) Mastodon $.networks.mastodon.cc[1]: "@moved@social.test" -> "@neo@new.test"\n',
    );
    expect(io.stdout).not.toContain('written to targets.json');
    expect(io.stdout).toMatch(/^\(cc\) +Mastodon +@moved@social\.test +moved +moved to @neo@new\.test: applied$/m);
    expect(readdirSync(dir).sort()).toEqual(['campaign.json', 'points.json', 'targets.json']);
    // The campaign still loads, and a second run has nothing left to write.
    const again = await check({ campaignDir: dir, campaignArg: dir, write: true });
    expect(again.doc.written).toEqual([]);
    expect(again.doc.results.find((r: Row) => r.path.join('.') === 'networks.mastodon.cc.1')).toMatchObject({
      status: 'ok',
    });
  });

  it('--write --json lists the cc change with its file and path; without --write nothing is written', async () => {
    const dir = copyCc();
    const before = readFileSync(join(dir, 'campaign.json'), 'utf8');
    await check({ campaignDir: dir, campaignArg: dir });
    expect(readFileSync(join(dir, 'campaign.json'), 'utf8')).toBe(before);
    const { doc } = await check({ campaignDir: dir, campaignArg: dir, write: true, network: 'mastodon' });
    expect(doc.written).toEqual([
      {
        role: 'cc',
        target: null,
        file: 'campaign.json',
        network: 'mastodon',
        path: ['networks', 'mastodon', 'cc', 1],
        field: 'handle',
        from: '@moved@social.test',
        to: '@neo@new.test',
      },
    ]);
  });
});

describe('the HTTP client and the run\'s abort signal', () => {
  it('keeps one abort listener however many requests wait or run (hundreds), and Ctrl-C ends them all', async () => {
    const { createHttpGet, NetworkError } = await import('../../src/handles/http.js');
    const controller = new AbortController();
    // A second apart per host: most requests wait in the pacer, each once a listener of its own.
    const get = createHttpGet({
      endpoints: { base: server.base, dns: 'off' },
      timeoutMs: 120_000,
      minIntervalMs: 1000,
      signal: controller.signal,
    });
    const urls = Array.from({ length: 300 }, (_, i) => `https://${i % 3 === 0 ? 'one.test' : `h${i}.test`}/x`);
    const pending = urls.map((url) => get({ url, accept: 'text/plain' }).then((a) => a.status, (e: unknown) => e));
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    controller.abort();
    const outcomes = await Promise.all(pending);
    // Those already answered keep their 404; every other one ends as stopped, none is left waiting.
    for (const o of outcomes)
      if (o !== 404) expect(o).toEqual(expect.objectContaining({ message: 'stopped (Ctrl-C)' }));
    expect(outcomes.filter((o) => o instanceof NetworkError).length).toBeGreaterThanOrEqual(99);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});

describe('a server that never answers', () => {
  it('is unreachable once the timeout has passed, never not-found (a timer: nothing else can answer)', async () => {
    const silent = await startHandlesServer(FIXTURE_ROUTES);
    try {
      const { checkHandles } = await import('../../src/handles/check-handles.js');
      const { networkContext } = await import('../../src/handles/context.js');
      const { endpointsFromEnv } = await import('../../src/handles/endpoints.js');
      const ctx = networkContext(endpointsFromEnv({ PLEDGE_HANDLES_BASE: silent.base }), {
        timeoutMs: 300,
        minIntervalMs: 0,
      });
      const slow = {
        id: 'slow',
        name: 'Slow',
        group: 'g',
        ask: 'a',
        handles: { bluesky: { handle: 'slow.bsky.test' }, mastodon: { handle: 'ok@slow.test' } },
      };
      const { results } = await checkHandles([slow], ctx);
      expect(results.map((r) => [r.network, r.status, r.detail])).toEqual([
        [
          'bluesky',
          'unreachable',
          'https://slow.bsky.test/.well-known/atproto-did: no answer from slow.bsky.test within 0.3 s',
        ],
        [
          'mastodon',
          'unreachable',
          'https://slow.test/.well-known/webfinger?resource=acct:ok@slow.test: no answer from slow.test within 0.3 s',
        ],
      ]);
      expect(silent.requests).toEqual(
        expect.arrayContaining([
          'slow.bsky.test/.well-known/atproto-did',
          'slow.test/.well-known/webfinger?resource=acct:ok@slow.test',
        ]),
      );
    } finally {
      await silent.close();
    }
  });
});

describe('hostile answers through the real HTTP client', () => {
  it('bad links, other schemes, huge bodies and long names end as a status, never a crash', async () => {
    const wf = (acct: string, href: string) => ({
      body: { subject: `acct:${acct}`, links: [{ rel: 'self', type: 'application/activity+json', href }] },
    });
    const hostile = await startHandlesServer({
      'h.test/.well-known/webfinger?resource=acct:a@h.test': wf('a@h.test', 'file:///etc/passwd'),
      'h.test/.well-known/webfinger?resource=acct:b@h.test': wf('b@h.test', 'https://h.test/users/b'),
      'h.test/users/b': {
        body: { id: 'https://h.test/users/b', preferredUsername: 'b', movedTo: 'javascript:alert(1)' },
      },
      'h.test/.well-known/webfinger?resource=acct:c@h.test': { body: 'x'.repeat(2 << 20) },
      'h.test/.well-known/webfinger?resource=acct:d@h.test': wf('d@h.test', 'https://h.test/users/d'),
      'h.test/users/d': {
        body: { id: 'https://h.test/users/d', preferredUsername: `\u001b]0;pwned\u0007${'n'.repeat(5000)}` },
      },
      'big.bsky.test/.well-known/atproto-did': { body: `did:plc:${'a'.repeat(3000)}`, type: 'text/plain' },
    });
    try {
      const { checkHandles } = await import('../../src/handles/check-handles.js');
      const { networkContext } = await import('../../src/handles/context.js');
      const { endpointsFromEnv } = await import('../../src/handles/endpoints.js');
      const ctx = networkContext(endpointsFromEnv({ PLEDGE_HANDLES_BASE: hostile.base }), settings);
      const target = (id: string, handles: object) => ({ id, name: id, group: 'g', ask: 'a', handles });
      const targets = [
        target('a', { mastodon: { handle: 'a@h.test' } }),
        target('b', { mastodon: { handle: 'b@h.test' } }),
        target('c', { mastodon: { handle: 'c@h.test' } }),
        target('d', { mastodon: { handle: 'd@h.test' } }),
        target('e', { bluesky: { handle: 'big.bsky.test' } }),
      ];
      const { results } = await checkHandles(targets, ctx);
      expect(results.map((r) => [r.target?.id, r.status, r.cause])).toEqual([
        ['a', 'mismatch', undefined],
        ['b', 'mismatch', 'move-unconfirmed'],
        ['c', 'unreachable', 'too-large'],
        ['d', 'mismatch', undefined],
        ['e', 'not-found', undefined],
      ]);
      expect(results[1]!.newHandle).toBeUndefined();
      expect(results[2]!.detail).toMatch(/: answer too large: h\.test sent more than 1048576 bytes \(not read\)$/);
      expect(Math.max(...results.map((r) => r.detail.length))).toBeLessThanOrEqual(300);
    } finally {
      await hostile.close();
    }
  });
});

describe('answers that are not no answer: said as they are', () => {
  it('an answer too large, a redirect to file: or too many redirects: what happened, URL shortened, never "no answer"', async () => {
    const long = `https://evil.test/${'x'.repeat(300)}`;
    const wf = (acct: string) => `h.test/.well-known/webfinger?resource=acct:${acct}`;
    const hop = (to: string) => ({ status: 302, body: '', location: to });
    const server = await startHandlesServer({
      [wf('big@h.test')]: { body: 'x'.repeat(3 << 20) },
      [wf('file@h.test')]: hop('file:///etc/passwd'),
      [wf('long@h.test')]: hop(`javascript:${long}`),
      [wf('loop@h.test')]: hop('/loop'),
      'h.test/loop': hop('/loop'),
    });
    try {
      const dir = mkdtempSync(join(tmpdir(), 'pledge-handles-answers-'));
      cpSync(fixture('handles'), dir, { recursive: true });
      const handles = ['big', 'file', 'long', 'loop'].map((u) => `${u}@h.test`);
      writeFileSync(
        join(dir, 'targets.json'),
        JSON.stringify({
          targets: handles.map((h, i) => ({ id: `t${i}`, name: `T${i}`, group: 'g', ask: 'ask-a', handles: { mastodon: { handle: h } } })),
        }),
      );
      const env = { PLEDGE_HANDLES_BASE: server.base };
      const { code, doc, io } = await check({ campaignDir: dir, campaignArg: dir, json: true }, env);
      type R = { status: string; cause: string; detail: string; action: string };
      const results = doc.results as R[];
      expect(results.map((r) => [r.status, r.cause])).toEqual([
        ['unreachable', 'too-large'],
        ['unreachable', 'redirect-refused'],
        ['unreachable', 'redirect-refused'],
        ['unreachable', 'redirect-refused'],
      ]);
      expect(results.map((r) => r.action)).toEqual([
        'check it by hand: the answer was too large to read',
        'check it by hand: the server redirected to a URL pledge does not follow',
        'check it by hand: the server redirected to a URL pledge does not follow',
        'check it by hand: the server redirected to a URL pledge does not follow',
      ]);
      expect(results[1]!.detail).toBe(
        'https://h.test/.well-known/webfinger?resource=acct:file@h.test: https://h.test/.well-known/webfinger?resource=acct:file@h.test redirected to "file:///etc/passwd", which pledge does not follow',
      );
      expect(results[2]!.detail).toMatch(/redirected to "javascript:https:\/\/evil\.test\/x{50,}…", which pledge does not follow$/);
      expect(results[3]!.detail).toMatch(/redirected more than 3 times$/);
      expect(io.stdout).not.toContain('no answer');
      const table = (await check({ campaignDir: dir, campaignArg: dir, json: false }, env)).io.stdout;
      expect(table).not.toContain('no answer');
      expect(table).toMatch(/^t0 +Mastodon +@big@h\.test +unreachable +check it by hand: the answer was too large to read$/m);
      expect(table).toContain('redirected to "file:///etc/passwd", which pledge does not follow\n');
      // Every one of them is unreachable: exit 3 as documented.
      expect(code).toBe(ExitCode.NoNetwork);
    } finally {
      await server.close();
    }
  });
});

describe('--write never makes a valid campaign invalid', () => {
  /** A copy of the handles fixture with these targets (and cc lists), as JSON written with tabs. */
  const campaignWith = (targets: object[], cc: Record<string, string[]> = {}) => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-handles-dup-'));
    cpSync(fixture('handles'), dir, { recursive: true });
    writeFileSync(join(dir, 'targets.json'), JSON.stringify({ targets }, null, '\t'));
    const campaign = JSON.parse(readFileSync(join(dir, 'campaign.json'), 'utf8')) as Record<string, unknown>;
    const networks = Object.fromEntries(Object.entries(cc).map(([n, list]) => [n, { cc: list }]));
    writeFileSync(join(dir, 'campaign.json'), JSON.stringify({ ...campaign, networks }, null, 2));
    return dir;
  };
  const target = (id: string, handles: object) => ({ id, name: id, group: 'g', ask: 'ask-a', handles });
  type R = { target: { id: string } | null; path: (string | number)[]; status: string; conflict: string | null };

  it('a rename or move to a handle another target (or cc entry) has, or gets too, is reported and not written', async () => {
    const { checkCampaign } = await import('../../src/campaign/check.js');
    const dir = campaignWith(
      [
        target('m1', { mastodon: { handle: '@moved@social.test' } }),
        target('m2', { mastodon: { handle: 'neo@new.test', checked: '2026-01-01' } }),
        target('r1', {
          bluesky: { handle: 'old-name.bsky.test', did: 'did:plc:renamedrenamedrenamedren', checked: '2025-01-01' },
        }),
        target('r2', { bluesky: { handle: 'new-name.bsky.test' } }),
        target('ok', { mastodon: { handle: 'ok@social.test' } }),
      ],
      { mastodon: ['moved@social.test', 'neo@new.test'] },
    );
    const before = readFileSync(join(dir, 'campaign.json'), 'utf8');
    const { code, doc } = await check({ campaignDir: dir, campaignArg: dir, write: true });
    expect(code).toBe(ExitCode.Failed);
    const rows = (doc.results as R[]).map((r) => [r.target?.id ?? r.path.join('.'), r.status, r.conflict]);
    expect(rows).toEqual([
      ['m1', 'moved', '@neo@new.test is already the Mastodon handle of m2 ($.targets[1])'],
      ['m2', 'ok', null],
      ['r1', 'renamed', '@new-name.bsky.test is already the Bluesky handle of r2 ($.targets[3])'],
      ['r2', 'ok', null],
      ['ok', 'ok', null],
      [
        'networks.mastodon.cc.0',
        'moved',
        '@neo@new.test is already the Mastodon handle of the cc account $.networks.mastodon.cc[1]',
      ],
      ['networks.mastodon.cc.1', 'ok', null],
    ]);
    expect((doc.written as { target: string | null; field: string }[]).map((w) => `${w.target} ${w.field}`)).toEqual([
      'm2 checked',
      'r2 checked',
      'r2 did',
      'ok checked',
    ]);
    expect(readFileSync(join(dir, 'campaign.json'), 'utf8')).toBe(before);
    const problems = await checkCampaign(dir, { now: NOW });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    // The table says why, and does not offer --write.
    const table = await check({ campaignDir: dir, campaignArg: dir, json: false, network: 'mastodon' });
    expect(table.io.stdout).toMatch(
      /^m1 +Mastodon +@moved@social\.test +moved +moved to @neo@new\.test, not applied: another entry has that handle; decide by hand which one it is$/m,
    );
    expect(table.io.stdout).toContain(
      '  m1 Mastodon: moved@social.test moved to neo@new.test; not written: @neo@new.test is already the Mastodon handle of m2 ($.targets[1])',
    );
  });

  it('two entries moving to one new handle: neither is written (which one it is, is for a person to say)', async () => {
    const { checkHandles } = await import('../../src/handles/check-handles.js');
    const { networkContext } = await import('../../src/handles/context.js');
    const { endpointsFromEnv } = await import('../../src/handles/endpoints.js');
    const ctx = networkContext(endpointsFromEnv({ PLEDGE_HANDLES_BASE: server.base }), settings);
    const { results } = await checkHandles([], ctx, { cc: { mastodon: ['moved@social.test', '@moved@social.test'] } });
    const also = (i: number) =>
      `@neo@new.test is also the new Mastodon handle of the cc account $.networks.mastodon.cc[${i}] in this check`;
    expect(results.map((r) => [r.status, r.conflict])).toEqual([
      ['moved', also(1)],
      ['moved', also(0)],
    ]);
    const { plannedChanges } = await import('../../src/handles/write-handles.js');
    expect(plannedChanges(results, '2026-11-29')).toEqual([]);
  });

  it('a move the new account does not confirm, a self-move and a host-mismatched WebFinger are never written', async () => {
    const dir = campaignWith([
      target('spoof', { mastodon: { handle: 'spoof@social.test' } }),
      target('self', { mastodon: { handle: 'selfmove@social.test' } }),
      target('host', { mastodon: { handle: 'hostwf@social.test' } }),
    ]);
    const before = readFileSync(join(dir, 'targets.json'), 'utf8');
    const { doc, code } = await check({ campaignDir: dir, campaignArg: dir, write: true });
    expect(code).toBe(ExitCode.Failed);
    const results = doc.results as (R & { cause: string | null; newHandle: string | null })[];
    expect(results.map((r) => [r.status, r.cause, r.newHandle])).toEqual([
      ['mismatch', 'move-unconfirmed', null],
      ['mismatch', 'self-move', null],
      ['mismatch', null, null],
    ]);
    expect(doc.written).toEqual([]);
    expect(readFileSync(join(dir, 'targets.json'), 'utf8')).toBe(before);
    const table = await check({ campaignDir: dir, campaignArg: dir, json: false });
    expect(table.io.stdout).not.toMatch(/moved to @|use it/);
    expect(table.io.stdout).toMatch(/^self +Mastodon +@selfmove@social\.test +mismatch +check it by hand: the account says it moved to itself/m);
  });
});
