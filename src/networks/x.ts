// X, counted by src/core/count.ts (X's rules today: twitter-text config v3 with today's TLDs and emoji).
import { countTweet, describeCharacters, MAX_WEIGHTED_LENGTH, type TweetCount } from '../core/count.js';
import { intentUrl } from '../core/intent.js';
import { postCount, type Network, type PostCount } from './types.js';

/**
 * X's count of `text` as a {@link PostCount}: `length` is countTweet's weightedLength (X's count, the
 * larger reading where a link's top-level domain is uncertain), `valid` its verdict, `problems` the
 * characters X refuses.
 */
export function postOfTweet(text: string, c: TweetCount): PostCount {
  const problems = c.invalid.length ? [`it contains ${describeCharacters(c.invalid)}`] : [];
  const post = postCount(c.weightedLength, MAX_WEIGHTED_LENGTH, 'weighted characters', problems, text.trim() === '');
  return post.valid === c.valid ? post : { ...post, valid: c.valid };
}

/** X handles: 1–15 of A–Z a–z 0–9 _ (stricter than twitter-text's isValidUsername, which allows 20). */
const X_HANDLE = /^[A-Za-z0-9_]{1,15}$/;

/** X: 280 weighted characters (GUIDE.md §3); `length` is X's count (countTweet's weightedLength). */
export const x: Network = {
  id: 'x',
  name: 'X',
  limit: MAX_WEIGHTED_LENGTH,
  count: (text) => postOfTweet(text, countTweet(text)),
  intentUrl: (text) => intentUrl(text),
  handlePattern: X_HANDLE,
  normalizeHandle: (handle) => (X_HANDLE.test(handle) ? handle : undefined),
  mention: (handle) => `@${handle}`,
  handleRule: 'an X handle is 1-15 letters, digits or "_", without the "@"',
};
