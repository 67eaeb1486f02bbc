// The resolvers on injected DNS and HTTP: every status, and never "not-found" without an answer saying so.
import { describe, expect, it } from 'vitest';
import { resolveHandle, type ResolverContext } from '../../src/handles/atproto.js';
import { checkBlueskyHandle } from '../../src/handles/check-bluesky.js';
import { checkMastodonHandle } from '../../src/handles/check-mastodon.js';
import type { TxtAnswer } from '../../src/handles/dns.js';
import { NetworkError, type HttpRequest } from '../../src/handles/http.js';

type Answer = { status?: number; body: string | object } | NetworkError;
const A = 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa';
const B = 'did:plc:bbbbbbbbbbbbbbbbbbbbbbbb';
const doc = (did: string, handle: string) => ({ body: { id: did, alsoKnownAs: [`at://${handle}`] } });
const down = (host: string) => new NetworkError('timeout', host, `no answer from ${host}`);
const nx = (host: string) => new NetworkError('nxdomain', host, `${host} does not exist (DNS)`);

/** A context answering from tables: HTTP by URL (404 otherwise), DNS TXT by name (absent otherwise). */
function context(
  http: Record<string, Answer>,
  dns: Record<string, TxtAnswer> = {},
  believe = true,
): ResolverContext & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    plcUrl: 'https://plc.directory',
    believeNxdomain: () => Promise.resolve(believe),
    txt: (name) => Promise.resolve(dns[name] ?? { absent: true }),
    get: ({ url }: HttpRequest) => {
      asked.push(url);
      const a = http[url];
      if (a instanceof NetworkError) return Promise.reject(a);
      if (!a) return Promise.resolve({ status: 404, body: 'not found', contentType: 'text/plain', url });
      return Promise.resolve({
        status: a.status ?? 200,
        body: typeof a.body === 'string' ? a.body : JSON.stringify(a.body),
        contentType: 'application/json',
        url,
      });
    },
  };
}
const wellKnown = (h: string) => `https://${h}/.well-known/atproto-did`;
const plc = (did: string) => `https://plc.directory/${did}`;

describe('atproto handle resolution (atproto.com/specs/handle)', () => {
  it('DNS TXT did= is one method, the HTTPS well-known the other; DNS wins when both answer', async () => {
    expect(await resolveHandle('a.test', context({}, { '_atproto.a.test': { records: [['did=', A]] } }))).toEqual({
      found: A,
    });
    expect(await resolveHandle('a.test', context({ [wellKnown('a.test')]: { body: `${A}\n` } }))).toEqual({ found: A });
    expect(
      await resolveHandle(
        'a.test',
        context({ [wellKnown('a.test')]: { body: B } }, { '_atproto.a.test': { records: [[`did=${A}`]] } }),
      ),
    ).toEqual({ found: A });
  });

  it('TXT records naming different DIDs fail resolution, as the spec says; other TXT records are ignored', async () => {
    const two = { '_atproto.a.test': { records: [[`did=${A}`], [`did=${B}`]] } };
    expect(await resolveHandle('a.test', context({}, two))).toEqual({
      absent: expect.stringMatching(/name different DIDs/) as string,
    });
    const other = { '_atproto.a.test': { records: [['v=spf1 -all'], [`did=${A}`]] } };
    expect(await resolveHandle('a.test', context({}, other))).toEqual({ found: A });
  });

  it('absent only when both methods answered; no answer from either is unreachable', async () => {
    expect(await resolveHandle('a.test', context({}))).toEqual({
      absent: expect.stringMatching(/no TXT record at _atproto\.a\.test, and .* answered 404/) as string,
    });
    expect(
      'unreachable' in
        (await resolveHandle('a.test', context({}, { '_atproto.a.test': { unreachable: 'DNS timeout' } }))),
    ).toBe(true);
    expect('unreachable' in (await resolveHandle('a.test', context({ [wellKnown('a.test')]: down('a.test') })))).toBe(
      true,
    );
    expect(
      'unreachable' in (await resolveHandle('a.test', context({ [wellKnown('a.test')]: { status: 503, body: '' } }))),
    ).toBe(true);
    expect(
      'unreachable' in (await resolveHandle('a.test', context({ [wellKnown('a.test')]: { status: 429, body: '' } }))),
    ).toBe(true);
  });

  it('an NXDOMAIN for the handle is not-found only when DNS is believed (it knows a name that exists)', async () => {
    expect('absent' in (await resolveHandle('a.test', context({ [wellKnown('a.test')]: nx('a.test') })))).toBe(true);
    expect(await resolveHandle('a.test', context({ [wellKnown('a.test')]: nx('a.test') }, {}, false))).toEqual({
      unreachable: expect.stringMatching(/no network\?/) as string,
    });
  });
});

describe('a Bluesky handle checked both ways (atproto.com/specs/did)', () => {
  it('ok: the handle resolves to a DID whose document names it back (case-insensitively)', async () => {
    const ctx = context({ [wellKnown('a.test')]: { body: A }, [plc(A)]: doc(A, 'A.Test') });
    expect(await checkBlueskyHandle('A.test', undefined, ctx)).toMatchObject({ status: 'ok', did: A });
  });

  it('mismatch: the DID names another handle, or has no document; not-found: nothing resolves', async () => {
    expect(
      await checkBlueskyHandle(
        'a.test',
        undefined,
        context({ [wellKnown('a.test')]: { body: A }, [plc(A)]: doc(A, 'evil.test') }),
      ),
    ).toMatchObject({ status: 'mismatch', did: A });
    expect(
      await checkBlueskyHandle('a.test', undefined, context({ [wellKnown('a.test')]: { body: A } })),
    ).toMatchObject({ status: 'mismatch' });
    expect(await checkBlueskyHandle('a.test', undefined, context({}))).toMatchObject({ status: 'not-found' });
    expect(
      await checkBlueskyHandle(
        'a.test',
        undefined,
        context({ [wellKnown('a.test')]: { body: A }, [plc(A)]: down('plc.directory') }),
      ),
    ).toMatchObject({ status: 'unreachable' });
  });

  it('with a stored DID: renamed when the DID names a new handle that resolves back to it', async () => {
    const ctx = context({ [plc(A)]: doc(A, 'new.test'), [wellKnown('new.test')]: { body: A } });
    expect(await checkBlueskyHandle('old.test', A, ctx)).toEqual({
      status: 'renamed',
      did: A,
      newHandle: 'new.test',
      detail: `old.test is now new.test (${A})`,
    });
  });

  it('with a stored DID: a new handle that does not resolve back is a mismatch, not a rename', async () => {
    const ctx = context({ [plc(A)]: doc(A, 'new.test'), [wellKnown('new.test')]: { body: B } });
    expect(await checkBlueskyHandle('old.test', A, ctx)).toMatchObject({ status: 'mismatch' });
  });

  it('with a stored DID: the handle now pointing to another account is a mismatch (taken over)', async () => {
    const ctx = context({ [plc(A)]: doc(A, 'a.test'), [wellKnown('a.test')]: { body: B }, [plc(B)]: doc(B, 'a.test') });
    expect(await checkBlueskyHandle('a.test', A, ctx)).toMatchObject({
      status: 'mismatch',
      detail: expect.stringMatching(/points to another account/) as string,
    });
  });

  it("with a stored DID that no longer exists: not-found, or mismatch when the handle is someone else's now", async () => {
    expect(await checkBlueskyHandle('a.test', A, context({ [plc(A)]: { status: 410, body: 'gone' } }))).toMatchObject({
      status: 'not-found',
    });
    expect(await checkBlueskyHandle('a.test', A, context({ [wellKnown('a.test')]: { body: B } }))).toMatchObject({
      status: 'mismatch',
      did: B,
    });
  });

  it('a document of another DID is none; one without an id is read as the DID asked for', async () => {
    expect(
      await checkBlueskyHandle(
        'a.test',
        undefined,
        context({ [wellKnown('a.test')]: { body: A }, [plc(A)]: doc(B, 'a.test') }),
      ),
    ).toMatchObject({ status: 'mismatch' });
    expect(
      await checkBlueskyHandle(
        'a.test',
        undefined,
        context({ [wellKnown('a.test')]: { body: A }, [plc(A)]: { body: { alsoKnownAs: ['at://a.test'] } } }),
      ),
    ).toMatchObject({ status: 'ok', did: A });
  });

  it('did:web documents come from the host itself', async () => {
    const ctx = context({
      [wellKnown('org.test')]: { body: 'did:web:org.test' },
      'https://org.test/.well-known/did.json': doc('did:web:org.test', 'org.test'),
    });
    expect(await checkBlueskyHandle('org.test', undefined, ctx)).toMatchObject({
      status: 'ok',
      did: 'did:web:org.test',
    });
  });
});

describe('a Mastodon account by WebFinger and its actor', () => {
  const wf = (acct: string, actor: string, subject = acct) => ({
    body: { subject: `acct:${subject}`, links: [{ rel: 'self', type: 'application/activity+json', href: actor }] },
  });
  const url = (acct: string) => `https://${acct.split('@')[1]}/.well-known/webfinger?resource=acct:${acct}`;
  const actor = (id: string, user: string, extra = {}) => ({ body: { id, preferredUsername: user, ...extra } });

  it('ok, moved (with the new account), not-found, mismatch, unreachable', async () => {
    const http: Record<string, Answer> = {
      [url('a@s.test')]: wf('a@s.test', 'https://s.test/users/a'),
      'https://s.test/users/a': actor('https://s.test/users/a', 'A'),
      [url('m@s.test')]: wf('m@s.test', 'https://s.test/users/m'),
      'https://s.test/users/m': actor('https://s.test/users/m', 'm', { movedTo: 'https://n.test/users/neo' }),
      'https://n.test/users/neo': actor('https://n.test/users/neo', 'neo'),
      [url('x@s.test')]: wf('x@s.test', 'https://s.test/users/y', 'y@s.test'),
      [url('g@s.test')]: wf('g@s.test', 'https://s.test/users/g'),
      'https://s.test/users/g': { status: 410, body: 'gone' },
      [url('d@down.test')]: down('down.test'),
    };
    const ctx = context(http);
    expect(await checkMastodonHandle('@a@S.test', ctx)).toMatchObject({ status: 'ok' });
    expect(await checkMastodonHandle('m@s.test', ctx)).toMatchObject({ status: 'moved', newHandle: 'neo@n.test' });
    expect(await checkMastodonHandle('x@s.test', ctx)).toMatchObject({ status: 'mismatch' });
    expect(await checkMastodonHandle('g@s.test', ctx)).toMatchObject({ status: 'not-found' });
    expect(await checkMastodonHandle('nobody@s.test', ctx)).toMatchObject({ status: 'not-found' });
    expect(await checkMastodonHandle('d@down.test', ctx)).toMatchObject({ status: 'unreachable' });
  });

  it('a WebFinger answer without a subject is judged by the actor alone', async () => {
    const noSubject = (actorUrl: string) => ({ body: { links: [{ rel: 'self', href: actorUrl }] } });
    const ctx = context({
      [url('a@s.test')]: noSubject('https://s.test/users/a'),
      'https://s.test/users/a': actor('https://s.test/users/a', 'a'),
      [url('b@s.test')]: noSubject('https://s.test/users/b'),
      'https://s.test/users/b': actor('https://s.test/users/b', 'someone'),
      [url('c@s.test')]: noSubject('https://s.test/users/c'),
      'https://s.test/users/c': { body: { id: 'https://s.test/users/c' } },
    });
    expect(await checkMastodonHandle('a@s.test', ctx)).toMatchObject({ status: 'ok' });
    expect(await checkMastodonHandle('b@s.test', ctx)).toMatchObject({ status: 'mismatch' });
    expect(await checkMastodonHandle('c@s.test', ctx)).toMatchObject({ status: 'mismatch' });
  });

  it('links in answers that are not URLs are the server\'s fault, never a crash', async () => {
    const ctx = context({
      [url('a@s.test')]: wf('a@s.test', 'not a url'),
      [url('m@s.test')]: wf('m@s.test', 'https://s.test/users/m'),
      'https://s.test/users/m': actor('https://s.test/users/m', 'm', { movedTo: '::nonsense' }),
    });
    expect(await checkMastodonHandle('a@s.test', ctx)).toMatchObject({ status: 'mismatch' });
    expect(await checkMastodonHandle('m@s.test', ctx)).toMatchObject({
      status: 'moved',
      detail: 'm@s.test moved to ::nonsense',
    });
  });

  it('an instance that wants signed requests (401) is unreachable, not not-found', async () => {
    const ctx = context({
      [url('a@s.test')]: wf('a@s.test', 'https://s.test/users/a'),
      'https://s.test/users/a': { status: 401, body: '' },
    });
    expect(await checkMastodonHandle('a@s.test', ctx)).toMatchObject({ status: 'unreachable' });
  });
});
