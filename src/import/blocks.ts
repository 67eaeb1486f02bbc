// The alert as blocks (a paragraph, a list item, a heading) under sections (the text after a heading), the
// units every extractor reads: sentences span the lines of a block, and a heading sets what follows it.
import type { AlertDocument, Line } from './document.js';
import { ASKING_CUES, CC_CUES, OTHER_CUES, SAMPLE_HEADING, TARGET_CUES } from './lexicon.js';

/** What the handles of a passage are to the campaign. */
export type Role = 'target' | 'cc' | 'other';

/** The text under one heading. */
interface Section {
  heading?: string;
  /** 1-based line of the heading. */
  line?: number;
  /** Under a heading such as "Sample tweets": each block is a sample. */
  samples: boolean;
  /** The role a cue in the heading gives the handles under it ("Who to tweet", "Tag us"). */
  role?: Role;
  /** The heading's block: the ask of the targets listed under it. */
  block?: Block;
}

/** A paragraph, list item or heading, its lines joined with spaces. */
export interface Block {
  kind: Line['kind'];
  ordered?: boolean;
  lines: Line[];
  /** The lines' texts joined with single spaces. */
  text: string;
  /** Offset in `text` where each line starts. */
  starts: number[];
  section: Section;
}

/** The 1-based alert line of an offset in a block's text. */
export function lineAt(block: Block, offset: number): number {
  let i = 0;
  while (i + 1 < block.starts.length && block.starts[i + 1]! <= offset) i++;
  return block.lines[i]!.line;
}

/** A cue word found in a text, and the role it gives. */
export interface Cue {
  index: number;
  end: number;
  role: Role;
  words: string;
}

/** The cue words in `text`, a longer cue winning over one inside it ("send us your tweets" over "tweets"). */
export function cuesIn(text: string): Cue[] {
  const all: Cue[] = [];
  for (const [pattern, role] of [[TARGET_CUES, 'target'], [CC_CUES, 'cc'], [OTHER_CUES, 'other']] as const) {
    for (const m of text.matchAll(pattern)) all.push({ index: m.index, end: m.index + m[0].length, role, words: m[0] });
  }
  all.sort((a, b) => a.index - b.index || b.end - a.end);
  return all.filter(
    (c) => !all.some((o) => o !== c && o.index <= c.index && o.end >= c.end && o.end - o.index > c.end - c.index),
  );
}

/**
 * The role at `offset` of a sentence: given by the nearest cue before it in the sentence, else by the first
 * cue after it, else none. Returns the deciding cue, so the report can say why.
 */
export function roleAt(sentence: string, offset: number): Cue | undefined {
  const cues = cuesIn(sentence);
  const cue = cues.filter((c) => c.end <= offset).at(-1) ?? cues.find((c) => c.index >= offset);
  if (cue?.role !== 'cc') return cue;
  const asking = [...sentence.slice(offset).matchAll(ASKING_CUES)][0];
  return asking
    ? {
        index: offset + asking.index,
        end: offset + asking.index + asking[0].length,
        role: 'target',
        words: `${cue.words} … ${asking[0]}`,
      }
    : cue;
}

function sectionOf(heading: Line): Section {
  const text = heading.text;
  // "Sample tweets", or a short heading such as "Tweets" (not "How to send your tweets").
  const match = [...text.matchAll(SAMPLE_HEADING)];
  const samples = match.some((m) => /\s/.test(m[0])) || (match.length > 0 && text.split(/\s+/).length <= 3);
  const cue = samples ? undefined : cuesIn(text)[0];
  return { heading: text, line: heading.line, samples, role: cue?.role };
}

/** Groups the document's lines into blocks, each with the section it is in. */
export function toBlocks(doc: AlertDocument): Block[] {
  const blocks: Block[] = [];
  let section: Section = { samples: false };
  for (const line of doc.lines) {
    const last = blocks.at(-1);
    if (last && last.lines[0]!.block === line.block) {
      last.starts.push(last.text.length + 1);
      last.text += ` ${line.text}`;
      last.lines.push(line);
      continue;
    }
    if (line.kind === 'heading') section = sectionOf(line);
    blocks.push({ kind: line.kind, ordered: line.ordered, lines: [line], text: line.text, starts: [0], section });
    if (line.kind === 'heading') section.block = blocks.at(-1);
  }
  return blocks;
}
