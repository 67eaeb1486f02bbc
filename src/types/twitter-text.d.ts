// Typings for the parts of twitter-text's ESM build we import directly (bundling only these keeps
// start-up fast; @types/twitter-text is wrong in places, see GUIDE.md).
declare module 'twitter-text/dist/esm/parseTweet' {
  export interface ParsedTweet {
    weightedLength: number;
    valid: boolean;
    permillage: number;
    validRangeStart: number;
    validRangeEnd: number;
    displayRangeStart: number;
    displayRangeEnd: number;
  }
  export default function parseTweet(text: string, options?: object): ParsedTweet;
}
declare module 'twitter-text/dist/esm/configs' {
  const configs: { defaults: { maxWeightedTweetLength: number; transformedURLLength: number } & object };
  export default configs;
}
declare module 'twitter-text/dist/esm/extractUrlsWithIndices' {
  export default function extractUrlsWithIndices(text: string): { url: string; indices: [number, number] }[];
}
declare module 'twitter-text/dist/esm/isValidHashtag' {
  export default function isValidHashtag(hashtag: string): boolean;
}
declare module 'twemoji-parser' {
  export interface EmojiEntity {
    type: string;
    text: string;
    url: string;
    indices: [number, number];
  }
  export function parse(text: string, options?: object): EmojiEntity[];
}
