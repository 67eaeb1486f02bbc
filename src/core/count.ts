import configs from 'twitter-text/dist/esm/configs';
import parseTweet from 'twitter-text/dist/esm/parseTweet';
import extractUrlsWithIndices, { MAY_CONTAIN_URL } from './url-guard.js';

/** X's limit in weighted characters (twitter-text config v3). */
export const MAX_WEIGHTED_LENGTH: number = configs.defaults.maxWeightedTweetLength;
/** What every link counts, whatever its length. */
export const URL_WEIGHT: number = configs.defaults.transformedURLLength;

/** How X counts a tweet, plus what we add to stay on the safe side. */
export interface TweetCount {
  /** twitter-text's `parseTweet(text).weightedLength`, config v3: exactly what X's clients show. */
  weightedLength: number;
  /** twitter-text's own verdict: non-empty, no invalid characters, within 280. */
  valid: boolean;
  /**
   * `weightedLength` with every domain-like word that twitter-text does not know as a link counted as one (23).
   * twitter-text 3.1.0 predates many top-level domains (`foo.music`), so it under-counts them; X doesn't.
   */
  safeLength: number;
  /** Domain-like words twitter-text did not count as links: X may. */
  possibleLinks: string[];
  /** Valid per twitter-text and still within the limit when counted the safe way. */
  fits: boolean;
}

/** twitter-text's parse with the v3 defaults merged in (parseTweet does not merge options itself). */
export function parse(text: string): { weightedLength: number; valid: boolean } {
  return parseTweet(text, { ...configs.defaults });
}

// A word with a dot between letters, ending in a label of 2+ letters: what X may take for a link.
const DOMAIN_LIKE = /(?<![\p{L}\p{N}_@#$.\-/])(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,63}(?![\p{L}\p{N}_-])/gu;

/** Counts a tweet the way X does, flagging what X may count as a link although twitter-text 3.1.0 doesn't. */
export function countTweet(text: string): TweetCount {
  const { weightedLength, valid } = parse(text);
  const possibleLinks: string[] = [];
  let safeLength = weightedLength;
  const domainLike = MAY_CONTAIN_URL.test(text) ? [...text.matchAll(DOMAIN_LIKE)] : [];
  if (domainLike.length) {
    const known = extractUrlsWithIndices(text).map((u) => u.indices);
    for (const m of domainLike) {
      const start = m.index;
      const end = start + m[0].length;
      if (known.some(([s, e]) => start < e && s < end)) continue;
      possibleLinks.push(m[0]);
      safeLength += Math.max(0, URL_WEIGHT - parse(m[0]).weightedLength);
    }
  }
  return { weightedLength, valid, safeLength, possibleLinks, fits: valid && safeLength <= MAX_WEIGHTED_LENGTH };
}

// Characters that twitter-text weighs 1 each, that are never emoji or invalid, and that NFC leaves alone:
// printable ASCII, newline, Latin-1 (but © ®), Latin Extended-A/B, and the dashes and quotes U+2010–201F.
const WEIGHT_ONE = /^[\n\x20-\x7e\u00a0-\u00a8\u00aa-\u00ad\u00af-\u024f\u2010-\u201f]*$/;

/**
 * The exact weighted length of a text, when it can be known without twitter-text: every character weighs 1
 * and there can be no link (no dot between two non-space characters) or emoji, so the weighted length is the
 * number of characters. Undefined when twitter-text has to count. (A property test holds this to parseTweet.)
 */
export function quickLength(text: string): number | undefined {
  if (!WEIGHT_ONE.test(text) || MAY_CONTAIN_URL.test(text)) return undefined;
  return text.length;
}
