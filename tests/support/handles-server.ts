// A real HTTP server on 127.0.0.1 that speaks the endpoints `pledge handles check` asks, laid out as the
// resolver requests them under PLEDGE_HANDLES_BASE: `<base>/<host>/<path>` (the PLC directory is the host
// plc.directory). Fixture accounts: ok, renamed, moved, missing, mismatched, slow (never answers), failing (500).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An answer: a status with a body (JSON for objects) and a Location header (redirects), `hang` (never answers) or
 * `reset` (closes the socket).
 */
export type Route = { status?: number; body: string | object; type?: string; location?: string } | 'hang' | 'reset';

const plc = (did: string, handle: string) => ({
  id: did,
  alsoKnownAs: [`at://${handle}`],
  verificationMethod: [],
  service: [],
});
const jrd = (acct: string, actor: string) => ({
  subject: `acct:${acct}`,
  links: [{ rel: 'self', type: 'application/activity+json', href: actor }],
});
const actor = (id: string, user: string, extra: object = {}) => ({
  '@context': 'https://www.w3.org/ns/activitystreams',
  id,
  type: 'Person',
  preferredUsername: user,
  ...extra,
});
const wf = (host: string, acct: string) => `${host}/.well-known/webfinger?resource=acct:${acct}`;
const text = (body: string) => ({ body, type: 'text/plain' });

/**
 * The fixture accounts, by path under the base. Bluesky: ok.bsky.test (did:plc:okokokokokokokokokokokok),
 * renamed (stored did:plc:renamedrenamedrenamedren, now new-name.bsky.test), missing.bsky.test (404
 * everywhere), mismatch.bsky.test (points to a DID that names someone else), slow.bsky.test (never answers),
 * failing.bsky.test (500), web.test (did:web). Mastodon on social.test: ok, moved (to neo@new.test), missing,
 * mismatch (WebFinger answers for another account), spoof (moved to an actor claiming to be
 * official@trusted.test), selfmove (moved to itself), hostwf (WebFinger answers for hostwf@evil.test); slow.test
 * and failing.test instances.
 */
export const FIXTURE_ROUTES: Record<string, Route> = {
  'ok.bsky.test/.well-known/atproto-did': text('did:plc:okokokokokokokokokokokok\n'),
  'plc.directory/did:plc:okokokokokokokokokokokok': { body: plc('did:plc:okokokokokokokokokokokok', 'ok.bsky.test') },
  'plc.directory/did:plc:renamedrenamedrenamedren': {
    body: plc('did:plc:renamedrenamedrenamedren', 'new-name.bsky.test'),
  },
  'new-name.bsky.test/.well-known/atproto-did': text('did:plc:renamedrenamedrenamedren'),
  'mismatch.bsky.test/.well-known/atproto-did': text('did:plc:otherotherotherotherothe'),
  'plc.directory/did:plc:otherotherotherotherothe': {
    body: plc('did:plc:otherotherotherotherothe', 'someone-else.bsky.test'),
  },
  'slow.bsky.test/.well-known/atproto-did': 'hang',
  'failing.bsky.test/.well-known/atproto-did': { status: 500, body: 'oops' },
  'web.test/.well-known/atproto-did': text('did:web:web.test'),
  'web.test/.well-known/did.json': { body: plc('did:web:web.test', 'web.test') },
  [wf('social.test', 'ok@social.test')]: { body: jrd('ok@social.test', 'https://social.test/users/ok') },
  'social.test/users/ok': { body: actor('https://social.test/users/ok', 'ok'), type: 'application/activity+json' },
  [wf('social.test', 'moved@social.test')]: { body: jrd('moved@social.test', 'https://social.test/users/moved') },
  'social.test/users/moved': {
    body: actor('https://social.test/users/moved', 'moved', { movedTo: 'https://new.test/users/neo' }),
  },
  'new.test/users/neo': { body: actor('https://new.test/users/neo', 'neo') },
  [wf('new.test', 'neo@new.test')]: { body: jrd('neo@new.test', 'https://new.test/users/neo') },
  [wf('social.test', 'mismatch@social.test')]: {
    body: jrd('impostor@social.test', 'https://social.test/users/impostor'),
  },
  // A move that names an actor whose document claims to be another account (it must not be believed).
  [wf('social.test', 'spoof@social.test')]: { body: jrd('spoof@social.test', 'https://social.test/users/spoof') },
  'social.test/users/spoof': {
    body: actor('https://social.test/users/spoof', 'spoof', { movedTo: 'https://evil.test/users/x' }),
  },
  'evil.test/users/x': { body: actor('https://trusted.test/users/official', 'official') },
  [wf('trusted.test', 'official@trusted.test')]: {
    body: jrd('official@trusted.test', 'https://trusted.test/users/official'),
  },
  'trusted.test/users/official': { body: actor('https://trusted.test/users/official', 'official') },
  // An account that says it moved to itself; one whose WebFinger answers for the same user on another host.
  [wf('social.test', 'selfmove@social.test')]: {
    body: jrd('selfmove@social.test', 'https://social.test/users/selfmove'),
  },
  'social.test/users/selfmove': {
    body: actor('https://social.test/users/selfmove', 'selfmove', { movedTo: 'https://social.test/users/selfmove' }),
  },
  [wf('social.test', 'hostwf@social.test')]: { body: jrd('hostwf@evil.test', 'https://social.test/users/hostwf') },
  'social.test/users/hostwf': { body: actor('https://social.test/users/hostwf', 'hostwf') },
  [wf('slow.test', 'ok@slow.test')]: 'hang',
  [wf('failing.test', 'ok@failing.test')]: { status: 503, body: 'down' },
};

/**
 * The fixture accounts with the slow ones closing the connection instead of never answering: every status is
 * then what the server says, whatever the machine's load, with any timeout (the timeout itself is tested with
 * `hang` and a short one, where nothing else can answer).
 */
export const ANSWERING_ROUTES: Record<string, Route> = Object.fromEntries(
  Object.entries(FIXTURE_ROUTES).map(([path, route]) => [path, route === 'hang' ? ('reset' as const) : route]),
);

/** A running fixture server: its base URL, the paths requested (in order), and close(). */
export interface FixtureServer {
  base: string;
  requests: string[];
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 (a free port) answering `routes` (404 for anything else). */
export async function startHandlesServer(routes: Record<string, Route> = FIXTURE_ROUTES): Promise<FixtureServer> {
  const requests: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').slice(1);
    requests.push(path);
    const route = routes[path] ?? routes[decodeURIComponent(path)];
    if (route === 'hang') return;
    if (route === 'reset') return void req.socket.destroy();
    if (!route) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
    const body = typeof route.body === 'string' ? route.body : JSON.stringify(route.body);
    const headers = {
      'content-type': route.type ?? 'application/json',
      ...(route.location !== undefined && { location: route.location }),
    };
    res.writeHead(route.status ?? 200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
