// One Mastodon account's verdict, by the documented, public discovery of the fediverse (no account, no key):
// - WebFinger (RFC 7033; https://docs.joinmastodon.org/spec/webfinger/):
//   `https://<instance>/.well-known/webfinger?resource=acct:<user>@<instance>` answers the account's canonical
//   `subject` and its ActivityPub actor (the link with rel "self" and type application/activity+json).
// - The actor document (https://docs.joinmastodon.org/spec/activitypub/), asked for with
//   `Accept: application/activity+json`: its `id` (the URL it is at), `preferredUsername`, and `movedTo` (the
//   new account's actor) when the account has moved.
// Nothing a document says of itself is taken on its word: an actor is the one at its `id` only when that is the
// URL it was fetched from, and an account (user@host) is that actor only when WebFinger on that host says so.
import { normalizeMastodonHandle } from '../networks/mastodon.js';
import { quote } from '../ui/quote.js';
import { failure, statusFailure, unreachableVerdict, type Lookup, type ResolverContext } from './atproto.js';
import type { HandleVerdict } from './verdict.js';

const ACTIVITY_JSON = 'application/activity+json';
const ACTOR_TYPES = /^application\/(?:activity\+json|ld\+json(?:\s*;.*)?)$/;
/** Moves followed from one account to the next (A moved to B, which moved to C, …) before giving up. */
const MAX_MOVES = 3;

type Json = Record<string, unknown>;
/** A JSON object answered, and the URL that answered it (after redirects). */
type Answered = { value: Json; at: string };
/** An actor confirmed to be at `url` (its `id`), with its document. */
interface Actor {
  url: string;
  doc: Json;
}
/** What a step of the check found: the thing sought, or the handle's verdict already. */
type Step<T> = T | HandleVerdict;
const isVerdict = <T extends object>(s: Step<T>): s is HandleVerdict => 'status' in s;

/** GETs `url` and parses its JSON body (with the URL that answered, after redirects); `absent` for 404/410. */
async function getJson(url: string, accept: string, ctx: ResolverContext): Promise<Lookup<Answered>> {
  try {
    const answer = await ctx.get({ url, accept });
    if (answer.status < 200 || answer.status > 299) return statusFailure(answer.status, url);
    try {
      const value = JSON.parse(answer.body) as unknown;
      if (value && typeof value === 'object' && !Array.isArray(value))
        return { found: { value: value as Json, at: answer.url } };
    } catch {
      // below
    }
    return { absent: `${url} answered with something other than a JSON object` };
  } catch (e) {
    return failure(e, url, ctx);
  }
}

/** `url` as the `https://<host>/…` it stands for (a link under a test base read back), parsed; or undefined. */
function plainUrl(url: string, ctx: ResolverContext): URL | undefined {
  const u = ctx.unroute ? ctx.unroute(url) : url;
  return /^https?:\/\//i.test(u) && URL.canParse(u) ? new URL(u) : undefined;
}

/** Whether two links name the same URL (as parsed: host case, default port, percent-encoding of the path). */
function sameUrl(a: string, b: string, ctx: ResolverContext): boolean {
  const [x, y] = [plainUrl(a, ctx), plainUrl(b, ctx)];
  return x !== undefined && y !== undefined && x.href === y.href;
}

/**
 * An acct (`user@host`, an `acct:` URI or a handle with a leading "@") as compared: the user lower-cased
 * (Mastodon's usernames are not case-sensitive), the host in ASCII (IDNA, as the URL parser writes it: Unicode
 * and punycode spellings compare equal), lower-cased, without a trailing dot; undefined when it is none.
 */
function acctKey(acct: string): string | undefined {
  let text = acct.replace(/^acct:/i, '').replace(/^@/, '');
  try {
    text = decodeURIComponent(text);
  } catch {
    return undefined;
  }
  const m = /^([^@\s/?#:]+)@([^@\s/?#:]+)$/.exec(text);
  if (!m || !URL.canParse(`http://${m[2]}`)) return undefined;
  return `${m[1]!.toLowerCase()}@${new URL(`http://${m[2]}`).hostname.replace(/\.$/, '')}`;
}

/** Whether two accts are the same account: the whole acct, user and host (see {@link acctKey}). */
function sameAcct(a: string, b: string): boolean {
  const key = acctKey(a);
  return key !== undefined && key === acctKey(b);
}

/** The actor URL in a WebFinger answer: the `self` link of an ActivityPub type. */
function actorLink(jrd: Json): string | undefined {
  const links = Array.isArray(jrd.links) ? (jrd.links as Json[]) : [];
  const selves = links.filter((l) => l && l.rel === 'self' && typeof l.href === 'string');
  // An ActivityPub type first; a self link without a type as a last resort.
  const self =
    selves.find((l) => typeof l.type === 'string' && ACTOR_TYPES.test(l.type)) ??
    selves.find((l) => l.type === undefined);
  const href = self?.href as string | undefined;
  return href !== undefined && /^https?:\/\//.test(href) && URL.canParse(href) ? href : undefined;
}

/**
 * WebFinger for `acct` on its host: the actor it names, and its `subject` (undefined when it gives none). The
 * subject, when given, must be this very acct (user and host): an answer for another account is a mismatch.
 */
async function webfinger(acct: string, ctx: ResolverContext): Promise<Step<{ actorUrl: string; subject?: string }>> {
  const host = acct.split('@')[1]!;
  // Written as the WebFinger and Mastodon docs write it: ":" and "@" are allowed in a query (RFC 3986), and
  // user and instance are letters, digits, ".", "-" and "_" only (checked by the handle's pattern).
  const wf = await getJson(`https://${host}/.well-known/webfinger?resource=acct:${acct}`, 'application/jrd+json, application/json', ctx);
  if ('unreachable' in wf) return unreachableVerdict(wf);
  if ('absent' in wf) return { status: 'not-found', detail: wf.absent };
  const subject = typeof wf.found.value.subject === 'string' ? wf.found.value.subject : undefined;
  if (subject !== undefined && !sameAcct(subject, acct))
    return { status: 'mismatch', detail: `WebFinger for ${acct} answered for ${quote(subject)}` };
  const actorUrl = actorLink(wf.found.value);
  if (!actorUrl) return { status: 'mismatch', detail: `WebFinger for ${acct} names no ActivityPub actor` };
  return { actorUrl, ...(subject !== undefined && { subject }) };
}

/**
 * The actor document at `url`, confirmed to be the one at that URL: its `id` is `url`, and the answer came
 * from that origin (a document claiming to be another actor is a mismatch: possible impersonation).
 */
async function fetchActor(url: string, ctx: ResolverContext): Promise<Step<Actor>> {
  const got = await getJson(url, ACTIVITY_JSON, ctx);
  if ('unreachable' in got) return unreachableVerdict(got);
  if ('absent' in got) return { status: 'not-found', detail: got.absent };
  const { value: doc, at } = got.found;
  const id = doc.id;
  const mismatch = (why: string): HandleVerdict => ({
    status: 'mismatch',
    detail: `the actor at ${url} ${why}: it is not the actor at that URL`,
  });
  if (typeof id !== 'string') return mismatch('has no id');
  if (!sameUrl(id, url, ctx)) return mismatch(`calls itself ${quote(id)}`);
  // Redirected elsewhere: another host answered for this one.
  const from = plainUrl(at, ctx);
  if (from?.origin !== plainUrl(url, ctx)!.origin) return mismatch(`was answered from ${quote(from?.origin ?? at)}`);
  return { url, doc };
}

/** The `movedTo` of an actor: a URL, or an object with an `id`; undefined when it has not moved. */
function movedToOf(doc: Json): string | undefined {
  const m = doc.movedTo;
  if (typeof m === 'string') return m;
  return m && typeof m === 'object' && typeof (m as Json).id === 'string' ? ((m as Json).id as string) : undefined;
}

/**
 * The account an actor `movedTo` names, confirmed both ways: the actor at the URL says it is at that URL, and
 * WebFinger for its `preferredUsername@host` on that host leads back to that URL. Returns the account
 * (`user@host`) and its actor; else a verdict for `from`: `moved` without a new account when the new one could
 * not be asked (no usable answer: try again later), `mismatch` (`move-unconfirmed`) when it answers but does not
 * confirm (another id, no such account, WebFinger naming another actor): possible impersonation.
 */
async function confirmMove(from: string, url: string, ctx: ResolverContext): Promise<Step<Actor & { acct: string }>> {
  const shown = quote(url, 80);
  const unconfirmed = (step: HandleVerdict | string): HandleVerdict =>
    typeof step !== 'string' && step.status === 'unreachable'
      ? {
          status: 'moved',
          cause: 'move-unconfirmed',
          detail: `${from} moved to ${shown}, which could not be asked: ${step.detail}`,
        }
      : {
          status: 'mismatch',
          cause: 'move-unconfirmed',
          detail: `${from} says it moved to ${shown}, but ${typeof step === 'string' ? step : step.detail}`,
        };
  if (!plainUrl(url, ctx)) return unconfirmed('that is not an http(s) URL');
  const actor = await fetchActor(url, ctx);
  if (isVerdict(actor)) return unconfirmed(actor);
  const user = actor.doc.preferredUsername;
  const host = plainUrl(url, ctx)!.hostname;
  const acct = typeof user === 'string' ? normalizeMastodonHandle(`${user}@${host}`) : undefined;
  if (acct === undefined)
    return unconfirmed(`the actor there names no valid account (${typeof user === 'string' ? quote(user) : 'none'})`);
  const wf = await webfinger(acct, ctx);
  if (isVerdict(wf)) return unconfirmed(wf);
  if (!sameUrl(wf.actorUrl, url, ctx))
    return unconfirmed(`WebFinger for ${acct} names another actor, ${quote(wf.actorUrl, 80)}`);
  return { ...actor, acct };
}

/**
 * Follows an account's moves from its confirmed actor: `ok` when it has not moved; `moved` to the last account
 * of the chain (each confirmed both ways, at most {@link MAX_MOVES}); a move to itself (`self-move`) or back to
 * an account already passed (`move-cycle`) is no move: a `mismatch`.
 */
async function followMoves(acct: string, actor: Actor, ctx: ResolverContext): Promise<HandleVerdict> {
  const seen: { url: string; acct: string }[] = [{ url: actor.url, acct }];
  let current = { ...actor, acct };
  for (let hop = 0; ; hop++) {
    const movedUrl = movedToOf(current.doc);
    if (movedUrl === undefined)
      return hop === 0
        ? { status: 'ok', detail: `${acct} ↔ ${actor.url}` }
        : { status: 'moved', newHandle: current.acct, detail: `${acct} moved to ${seen.map((s) => s.acct).slice(1).join(', then ')}` };
    const back = seen.find((s) => sameUrl(s.url, movedUrl, ctx));
    if (back) return circular(acct, seen, back.acct, hop);
    if (hop === MAX_MOVES)
      return { status: 'moved', cause: 'move-unconfirmed', detail: `${acct} moved more than ${MAX_MOVES} times: the new account is not followed further` };
    const next = await confirmMove(current.acct, movedUrl, ctx);
    if (isVerdict(next)) return hop === 0 ? next : { ...next, detail: `${acct}: ${next.detail}` };
    const again = seen.find((s) => sameAcct(s.acct, next.acct));
    if (again) return circular(acct, seen, again.acct, hop);
    seen.push({ url: next.url, acct: next.acct });
    current = next;
  }
}

/** A move back to an account already passed: to itself (`self-move`) or in a circle (`move-cycle`). */
function circular(acct: string, seen: readonly { acct: string }[], to: string, hop: number): HandleVerdict {
  if (hop === 0 && seen.length === 1)
    return { status: 'mismatch', cause: 'self-move', detail: `${acct} says it moved to itself: that is not a move` };
  const path = [...seen.map((s) => s.acct), to].join(' → ');
  return { status: 'mismatch', cause: 'move-cycle', detail: `the moves go round in a circle, ${path}: no account is the new one` };
}

/**
 * Checks one Mastodon account `user@instance` (a leading "@" accepted): `ok` when WebFinger (its subject, the
 * whole acct) and the actor (its id and preferredUsername) both name it; `moved` with the new account when the
 * actor has `movedTo` and the new account confirms it (see confirmMove); `not-found` on 404/410 or an instance
 * that does not exist; `mismatch` when they name another account, or the move does not hold together.
 */
export async function checkMastodonHandle(handle: string, ctx: ResolverContext): Promise<HandleVerdict> {
  const acct = normalizeMastodonHandle(handle) ?? handle.replace(/^@/, '');
  const user = acct.split('@')[0]!;
  const wf = await webfinger(acct, ctx);
  if (isVerdict(wf)) return wf;
  const actor = await fetchActor(wf.actorUrl, ctx);
  if (isVerdict(actor)) return actor;
  // The actor's preferredUsername may not name another user; without a subject, it must name this one.
  const name = actor.doc.preferredUsername;
  if (typeof name === 'string' ? name.toLowerCase() !== user.toLowerCase() : wf.subject === undefined) {
    return {
      status: 'mismatch',
      detail: `the actor ${wf.actorUrl} is ${typeof name === 'string' ? quote(name) : 'nameless'}, not ${user}`,
    };
  }
  return followMoves(acct, actor, ctx);
}
