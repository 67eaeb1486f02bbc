// Bluesky handles, checked by atproto's documented identity resolution (no account, no API key):
// - Handle → DID (https://atproto.com/specs/handle, "Handle Resolution"): a DNS TXT record at
//   `_atproto.<handle>` whose value is `did=<DID>` (several records with different DIDs: resolution fails), or
//   the HTTPS method, `https://<handle>/.well-known/atproto-did`, whose body is the DID.
// - DID → DID document (https://atproto.com/specs/did): `did:plc` from the PLC directory
//   (`https://plc.directory/<did>`), `did:web:<host>` from `https://<host>/.well-known/did.json`. The handle is
//   the first `at://` URI in the document's `alsoKnownAs`.
// - A handle is valid only both ways: the handle resolves to the DID and the DID's document names the handle
//   (the spec's bidirectional check). A DID never changes, so a stored DID finds an account after a rename.
import { normalizeBlueskyHandle } from '../networks/bluesky.js';
import { DID_PATTERN } from '../campaign/network-schema.js';
import { quote } from '../ui/quote.js';
import type { TxtLookup } from './dns.js';
import { NetworkError, type HttpGet } from './http.js';
import type { HandleVerdict, VerdictCause } from './verdict.js';

/** No usable answer: why, in words and as a code (`no-answer` when absent; see {@link VerdictCause}). */
export type Unreachable = { unreachable: string; cause?: VerdictCause };

/** A lookup's outcome: found, `absent` (the network answered that there is none: why), or unreachable. */
export type Lookup<T> = { found: T } | { absent: string } | Unreachable;

/** The verdict for a lookup that got no usable answer: `unreachable`, with its cause. */
export const unreachableVerdict = (u: Unreachable): HandleVerdict => ({
  status: 'unreachable',
  cause: u.cause ?? 'no-answer',
  detail: u.unreachable,
});

/** What the resolvers need: HTTP, DNS TXT, the PLC directory, and whether an NXDOMAIN can be believed. */
export interface ResolverContext {
  get: HttpGet;
  txt: TxtLookup;
  /** Base URL of the PLC directory, without a trailing slash (`https://plc.directory`). */
  plcUrl: string;
  /**
   * Whether DNS's "no such name" for a public host means it: false when the resolver says so of everything (no
   * network, or a resolver that blocks), checked on a name known to exist. Answered once per run.
   */
  believeNxdomain: () => Promise<boolean>;
  /** A URL found in an answer, read as the `https://<host>/…` it stands for (see unrouted in endpoints.ts). */
  unroute?: (url: string) => string;
  /** Ends what is still pending once the run is over (DNS lookups outliving their request's timeout); optional. */
  close?: () => void;
}

/** What each kind of failed request is: an answer pledge does not use, or no answer at all. */
const CAUSE_OF: Partial<Record<NetworkError['kind'], VerdictCause>> = {
  'too-large': 'too-large',
  redirect: 'redirect-refused',
  'bad-url': 'bad-link',
};

/**
 * What a failed request means: `absent` when DNS says the host does not exist (and DNS can be believed);
 * unreachable otherwise, with its cause: an answer too large, a redirect or a link pledge does not follow, or
 * no answer at all (`no-answer`).
 */
export async function failure(
  e: unknown,
  what: string,
  ctx: Pick<ResolverContext, 'believeNxdomain'>,
): Promise<{ absent: string } | Unreachable> {
  if (!(e instanceof NetworkError)) throw e;
  if (e.kind !== 'nxdomain') return { unreachable: `${what}: ${e.message}`, cause: CAUSE_OF[e.kind] ?? 'no-answer' };
  if (await ctx.believeNxdomain()) return { absent: `${what}: ${e.message}` };
  return {
    unreachable: `${what}: no answer (DNS says no such name, but says so of a name known to exist too: no network?)`,
    cause: 'no-answer',
  };
}

/**
 * What an answer other than 2xx means: `absent` for 404 Not Found and 410 Gone (the server says there is
 * nothing there); unreachable for anything else: `access-refused` for 401/403 (a server that wants signed
 * requests), `server-error` for the rest (5xx, 429 Too Many Requests, a redirect without a Location): it did not
 * say whether the account exists.
 */
export function statusFailure(status: number, what: string): { absent: string } | Unreachable {
  const said = `${what} answered ${status}`;
  if (status === 404 || status === 410) return { absent: said };
  return { unreachable: said, cause: status === 401 || status === 403 ? 'access-refused' : 'server-error' };
}

const isDid = (s: string) => DID_PATTERN.test(s);

/** How atproto's DIDs are written, as a message says it. */
const DID_RULE = 'a DID atproto supports (did:plc: and 24 characters of a-z, 2-7; or did:web:<host>)';

/** Handle resolution that found two or more DIDs: the handle names no one account (why). */
export type Conflict = { conflict: string };

/**
 * The DNS TXT method: the `did=` records at `_atproto.<handle>`: one valid DID (others that are not DIDs
 * ignored, as the spec says), or a conflict when valid ones name different DIDs (the spec: resolution fails).
 */
async function viaDns(handle: string, ctx: ResolverContext): Promise<Lookup<string> | Conflict> {
  const name = `_atproto.${handle}`;
  const answer = await ctx.txt(name);
  if ('unreachable' in answer) return { unreachable: answer.unreachable, cause: 'no-answer' };
  if ('absent' in answer) return { absent: `no TXT record at ${name}` };
  const values = answer.records
    .map((r) => r.join(''))
    .filter((t) => t.startsWith('did='))
    .map((t) => t.slice(4).trim());
  const dids = [...new Set(values.filter(isDid))];
  if (dids.length === 1) return { found: dids[0]! };
  if (dids.length > 1)
    return { conflict: `the TXT records at ${name} name ${dids.length} different DIDs: ${dids.join(', ')}` };
  return {
    absent: values.length
      ? `the did= TXT record at ${name} is ${quote(values[0]!)}, not ${DID_RULE}`
      : `no did= TXT record at ${name}`,
  };
}

/** The HTTPS method: the DID as the body of `https://<handle>/.well-known/atproto-did`. */
async function viaHttps(handle: string, ctx: ResolverContext): Promise<Lookup<string>> {
  const url = `https://${handle}/.well-known/atproto-did`;
  try {
    const answer = await ctx.get({ url, accept: 'text/plain' });
    if (answer.status < 200 || answer.status > 299) return statusFailure(answer.status, url);
    const did = answer.body.trim().split(/\r?\n/)[0]!.trim();
    if (isDid(did)) return { found: did };
    return { absent: did ? `${url} answered ${quote(did)}, not ${DID_RULE}` : `${url} answered without a DID` };
  } catch (e) {
    return failure(e, url, ctx);
  }
}

/**
 * Resolves a Bluesky handle to its DID by both documented methods at once (spec: atproto.com/specs/handle).
 * TXT records naming different DIDs: a conflict, whatever the HTTPS method says (someone may have added one).
 * DNS wins when both answer. `absent` only when both methods answered that there is none; unreachable when
 * either could not be asked and neither found one.
 */
export async function resolveHandle(handle: string, ctx: ResolverContext): Promise<Lookup<string> | Conflict> {
  const [dns, https] = await Promise.all([viaDns(handle, ctx), viaHttps(handle, ctx)]);
  if ('conflict' in dns || 'found' in dns) return dns;
  if ('found' in https) return https;
  if ('unreachable' in dns) return dns;
  if ('unreachable' in https) return https;
  return { absent: `${dns.absent}, and ${https.absent}` };
}

/** The parts of a DID document pledge reads. */
export interface DidDocument {
  id: string;
  alsoKnownAs: string[];
}

/** Where a DID's document is: the PLC directory for did:plc, `https://<host>/.well-known/did.json` for did:web. */
function didDocumentUrl(did: string, plcUrl: string): { url: string; direct: boolean } | undefined {
  if (did.startsWith('did:plc:')) return { url: `${plcUrl}/${did}`, direct: true };
  // atproto supports hostname-level did:web only (a port written %3A, for development).
  const web = /^did:web:([A-Za-z0-9.-]+(?:%3[Aa]\d{1,5})?)$/.exec(did);
  return web ? { url: `https://${web[1]!.replace(/%3[Aa]/, ':')}/.well-known/did.json`, direct: false } : undefined;
}

/** Fetches a DID's document (spec: atproto.com/specs/did); `absent` when the directory or host says there is none. */
export async function resolveDid(did: string, ctx: ResolverContext): Promise<Lookup<DidDocument>> {
  const where = didDocumentUrl(did, ctx.plcUrl);
  if (!where) return { absent: `${did} is not a did:plc or a hostname did:web, the DID methods atproto supports` };
  try {
    const answer = await ctx.get({ ...where, accept: 'application/did+ld+json, application/json' });
    if (answer.status < 200 || answer.status > 299) return statusFailure(answer.status, where.url);
    let doc: unknown;
    try {
      doc = JSON.parse(answer.body);
    } catch {
      return { absent: `${where.url} answered with something other than JSON` };
    }
    const d = doc as Partial<DidDocument> | null;
    // A document for another DID is none of this one's (one without an id is read as this DID's).
    if (!d || typeof d !== 'object' || Array.isArray(d) || (d.id !== undefined && d.id !== did))
      return { absent: `${where.url} is not the document of ${did}` };
    return {
      found: {
        id: did,
        alsoKnownAs: Array.isArray(d.alsoKnownAs)
          ? d.alsoKnownAs.filter((a): a is string => typeof a === 'string')
          : [],
      },
    };
  } catch (e) {
    return failure(e, where.url, ctx);
  }
}

/**
 * The handle a DID document names: its first `at://` URI's authority, lower-cased; undefined when it has none valid.
 */
export function handleInDocument(doc: DidDocument): string | undefined {
  const uri = doc.alsoKnownAs.find((a) => a.startsWith('at://'));
  return uri === undefined ? undefined : normalizeBlueskyHandle(uri.slice('at://'.length).split('/')[0]!);
}
