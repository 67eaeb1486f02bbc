// A small, slow counter written from X's documented rules ("Counting characters", twitter-text config v3),
// for tests only. It shares no code with src/core/count.ts: its own URL pattern, Node's own emoji data
// (`\p{RGI_Emoji}` over grapheme clusters), and today's TLD list (the `tlds` package) alone.
//   - NFC first;
//   - a URL counts 23: `http(s)://` + domain, or a domain alone of letters, digits, `-` and Latin accented
//     letters; the last label a TLD on today's list; not glued to a letter, digit, `@`, `#`, `$` before it
//     (a domain alone not to `-`, `_`, `.`, `/` either), nor followed by an ASCII letter or digit; an optional port
//     and an optional path of letters, digits and `-_/`;
//   - a grapheme cluster that is an RGI emoji counts 2;
//   - any other code point 1 in U+0000-10FF, U+2000-200D, U+2010-201F, U+2032-2037, else 2;
//   - valid: 1..280, and none of U+0000, U+FEFF, U+FFFE, U+FFFF.
import { domainToASCII } from 'node:url';
import tlds from 'tlds';

const TODAY = tlds.map((t) => t.toLowerCase());
const TLD = [...TODAY, ...TODAY.filter((t) => /[^a-z0-9-]/.test(t)).map((t) => domainToASCII(t))]
  .sort((a, b) => b.length - a.length)
  .join('|');
const LATIN = 'a-z0-9\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u1e00-\\u1eff';
// After a scheme, a domain label may hold any character but ASCII punctuation, spaces and invisible marks.
const ANY = '[^\\s!-/:-@\\[-`{-~\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff\\ufffe\\uffff]';
const URL = new RegExp(
  `(?<![a-z0-9@#$＠＃])(?:https?://(?:${ANY}(?:(?:${ANY}|-)*${ANY})?\\.)+|(?<![-_./])(?:[${LATIN}](?:[${LATIN}-]*[${LATIN}])?\\.)+)(?:${TLD})(?![a-z0-9@+-])(?::[0-9]+)?(?:/[a-z0-9_/-]*)?`,
  'giu',
);
const EMOJI = new RegExp('^\\p{RGI_Emoji}$', 'v');
const REFUSED = new Set([0x0000, 0xfeff, 0xfffe, 0xffff]);

function weight(cp: number): number {
  return cp <= 0x10ff ||
    (cp >= 0x2000 && cp <= 0x200d) ||
    (cp >= 0x2010 && cp <= 0x201f) ||
    (cp >= 0x2032 && cp <= 0x2037)
    ? 1
    : 2;
}

/** X's count of a text by its documented rules, and whether X would take it. */
export function referenceCount(input: string): { weightedLength: number; valid: boolean; links: string[] } {
  const text = input.normalize('NFC');
  const links: [number, number][] = [];
  for (const m of text.matchAll(URL)) links.push([m.index, m.index + m[0].length]);
  let total = 0;
  const refused = [...text].some((ch) => REFUSED.has(ch.codePointAt(0)!));
  const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
  let next = 0;
  for (const { segment, index } of segmenter.segment(text)) {
    if (index < next) continue;
    const link = links.find(([s]) => s === index);
    if (link) {
      total += 23;
      next = link[1];
      continue;
    }
    if (EMOJI.test(segment)) total += 2;
    else for (const ch of segment) total += weight(ch.codePointAt(0)!);
  }
  return {
    weightedLength: total,
    valid: !refused && total > 0 && total <= 280,
    links: links.map(([s, e]) => text.slice(s, e)),
  };
}
