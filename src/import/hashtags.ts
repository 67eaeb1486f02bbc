// Hashtags in an alert, by X's rules (twitter-text's extractor: not "#1", no trailing punctuation, not inside
// a URL), also when glued to the word before ("support#pledgedecrim", "#a#b"), which X would not link.
import extractHashtagsWithIndices from 'twitter-text/dist/esm/extractHashtagsWithIndices';
import { isValidHashtag } from '../core/hashtag.js';
import { URL_IN_TEXT } from './handles.js';

/** A hashtag on a line: without "#", as written, and where. */
export interface HashtagHit {
  tag: string;
  /** Offset of the "#" in the line's text. */
  index: number;
  end: number;
}

/**
 * The hashtags X would link in `text`, plus those glued to a preceding word or hashtag (a space is put before
 * a glued "#" outside URLs before X's rules are applied; offsets are those of the original text).
 */
export function findHashtags(text: string): HashtagHit[] {
  const urls = [...text.matchAll(URL_IN_TEXT)].map((m) => [m.index, m.index + m[0].length] as const);
  const shifts: number[] = []; // original offsets before which a space was inserted
  const unglued = text.replace(/(?<=[\p{L}\p{N}_])[#＃](?=[\p{L}\p{N}_])/gu, (hash, at: number) => {
    if (urls.some(([a, b]) => at >= a && at < b)) return hash;
    shifts.push(at);
    return ` ${hash}`;
  });
  const original = (i: number) => i - shifts.filter((s) => s + shifts.indexOf(s) < i).length;
  return extractHashtagsWithIndices(unglued, { checkUrlOverlap: true })
    .filter((h) => isValidHashtag(h.hashtag))
    .map((h) => ({ tag: h.hashtag, index: original(h.indices[0]), end: original(h.indices[1]) }));
}
