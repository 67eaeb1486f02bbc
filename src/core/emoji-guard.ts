// twemoji-parser's regex is one of the largest in twitter-text, and parseTweet runs it on every count;
// compiling it alone costs milliseconds of start-up. Every emoji it matches contains a character at or
// above U+00A9 (©; keycaps need U+20E3), so a text with none has no emoji and the answer is known. The
// build (and the test config) route parseTweet's import of twemoji-parser through this guard.
import { parse as twemojiParse } from 'twemoji-parser';

/** A text that does not match this cannot contain an emoji, as twemoji-parser defines one. */
export const MAY_CONTAIN_EMOJI = /[^\u0000-\u00a8]/;

type Entity = ReturnType<typeof twemojiParse>[number];

/** twemoji-parser's parse, skipped when the text cannot contain an emoji. */
export function parse(text: string, options?: Parameters<typeof twemojiParse>[1]): Entity[] {
  return MAY_CONTAIN_EMOJI.test(text) ? twemojiParse(text, options) : [];
}
