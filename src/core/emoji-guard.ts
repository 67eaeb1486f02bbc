// Emoji as X counts them today: every fully-qualified emoji of the Unicode emoji data (RGI sequences with ZWJ,
// skin tones, flags, keycaps and tag sequences) counts 2. emoji-regex also matches their text-style and
// partly-qualified forms (`©`, `🏳‍🌈` without U+FE0F): those are not RGI emoji, and twitter-text and X's
// documented rules count them by their code points (`©` 1, `🏳‍🌈` 5), which is never less than 2 for a
// sequence; they are told apart by fullyQualified below. The regex is
// one of the largest we have (~14 KB) and compiling it costs start-up; every emoji contains a character at or
// above U+00A9 (©; keycaps need U+20E3), so a text with none is answered without it. The build loads the
// module only on first use. emoji-regex is data of one Unicode version, the same in Node and in browsers
// (the action page), unlike `\p{RGI_Emoji}`, which follows each engine's own Unicode data.
import emojiRegex from 'emoji-regex';

/** A text that does not match this cannot contain an emoji. */
export const MAY_CONTAIN_EMOJI = /[^\u0000-\u00a8]/;

let regex: RegExp | undefined;

/**
 * `[start, end)` UTF-16 offsets of every emoji sequence of `text` emoji-regex matches (text-style and
 * partly-qualified forms too: see countedEmojiRanges), in order, as a flat list `[s0, e0, s1, e1, …]`.
 */
export function emojiRanges(text: string): number[] {
  if (!MAY_CONTAIN_EMOJI.test(text)) return [];
  regex ??= emojiRegex();
  const out: number[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) out.push(m.index, m.index + m[0].length);
  return out;
}

// Unicode's emoji properties of the code points that need U+FE0F to be emoji (Emoji_Presentation=No): all of
// them date from before 2016, so every engine's Unicode data has them. A code point newer than the engine's data
// matches none of these and counts as an emoji (new emoji are emoji-presentation by default).
const IS_EMOJI = /^\p{Emoji}$/u;
const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}$/u;
const MODIFIER_BASE = /^\p{Emoji_Modifier_Base}$/u;
const SKIN_TONE = /^[\u{1F3FB}-\u{1F3FF}]$/u;

/**
 * Whether an emoji sequence (one emoji-regex match) is fully qualified (an RGI emoji, Unicode's emoji-test.txt):
 * every code point with text presentation by default is followed by U+FE0F, or, for a modifier base, by a skin
 * tone. (A test holds this to `\p{RGI_Emoji}` on every form emoji-regex matches, with U+FE0F left out anywhere.)
 */
function fullyQualified(sequence: string): boolean {
  const cps = [...sequence];
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    if (!IS_EMOJI.test(c) || EMOJI_PRESENTATION.test(c)) continue;
    const next = cps[i + 1];
    if (next === '\ufe0f' || (next !== undefined && SKIN_TONE.test(next) && MODIFIER_BASE.test(c))) continue;
    return false;
  }
  return true;
}

/**
 * The emoji X counts 2 among `ranges` (from {@link emojiRanges} of `text`): the fully-qualified ones, same flat
 * `[s0, e0, …]` shape. The others are counted by their code points.
 */
export function countedEmojiRanges(text: string, ranges: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < ranges.length; i += 2) {
    const [s, e] = [ranges[i]!, ranges[i + 1]!];
    if (fullyQualified(text.slice(s, e))) out.push(s, e);
  }
  return out;
}
