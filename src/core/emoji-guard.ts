// Emoji as X counts them today: every emoji sequence of the Unicode emoji data (emoji-regex: RGI sequences
// with ZWJ, skin tones, flags, keycaps and tag sequences, plus their text-style forms) counts 2. The regex is
// one of the largest we have (~14 KB) and compiling it costs start-up; every emoji contains a character at or
// above U+00A9 (©; keycaps need U+20E3), so a text with none is answered without it. The build loads the
// module only on first use. emoji-regex is data of one Unicode version, the same in Node and in browsers
// (the action page), unlike `\p{RGI_Emoji}`, which follows each engine's own Unicode data.
import emojiRegex from 'emoji-regex';

/** A text that does not match this cannot contain an emoji. */
export const MAY_CONTAIN_EMOJI = /[^\u0000-\u00a8]/;

let regex: RegExp | undefined;

/** `[start, end)` UTF-16 offsets of every emoji of `text`, in order, as a flat list `[s0, e0, s1, e1, …]`. */
export function emojiRanges(text: string): number[] {
  if (!MAY_CONTAIN_EMOJI.test(text)) return [];
  regex ??= emojiRegex();
  const out: number[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) out.push(m.index, m.index + m[0].length);
  return out;
}
