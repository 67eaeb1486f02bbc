// One Mastodon account's verdict, by the documented, public discovery of the fediverse (no account, no key):
// - WebFinger (RFC 7033; https://docs.joinmastodon.org/spec/webfinger/):
//   `https://<instance>/.well-known/webfinger?resource=acct:<user>@<instance>` answers the account's canonical
//   `subject` and its ActivityPub actor (the link with rel "self" and type application/activity+json).
// - The actor document (https://docs.joinmastodon.org/spec/activitypub/), asked for with
//   `Accept: application/activity+json`: its `preferredUsername`, and `movedTo` (the new account's actor)
//   when the account has moved.
import { normalizeMastodonHandle } from '../networks/mastodon.js';
import { failure, statusFailure, type Lookup, type ResolverContext } from './atproto.js';
import type { HandleVerdict } from './verdict.js';

const ACTIVITY_JSON = 'application/activity+json';
const ACTOR_TYPES = /^application\/(?:activity\+json|ld\+json(?:\s*;.*)?)$/;

/** GETs `url` and parses its JSON body: `absent` for 404/410 or a body that is not a JSON object. */
async function getJson(url: string, accept: string, ctx: ResolverContext): Promise<Lookup<Record<string, unknown>>> {
  try {
    const answer = await ctx.get({ url, accept });
    if (answer.status < 200 || answer.status > 299) return statusFailure(answer.status, url);
    try {
      const value = JSON.parse(answer.body) as unknown;
      if (value && typeof value === 'object' && !Array.isArray(value))
        return { found: value as Record<string, unknown> };
    } catch {
      // below
    }
    return { absent: `${url} answered with something other than a JSON object` };
  } catch (e) {
    return failure(e, url, ctx);
  }
}

/** The acct (`user@host`) of an actor document: its preferredUsername at the host of its id. */
function acctOf(actor: Record<string, unknown>, url: string, ctx: ResolverContext): string | undefined {
  const user = actor.preferredUsername;
  let host: string;
  try {
    const id = typeof actor.id === 'string' ? actor.id : url;
    host = new URL(ctx.unroute ? ctx.unroute(id) : id).host;
  } catch {
    return undefined;
  }
  return typeof user === 'string' ? normalizeMastodonHandle(`${user}@${host}`) : undefined;
}

const sameUser = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The actor URL in a WebFinger answer: the `self` link of an ActivityPub type. */
function actorLink(jrd: Record<string, unknown>): string | undefined {
  const links = Array.isArray(jrd.links) ? (jrd.links as Record<string, unknown>[]) : [];
  const selves = links.filter((l) => l && l.rel === 'self' && typeof l.href === 'string');
  // An ActivityPub type first; a self link without a type as a last resort.
  const self =
    selves.find((l) => typeof l.type === 'string' && ACTOR_TYPES.test(l.type)) ??
    selves.find((l) => l.type === undefined);
  const href = self?.href as string | undefined;
  return href !== undefined && /^https?:\/\//.test(href) && URL.canParse(href) ? href : undefined;
}

/**
 * Checks one Mastodon account `user@instance` (a leading "@" accepted): `ok` when WebFinger and the actor
 * both name it; `moved` with the new account when the actor has `movedTo`; `not-found` on 404/410 or an
 * instance that does not exist; `mismatch` when they name another account.
 */
export async function checkMastodonHandle(handle: string, ctx: ResolverContext): Promise<HandleVerdict> {
  const acct = normalizeMastodonHandle(handle) ?? handle.replace(/^@/, '');
  const [user, instance] = acct.split('@') as [string, string];
  // Written as the WebFinger and Mastodon docs write it: ":" and "@" are allowed in a query (RFC 3986), and
  // user and instance are letters, digits, ".", "-" and "_" only (checked by the handle's pattern).
  const wf = await getJson(
    `https://${instance}/.well-known/webfinger?resource=acct:${acct}`,
    'application/jrd+json, application/json',
    ctx,
  );
  if ('unreachable' in wf) return { status: 'unreachable', detail: wf.unreachable };
  if ('absent' in wf) return { status: 'not-found', detail: wf.absent };
  // The subject (optional in RFC 7033) and the actor's preferredUsername: neither may name another account, and
  // at least one must name this one.
  const subject = typeof wf.found.subject === 'string' ? wf.found.subject.replace(/^acct:/, '') : undefined;
  if (subject !== undefined && !sameUser(subject.split('@')[0]!, user))
    return { status: 'mismatch', detail: `WebFinger for ${acct} answered for ${subject}` };
  const actorUrl = actorLink(wf.found);
  if (!actorUrl) return { status: 'mismatch', detail: `WebFinger for ${acct} names no ActivityPub actor` };
  const actor = await getJson(actorUrl, ACTIVITY_JSON, ctx);
  if ('unreachable' in actor) return { status: 'unreachable', detail: actor.unreachable };
  if ('absent' in actor) return { status: 'not-found', detail: actor.absent };
  const name = actor.found.preferredUsername;
  if (typeof name === 'string' ? !sameUser(name, user) : subject === undefined) {
    return {
      status: 'mismatch',
      detail: `the actor ${actorUrl} is ${typeof name === 'string' ? name : 'nameless'}, not ${user}`,
    };
  }
  const movedTo = actor.found.movedTo;
  const movedUrl =
    typeof movedTo === 'string'
      ? movedTo
      : movedTo && typeof movedTo === 'object' && typeof (movedTo as { id?: unknown }).id === 'string'
        ? (movedTo as { id: string }).id
        : undefined;
  if (movedUrl === undefined) return { status: 'ok', detail: `${acct} ↔ ${actorUrl}` };
  const target = await getJson(movedUrl, ACTIVITY_JSON, ctx);
  const newHandle = 'found' in target ? acctOf(target.found, movedUrl, ctx) : undefined;
  return { status: 'moved', ...(newHandle && { newHandle }), detail: `${acct} moved to ${newHandle ?? movedUrl}` };
}
