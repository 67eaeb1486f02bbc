// The md export as a Markdown renderer reads it (markdown-it, CommonMark): each draft's lines stay its lines,
// nothing from campaign data becomes structure (a heading, a list item, a code block, a rule), HTML, an image
// or a link of its own, whatever the names, points, templates, campaign name or intentUrl hold.
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftAll, draftEach } from '../../src/core/drafting.js';
import { mdChunks } from '../../src/export/formats.js';
import { sanitize } from '../../src/ui/sanitize.js';
import { makeCampaign } from '../support/campaigns.js';

const md = new MarkdownIt();
const TOKENS = [
  '=',
  '===',
  '---',
  '-',
  '- ',
  '#',
  '# ',
  '*',
  '**',
  '_',
  '`',
  '```',
  '~~~',
  '<',
  '>',
  '> ',
  '<b>x</b>',
  '<script>',
  '<!--',
  '[',
  ']',
  '(',
  ')',
  '![x](y)',
  '[a](javascript:alert(1))',
  '[a]: http://evil',
  '!',
  '&',
  '&amp;',
  '&#32;',
  '\\',
  '|',
  '~',
  ':',
  '1.',
  '1)',
  '+',
  ' ',
  '    ',
  '\t',
  '\n',
  '\n\n',
  'word',
  'http://x.y',
  'www.example.com',
  '<http://a.b>',
  '\u001b[31m',
  '\r',
  '\u202e',
  '\u00a0',
];
const hostile = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 12 }).map((t) => t.join(''));

/** Every token of a parsed document, inline children included, in order. */
const flatten = (tokens: Token[]): Token[] => tokens.flatMap((t) => [t, ...flatten(t.children ?? [])]);

/** The text a block quote's tokens render to: paragraphs apart by a blank line, hard breaks as line breaks. */
function quotedText(tokens: Token[]): string {
  const paragraphs: string[] = [];
  for (const t of tokens) {
    if (t.type !== 'inline') continue;
    let text = '';
    for (const c of t.children ?? []) {
      if (c.type === 'text' || c.type === 'code_inline') text += c.content;
      else if (c.type === 'hardbreak') text += '\n';
      else if (c.type === 'softbreak') text += ' ';
    }
    paragraphs.push(text);
  }
  return paragraphs.join('\n\n');
}

/** What the draft's text should render as: its lines, trailing spaces and control characters gone, blank runs one. */
const expectedText = (text: string) =>
  sanitize(text)
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');

describe('md export, rendered (markdown-it)', () => {
  it('every draft renders as exactly its lines; names stay one list item; no HTML, heading, code, rule or foreign link (property)', () => {
    fc.assert(
      fc.property(
        fc.array(hostile, { minLength: 1, maxLength: 4 }),
        fc.array(hostile, { minLength: 1, maxLength: 4 }),
        hostile,
        hostile,
        fc.nat(),
        (names, points, campaignName, template, seed) => {
          const campaign = makeCampaign({
            name: campaignName,
            targets: names.map((name, i) => ({ id: `t${i}`, name, handle: `h${i}`, group: 'g', ask: 'ask' })),
            points: points.map((text, i) => ({ id: `p${i}`, text, short: text })),
            templates: { ask: [`{point}\n{mention}\n\n{hashtags}${template.replace(/[{}]/g, '')}`] },
          });
          const run = draftAll(campaign, seed);
          const text = [...mdChunks({ campaignName, seed }, draftEach(campaign, seed))].map(sanitize).join('');
          const blocks = md.parse(text, {});
          const all = flatten(blocks);
          expect(
            all
              .filter((t) =>
                ['html_block', 'html_inline', 'image', 'code_block', 'fence', 'hr', 'table_open'].includes(t.type),
              )
              .map((t) => t.type),
          ).toEqual([]);
          expect(all.filter((t) => t.type === 'heading_open').map((t) => t.tag)).toEqual(['h1']);
          for (const link of all.filter((t) => t.type === 'link_open'))
            expect(link.attrGet('href')).toMatch(/^https:\/\/x\.com\//);
          // The drafts' items: each holds one block quote (a list of the targets no draft fits may follow).
          const items: Token[][] = [];
          let depth = 0;
          let current: Token[] = [];
          for (const t of blocks) {
            if (t.type === 'list_item_open' && depth++ === 0) current = [];
            else if (t.type === 'list_item_close' && --depth === 0) items.push(current);
            else if (depth > 0) current.push(t);
          }
          const drafted = items.filter((item) => item.some((t) => t.type === 'blockquote_open'));
          expect(drafted).toHaveLength(run.drafts.length);
          drafted.forEach((item, i) => {
            const start = item.findIndex((t) => t.type === 'blockquote_open');
            const end = item.findIndex((t) => t.type === 'blockquote_close');
            expect(quotedText(item.slice(start, end))).toBe(expectedText(run.drafts[i]!.text));
            // The item's first paragraph is the name, the link and the count: one line.
            expect(item.filter((t) => t.type === 'paragraph_open')).toHaveLength(
              1 + item.slice(start, end).filter((t) => t.type === 'paragraph_open').length,
            );
          });
          expect(md.render(text)).not.toMatch(/<(?!\/?(h1|p|ul|li|blockquote|a|strong|br)\b)/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a line of === or --- stays a line of the draft, not a heading underline; lines do not merge', () => {
    const campaign = makeCampaign({
      targets: [{ id: 'a', name: 'First line\n\nsecond line', handle: 'OrgA', group: 'g', ask: 'ask' }],
      points: [{ id: 'p', text: 'Above\n===\nbelow\n---\n    indented', short: 'x' }],
      templates: { ask: ['{point}\n{mention}'] },
    });
    const text = [...mdChunks({ campaignName: 'Name\n===', seed: 1 }, draftEach(campaign, 1))].join('');
    const html = md.render(text);
    expect(html.match(/<h\d|<hr|<pre/g)).toEqual(['<h1']);
    expect(html).toContain(
      '<blockquote>\n<p>Above<br>\n===<br>\nbelow<br>\n---<br>\nindented<br>\n<a href="https://x.com/OrgA">@OrgA</a></p>\n</blockquote>',
    );
    expect(html).toContain('<strong>First line second line</strong>');
  });

  it('the intent URL is one link whose destination cannot be escaped', () => {
    const campaign = makeCampaign({ intentUrl: 'https://x.com/intent/tweet?a=<b>x</b>)](javascript:1)\n# h' });
    const text = [...mdChunks({ campaignName: 'c', seed: 1 }, draftEach(campaign, 1))].join('');
    const links = flatten(md.parse(text, {})).filter(
      (t) => t.type === 'link_open' && t.attrGet('href')!.includes('intent'),
    );
    expect(links).toHaveLength(3);
    for (const l of links)
      expect(l.attrGet('href')).toMatch(
        /^https:\/\/x\.com\/intent\/tweet\?a=%3Cb%3Ex%3C\/b%3E\)%5D\(javascript:1\)%0A#%20h&text=/,
      );
  });
});
