// twitter-text's URL regex (an alternation of ~1,500 top-level domains) costs ~10 ms a call until V8
// tiers it up, and parseTweet runs it on every count. A link always has a dot between two non-space
// characters (`domain.tld`), so where there is none, the answer is known: no links. The build (and the
// test config) route parseTweet's import of extractUrlsWithIndices through this guard.
import extractUrlsWithIndices from 'twitter-text/dist/esm/extractUrlsWithIndices';

/** A text that does not match this cannot contain a link, as twitter-text defines one. */
export const MAY_CONTAIN_URL = /[^ \t\n\r.]\.[^ \t\n\r.]/;

/** twitter-text's extractUrlsWithIndices, skipped when the text cannot contain a link. */
export default function guardedExtractUrlsWithIndices(text: string, options?: object): { url: string; indices: [number, number] }[] {
  if (!text || !MAY_CONTAIN_URL.test(text)) return [];
  return (extractUrlsWithIndices as (t: string, o?: object) => ReturnType<typeof extractUrlsWithIndices>)(text, options);
}
