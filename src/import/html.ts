// HTML alerts (a page saved from the web, an email's HTML part) read with htmlparser2, a tolerant
// streaming parser: tags become the document's structure, entities are decoded, scripts and styles dropped.
import { Parser } from 'htmlparser2';
import { lineColumns } from '../campaign/line-column.js';
import { DocumentBuilder, type AlertDocument, type Line, type Link } from './document.js';

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'table',
  'tr',
  'td',
  'th',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'form',
  'hr',
  'pre',
  'address',
  'center',
  'body',
  'html',
  'fieldset',
  'details',
  'summary',
  'caption',
  'tbody',
  'thead',
]);
const HEADING = /^h[1-6]$/;
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'iframe',
  'object',
  'button',
  'select',
  'textarea',
]);

/**
 * Reads an HTML alert. Headings (h1–h6, and the page's title when there is no h1) become headings, list
 * items items (numbered in `ol`), blockquotes quotations; `br` and block elements end lines. Each link is
 * kept with its words, so `<a href="https://x.com/AmnestyUK">Amnesty UK</a>` gives a handle and its name.
 */
export function parseHtml(source: string): AlertDocument {
  const b = new DocumentBuilder();
  const columns = lineColumns(source);
  const lineOf = (offset: number) => columns(offset).line;
  let text = '';
  let startLine = 1;
  let links: Link[] = [];
  let kind: Line['kind'] = 'text';
  let ordered: boolean | undefined;
  const lists: boolean[] = [];
  let skip = 0;
  let quote = 0;
  let title = '';
  let inTitle = false;
  let sawH1 = false;
  let link: Link | undefined;

  const flush = () => {
    if (text.trim()) b.add({ line: startLine, text, kind, ordered, links });
    text = '';
    links = [];
  };
  const endBlock = (next: Line['kind'] = quote ? 'quote' : 'text') => {
    flush();
    b.end();
    kind = next;
    ordered = undefined;
  };

  const addText = (t: string) => {
    if (inTitle) title += t;
    if (skip || inTitle) return;
    if (!text.trim()) startLine = lineOf(parser.startIndex);
    text += t;
    if (link) link.text += t;
  };
  const parser: Parser = new Parser(
    {
      onopentag(name, attrs) {
        if (SKIP.has(name) || name === 'title') {
          if (name === 'title') inTitle = true;
          else skip++;
          return;
        }
        if (skip) return;
        if (name === 'br') return flush();
        if (name === 'blockquote') quote++;
        if (HEADING.test(name)) {
          sawH1 ||= name === 'h1';
          endBlock('heading');
        } else if (name === 'li') {
          endBlock('item');
          ordered = lists.at(-1) ?? false;
        } else if (name === 'ol' || name === 'ul') {
          lists.push(name === 'ol');
          endBlock();
        } else if (BLOCK.has(name) || name === 'blockquote') {
          endBlock();
        }
        if (name === 'a' && attrs.href) link = { href: attrs.href, text: '' };
        if (name === 'img' && attrs.alt) addText(` ${attrs.alt} `);
      },
      ontext: addText,
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        else if (SKIP.has(name)) skip = Math.max(0, skip - 1);
        if (skip) return;
        if (name === 'a' && link) {
          link.text = link.text.replace(/\s+/g, ' ').trim();
          links.push(link);
          link = undefined;
        }
        if (name === 'ol' || name === 'ul') lists.pop();
        if (name === 'blockquote') quote = Math.max(0, quote - 1);
        if (HEADING.test(name) || name === 'li' || BLOCK.has(name) || name === 'blockquote') endBlock();
      },
    },
    { decodeEntities: true },
  );
  parser.write(source);
  parser.end();
  flush();
  const lines = b.lines;
  const heading = sawH1 ? '' : b.visible(title, 1);
  if (heading) lines.unshift({ line: 1, text: heading, kind: 'heading', block: -1, links: [] });
  return { format: 'html', lines, removed: b.removed };
}
