import { describeCharacters, unsafeCharacters } from '../core/count.js';

/** The networks pledge drafts for. `x` is the default everywhere. */
export const NETWORK_IDS = ['x', 'bluesky', 'mastodon', 'threads'] as const;
/** One of {@link NETWORK_IDS}. */
export type NetworkId = (typeof NETWORK_IDS)[number];

/** What a network's counter says about one post. */
export interface PostCount {
  /** The length as the network counts it, in {@link PostCount.unit}s. */
  length: number;
  /** The network's limit, in the same unit. */
  limit: number;
  /** `limit - length` (negative when over). */
  remaining: number;
  /** Non-empty, within the limit and breaking none of the network's other rules (see `problems`). */
  valid: boolean;
  /** What `length` counts: `weighted characters` (X), `graphemes` (Bluesky), `characters` (Mastodon, Threads). */
  unit: 'weighted characters' | 'graphemes' | 'characters';
  /** Why the post is invalid besides its length, in words (empty when there is nothing to say). */
  problems: string[];
}

/** Options a network's counter or intent may use. */
export interface NetworkOptions {
  /** Mastodon: the instance's own limit in characters (default 500). Ignored by the other networks. */
  maxLength?: number;
  /**
   * Mastodon: the user's instance, as networks/mastodon-instance.ts reads it (a host `mastodon.social`, an
   * account `@alice@mastodon.social`, an address `https://mastodon.social/@alice`); without it, or when it is
   * none of these, there is no intent URL.
   */
  instance?: string;
}

/** Everything pledge needs to know about one network: pure, browser-safe. */
export interface Network {
  id: NetworkId;
  /** The name people know it by: `X`, `Bluesky`, `Mastodon`, `Threads`. */
  name: string;
  /** The default limit, in the unit of {@link PostCount.unit}. */
  limit: number;
  /** Counts a post as the network's composer and server do (see each module for the source). */
  count(text: string, options?: NetworkOptions): PostCount;
  /**
   * The network's compose intent with `text` as the whole post (decoding its `text` parameter gives `text`
   * back exactly), or undefined when it needs what was not given (Mastodon without an instance).
   * Throws URIError on a lone surrogate (encodeURIComponent).
   */
  intentUrl(text: string, options?: NetworkOptions): string | undefined;
  /** What a handle in a campaign must match (no flags, so it can go into a JSON Schema as it is). */
  handlePattern: RegExp;
  /** The handle as stored in a campaign, normalised, or undefined when it breaks the network's rules. */
  normalizeHandle(handle: string): string | undefined;
  /** How a valid handle is written as a mention in a post: `@amnesty.org`, `@amnesty@mastodon.social`. */
  mention(handle: string): string;
  /** The handle rule in words, for error messages: what a handle must look like, with an example. */
  handleRule: string;
}

/**
 * What must not reach a post on any network, as problems: control, bidi-override and invisible characters,
 * and those X refuses (see core/unsafe-chars.ts; zero-width joiners and marks are not problems). One problem
 * naming the first three, by code point and position in code points: `it contains U+202E (…) at character 3`.
 */
export function characterProblems(text: string): string[] {
  const refused = unsafeCharacters(text).filter((c) => c.severity === 'error');
  if (!refused.length) return [];
  const at = (index: number) => [...text.slice(0, index)].length;
  return [`it contains ${describeCharacters(refused.map((c) => ({ ...c, index: at(c.index) })))}`];
}

/** The PostCount of a length against a limit, with any other problems. */
export function postCount(
  length: number,
  limit: number,
  unit: PostCount['unit'],
  problems: string[] = [],
  empty = length === 0,
): PostCount {
  const all = empty ? ['the post is empty', ...problems] : problems;
  return { length, limit, remaining: limit - length, valid: all.length === 0 && length <= limit, unit, problems: all };
}

/**
 * The `normalizeHandle` of a network whose handles match `pattern` and are not case-sensitive (Bluesky's
 * domain names, Threads' usernames): the handle lower-cased, or undefined when it does not match.
 * `pattern` may be a function giving it, so that a pattern built at run time is built on first use.
 */
export function caseless(pattern: RegExp | (() => RegExp)): (handle: string) => string | undefined {
  return (handle) =>
    (typeof pattern === 'function' ? pattern() : pattern).test(handle) ? handle.toLowerCase() : undefined;
}

/**
 * `make()`, called once on first use and then remembered. For patterns built with `new RegExp` from pieces:
 * V8 parses a pattern when it is constructed (a `\p{…}` class or a long host rule costs start-up time), and
 * most runs of `pledge` never use most of them.
 */
export function onFirstUse<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
