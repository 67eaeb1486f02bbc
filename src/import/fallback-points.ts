// Talking points for an alert that gives none (no quotation, no factual sentence): a campaign needs at least
// one (points.json), and generic templates say "{point}". Taken, in order, from the sentences of its sample
// tweets that name no one, its title when it is a slogan ("Save Elm Park!"), and its own request ("ask them to
// keep Elm Park green" gives "Keep Elm Park green."); else one generic sentence in the alert's language. Each
// is reported as made, for the organiser to review.
import type { Block } from './blocks.js';
import type { Language } from './language.js';
import { ANNOUNCES } from './lexicon.js';
import type { FoundPoint } from './points.js';
import type { Sample } from './samples.js';
import { sentenceEnds, shortForm } from './short-form.js';
import { requestPhrase } from './templates.js';
import { hasTimeOfDay } from './time-spans.js';

/** One sentence true of any campaign, per language: the last resort. */
const GENERIC_POINT: Record<Language, string> = {
  en: 'This matters to all of us.',
  de: 'Das geht uns alle an.',
  es: 'Esto nos importa a todos.',
  pt: 'Isso importa para todos nós.',
  fr: 'Cela nous concerne tous.',
};

const MAX_MADE = 4;

/**
 * A sentence that can stand as a point: a statement of 4+ words naming no one, with no link, not announcing the action.
 */
const pointLike = (s: string) =>
  s.split(/\s+/).length >= 4 &&
  /[.!]$/u.test(s) &&
  !/[@#＠＃]|https?:|www\./u.test(s) &&
  !hasTimeOfDay(s) &&
  s.search(ANNOUNCES) < 0;

/** The title without a label before its colon ("TWITTERSTORM: Save our buses!" gives "Save our buses!"). */
const slogan = (title: string) => title.replace(/^[^:]{1,30}:\s+/u, '').trim();

/**
 * Points made when the alert gives none (see the file's comment), at most four, each `kind: 'made'` with
 * `from` saying what it was made from. Never empty.
 */
export function fallbackPoints(
  blocks: readonly Block[],
  samples: readonly Sample[],
  skip: ReadonlySet<Block>,
  language: Language,
  locale: string,
): FoundPoint[] {
  const out: FoundPoint[] = [];
  const add = (text: string, line: number, from: string) => {
    if (out.length >= MAX_MADE || out.some((p) => p.text.toLowerCase() === text.toLowerCase())) return;
    out.push({ kind: 'made', from, text, ...shortForm(text, locale), line, endLine: line });
  };
  for (const s of samples.filter((x) => !x.overLimit)) {
    let start = 0;
    for (const end of sentenceEnds(s.text, locale)) {
      const sentence = s.text.slice(start, end).trim();
      start = end;
      if (pointLike(sentence)) add(sentence, s.line, `a sentence of the sample tweet on line ${s.line}`);
    }
  }
  const title = blocks[0];
  const words = title && slogan(title.text);
  if (
    title &&
    words &&
    /[!.]$/u.test(words) &&
    words.split(/\s+/).length >= 2 &&
    !/[@#＠＃]|https?:/u.test(words) &&
    !hasTimeOfDay(words)
  ) {
    add(words, title.lines[0]!.line, "the alert's title");
  }
  for (const block of blocks) {
    const phrase = !skip.has(block) && requestPhrase(block.text);
    if (phrase)
      add(
        `${phrase[0]!.toUpperCase()}${phrase.slice(1)}.`,
        block.lines[0]!.line,
        `the request on line ${block.lines[0]!.line}`,
      );
  }
  if (!out.length)
    out.push({
      kind: 'made',
      from: 'generic wording',
      text: GENERIC_POINT[language],
      short: GENERIC_POINT[language],
      cut: 'whole',
      line: 0,
      endLine: 0,
    });
  return out;
}
