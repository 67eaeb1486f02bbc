// Organisations the alert names without a handle: the items of a list after "for example", "such as",
// "like" (after a word for organisations), and list items that are only a name, under a cue to tweet at them.
import { lineAt, roleAt, type Block } from './blocks.js';
import { findHandles } from './handles.js';
import { LIST_CUES, NOT_NAMES, ORG_NOUNS, WEAK_LIST_CUES } from './lexicon.js';

/** An organisation named without a handle. */
export interface Organisation {
  name: string;
  /** 1-based line in the alert. */
  line: number;
  /** The block it was named in (its ask). */
  block: Block;
  /** How it was found: the list cue, or the heading of the list. */
  why: string;
}

const SEPARATORS = /\s*(?:[,;/]|\s(?:and|or|und|oder|y|o|e|ou|et|&)\s)\s*/iu;
const END_OF_LIST = /[.!?](?=\s|$)|\s[–—]\s|\s\(|:\s|$/u;

/** Looks like an organisation's name: starts with a capital or digit, at most 8 words, mostly capitalised. */
function looksLikeName(s: string): boolean {
  const words = s.split(/\s+/);
  if (!s || words.length > 8 || !/^[\p{Lu}\p{N}]/u.test(s) || NOT_NAMES.has(words[0]!.toLowerCase())) return false;
  const capitals = words.filter((w) => /^[\p{Lu}\p{N}&]/u.test(w)).length;
  return capitals >= Math.ceil(words.length / 2) && !/[@#]/.test(s);
}

/** The part of a list's last item that is a name ("Collectif PA-F de relayer l'appel" → "Collectif PA-F"). */
function namePrefix(item: string): string {
  const words = item.split(/\s+/);
  let n = 0;
  while (
    n < words.length &&
    (/^[\p{Lu}\p{N}&]/u.test(words[n]!) ||
      (n > 0 &&
        /^(?:of|for|the|and|de|du|des|la|le|für|der|die|y|e|do|da|dos|das|del|von|van|on)$/iu.test(words[n]!) &&
        /^[\p{Lu}\p{N}]/u.test(words[n + 1] ?? '')))
  )
    n++;
  return words.slice(0, n).join(' ');
}

/** Cleans one list item: no "the" in front, no trailing punctuation or "etc". */
const clean = (s: string) =>
  s
    .replace(/^(?:the|die|der|das|la|el|los|las|le|les|o|a|os|as)\s+(?=\p{Lu})/iu, '')
    .replace(/[\s.,;:!?]+$|\s+etc\.?$|\s*(?:…|\.\.\.)$/giu, '')
    .trim();

/** Names in a list after a cue word ("for example: A, B, C."), stopping at the first item that is not a name. */
function listAfter(block: Block): Organisation[] {
  const out: Organisation[] = [];
  for (const m of block.text.matchAll(LIST_CUES)) {
    const before = block.text.slice(Math.max(0, m.index - 60), m.index);
    if (m[0].search(WEAK_LIST_CUES) >= 0 && before.search(ORG_NOUNS) < 0) continue;
    const rest = block.text.slice(m.index + m[0].length).replace(/^[\s:,]+/u, '');
    const start = block.text.length - rest.length;
    const end = END_OF_LIST.exec(rest.replace(/\b(?:e\.g|i\.e|etc|St|Dr|No)\./g, (x) => x.replace('.', '·')))!.index;
    const items = rest.slice(0, end).split(SEPARATORS).map(clean);
    let offset = start;
    for (const [i, whole] of items.entries()) {
      const item = i === items.length - 1 ? namePrefix(whole) : whole;
      if (!looksLikeName(item)) break;
      const at = block.text.indexOf(item, offset);
      offset = at + item.length;
      out.push({ name: item, line: lineAt(block, at), block, why: `listed after "${m[0]}"` });
    }
  }
  return out;
}

/**
 * Organisations named without a handle in `blocks` (samples excluded). A list item that is only a name
 * counts when its section's heading, or the paragraph before the list, says to tweet at or ask them.
 */
export function findOrganisations(blocks: readonly Block[], skip: ReadonlySet<Block>): Organisation[] {
  const out: Organisation[] = [];
  let intro: { block: Block; target: boolean } | undefined;
  for (const block of blocks) {
    if (skip.has(block) || block.kind === 'heading') {
      intro = undefined;
      continue;
    }
    out.push(...listAfter(block));
    if (block.kind !== 'item') {
      intro = { block, target: /:\s*$/.test(block.text) && roleAt(block.text, block.text.length)?.role === 'target' };
      continue;
    }
    const listed = intro?.target || block.section.role === 'target';
    const name = clean(block.text);
    if (listed && looksLikeName(name) && findHandles(block.text).hits.length === 0) {
      const ask = intro?.target ? intro.block : block.section.block ?? block;
      out.push({
        name,
        line: block.lines[0]!.line,
        block: ask,
        why: intro?.target ? `listed after "${intro.block.text}"` : `listed under "${block.section.heading}"`,
      });
    }
  }
  return out;
}
