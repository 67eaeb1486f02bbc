// One Bluesky handle's verdict, from atproto's identity resolution (see atproto.ts for the sources).
import { normalizeBlueskyHandle } from '../networks/bluesky.js';
import {
  handleInDocument,
  resolveDid,
  resolveHandle,
  unreachableVerdict,
  type Conflict,
  type ResolverContext,
} from './atproto.js';
import type { HandleVerdict } from './verdict.js';

const same = (a: string | undefined, b: string) => a !== undefined && a === normalizeBlueskyHandle(b);

/** TXT records naming different DIDs: the handle names no one account (`did`: the account it should name). */
const conflicting = (c: Conflict, did?: string): HandleVerdict => ({
  status: 'mismatch',
  cause: 'conflicting-records',
  ...(did !== undefined && { did }),
  detail: c.conflict,
});

/** A handle with no stored DID: it must resolve to a DID whose document names it back. */
async function checkByHandle(handle: string, ctx: ResolverContext): Promise<HandleVerdict> {
  const resolved = await resolveHandle(handle, ctx);
  if ('unreachable' in resolved) return unreachableVerdict(resolved);
  if ('conflict' in resolved) return conflicting(resolved);
  if ('absent' in resolved) return { status: 'not-found', detail: resolved.absent };
  const did = resolved.found;
  const doc = await resolveDid(did, ctx);
  if ('unreachable' in doc) return unreachableVerdict(doc);
  if ('absent' in doc)
    return { status: 'mismatch', did, detail: `${handle} points to ${did}, which has no document (${doc.absent})` };
  const named = handleInDocument(doc.found);
  if (same(named, handle)) return { status: 'ok', did, detail: `${handle} ↔ ${did}` };
  return {
    status: 'mismatch',
    did,
    detail: `${handle} points to ${did}, whose document names ${named ?? 'no handle'}, not ${handle}`,
  };
}

/**
 * A handle with its stored DID: the DID's document names the account's handle now. The same handle, resolving
 * to the same DID: `ok`; another handle that resolves back to the DID: `renamed`; a handle that now resolves to
 * another DID: `mismatch` (the name was taken by someone else); a DID that no longer exists: `not-found`.
 */
async function checkByDid(handle: string, did: string, ctx: ResolverContext): Promise<HandleVerdict> {
  const doc = await resolveDid(did, ctx);
  if ('unreachable' in doc) return unreachableVerdict(doc);
  if ('absent' in doc) {
    // The stored account is gone; the handle may now be someone else's.
    const now = await resolveHandle(handle, ctx);
    if ('found' in now && now.found !== did)
      return {
        status: 'mismatch',
        did: now.found,
        detail: `the account ${did} no longer exists (${doc.absent}); ${handle} now points to another account, ${now.found}`,
      };
    return { status: 'not-found', detail: `the account ${did} no longer exists (${doc.absent})` };
  }
  const named = handleInDocument(doc.found);
  if (same(named, handle)) {
    const back = await resolveHandle(handle, ctx);
    if ('unreachable' in back) return unreachableVerdict(back);
    if ('conflict' in back) return conflicting(back, did);
    if ('found' in back && back.found === did) return { status: 'ok', did, detail: `${handle} ↔ ${did}` };
    const to = 'found' in back ? `points to another account, ${back.found}` : `does not resolve (${back.absent})`;
    return { status: 'mismatch', did, detail: `${did} names ${handle}, but ${handle} ${to}` };
  }
  if (named === undefined) return { status: 'mismatch', did, detail: `the account ${did} names no handle any more` };
  const back = await resolveHandle(named, ctx);
  if ('unreachable' in back) return unreachableVerdict(back);
  if ('found' in back && back.found === did)
    return { status: 'renamed', did, newHandle: named, detail: `${handle} is now ${named} (${did})` };
  return {
    status: 'mismatch',
    ...('conflict' in back && { cause: 'conflicting-records' as const }),
    did,
    detail: `the account ${did} now calls itself ${named}, which does not resolve back to it${
      'conflict' in back ? ` (${back.conflict})` : ''
    }`,
  };
}

/**
 * Checks one Bluesky handle (spec: atproto.com/specs/handle, atproto.com/specs/did). With `did` (stored by an
 * earlier check) renames are followed; without, the handle is checked both ways and its DID returned.
 */
export function checkBlueskyHandle(
  handle: string,
  did: string | undefined,
  ctx: ResolverContext,
): Promise<HandleVerdict> {
  const h = normalizeBlueskyHandle(handle) ?? handle.toLowerCase();
  return did === undefined ? checkByHandle(h, ctx) : checkByDid(h, did, ctx);
}
