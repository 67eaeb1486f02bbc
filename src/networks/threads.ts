// Threads. Meta does not publish its composer's code; what is documented (Threads API, "Posts",
// developers.facebook.com/documentation/threads/posts): text posts are limited to 500 characters, and
// "emojis are counted as the number of UTF-8 bytes"; since 22 December 2025 a post with more than 5 links
// fails (same documentation, "Text attachments": all unique URLs in the text count). What a "character"
// is otherwise, and whether links are shortened, is not documented, so pledge counts on the safe side:
// - every grapheme containing an emoji counts its UTF-8 bytes (👍 4, 👨‍👩‍👧 18, 🇫🇷 8);
// - every other grapheme counts its UTF-16 code units (so é 1, 𠀀 2, e + combining accent 2);
// - links count in full, as typed.
// Usernames follow Instagram's rules (Threads accounts are Instagram accounts): letters, digits, "." and
// "_", 30 at most, not starting or ending with "." and without "..".
import { intentUrl } from '../core/intent.js';
import { graphemes, utf8Length } from './text.js';
import { caseless, characterProblems, postCount, type Network, type PostCount } from './types.js';

/** Threads' limit in characters. */
const THREADS_MAX_LENGTH = 500;
/** The most links a Threads post may carry. */
const THREADS_MAX_LINKS = 5;
/** Threads' compose intent. */
const THREADS_INTENT_URL = 'https://www.threads.com/intent/post';

// Built on first use: a \p{…} pattern costs start-up to parse, and only non-ASCII text needs it.
let emoji: RegExp | undefined;
// A link as most clients find one: a scheme, or www., or a domain-like word with a path.
const LINK = /\b(?:https?:\/\/|www\.)[^\s]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/[^\s]*/gi;

/** The conservative Threads length of a text (see the module comment). Unit: characters. */
function threadsLength(text: string): number {
  if (/^[\x20-\x7e\n]*$/.test(text)) return text.length;
  let n = 0;
  for (const g of graphemes(text))
    n += (emoji ??= /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3|\ufe0f/u).test(g)
      ? utf8Length(g)
      : g.length;
  return n;
}

/** The distinct links in a text (as typed, trailing punctuation dropped), for the 5-link rule. */
function threadsLinks(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(LINK), (m) => m[0].replace(/[.,;:!?)]+$/, '')))];
}

/** Counts a Threads post against 500 (see the module comment for what is certain and what is not). */
export function countThreads(text: string): PostCount {
  const links = threadsLinks(text).length;
  const problems = characterProblems(text);
  if (links > THREADS_MAX_LINKS) problems.push(`${links} links (Threads allows ${THREADS_MAX_LINKS})`);
  return postCount(threadsLength(text), THREADS_MAX_LENGTH, 'characters', problems, text.trim() === '');
}

/** A Threads username, written without "@": Instagram's rules (see the module comment). */
const THREADS_HANDLE = /^(?!\.)(?!.*\.\.)[A-Za-z0-9._]{1,30}(?<!\.)$/;

/** Threads: 500 characters, counted on the safe side; usernames as on Instagram. */
export const threads: Network = {
  id: 'threads',
  name: 'Threads',
  limit: THREADS_MAX_LENGTH,
  count: (text) => countThreads(text),
  intentUrl: (text) => intentUrl(text, THREADS_INTENT_URL),
  handlePattern: THREADS_HANDLE,
  normalizeHandle: caseless(THREADS_HANDLE),
  mention: (handle) => `@${handle}`,
  handleRule:
    'a Threads username is up to 30 letters, digits, "." or "_", without the "@" (no "." first, last or twice in a row)',
};
