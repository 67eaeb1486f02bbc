// Sample tweets given in an alert, kept word for word: the blocks under a heading such as "Sample tweets",
// quoted tweet-sized text, text after "Tweet:", the text of share links (x.com/intent/tweet?text=…), and
// tweet-sized lines with a mention or hashtag that are not instructions.
import { countTweet, MAX_WEIGHTED_LENGTH } from '../core/count.js';
import { lineAt, type Block } from './blocks.js';
import { intentOfLink, URL_IN_TEXT } from './handles.js';
import { wordsPattern } from './language.js';
import { INSTRUCTION } from './lexicon.js';

/** A sample tweet as the alert gives it. */
export interface Sample {
  /** Word for word (line breaks kept; enclosing quotation marks removed). */
  text: string;
  /** 1-based line in the alert. */
  line: number;
  /** X's weighted length. */
  weightedLength: number;
  /** Over X's 280: kept, and flagged in the report. */
  overLimit: boolean;
  /** How it was recognised. */
  how: 'under a sample heading' | 'quoted' | 'after "Tweet:"' | 'share link' | 'tweet-sized line';
}

const QUOTED = /^\s*(?:["“”„«»‘’'])([\s\S]+?)(?:["“”«»‘’'])\s*$/u;
const LABEL = wordsPattern(
  [
    'tweet',
    'sample tweet',
    'suggested tweet',
    'example tweet',
    'model tweet',
    'sample',
    'example',
    'e.g.',
    'tuit',
    'beispiel',
    'ejemplo',
    'exemplo',
    'exemple',
    'vorschlag',
    'sugerencia',
    'sugestão',
    'tweet \\d+',
  ],
  'iu',
);
const AFTER_LABEL = new RegExp(`^(?:\\d+[.)]\\s*)?(?:${LABEL.source})\\s*\\d*\\s*[:–—-]\\s+(.+)$`, 'iu');
/** Lines that introduce samples rather than being one: "Copy and paste one of these:". */
const INTRO = /:\s*$/u;

// A hashtag, or an X mention: not a Bluesky handle (`@name.bsky.social`) or a Mastodon one (`@user@host`).
const MENTION_OR_HASHTAG =
  /(?:^|[^\p{L}\p{N}_])(?:[#＃][\p{L}\p{N}_]|[@＠][A-Za-z0-9_]+(?![A-Za-z0-9_]*[.@][A-Za-z0-9]))/u;
const mentionOrHashtag = (s: string) => MENTION_OR_HASHTAG.test(s.replace(URL_IN_TEXT, ''));

function make(text: string, line: number, how: Sample['how']): Sample {
  const t = text.trim();
  const { weightedLength } = countTweet(t);
  return { text: t, line, weightedLength, overLimit: weightedLength > MAX_WEIGHTED_LENGTH, how };
}

const unquote = (s: string) => QUOTED.exec(s)?.[1]?.trim() ?? s.trim();

/** An instruction to the supporter ("Tweet @X", "Please send…"), not a tweet to send. */
export function isInstruction(text: string): boolean {
  const t = text.trimStart();
  if (INSTRUCTION.test(t)) return true;
  // "On Saturday 14 March, 10am to 11am, flood social media with #X": the verb after the time it is for.
  const rest = mainClause(t);
  return rest !== t && INSTRUCTION.test(rest);
}

/** The text without its leading phrases of when ("On Saturday 14 March, 10am to 11am, flood…" -> "flood…"). */
export function mainClause(text: string): string {
  let rest = text.trimStart();
  for (let m = LEADING_WHEN.exec(rest); m; m = LEADING_WHEN.exec(rest)) rest = rest.slice(m[0].length);
  return rest;
}

/** A leading phrase of when, up to its comma: it has a digit or a day word ("On Saturday 14 March,", "Today,"). */
const LEADING_WHEN =
  /^(?=[^,]{0,60}(?:\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|tomorrow|tonight|heute|morgen|hoy|mañana|hoje|amanhã|aujourd’hui|aujourd'hui|demain)\b))[^,]{1,60},\s*/iu;

/**
 * The samples in a block under a sample heading: one per item, one per line of a paragraph whose lines each look like a
 * tweet.
 */
function underHeading(block: Block): Sample[] {
  if (block.kind === 'heading' || INTRO.test(block.text)) return [];
  const lines = block.lines.map((l) => ({ ...l, text: l.text.replace(/^(?:tweet\s*)?\d+\s*[:.)]\s+/iu, '') }));
  const separate = lines.length > 1 && lines.every((l) => mentionOrHashtag(l.text) || /[.!?…"”»]$/u.test(l.text));
  if (separate)
    return lines
      .filter((l) => !isInstruction(l.text))
      .map((l) => make(unquote(l.text), l.line, 'under a sample heading'));
  // An item is a sample unless it is an instruction; a paragraph only when it mentions or tags someone.
  if (!mentionOrHashtag(block.text) && (isInstruction(block.text) || block.kind !== 'item')) return [];
  return [
    make(
      unquote(lines.map((l) => l.text).join(block.kind === 'item' ? ' ' : '\n')),
      block.lines[0]!.line,
      'under a sample heading',
    ),
  ];
}

/**
 * Samples found in `blocks`, with the blocks they take up (which the other extractors then leave alone).
 * `announces` tells the blocks that give the time of the action: never guessed to be a tweet-sized sample.
 */
export function findSamples(
  blocks: readonly Block[],
  announces: (block: Block) => boolean = () => false,
): { samples: Sample[]; used: Set<Block> } {
  const samples: Sample[] = [];
  const used = new Set<Block>();
  const add = (block: Block, found: Sample[]) => {
    if (!found.length) return;
    samples.push(...found);
    used.add(block);
  };
  for (const block of blocks) {
    for (const line of block.lines) {
      for (const link of [...line.links.map((l) => l.href), ...(line.text.match(URL_IN_TEXT) ?? [])]) {
        const intent = intentOfLink(link);
        if (!intent) continue;
        const extra = [...intent.hashtags.map((h) => `#${h}`), intent.via ? `via @${intent.via}` : '']
          .filter(Boolean)
          .join(' ');
        samples.push(make(`${intent.text} ${extra}`, line.line, 'share link'));
      }
    }
    if (block.section.samples) {
      add(block, underHeading(block));
      continue;
    }
    if (block.kind === 'heading') continue;
    const labelled = AFTER_LABEL.exec(block.text);
    if (labelled && mentionOrHashtag(labelled[1]!)) {
      add(block, [make(unquote(labelled[1]!), block.lines[0]!.line, 'after "Tweet:"')]);
      continue;
    }
    const quoted = QUOTED.exec(block.text);
    if (quoted && mentionOrHashtag(quoted[1]!) && countTweet(quoted[1]!).weightedLength <= MAX_WEIGHTED_LENGTH + 40) {
      add(block, [make(quoted[1]!, block.lines[0]!.line, 'quoted')]);
      continue;
    }
    // Inline: Tweet: “…” within a longer text.
    const inline =
      /(?:tweet|post|tuit|twittert?)\w*\s*(?:this|dies|esto|isto|ceci)?\s*:\s*["“„«]([^"“”„«»]{10,320})["”“»]/iu.exec(
        block.text,
      );
    if (inline && mentionOrHashtag(inline[1]!)) {
      add(block, [make(inline[1]!, lineAt(block, inline.index), 'quoted')]);
      continue;
    }
    // A line that announces the action ("Thursday 5 June at 18:00 we fill the networks with #X") is not a tweet.
    if (
      block.lines.length <= 3 &&
      mentionOrHashtag(block.text) &&
      !isInstruction(block.text) &&
      !announces(block) &&
      looksLikeTweet(block.text)
    ) {
      add(block, [make(block.text, block.lines[0]!.line, 'tweet-sized line')]);
    }
  }
  return { samples, used };
}

/**
 * Short, and written as a supporter would post it: in the first person, or addressing the target, or ending in
 * hashtags.
 */
function looksLikeTweet(text: string): boolean {
  if (countTweet(text).weightedLength > MAX_WEIGHTED_LENGTH) return false;
  const voice = wordsPattern(
    [
      'i',
      "i'm",
      'i’m',
      'my',
      'we',
      'our',
      'you',
      'your',
      'ich',
      'wir',
      'ihr',
      'euch',
      'yo',
      'nosotros',
      'nosotras',
      'usted',
      'ustedes',
      'eu',
      'nós',
      'vocês',
      'você',
      'je',
      'nous',
      'vous',
      'thank you',
      'thanks',
      'danke',
      'gracias',
      'obrigado',
      'obrigada',
      'merci',
    ],
    'iu',
  );
  return voice.test(text) || /(?:[#＃][\p{L}\p{N}_]+[\s.!]*)$/u.test(text);
}
