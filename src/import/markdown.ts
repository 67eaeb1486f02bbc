// Markdown alerts read with markdown-it (CommonMark): its block tokens carry their source lines, so each
// line of the document keeps its place in the file; inline markup (emphasis, code, escapes) is removed and
// links are kept with their words.
import MarkdownIt from 'markdown-it';
import { DocumentBuilder, type AlertDocument, type Line, type Link } from './document.js';

type Token = ReturnType<MarkdownIt['parse']>[number];

/** The text of an inline token's children, split at line breaks, with the links on each line. */
function inlineLines(children: Token[]): { text: string; links: Link[] }[] {
  const out = [{ text: '', links: [] as Link[] }];
  let link: Link | undefined;
  for (const t of children) {
    const cur = out.at(-1)!;
    if (t.type === 'softbreak' || t.type === 'hardbreak') {
      out.push({ text: '', links: [] });
    } else if (t.type === 'link_open') {
      link = { href: t.attrGet('href') ?? '', text: '' };
    } else if (t.type === 'link_close') {
      if (link) cur.links.push({ ...link, text: link.text.trim() });
      link = undefined;
    } else if (t.type === 'text' || t.type === 'code_inline' || t.type === 'html_inline' || t.type === 'image') {
      const s = t.type === 'html_inline' ? '' : t.type === 'image' ? t.content : t.content;
      cur.text += s;
      if (link) link.text += s;
    }
  }
  return out;
}

/**
 * Reads a Markdown alert: headings, list items (numbered or not), blockquotes and paragraphs; a paragraph
 * keeps its line breaks (sample tweets are often written one per line without a blank line between them).
 */
export function parseMarkdown(source: string): AlertDocument {
  const md = new MarkdownIt('commonmark');
  const tokens = md.parse(source, {});
  const b = new DocumentBuilder();
  const lists: boolean[] = [];
  let kind: Line['kind'] = 'text';
  let quote = 0;
  let itemOpen = false;
  for (const t of tokens) {
    switch (t.type) {
      case 'heading_open':
        b.end();
        kind = 'heading';
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push(t.type === 'ordered_list_open');
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open':
        b.end();
        itemOpen = true;
        kind = 'item';
        break;
      case 'blockquote_open':
        quote++;
        break;
      case 'blockquote_close':
        quote--;
        break;
      case 'paragraph_open':
        if (!itemOpen) {
          b.end();
          kind = quote ? 'quote' : 'text';
        }
        break;
      case 'fence':
      case 'code_block':
        b.end();
        t.content
          .split('\n')
          .forEach((text, i) =>
            b.add({ line: (t.map?.[0] ?? 0) + 1 + i + (t.type === 'fence' ? 1 : 0), text, kind: 'text' }),
          );
        b.end();
        break;
      case 'inline': {
        const first = (t.map?.[0] ?? 0) + 1;
        const ordered = kind === 'item' ? lists.at(-1) : undefined;
        inlineLines(t.children ?? []).forEach(({ text, links }, i) => {
          // Lines after the first of an item or heading belong to it; a paragraph's lines stay lines.
          b.add({ line: first + i, text, kind: kind === 'item' && i > 0 ? 'item' : kind, ordered, links });
        });
        if (kind === 'heading') b.end();
        if (kind === 'item') itemOpen = false;
        kind = quote ? 'quote' : 'text';
        break;
      }
      case 'list_item_close':
        itemOpen = false;
        b.end();
        break;
      case 'heading_close':
      case 'paragraph_close':
        if (!itemOpen) b.end();
        break;
    }
  }
  return { format: 'markdown', lines: b.lines, removed: b.removed };
}
