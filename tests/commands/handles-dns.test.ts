// The DNS TXT method through PLEDGE_DNS_SERVERS, against a real DNS server on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/commands/handles.js';
import { createHostProbe, createTxtLookup } from '../../src/handles/dns.js';
import { endpointsFromEnv } from '../../src/handles/endpoints.js';
import { startDnsServer } from '../support/dns-server.js';
import { startHandlesServer, type FixtureServer } from '../support/handles-server.js';
import { captureIo } from '../support/io.js';
import { fixture } from '../support/paths.js';

const DID = 'did:plc:dnsdnsdnsdnsdnsdnsdnsdns';
let dns: Awaited<ReturnType<typeof startDnsServer>>;
let http: FixtureServer;
beforeAll(async () => {
  dns = await startDnsServer({
    '_atproto.ok.bsky.test': { txt: [['v=spf1 -all'], [`did=${DID}`]] },
    '_atproto.split.test': { txt: [['did=did:plc:', 'splitsplitsplitsplitspli']] },
    // Two records naming two accounts: the handle is ambiguous.
    '_atproto.missing.bsky.test': { txt: [[`did=${DID}`], ['did=did:plc:otherotherotherotherothe']] },
    'plc.directory': { a: ['127.0.0.1'] },
    'nodata.test': {},
  });
  http = await startHandlesServer({
    [`plc.directory/${DID}`]: { body: { id: DID, alsoKnownAs: ['at://ok.bsky.test'] } },
  });
});
afterAll(async () => {
  await dns.close();
  await http.close();
});

describe('DNS TXT lookups through PLEDGE_DNS_SERVERS', () => {
  it('reads TXT records (strings of one record joined by the caller), NXDOMAIN and NODATA are answers', async () => {
    const txt = createTxtLookup(endpointsFromEnv({ PLEDGE_DNS_SERVERS: dns.server }), 120_000);
    expect(await txt('_atproto.ok.bsky.test')).toEqual({ records: [['v=spf1 -all'], [`did=${DID}`]] });
    expect(await txt('_atproto.split.test')).toEqual({ records: [['did=did:plc:', 'splitsplitsplitsplitspli']] });
    expect(await txt('_atproto.nothing.test')).toEqual({ absent: true });
    expect(await txt('nodata.test')).toEqual({ absent: true });
  });

  it('a server that does not answer is no answer, never "no record"; off asks nothing', async () => {
    const refused = createTxtLookup({ dns: ['127.0.0.1:9'] }, 2000);
    expect(await refused('_atproto.ok.bsky.test')).toEqual({
      unreachable: expect.stringMatching(/^no answer from DNS for _atproto\.ok\.bsky\.test/) as string,
    });
    expect(await createTxtLookup({ dns: 'off' })('_atproto.ok.bsky.test')).toEqual({ absent: true });
  });

  it('the probe that decides whether an NXDOMAIN can be believed', async () => {
    const probe = createHostProbe({ dns: [dns.server] }, 120_000);
    expect(await probe('plc.directory')).toBe(true);
    expect(await probe('nowhere.test')).toBe(false);
    expect(await createHostProbe({ dns: ['127.0.0.1:9'] }, 2000)('plc.directory')).toBe(false);
  });

  it('a handle found by its TXT record alone is ok, checked both ways (the HTTPS method answers 404)', async () => {
    const io = captureIo();
    const code = await run(
      {
        campaignDir: fixture('handles'),
        json: true,
        network: 'bluesky',
        env: { PLEDGE_HANDLES_BASE: http.base, PLEDGE_DNS_SERVERS: dns.server },
        settings: { timeoutMs: 120_000, minIntervalMs: 0 },
      },
      io,
    );
    const doc = JSON.parse(io.stdout) as { results: { target: { id: string }; status: string; did: string | null }[] };
    expect(doc.results[0]).toMatchObject({ target: { id: 'ok' }, status: 'ok', did: DID });
    expect(http.requests).toContain('ok.bsky.test/.well-known/atproto-did');
    expect(code).toBe(1);
  });

  it('TXT records naming two DIDs: a mismatch with its own advice (ambiguous), never not-found', async () => {
    const io = captureIo();
    await run(
      {
        campaignDir: fixture('handles'),
        network: 'bluesky',
        env: { PLEDGE_HANDLES_BASE: http.base, PLEDGE_DNS_SERVERS: dns.server },
        settings: { timeoutMs: 120_000, minIntervalMs: 0 },
      },
      io,
    );
    expect(io.stdout).toMatch(
      /^missing +Bluesky +@missing\.bsky\.test +mismatch +do not use: its _atproto TXT records name different accounts \(ambiguous/m,
    );
    expect(io.stdout).toContain(
      `  missing Bluesky: the TXT records at _atproto.missing.bsky.test name 2 different DIDs: ${DID}, did:plc:otherotherotherotherothe\n`,
    );
  });
});
