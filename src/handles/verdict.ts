// What `pledge handles check` says about one handle.

/**
 * The status of one handle, exactly one of:
 * - `ok`: it resolves, and back (Bluesky: handle → DID → document naming the handle; Mastodon: WebFinger →
 *   the actor of that account);
 * - `renamed`: the account (found by its stored DID) now has another handle: `newHandle`;
 * - `moved`: the account moved to another (Mastodon's `movedTo`): `newHandle`;
 * - `not-found`: the network answered that it does not exist (404, 410, NXDOMAIN);
 * - `mismatch`: it resolves, but not back to the handle (or to another account than the stored DID): possible
 *   impersonation;
 * - `unreachable`: no answer (timeout, refused, a 5xx): never taken for `not-found`.
 */
export const HANDLE_STATUSES = ['ok', 'renamed', 'moved', 'not-found', 'mismatch', 'unreachable'] as const;
export type HandleStatus = (typeof HANDLE_STATUSES)[number];

/** The outcome of checking one handle. */
export interface HandleVerdict {
  status: HandleStatus;
  /** Bluesky: the account's DID, when known (for `ok` and `renamed`, the one to store). */
  did?: string;
  /** `renamed`: the account's handle now; `moved`: the new account (user@instance), when it could be read. */
  newHandle?: string;
  /** Why, in a few words: what answered what. */
  detail: string;
}
