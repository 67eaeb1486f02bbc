// Typings for the parts of twitter-text's ESM build we import directly (bundling only these keeps
// start-up fast; @types/twitter-text is wrong in places, see GUIDE.md).
declare module 'twitter-text/dist/esm/extractUrlsWithIndices' {
  export default function extractUrlsWithIndices(
    text: string,
    options?: { extractUrlsWithoutProtocol: boolean },
  ): { url: string; indices: [number, number] }[];
}
declare module 'twitter-text/dist/esm/isValidHashtag' {
  export default function isValidHashtag(hashtag: string): boolean;
}
declare module 'virtual:pledge-tlds' {
  /** Every TLD in twitter-text 3.1.0's list or today's IANA list, as a regex alternation, longest first. */
  export const TLDS: string;
  /** Lower-case TLDs in only one of the two lists (internationalised ones also in punycode). */
  export const UNCERTAIN: string[];
  /** Punycode forms of the internationalised TLDs in both lists. */
  export const IDN_PUNYCODE: string[];
  /** twitter-text 3.1.0's own TLDs alone (2020), as a regex alternation, longest first (Mastodon counts with it). */
  export const TWITTER_TEXT_TLDS: string;
}
declare module 'twitter-text/dist/esm/regexp/validAsciiDomain' {
  const validAsciiDomain: RegExp;
  export default validAsciiDomain;
}
declare module 'twitter-text/dist/esm/extractHashtagsWithIndices' {
  export default function extractHashtagsWithIndices(
    text: string,
    options?: { checkUrlOverlap?: boolean },
  ): { hashtag: string; indices: [number, number] }[];
}
declare module 'twitter-text/dist/esm/regexp/*' {
  const regexp: RegExp;
  export default regexp;
}
