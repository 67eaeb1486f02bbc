// The one counter for X, used by drafting, `check`, `points`, `-i`, `count` and the action page's script.
// X's rules (developer docs, "Counting characters"; twitter-text config v3), with today's data:
//   - the text is NFC-normalised first;
//   - every link counts 23, whatever its length: twitter-text's URL grammar, over the union of twitter-text's
//     2020 TLD list and today's IANA list (src/core/url-guard.ts); an uncertain link (a TLD only one list has,
//     a link twitter-text drops, a ` or " in its host) counts the larger of its readings, so an error can only
//     be a refusal;
//   - every emoji counts 2, whatever its code points (src/core/emoji-guard.ts: today's Unicode emoji data,
//     fully-qualified; `©` or `🏳‍🌈` without U+FE0F count by their code points, as twitter-text counts them);
//   - every other code point weighs 1 in U+0000-10FF, U+2000-200D, U+2010-201F, U+2032-2037, else 2;
//   - 280 at most; U+0000, U+FEFF, U+FFFE, U+FFFF (and lone surrogates) make a text invalid, and so, for
//     pledge, do invisible controls (src/core/unsafe-chars.ts).
import { countedEmojiRanges, emojiRanges } from './emoji-guard.js';
import { findUnsafeCharacters, MAY_BE_UNSAFE, type UnsafeCharacter } from './unsafe-chars.js';
import { extractLinks, MAY_CONTAIN_URL, type FoundLink, type UncertainWhy } from './url-guard.js';

export { uncertainReasons } from './url-guard.js';

/** X's limit, in weighted characters. */
export const MAX_WEIGHTED_LENGTH = 280;
/** What every link counts, in weighted characters, whatever its length. */
export const URL_WEIGHT = 23;
/** What every emoji counts, in weighted characters, whatever its number of code points. */
export const EMOJI_WEIGHT = 2;

/** A link as counted. Offsets are code points of the NFC-normalised text, `[start, end)`. */
export interface CountedLink {
  text: string;
  start: number;
  end: number;
  /**
   * 23; or, where X's linking is uncertain, 23 plus what the larger other reading adds: its text (and the rest of
   * its word) read with the link broken, or as plain text.
   */
  weight: number;
  /** X may or may not link it (see `why`): counted the larger reading. */
  uncertain: boolean;
  /**
   * Why it is uncertain: `tld`, its top-level domain was added or retired since twitter-text's 2020 list;
   * `dropped`, twitter-text drops it though X's documented rules link it; `host-character`, its host has a
   * `` ` `` or `"`, which only twitter-text takes in a host. Empty when certain.
   */
  why: UncertainWhy[];
}

/** A character that must not reach a post unseen; `index` in code points of the NFC-normalised text. */
export type CountedCharacter = UnsafeCharacter;

/** How X counts a post (see the rules at the top of this file). */
export interface TweetCount {
  /** X's count in weighted characters: what its composer shows, or the larger reading where uncertain. */
  weightedLength: number;
  /** Not empty, within {@link MAX_WEIGHTED_LENGTH}, and no character in `invalid`. */
  valid: boolean;
  links: CountedLink[];
  /** How many emoji were counted (2 each). */
  emoji: number;
  /** Characters X refuses and invisible controls (errors): a text with any is not valid. */
  invalid: CountedCharacter[];
  /** Zero-width joiners, non-joiners and bidi marks outside emoji (warnings): the text stays valid. */
  notices: CountedCharacter[];
}

/** The weight of one code point outside links and emoji: 1 in X's light ranges, else 2. */
function weightOf(cp: number): 1 | 2 {
  return cp <= 0x10ff ||
    (cp >= 0x2000 && cp <= 0x200d) ||
    (cp >= 0x2010 && cp <= 0x201f) ||
    (cp >= 0x2032 && cp <= 0x2037)
    ? 1
    : 2;
}

/**
 * The weight of `text[from, to)` read as plain text: emoji (flat ranges, see emojiRanges) 2, others by {@link
 * weightOf}.
 */
function plainWeight(text: string, from: number, to: number, emoji: readonly number[]): number {
  let weight = 0;
  let e = 0;
  for (let i = from; i < to; ) {
    while (e < emoji.length && emoji[e + 1]! <= i) e += 2;
    if (emoji[e] === i && emoji[e + 1]! <= to) {
      weight += EMOJI_WEIGHT;
      i = emoji[e + 1]!;
      continue;
    }
    const cp = text.codePointAt(i)!;
    weight += weightOf(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return weight;
}

/**
 * What an uncertain link adds beyond 23 in its larger other reading (0 when 23 is the larger). Each reading is of
 * the link and the rest of its word (up to the next blank: breaking a link may join its tail to what follows, as
 * `https://shop.music:443.co` without `.music` links `443.co`), against `rest`, the weight the main reading gives
 * that rest: broken at each of `link.breaks` (that character read as a space, of the same weight 1; what is left
 * is counted the same way in turn, so a reading with two reasons is counted with both), and, for a link
 * twitter-text drops, as plain text.
 */
function extraWeight(text: string, link: FoundLink, runEnd: number, rest: number, emoji: readonly number[]): number {
  const [start, end] = link.indices;
  let other = link.dropped ? plainWeight(text, start, end, emoji) + rest : 0;
  for (const b of link.breaks) {
    other = Math.max(other, countTweet(`${text.slice(start, b)} ${text.slice(b + 1, runEnd)}`).weightedLength);
  }
  return Math.max(0, other - (URL_WEIGHT + rest));
}

/** Code points in `text[0, offset)`. */
function codePointsBefore(text: string, offset: number): number {
  let n = offset;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < offset) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

const result = (
  weightedLength: number,
  links: CountedLink[] = [],
  emoji = 0,
  invalid: CountedCharacter[] = [],
  notices: CountedCharacter[] = [],
): TweetCount => ({
  weightedLength,
  valid: invalid.length === 0 && weightedLength > 0 && weightedLength <= MAX_WEIGHTED_LENGTH,
  links,
  emoji,
  invalid,
  notices,
});

/** Counts a post as X does today (see the rules at the top of this file). Never throws. */
export function countTweet(input: string): TweetCount {
  const quick = quickLength(input);
  if (quick !== undefined) return result(quick);
  const text = input.normalize('NFC');
  const found = extractLinks(text);
  const sequences = emojiRanges(text);
  const emoji = countedEmojiRanges(text, sequences);
  const astral = /[\ud800-\udfff]/.test(text);
  const cpIndex = astral ? (i: number) => codePointsBefore(text, i) : (i: number) => i;
  const links: CountedLink[] = [];
  let weight = 0;
  let emojiCount = 0;
  let l = 0;
  let e = 0;
  // The main reading's weight before each position an item starts at, where an uncertain link needs it.
  const uncertain: { link: FoundLink; at: number; runEnd: number }[] = [];
  const weightAt = new Map<number, number>();
  for (let i = 0; i < text.length; ) {
    if (uncertain.length) weightAt.set(i, weight);
    while (l < found.length && found[l]!.indices[0] < i) l++;
    const link = found[l];
    if (link?.indices[0] === i) {
      const [start, end] = link.indices;
      if (link.uncertain) {
        const blank = text.slice(end).search(/\s/);
        uncertain.push({ link, at: links.length, runEnd: blank < 0 ? text.length : end + blank });
        weightAt.set(i, weight);
      }
      const { url, uncertain: unsure, why } = link;
      links.push({ text: url, start: cpIndex(start), end: cpIndex(end), weight: URL_WEIGHT, uncertain: unsure, why });
      weight += URL_WEIGHT;
      i = end;
      continue;
    }
    while (e < emoji.length && emoji[e + 1]! <= i) e += 2;
    if (emoji[e] === i) {
      weight += EMOJI_WEIGHT;
      emojiCount++;
      i = emoji[e + 1]!;
      continue;
    }
    const cp = text.codePointAt(i)!;
    weight += weightOf(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  weightAt.set(text.length, weight);
  let extra = 0;
  for (const { link, at, runEnd } of uncertain) {
    const rest = weightAt.get(runEnd)! - weightAt.get(link.indices[1])!;
    const more = extraWeight(text, link, runEnd, rest, emoji);
    links[at]!.weight += more;
    extra += more;
  }
  weight += extra;
  const invalid: CountedCharacter[] = [];
  const notices: CountedCharacter[] = [];
  for (const c of findUnsafeCharacters(text, sequences))
    (c.severity === 'error' ? invalid : notices).push({ ...c, index: cpIndex(c.index) });
  return result(weight, links, emojiCount, invalid, notices);
}

// Characters that weigh 1 each, that are never emoji, links or unsafe, and that NFC leaves alone: printable
// ASCII, newline, Latin-1 (but © ® and the soft hyphen), Latin Extended-A/B, and the dashes and quotes
// U+2010–201F.
const WEIGHT_ONE = /^[\n\x20-\x7e\u00a0-\u00a8\u00aa-\u00ac\u00af-\u024f\u2010-\u201f]*$/;

/**
 * The exact weighted length of a text, when it can be known cheaply: every character weighs 1 and there can
 * be no link (no dot between two non-space characters), emoji or unsafe character, so the weighted length is
 * the number of characters. Undefined when the full count is needed. (A property test holds this to
 * {@link countTweet}.)
 */
export function quickLength(text: string): number | undefined {
  if (!WEIGHT_ONE.test(text) || MAY_CONTAIN_URL.test(text)) return undefined;
  return text.length;
}

/**
 * The characters of `text` that must not reach a post unseen (src/core/unsafe-chars.ts), emoji sequences
 * aside, with `index` in UTF-16 code units of `text` as given (not normalised): for locating them in a file.
 */
export function unsafeCharacters(text: string): CountedCharacter[] {
  if (!MAY_BE_UNSAFE.test(text) && text.isWellFormed()) return [];
  return findUnsafeCharacters(text, emojiRanges(text));
}

/** `U+200B (zero width space) at character 12`: characters of a count, the first three, for messages. */
export function describeCharacters(chars: readonly CountedCharacter[]): string {
  const shown = chars.slice(0, 3).map((c) => `${c.codePoint} (${c.name}) at character ${c.index + 1}`);
  return shown.join(', ') + (chars.length > 3 ? ` and ${chars.length - 3} more` : '');
}

/** `U+FEFF (zero width no-break space (byte-order mark)), U+202E (right-to-left override)`: each code point once. */
export function describeCodePoints(chars: readonly CountedCharacter[]): string {
  return [...new Set(chars.map((c) => `${c.codePoint} (${c.name})`))].join(', ');
}

/**
 * Why a count is not valid, in words (`it contains U+FEFF (…) at character 3`, `291/280: 11 over the limit`,
 * `it is empty`); undefined when it is valid. Characters come first: no length can make such a text fit.
 */
export function whyInvalid(count: TweetCount): string | undefined {
  if (count.valid) return undefined;
  if (count.invalid.length) return `it contains ${describeCharacters(count.invalid)}`;
  if (count.weightedLength <= 0) return 'it is empty';
  return `${count.weightedLength}/${MAX_WEIGHTED_LENGTH}: ${count.weightedLength - MAX_WEIGHTED_LENGTH} over the limit`;
}
