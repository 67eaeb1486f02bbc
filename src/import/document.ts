// An action alert as lines of plain text, whatever it was written in (plain text, Markdown, HTML): the
// extractors read only this. Lines keep their line number in the alert file, so the report can say where
// each finding came from and list, by line, the text nothing was taken from.
import { unsafeCharacters } from '../core/count.js';
import { MAY_BE_UNSAFE } from '../core/unsafe-chars.js';

/** A link in the alert: where it goes and the words it was written on. */
export interface Link {
  href: string;
  text: string;
}

/** One line of the alert, markup removed. */
export interface Line {
  /** 1-based line in the alert file where this line starts. */
  line: number;
  /** The words, without markup; entities decoded; no line breaks. */
  text: string;
  /** A heading, a list item, a line of a quotation (blockquote), or a line of an ordinary paragraph. */
  kind: 'heading' | 'item' | 'quote' | 'text';
  /** Lines of one paragraph, list item or heading share a block number; blocks count up from 0. */
  block: number;
  /** For items: whether the list is numbered. */
  ordered?: boolean;
  /** Links on this line (HTML and Markdown; plain-text URLs stay in `text`). */
  links: Link[];
}

/** The format an alert was read in. */
export type AlertFormat = 'text' | 'markdown' | 'html';

/** An invisible character taken out of the alert's text (see DocumentBuilder.add). */
export interface RemovedCharacter {
  /** 1-based line in the alert file. */
  line: number;
  /** `U+202E (right-to-left override)`. */
  what: string;
}

/** An alert ready for extraction: its lines, in order. */
export interface AlertDocument {
  format: AlertFormat;
  lines: Line[];
  /** Invisible characters taken out of the text, in order (none for most alerts). */
  removed?: RemovedCharacter[];
}

/** Builds a document line by line, numbering blocks (shared by the three readers). */
export class DocumentBuilder {
  readonly lines: Line[] = [];
  readonly removed: RemovedCharacter[] = [];
  private blockNo = -1;
  private open = false;

  /**
   * `text` as its reader saw it, blanks collapsed: without the invisible characters `add` takes out, each
   * listed in `removed` with `line`.
   */
  visible(text: string, line: number): string {
    let visible = text;
    const hidden = MAY_BE_UNSAFE.test(visible) ? unsafeCharacters(visible).filter((c) => c.severity === 'error') : [];
    for (const c of [...hidden].reverse())
      visible = visible.slice(0, c.index) + visible.slice(c.index + (visible.codePointAt(c.index)! > 0xffff ? 2 : 1));
    for (const c of hidden) this.removed.push({ line, what: `${c.codePoint} (${c.name})` });
    return visible.replace(/\s+/gu, ' ').trim();
  }

  /** Ends the current block: the next line starts a new one. */
  end(): void {
    this.open = false;
  }

  /**
   * Adds a line to the current block (starting one if none is open); blank text is dropped. Invisible
   * characters that must not reach a post (bidi controls, zero-width spaces, other controls and the characters
   * X refuses: src/core/unsafe-chars.ts, errors only) are taken out, as the reader of the alert never saw them
   * (`bu\u200bses` is "buses"), and listed in `removed`; joiners and marks a script may need stay.
   */
  add(line: Omit<Line, 'block' | 'links'> & { links?: Link[] }): void {
    const text = this.visible(line.text, line.line);
    if (!text) return;
    if (!this.open) {
      this.blockNo++;
      this.open = true;
    }
    this.lines.push({ ...line, text, links: line.links ?? [], block: this.blockNo });
  }
}

// Bullets people type in plain text: -, *, +, •, ◦, ▪, ‣, ·, –, —, ➢, ►, ✓, ✔, and numbers "1." "1)" "(1)" "a)".
const BULLET = /^\s*(?:[-*+•◦▪‣·–—➢►➤✓✔☐□]\s+|\(?(\d{1,2}|[a-z])[.)]\s+|(\d{1,2})\s*[-–:]\s+(?=\p{Lu}))/u;
/** Setext-style underlines and rules (===, ---, ***, ___). */
const RULE = /^\s*([=\-*_~])\1{2,}\s*$/;

/**
 * Reads a plain-text alert: blank lines separate paragraphs; a line starting with a bullet or a number
 * starts a list item (indented lines after it continue the item); a line underlined with === or --- is a
 * heading, and so is a short line ending in ":" (a label such as "Model tweets:").
 */
export function parsePlainText(text: string): AlertDocument {
  const b = new DocumentBuilder();
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  let itemIndent = -1;
  for (let i = 0; i < raw.length; i++) {
    const src = raw[i]!.replace(/\t/g, '    ');
    const no = i + 1;
    if (!src.trim()) {
      b.end();
      itemIndent = -1;
      continue;
    }
    if (RULE.test(src)) {
      b.end();
      continue;
    }
    const next = raw[i + 1];
    if (next !== undefined && RULE.test(next) && /^[=-]/.test(next.trim()) && src.trim().length <= 120) {
      b.end();
      b.add({ line: no, text: src, kind: 'heading' });
      b.end();
      continue;
    }
    const indent = src.length - src.trimStart().length;
    const bullet = BULLET.exec(src);
    if (bullet) {
      b.end();
      b.add({
        line: no,
        text: src.slice(bullet[0].length),
        kind: 'item',
        ordered: bullet[1] !== undefined || bullet[2] !== undefined,
      });
      itemIndent = indent;
      continue;
    }
    if (itemIndent >= 0 && indent > itemIndent) {
      const last = b.lines.at(-1)!;
      last.text = `${last.text} ${src.trim()}`;
      continue;
    }
    itemIndent = -1;
    const t = src.trim();
    if (t.startsWith('>')) {
      b.add({ line: no, text: t.replace(/^(>\s?)+/, ''), kind: 'quote' });
      continue;
    }
    if (isLabel(t) || /^#{1,6}\s/.test(t)) {
      b.end();
      b.add({ line: no, text: t.replace(/^#{1,6}\s+/, ''), kind: 'heading' });
      b.end();
      continue;
    }
    b.add({ line: no, text: t, kind: 'text' });
  }
  return { format: 'text', lines: b.lines, removed: b.removed };
}

/** A short line ending in a colon, with no sentence before it: "Model tweets:", "Who to tweet:". */
function isLabel(t: string): boolean {
  return t.length <= 60 && /^[^.!?]*:$/.test(t) && !/https?:/.test(t);
}
