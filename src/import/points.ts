// Talking points from an alert: its quotations ("…", “…”, «…», „…“) with who is quoted, and its short
// factual sentences; each with a short form (see short-form.ts) and the alert as source.
import type { Block } from './blocks.js';
import { lineAt } from './blocks.js';
import { nameBefore } from './accounts.js';
import { ANNOUNCES } from './lexicon.js';
import { isInstruction } from './samples.js';
import { hasTimeOfDay } from './time-spans.js';
import { sentenceEnds, shortForm, type CutKind } from './short-form.js';

/** A talking point as found. */
export interface FoundPoint {
  /** A quotation, a factual sentence, or `made` when the alert gives neither (see fallback-points.ts). */
  kind: 'quotation' | 'fact' | 'made';
  /** For `made` points: what it was made from, in words. */
  from?: string;
  text: string;
  short: string;
  cut: CutKind;
  /** Who is quoted (a guess from the words before the quotation), for quotations. */
  speaker?: string;
  /** 1-based lines of the alert the sentence spans. */
  line: number;
  endLine: number;
}

const QUOTE = /“([^“”]{12,}?)”|"([^"]{12,}?)"|«\s?([^«»]{12,}?)\s?»|„([^„“”]{12,}?)[“”]/gu;
const PRONOUN =
  /^(?:it|they|this|these|he|she|we|es|sie|er|dies|ils|elles|il|elle|ce|cela|ella|ellos|ellas|esto|ele|ela|eles|elas|isto|isso)\b/iu;
const PERSONAL =
  /(?<![\p{L}])(?:I|we|us|our|you|your|ich|wir|uns|unser|du|ihr|euch|nosotros|nuestra|nuestro|tú|vosotros|nós|nosso|nossa|você|vocês|nous|notre|vous|votre)(?![\p{L}])/u;
const MAX_POINTS = 12;

/** Sentences of a block with their offsets; a quotation of several sentences stays in one. */
function sentences(block: Block, locale: string): { text: string; start: number }[] {
  const quotes = [...block.text.matchAll(QUOTE)].map((m) => [m.index, m.index + m[0].length] as const);
  const ends = sentenceEnds(block.text, locale).filter((e) => !quotes.some(([a, b]) => e > a && e < b - 1));
  let start = 0;
  return ends.map((end) => {
    const raw = block.text.slice(start, end);
    const s = { text: raw.trim(), start: start + (raw.length - raw.trimStart().length) };
    start = end;
    return s;
  });
}

const NOT_SPEAKER = /^(?:The|In|A|An|On|At|But|And|So)$/u;

/**
 * The most likely speaker of a quotation: a name just before it in its sentence, else the first name in its
 * block; with the offset in the sentence where that name's phrase starts (-1 when found elsewhere).
 */
function speakerOf(block: Block, sentence: string, at: number): { name: string; from: number } | undefined {
  const before = sentence.slice(0, at);
  for (let end = before.length; end > 0; end = before.lastIndexOf(' ', end - 1)) {
    const n = nameBefore(before, end);
    if (n && !NOT_SPEAKER.test(n) && !PRONOUN.test(n))
      return { name: n.replace(/^(?:The|In)\s+/u, ''), from: before.lastIndexOf(n, end) };
  }
  for (let end = block.text.indexOf(' '); end > 0 && end < block.text.length; end = block.text.indexOf(' ', end + 1)) {
    const n = nameBefore(block.text, end);
    if (n && n.length > 1 && !NOT_SPEAKER.test(n) && !PRONOUN.test(n)) return { name: n, from: -1 };
  }
  return undefined;
}

/**
 * The point a quoting sentence makes: the sentence itself; with a leading pronoun replaced by the speaker
 * ("It made clear that “…”"); from the speaker's phrase on when the sentence is an instruction ("Please join
 * … in support of Amnesty International’s policy “…”"); or "Speaker: “…”".
 */
function quotationPoint(
  sentence: string,
  quotes: RegExpMatchArray[],
  speaker: { name: string; from: number } | undefined,
  alias: (n: string) => string,
): string {
  const pronoun = PRONOUN.exec(sentence);
  if (pronoun && speaker) return `${alias(speaker.name)}${sentence.slice(pronoun[0].length)}`;
  if (!pronoun && !isInstruction(sentence) && !/[@#＠＃]/u.test(sentence)) return sentence;
  const q = quotes.map((m) => m[0]).join(' … ');
  if (speaker && speaker.from >= 0) {
    const phrase = sentence.slice(speaker.from, quotes[0]!.index).trim().replace(/[:,]$/, '');
    if (phrase.split(/\s+/).length <= 6) return `${phrase}: ${q}`;
  }
  return speaker ? `${alias(speaker.name)}: ${q}` : q;
}

/** A sentence that announces the action (its time of day, "we will flood Twitter", "join us"): not a point. */
const announces = (s: string) => hasTimeOfDay(s) || s.search(ANNOUNCES) >= 0;

/**
 * A fact worth a point: a declarative sentence of 40–220 characters, impersonal, with a number or a name, that
 * does not announce the action.
 */
function isFact(s: string): boolean {
  if (s.length < 40 || s.length > 220 || !/[.]$/.test(s) || /[?!:]$/.test(s) || isInstruction(s) || PERSONAL.test(s))
    return false;
  if (/[@#＠＃]|https?:|www\./u.test(s) || announces(s)) return false;
  const name = /\s\p{Lu}\p{L}+/u.test(s.slice(1));
  return /\d/.test(s) || name;
}

/**
 * Points from the blocks that are not samples or headings: quotations first (the quoting sentence, or
 * "Speaker: “…”" when that sentence starts with a pronoun or is an instruction), then facts.
 */
export function findPoints(
  blocks: readonly Block[],
  skip: ReadonlySet<Block>,
  locale: string,
  aliases: (name: string) => string = (n) => n,
): FoundPoint[] {
  const quotes: FoundPoint[] = [];
  const facts: FoundPoint[] = [];
  for (const block of blocks) {
    if (skip.has(block) || block.kind === 'heading') continue;
    for (const s of sentences(block, locale)) {
      const q = [...s.text.matchAll(QUOTE)].filter(
        (m) => (m[1] ?? m[2] ?? m[3] ?? m[4])!.trim().split(/\s+/).length >= 4,
      );
      if (q.length) {
        const speaker = speakerOf(block, s.text, q[0]!.index);
        const text = quotationPoint(s.text, q, speaker, aliases);
        quotes.push({
          kind: 'quotation',
          text,
          ...shortForm(text, locale),
          speaker: speaker && aliases(speaker.name),
          line: lineAt(block, s.start),
          endLine: lineAt(block, s.start + s.text.length - 1),
        });
      } else if (isFact(s.text)) {
        facts.push({
          kind: 'fact',
          text: s.text,
          ...shortForm(s.text, locale),
          line: lineAt(block, s.start),
          endLine: lineAt(block, s.start + s.text.length - 1),
        });
      }
    }
  }
  return [...quotes, ...facts].slice(0, MAX_POINTS);
}
