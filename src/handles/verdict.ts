// What `pledge handles check` says about one handle.

/**
 * The status of one handle, exactly one of:
 * - `ok`: it resolves, and back (Bluesky: handle → DID → document naming the handle; Mastodon: WebFinger →
 *   the actor of that account);
 * - `renamed`: the account (found by its stored DID) now has another handle: `newHandle`;
 * - `moved`: the account moved to another (Mastodon's `movedTo`): `newHandle`, once the new account is
 *   confirmed both ways;
 * - `not-found`: the network answered that it does not exist (404, 410, NXDOMAIN);
 * - `mismatch`: it resolves, but what the network says does not hold together (not back to the handle, another
 *   account than the stored DID, TXT records naming different DIDs, a move to itself or in a circle, a new
 *   account that does not confirm the move): possible impersonation;
 * - `unreachable`: no usable answer (timeout, refused, a 5xx, a server that wants signed requests, an answer
 *   too large, a redirect pledge does not follow): never taken for `not-found`.
 */
export const HANDLE_STATUSES = ['ok', 'renamed', 'moved', 'not-found', 'mismatch', 'unreachable'] as const;
export type HandleStatus = (typeof HANDLE_STATUSES)[number];

/**
 * Why a handle got its status, where the status alone does not say what to do:
 * - unreachable: `no-answer` (timeout, refused, no DNS: the network may be down), `server-error` (5xx, 429 and
 *   other statuses that say nothing of the account), `access-refused` (401/403: the server wants signed
 *   requests), `too-large` (an answer over the size limit, not read), `redirect-refused` (a redirect to a URL
 *   pledge does not ask, or too many), `bad-link` (a link in an answer that is not an http(s) URL);
 * - mismatch: `conflicting-records` (the `_atproto` TXT records name different DIDs), `self-move` (a
 *   Mastodon account whose `movedTo` is itself), `move-cycle` (moves that lead back to an account already
 *   passed), `move-unconfirmed` (the account moved to does not confirm it is that account: its id is not the
 *   `movedTo` URL, or WebFinger on its host does not lead back to it);
 * - moved: `move-unconfirmed` too when the new account could not be asked (no answer, gone, too many moves):
 *   the move is real, but its new account unknown.
 */
export type VerdictCause =
  | 'no-answer'
  | 'server-error'
  | 'access-refused'
  | 'too-large'
  | 'redirect-refused'
  | 'bad-link'
  | 'conflicting-records'
  | 'self-move'
  | 'move-cycle'
  | 'move-unconfirmed';

/** The outcome of checking one handle. */
export interface HandleVerdict {
  status: HandleStatus;
  /** Why, as a code (see {@link VerdictCause}); absent where the status says it all. */
  cause?: VerdictCause;
  /** Bluesky: the account's DID, when known (for `ok` and `renamed`, the one to store). */
  did?: string;
  /** `renamed`: the account's handle now; `moved`: the new account (user@instance), when it was confirmed. */
  newHandle?: string;
  /** Why, in a few words: what answered what. */
  detail: string;
}
