// The short form of a talking point: a part of the long one that stands alone. Its first sentences, a
// clause that is a sentence in itself (ended with a full stop), or another of its sentences that does not
// lean on the one before ("It …", "But …"). Never cut inside a quotation or a bracket, never a fragment
// ended with "…": when no such part fits, the short form is the text itself (points.json requires one).
import { countTweet } from '../core/count.js';

/** Weighted length (X's count) a short form aims to stay within: it must fit beside a template and a handle. */
export const SHORT_MAX = 110;

/** Opening quotation marks and brackets, and the mark that closes each. */
const CLOSING: Record<string, string> = {
  '“': '”',
  '"': '"',
  '«': '»',
  '„': '“',
  '‘': '’',
  '‹': '›',
  '「': '」',
  '(': ')',
  '[': ']',
};

const weighted = (s: string) => countTweet(s).weightedLength;

/**
 * For each offset of `text` (0..length), how many quotations or brackets are open just before it. A "„"
 * closed by "”" counts as closed; an apostrophe (’ with no ‘ open) is not a quotation mark.
 */
function depths(text: string): number[] {
  const open: string[] = [];
  const out = [0];
  for (const ch of text) {
    if (open.length && (ch === CLOSING[open.at(-1)!] || (open.at(-1) === '„' && ch === '”'))) open.pop();
    else if (ch in CLOSING && !(ch === '"' && open.at(-1) === '"')) open.push(ch);
    for (let i = 0; i < ch.length; i++) out.push(open.length);
  }
  return out;
}

/** Offsets just after each sentence of `text` (Intl.Segmenter's sentence boundaries). */
export function sentenceEnds(text: string, locale = 'en'): number[] {
  const seg = new Intl.Segmenter(locale, { granularity: 'sentence' });
  return [...seg.segment(text)].map((s) => s.index + s.segment.trimEnd().length);
}

/**
 * How a short form was made: `whole` (the text is short), `sentence`, `clause`, or `none` (nothing shorter stands
 * alone: the text itself).
 */
export type CutKind = 'whole' | 'sentence' | 'clause' | 'none';

/** Words a sentence leans on the one before with ("It …", "But …", "Therefore …"): not a short form alone. */
const LEANS =
  /^(?:it|its|they|their|them|this|that|these|those|he|she|his|her|we|our|but|and|or|so|yet|also|then|thus|however|therefore|moreover|instead|such|here|there|es|sie|er|dies|diese|dieser|aber|und|auch|deshalb|daher|ils|elles|il|elle|ce|cela|mais|et|donc|ainsi|ella|ellos|ellas|esto|esta|este|pero|y|también|por eso|ele|ela|eles|elas|isto|isso|mas|e|também|por isso)(?![\p{L}\p{N}])/iu;
/** A comma and a word that joins two clauses ("…, and …"), or a semicolon: where a clause may end. */
const CLAUSE_END =
  /;\s+|,\s+(?=(?:and|but|yet|so|while|whereas|und|aber|doch|sondern|y|pero|mientras|e|mas|enquanto|et|mais|tandis)\s)/giu;

/** A candidate that is long enough to say something (four words, 25 characters). */
const substantial = (s: string) => s.length >= 25 && s.split(/\s+/).length >= 4;

/**
 * The short form of `text`: the text itself when it is at most `max` weighted characters; else, within
 * `max`, its longest run of leading sentences, else its first sentence's leading clause (up to a ";" or a
 * comma before "and", "but"… and ended with "."), else its first other sentence that stands alone; never
 * inside a quotation or brackets. When none fits: the text itself, `cut: 'none'` (drafting then uses the
 * long form or another point: see src/core/wordings.ts, which tries the long form first, then the short).
 */
export function shortForm(text: string, locale = 'en', max = SHORT_MAX): { short: string; cut: CutKind } {
  const t = text.trim();
  if (weighted(t) <= max) return { short: t, cut: 'whole' };
  const depth = depths(t);
  const ends = sentenceEnds(t, locale).filter((e) => e < t.length && depth[e] === 0);
  const lead = ends.map((e) => t.slice(0, e).trim()).filter((s) => substantial(s) && weighted(s) <= max).at(-1);
  if (lead) return { short: lead, cut: 'sentence' };
  const first = ends[0] ?? t.length;
  let clause: string | undefined;
  for (const m of t.slice(0, first).matchAll(CLAUSE_END)) {
    if (depth[m.index] !== 0) continue;
    const s = `${t.slice(0, m.index).replace(/[\s,;:–—-]+$/u, '')}.`;
    if (weighted(s) > max) break;
    if (substantial(s)) clause = s;
  }
  if (clause) return { short: clause, cut: 'clause' };
  let start = 0;
  for (const end of [...ends, t.length]) {
    const s = t.slice(start, end).trim();
    if (start > 0 && depth[start] === 0 && substantial(s) && !LEANS.test(s) && /[.!?]$/u.test(s) && weighted(s) <= max)
      return { short: s, cut: 'sentence' };
    start = end;
  }
  return { short: t, cut: 'none' };
}
