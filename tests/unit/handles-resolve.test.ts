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

  it('TXT records naming different DIDs are a conflict, as the spec says, whatever HTTPS says', async () => {
    const two = { '_atproto.a.test': { records: [[`did=${A}`], [`did=${B}`]] } };
    expect(await resolveHandle('a.test', context({ [wellKnown('a.test')]: { body: A } }, two))).toEqual({
      conflict: `the TXT records at _atproto.a.test name 2 different DIDs: ${A}, ${B}`,
    });
    const other = { '_atproto.a.test': { records: [['v=spf1 -all'], [`did=${A}`], ['did=did:key:z6Mkabc']] } };
    expect(await resolveHandle('a.test', context({}, other))).toEqual({ found: A });
  });

  it('a DID of another method or malformed is no DID: quoted, never followed', async () => {
    for (const bad of ['did:key:z6Mkabc', 'did:plc:NOTVALID', 'did:plc:aaaaaaaaaaaaaaaaaaaaaaa1', 'did:web:x']) {
      const ctx = context({ [wellKnown('a.test')]: { body: bad } }, { '_atproto.a.test': { records: [[`did=${bad}`]] } });
      const got = await checkBlueskyHandle('a.test', undefined, ctx);
      expect(got).toMatchObject({ status: 'not-found' });
      expect(got.detail).toContain(`"${bad}", not a DID atproto supports`);
      expect(ctx.asked).toEqual([wellKnown('a.test')]);
    }
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
      cause: 'no-answer',
    });
  });
});

describe('a Bluesky handle checked both ways (atproto.com/specs/did)', () => {
  it('TXT records naming different DIDs: a mismatch of its own (conflicting-records), never not-found', async () => {
    const two = { '_atproto.a.test': { records: [[`did=${A}`], [`did=${B}`]] } };
    for (const stored of [undefined, A]) {
      const ctx = context({ [plc(A)]: doc(A, 'a.test'), [wellKnown('a.test')]: { body: A } }, two);
      expect(await checkBlueskyHandle('a.test', stored, ctx)).toMatchObject({
        status: 'mismatch',
        cause: 'conflicting-records',
        detail: expect.stringContaining('name 2 different DIDs') as string,
      });
    }
  });

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

/** A WebFinger answer for `acct` naming `actor` (and `subject`, the acct by default), and its URL. */
const wf = (acct: string, actor: string, subject = acct) => ({
  body: { subject: `acct:${subject}`, links: [{ rel: 'self', type: 'application/activity+json', href: actor }] },
});
const url = (acct: string) => `https://${acct.split('@')[1]}/.well-known/webfinger?resource=acct:${acct}`;

describe('a Mastodon account by WebFinger and its actor', () => {
  const actor = (id: string, user: string, extra = {}) => ({ body: { id, preferredUsername: user, ...extra } });

  it('ok, moved (with the new account), not-found, mismatch, unreachable', async () => {
    const http: Record<string, Answer> = {
      [url('a@s.test')]: wf('a@s.test', 'https://s.test/users/a'),
      'https://s.test/users/a': actor('https://s.test/users/a', 'A'),
      [url('m@s.test')]: wf('m@s.test', 'https://s.test/users/m'),
      'https://s.test/users/m': actor('https://s.test/users/m', 'm', { movedTo: 'https://n.test/users/neo' }),
      'https://n.test/users/neo': actor('https://n.test/users/neo', 'neo'),
      [url('neo@n.test')]: wf('neo@n.test', 'https://n.test/users/neo'),
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
    expect(await checkMastodonHandle('m@s.test', ctx)).toEqual({
      status: 'mismatch',
      cause: 'move-unconfirmed',
      detail: 'm@s.test says it moved to "::nonsense", but that is not an http(s) URL',
    });
  });

  it('the WebFinger subject must be the whole acct: another host is a mismatch; case and IDN spellings agree', async () => {
    const ctx = context({
      [url('hostwf@s.test')]: wf('hostwf@s.test', 'https://s.test/users/hostwf', 'hostwf@evil.test'),
      'https://s.test/users/hostwf': actor('https://s.test/users/hostwf', 'hostwf'),
      [url('a@xn--bcher-kva.test')]: wf('a@xn--bcher-kva.test', 'https://xn--bcher-kva.test/u/a', 'A@BÜCHER.test.'),
      'https://xn--bcher-kva.test/u/a': actor('https://xn--bcher-kva.test/u/a', 'a'),
      [url('b@s.test')]: wf('b@s.test', 'https://s.test/users/b', 'b@s.test.evil.test'),
      'https://s.test/users/b': actor('https://s.test/users/b', 'b'),
    });
    expect(await checkMastodonHandle('hostwf@s.test', ctx)).toEqual({
      status: 'mismatch',
      detail: 'WebFinger for hostwf@s.test answered for "acct:hostwf@evil.test"',
    });
    expect(await checkMastodonHandle('a@xn--bcher-kva.test', ctx)).toMatchObject({ status: 'ok' });
    expect(await checkMastodonHandle('b@s.test', ctx)).toMatchObject({ status: 'mismatch' });
  });

  it('an actor whose id is another URL is not the actor at that URL', async () => {
    const ctx = context({
      [url('a@s.test')]: wf('a@s.test', 'https://s.test/users/a'),
      'https://s.test/users/a': actor('https://other.test/users/a', 'a'),
    });
    expect(await checkMastodonHandle('a@s.test', ctx)).toMatchObject({
      status: 'mismatch',
      detail: 'the actor at https://s.test/users/a calls itself "https://other.test/users/a": it is not the actor at that URL',
    });
  });

  it('an instance that wants signed requests (401) is unreachable, not not-found', async () => {
    const ctx = context({
      [url('a@s.test')]: wf('a@s.test', 'https://s.test/users/a'),
      'https://s.test/users/a': { status: 401, body: '' },
    });
    expect(await checkMastodonHandle('a@s.test', ctx)).toMatchObject({
      status: 'unreachable',
      cause: 'access-refused',
    });
  });
});

describe('a Mastodon move, confirmed both ways before it is believed', () => {
  const actorAt = (id: string, user: string, movedTo?: string) => ({
    body: { id, preferredUsername: user, ...(movedTo !== undefined && { movedTo }) },
  });
  /** An account user@host: its WebFinger and its actor at https://host/users/user (which may have moved). */
  const account = (acct: string, movedTo?: string, id?: string): Record<string, Answer> => {
    const [user, host] = acct.split('@') as [string, string];
    const at = `https://${host}/users/${user}`;
    return { [url(acct)]: wf(acct, at), [at]: actorAt(id ?? at, user, movedTo) };
  };

  it('moves to an account whose actor is at the movedTo URL and whose WebFinger leads back there', async () => {
    const ctx = context({ ...account('m@s.test', 'https://n.test/users/neo'), ...account('neo@n.test') });
    expect(await checkMastodonHandle('m@s.test', ctx)).toEqual({
      status: 'moved',
      newHandle: 'neo@n.test',
      detail: 'm@s.test moved to neo@n.test',
    });
  });

  it("a moved-to document claiming another account's id is a mismatch, never a move to that account", async () => {
    const ctx = context({
      ...account('spoof@s.test', 'https://evil.test/users/x'),
      'https://evil.test/users/x': actorAt('https://trusted.test/users/official', 'official'),
      ...account('official@trusted.test'),
    });
    const got = await checkMastodonHandle('spoof@s.test', ctx);
    expect(got).toMatchObject({ status: 'mismatch', cause: 'move-unconfirmed' });
    expect(got.newHandle).toBeUndefined();
    expect(got.detail).toContain('calls itself "https://trusted.test/users/official"');
  });

  it('a moved-to actor that WebFinger on its host does not lead back to is a mismatch', async () => {
    for (const elsewhere of [
      // WebFinger names another actor
      { [url('x@evil.test')]: wf('x@evil.test', 'https://evil.test/users/someone-else') },
      // WebFinger answers for another account
      { [url('x@evil.test')]: wf('x@evil.test', 'https://evil.test/users/x', 'official@trusted.test') },
      // WebFinger does not know it
      {},
    ]) {
      const ctx = context({
        ...account('spoof@s.test', 'https://evil.test/users/x'),
        'https://evil.test/users/x': actorAt('https://evil.test/users/x', 'x'),
        ...elsewhere,
      });
      expect(await checkMastodonHandle('spoof@s.test', ctx)).toMatchObject({
        status: 'mismatch',
        cause: 'move-unconfirmed',
      });
    }
  });

  it('a moved-to account that does not answer: moved, but no new account (nothing to write)', async () => {
    const ctx = context({ ...account('m@s.test', 'https://n.test/users/neo'), 'https://n.test/users/neo': down('n.test') });
    const got = await checkMastodonHandle('m@s.test', ctx);
    expect(got).toMatchObject({ status: 'moved', cause: 'move-unconfirmed' });
    expect(got.newHandle).toBeUndefined();
  });

  it('a move to itself, or in a circle, is no move; a chain is followed to its end', async () => {
    const self = context(account('selfmove@s.test', 'https://s.test/users/selfmove'));
    expect(await checkMastodonHandle('selfmove@s.test', self)).toEqual({
      status: 'mismatch',
      cause: 'self-move',
      detail: 'selfmove@s.test says it moved to itself: that is not a move',
    });
    const cycle = context({
      ...account('a@s.test', 'https://n.test/users/b'),
      ...account('b@n.test', 'https://s.test/users/a'),
    });
    expect(await checkMastodonHandle('a@s.test', cycle)).toEqual({
      status: 'mismatch',
      cause: 'move-cycle',
      detail: 'the moves go round in a circle, a@s.test → b@n.test → a@s.test: no account is the new one',
    });
    const chain = context({
      ...account('a@s.test', 'https://n.test/users/b'),
      ...account('b@n.test', 'https://o.test/users/c'),
      ...account('c@o.test'),
    });
    expect(await checkMastodonHandle('a@s.test', chain)).toEqual({
      status: 'moved',
      newHandle: 'c@o.test',
      detail: 'a@s.test moved to b@n.test, then c@o.test',
    });
  });
});
