// Who the alert addresses: each handle with its role (target, cc, or only mentioned) decided by the words
// around it, and the organisation's name where the alert gives one.
import { cuesIn, roleAt, type Block, type Role } from './blocks.js';
import { findHandles, type NotAHandle } from './handles.js';
import { NOT_NAMES } from './lexicon.js';
import { sentenceEnds } from './short-form.js';

/** A handle as the alert uses it. */
export interface Account {
  handle: string;
  /** 1-based line where the handle was first found (with the role it got). */
  line: number;
  /** target (tweet at, ask, thank), cc (copy in, tag, send us your tweets), or mentioned (neither). */
  role: Role | 'mentioned';
  /** Why: the cue words that decided the role, or how it was guessed. */
  why: string;
  /** The role came from words in the alert (a cue, a heading), not from where the handle stands. */
  certain: boolean;
  /** The organisation's name, when the alert gives one. */
  name?: string;
  /** The block the handle was addressed in (its ask), when a target. */
  block?: Block;
  /** Glued to a word: X itself would not link it as written. */
  glued?: boolean;
}

const CONNECTORS = new Set([
  'of',
  'for',
  'the',
  'and',
  '&',
  'de',
  'du',
  'des',
  'la',
  'le',
  'für',
  'der',
  'die',
  'y',
  'e',
  'do',
  'da',
  'dos',
  'das',
  'del',
  'von',
  'van',
  'on',
  'in',
  'against',
  'zur',
  'zum',
  'et',
]);
const NAME_WORD = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}’'&.-]*|[\p{Lu}]{2,}[’']s)$/u;

/**
 * The run of capitalised words just before `end` in `text` ("… your support to Amnesty International"),
 * joined by "of", "for", "&"…; undefined when the words there are not a name ("Tweet", "Monday", "to").
 */
export function nameBefore(text: string, end: number): string | undefined {
  const words = text.slice(0, end).replace(/[\s(:–—-]+$/u, '').split(/\s+/);
  const name: string[] = [];
  while (words.length && name.length < 8) {
    const w = words.at(-1)!.replace(/[,;]$/, '');
    if (w !== words.at(-1) && name.length) break;
    if (NOT_NAMES.has(w.toLowerCase()) || w.startsWith('@') || w.startsWith('#')) break;
    if (!NAME_WORD.test(w) && !(CONNECTORS.has(w.toLowerCase()) && name.length)) break;
    name.unshift(w);
    words.pop();
  }
  while (name.length && CONNECTORS.has(name[0]!.toLowerCase())) name.shift();
  const n = name.join(' ').replace(/[’']s$/u, '');
  return n && /\p{Lu}/u.test(n) ? n : undefined;
}

/** "(Name)" right after a handle. */
function nameAfter(text: string, start: number): string | undefined {
  const m = /^\s*\(([^()@]{2,60})\)/u.exec(text.slice(start));
  return m && /^\p{Lu}/u.test(m[1]!) ? m[1]!.trim() : undefined;
}

/** The sentence of `block.text` around `offset`: [start, end). */
function sentenceAround(block: Block, offset: number): [number, number] {
  let start = 0;
  for (const end of sentenceEnds(block.text)) {
    if (offset < end) return [start, end];
    start = end;
  }
  return [start, block.text.length];
}

/**
 * Every handle in `blocks` with its role. Blocks taken up by samples are read only for handles not found
 * elsewhere: the first mentions of a sample are its targets, the ones at its end its cc. Handles that look
 * like handles but are not (too long, other networks) are returned in `rejected`.
 */
export function findAccounts(
  blocks: readonly Block[],
  sampleBlocks: ReadonlySet<Block>,
  sampleTexts: readonly { text: string; line: number }[],
): { accounts: Account[]; rejected: (NotAHandle & { line: number })[] } {
  const found = new Map<string, Account>();
  const rejected: (NotAHandle & { line: number })[] = [];
  const rank = (a: Account) => (a.certain ? (a.role === 'mentioned' ? 1 : 3) : a.role === 'mentioned' ? 0 : 2);
  const offer = (a: Account) => {
    const key = a.handle.toLowerCase();
    const had = found.get(key);
    if (!had) return void found.set(key, a);
    had.name ??= a.name;
    if (rank(a) > rank(had)) Object.assign(had, { ...a, name: had.name ?? a.name });
  };
  for (const block of blocks) {
    block.lines.forEach((line, i) => {
      const { hits, rejected: bad } = findHandles(line.text, line.links);
      rejected.push(...bad.map((r) => ({ ...r, line: line.line })));
      for (const hit of hits) {
        const at = hit.index < 0 ? block.starts[i]! : block.starts[i]! + hit.index;
        const name =
          hit.linkText ??
          (hit.index >= 0
            ? (nameBefore(block.text, at) ?? nameAfter(block.text, block.starts[i]! + hit.end))
            : undefined);
        const base = { handle: hit.handle, line: line.line, name, glued: hit.glued };
        if (sampleBlocks.has(block)) {
          offer({ ...base, role: 'mentioned', why: 'in a sample tweet', certain: false });
          continue;
        }
        const [s, e] = sentenceAround(block, at);
        const cue = roleAt(block.text.slice(s, e), at - s);
        if (cue) offer({ ...base, role: cue.role, why: `"${cue.words}"`, certain: true, block });
        else if (block.section.role)
          offer({
            ...base,
            role: block.section.role,
            why: `under "${block.section.heading}"`,
            certain: true,
            block: block.section.block,
          });
        else offer({ ...base, role: 'mentioned', why: 'no words say to tweet at it or copy it in', certain: true });
      }
    });
  }
  // Handles only in samples: the first mentions address the target, those at the end are copied in.
  for (const s of sampleTexts) {
    const { hits } = findHandles(s.text);
    const trailing = /(?:\s*(?:[@#＠＃][\p{L}\p{N}_]+|via)[\s.!]*)+$/u.exec(s.text);
    for (const hit of hits) {
      const a = found.get(hit.handle.toLowerCase());
      if (a && a.role !== 'mentioned') continue;
      const atEnd = trailing !== null && hit.index >= trailing.index && hit.index > 0;
      const role: Role = atEnd ? 'cc' : 'target';
      offer({
        handle: hit.handle,
        line: s.line,
        role,
        why: atEnd ? 'at the end of a sample tweet' : 'addressed in a sample tweet',
        certain: false,
        name: a?.name,
      });
    }
  }
  return { accounts: [...found.values()], rejected };
}

/** Whether a block asks something of its targets (it has a target cue), for the ask it becomes. */
export const asksSomething = (block: Block) => cuesIn(block.text).some((c) => c.role === 'target');
