// The short form of a talking point: the long one cut at a sentence or clause boundary, never inside a word,
// with a quotation that the cut leaves open closed again.
import { countTweet } from '../core/count.js';

/** Weighted length (X's count) a short form aims to stay within: it must fit beside a template and a handle. */
export const SHORT_MAX = 110;

/** Opening quotation marks and the mark that closes each. */
const CLOSING: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“', '‘': '’', '‹': '›', '「': '」' };

const weighted = (s: string) => countTweet(s).weightedLength;

/** Closes the quotation marks `text` leaves open (innermost first). */
function closeQuotes(text: string): string {
  const open: string[] = [];
  for (const ch of text) {
    if (open.length && ch === CLOSING[open.at(-1)!]) open.pop();
    else if (ch in CLOSING && !(ch === '"' && open.at(-1) === '"')) open.push(ch);
  }
  return text + open.reverse().map((o) => CLOSING[o]).join('');
}

/** Offsets just after each sentence of `text` (Intl.Segmenter's sentence boundaries). */
export function sentenceEnds(text: string, locale = 'en'): number[] {
  const seg = new Intl.Segmenter(locale, { granularity: 'sentence' });
  return [...seg.segment(text)].map((s) => s.index + s.segment.trimEnd().length);
}

/** How a short form was made: `whole` (the text itself), at a `sentence` or `clause` boundary, or at a `word`. */
export type CutKind = 'whole' | 'sentence' | 'clause' | 'word';

/**
 * The short form of `text`, at most `max` weighted characters when any boundary allows: whole sentences
 * first, then a clause (ending at , ; : – — or a closing bracket) with "…", then, flagged `word`, the last
 * whole word with "…". Never cuts inside a word; quotation marks left open are closed.
 */
export function shortForm(text: string, locale = 'en', max = SHORT_MAX): { short: string; cut: CutKind } {
  const t = text.trim();
  if (weighted(t) <= max) return { short: t, cut: 'whole' };
  const sentences = sentenceEnds(t, locale).map((e) => closeQuotes(t.slice(0, e).trim()));
  const bySentence = sentences.filter((s) => s.length < t.length && weighted(s) <= max).at(-1);
  if (bySentence && bySentence.length >= 25) return { short: bySentence, cut: 'sentence' };
  const fits = (end: number) => {
    const s = closeQuotes(`${t.slice(0, end).replace(/[\s,;:–—-]+$/u, '')}…`);
    return weighted(s) <= max ? s : undefined;
  };
  let clause: string | undefined;
  for (const m of t.matchAll(/[,;:–—)](?=\s)|\s(?=[–—]\s)/gu)) {
    const s = fits(m.index + 1);
    if (s && s.length >= 25) clause = s;
    else if (!s) break;
  }
  if (clause) return { short: clause, cut: 'clause' };
  let word = '';
  for (const m of t.matchAll(/\s+/gu)) {
    const s = fits(m.index);
    if (!s) break;
    word = s;
  }
  return { short: word || t, cut: word ? 'word' : 'whole' };
}
