import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftAll, draftEach, type DraftOutcome } from '../../src/core/drafting.js';
import { CSV_COLUMNS, csvChunks, neutralise, unneutralise } from '../../src/export/csv.js';
import { extensionList } from '../../src/export/extensions.js';
import { FORMATS, jsonChunks, mdChunks, txtChunks } from '../../src/export/formats.js';
import { escapeHtml, htmlChunks } from '../../src/export/html.js';
import { embedJson } from '../../src/page/data.js';
import { formatterFor, resolveFormat } from '../../src/export/index.js';
import { toDraftsDocument } from '../../src/render/drafts.js';
import { arbitraryCampaign, makeCampaign } from '../support/campaigns.js';
import { REPO } from '../support/paths.js';

const seed = fc.integer({ min: 0, max: 0xffffffff });
const join_ = (chunks: Iterable<string>) => [...chunks].join('');
const header = (s: number) => ({ campaignName: 'In-memory campaign', seed: s });

/** Names and points built to break naive exporters. */
const HOSTILE = [
  '=cmd|" /C calc"!A0',
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '\tTabbed',
  '\rReturn',
  "'quoted",
  '<script>alert(1)</script>',
  'a "quote", a comma',
  'line\nbreak',
  'emoji 🏳️‍🌈',
  '中文の名前',
  '&amp; </textarea><b>',
];
const hostileCampaign = makeCampaign({
  targets: HOSTILE.map((name, i) => ({
    id: `t${i}`,
    name,
    handle: i % 2 ? `h${i}` : undefined,
    group: 'g',
    ask: 'ask',
  })),
  points: HOSTILE.map((text, i) => ({ id: `p${i}`, text: `${text} is the point.`, short: text })),
});

describe('json export', () => {
  it('is byte for byte JSON.stringify(document, null, 2), written one draft at a time (property)', () => {
    fc.assert(
      fc.property(arbitraryCampaign, seed, (campaign, s) => {
        const outcomes = [...draftEach(campaign, s)];
        const run = draftAll(campaign, s);
        expect(join_(jsonChunks(header(s), outcomes))).toBe(
          `${JSON.stringify(toDraftsDocument(campaign.name, run), null, 2)}\n`,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('handles runs with no drafts and runs with no unfit targets', () => {
    const empty: DraftOutcome[] = [];
    expect(JSON.parse(join_(jsonChunks(header(1), empty)))).toEqual({
      campaign: { name: 'In-memory campaign' },
      seed: 1,
      drafts: [],
      unfit: [],
    });
  });
});

describe('csv export', () => {
  const readBack = (csv: string) => {
    expect(csv.startsWith('\ufeff')).toBe(true);
    const rows = parseCsv<Record<string, string>>(csv.slice(1), { columns: true });
    return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, unneutralise(v)])));
  };

  it('reads back to exactly the drafts (property)', () => {
    fc.assert(
      fc.property(arbitraryCampaign, seed, (campaign, s) => {
        const run = draftAll(campaign, s);
        const rows = readBack(join_(csvChunks(header(s), draftEach(campaign, s)))).filter((r) => r.problem === '');
        expect(rows).toEqual(
          run.drafts.map((d) => ({
            target_id: d.target.id,
            name: d.target.name,
            handle: d.target.handle ?? '',
            group: d.target.group,
            text: d.text,
            weighted_length: String(d.post.length),
            valid: 'true',
            intent_url: d.intentUrl,
            problem: '',
          })),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('has the documented header, CRLF records and handles without @', () => {
    const csv = join_(csvChunks(header(1), draftEach(makeCampaign(), 1)));
    expect(csv.split('\r\n')[0]).toBe(`\ufeff${CSV_COLUMNS.join(',')}`);
    expect(readBack(csv)[0]!.handle).toBe('OrgA');
  });

  it('no cell of hostile data can start a formula, and it still reads back exactly', () => {
    const csv = join_(csvChunks(header(3), draftEach(hostileCampaign, 3)));
    const raw: string[][] = parseCsv(csv.slice(1), { columns: false });
    for (const cell of raw.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const names = readBack(csv).map((r) => r.name);
    expect(names).toEqual(draftAll(hostileCampaign, 3).drafts.map((d) => d.target.name));
    expect(names).toContain('=cmd|" /C calc"!A0');
  });

  it('neutralise is reversible for every string (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(unneutralise(neutralise(s))).toBe(s);
      }),
    );
  });
});

describe('markdown and text exports', () => {
  // Handles and hashtags are links to X: their text is what the draft says.
  const unlink = (s: string) => s.replace(/\[((?:\\.|[^\]\\])*)\]\(<https:\/\/x\.com\/[^>]*>\)/g, '$1');
  const unescapeMd = (s: string) =>
    unlink(s)
      .replace(/\\([\\`*_{}[\]()#+\-.!|~=:"'])/g, '$1')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&#32;/g, ' ')
      .replace(/&#9;/g, '\t')
      .replace(/&amp;/g, '&');
  // A quoted line without its hard break (a backslash at its end that no other backslash escapes).
  const withoutBreak = (line: string) => line.replace(/(?<!\\)((?:\\\\)*)\\$/, '$1');

  it('contain every draft and every intent URL (property)', () => {
    fc.assert(
      fc.property(arbitraryCampaign, seed, (campaign, s) => {
        const run = draftAll(campaign, s);
        const md = join_(mdChunks(header(s), draftEach(campaign, s)));
        const txt = join_(txtChunks(header(s), draftEach(campaign, s)));
        const quoted = unescapeMd(
          md
            .split('\n')
            .filter((l) => l.startsWith('  > '))
            .map((l) => withoutBreak(l.slice(4)))
            .join('\n'),
        );
        for (const d of run.drafts) {
          expect(md).toContain(`(<${d.intentUrl}>)`);
          expect(quoted).toContain(d.text);
          expect(txt).toContain(`\n${d.text}\n`);
          expect(txt).toContain(d.intentUrl);
        }
        expect(md.match(/^- \[ \] /gm)?.length ?? 0).toBe(run.drafts.length);
      }),
      { numRuns: 100 },
    );
  });

  it('markdown never @-mentions or #-references anything bare: GitHub would notify its own users (property)', () => {
    fc.assert(
      fc.property(arbitraryCampaign, seed, (campaign, s) => {
        const md = join_(mdChunks(header(s), draftEach(campaign, s)));
        // Outside link texts, no @ or # starts a word.
        const bare = md.replace(/\[((?:\\.|[^\]\\])*)\]\(<[^>]*>\)/g, '').replace(/^# /, '');
        expect(bare).not.toMatch(/(?<![\p{L}\p{N}_])[@#][\p{L}\p{N}_-]/u);
      }),
      { numRuns: 100 },
    );
    const md = join_(mdChunks(header(1), draftEach(makeCampaign({ cc: ['Amnesty_UK'], hashtags: ['2026'] }), 1)));
    expect(md).toContain('[@Amnesty\\_UK](<https://x.com/Amnesty_UK>)');
    expect(md).toContain('[\\#2026](<https://x.com/hashtag/2026>)');
  });

  it('markdown lets no HTML through', () => {
    const md = join_(mdChunks(header(1), draftEach(hostileCampaign, 1)));
    expect(md).not.toContain('<script');
    expect(md).not.toContain('</textarea');
  });
});

describe('html export', () => {
  const pageScript = readFileSync(join(REPO, 'dist/page.js'), 'utf8');

  it('escapes everything from campaign data: the only script is our own', () => {
    const html = join_(htmlChunks(pageScript)(header(1), draftEach(hostileCampaign, 1)));
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain('</textarea><b>');
    expect(html).toContain(escapeHtml('<script>alert(1)</script>'));
    const textareas = [...html.matchAll(/<textarea[^>]*>([^<]*)<\/textarea>/g)].map((m) =>
      m[1]!.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))),
    );
    expect(textareas).toEqual(draftAll(hostileCampaign, 1).drafts.map((d) => d.text));
  });

  it('embeds the campaign as JSON that no string can break out of, and that reads back exactly', () => {
    const page = { campaign: hostileCampaign, selection: {} };
    const html = join_(htmlChunks(pageScript)({ ...header(1), page }, draftEach(hostileCampaign, 1)));
    expect(html.match(/<script/g)).toHaveLength(2);
    const json = /<script type="application\/json" id="pledge-data">(.*?)<\/script>/s.exec(html)![1]!;
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    const { dir: _, ...campaign } = hostileCampaign;
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify({ campaign, selection: {}, seed: 1 })));
  });

  it('embedJson: any value reads back exactly, and never holds <, >, &, U+2028 or U+2029 (property)', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.string({ unit: fc.constantFrom('<', '>', '&', '/', '!', '-', 's', '\u2028', '\u2029', '\ud800', 'é') }),
        (value, s) => {
          const json = embedJson({ value, s });
          expect(json).not.toMatch(/[<>&\u2028\u2029]/);
          expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify({ value, s })));
        },
      ),
    );
  });

  it('allows only its own script and style by hash, and needs no network', () => {
    const html = join_(htmlChunks(pageScript)(header(1), draftEach(makeCampaign(), 1)));
    const csp = /Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!;
    expect(csp).toMatch(
      /^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none'; form-action 'none'$/,
    );
    const script = /<script>(.*)<\/script>/s.exec(html)![1]!;
    expect(csp).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\/(?!x\.com\/intent)/);
  });
});

describe('targets no draft fits', () => {
  // One target whose every draft is too long.
  const campaign = makeCampaign({
    targets: [
      { id: 'ok', name: 'Fine Org', handle: 'FineOrg', group: 'g', ask: 'ask' },
      { id: 'long', name: 'Long Org', handle: 'LongOrg', group: 'g', ask: 'long' },
    ],
    templates: { ask: ['{mention} {point}'], long: [`${'x'.repeat(300)} {mention}`] },
  });
  const outcomes = () => draftEach(campaign, 1);

  it('are named in every format', () => {
    expect([...outcomes()].filter((o) => o.unfit).map((o) => o.unfit!.target.id)).toEqual(['long']);
    expect(join_(txtChunks(header(1), outcomes()))).toMatch(
      /\nCould not draft for Long Org \(@LongOrg\): nothing fits: the shortest draft is \d+\/280, \d+ over\n$/,
    );
    expect(join_(mdChunks(header(1), outcomes()))).toMatch(
      /Could not draft for:\n\n- \*\*Long Org\*\* \(\[@LongOrg\]\(<https:\/\/x\.com\/LongOrg>\)\): nothing fits\\: the shortest draft is \d+\/280, \d+ over\n$/,
    );
    const html = join_(htmlChunks(readFileSync(join(REPO, 'dist/page.js'), 'utf8'))(header(1), outcomes()));
    expect(html).toMatch(
      /<h3 id="t-long"><bdi>Long Org<\/bdi> <span class="handle">@LongOrg<\/span><\/h3>\n(.*\n)*<p class="unfit">No post fits here: the shortest draft is \d+\/280, \d+ over\.<\/p>/,
    );
    const rows = parseCsv<Record<string, string>>(join_(csvChunks(header(1), outcomes())).slice(1), { columns: true });
    expect(rows.map((r) => [r.target_id, r.text, r.valid, r.intent_url, r.problem!.replace(/\d+/g, 'N')])).toEqual([
      ['ok', expect.stringContaining('@FineOrg'), 'true', expect.stringMatching(/^https:/), ''],
      ['long', '', 'false', '', 'could not draft: nothing fits: the shortest draft is N/N, N over'],
    ]);
    expect(JSON.parse(join_(jsonChunks(header(1), outcomes()))).unfit).toHaveLength(1);
  });
});

describe('txt and md exports of hostile campaign data', () => {
  // A name that would clear the screen, write the clipboard (OSC 52), open a link (OSC 8) and reverse the text.
  const evil =
    'Amn\u001b[2J\u001b]52;c;aGVsbG8=\u0007esty\u001b]8;;http://evil\u0007 link\u001b]8;;\u0007\u202eRTL\u0000';
  const campaign = makeCampaign({
    name: `Campaign\u001b[31m ${evil}`,
    targets: [{ id: 'a', name: evil, handle: 'AmnestyUK', group: 'g', ask: 'ask' }],
    templates: { ask: ['Thanks {mention} {point}'] },
  });

  it.each(['txt', 'md'] as const)('%s: no escape sequence or control character reaches the file', async (format) => {
    const formatter = await formatterFor(format);
    const text = join_(formatter(header(1), draftEach(campaign, 1)));
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('Amn');
    expect(text).toContain('RTL');
  });
});

describe('extensionList: the one list of file types, as prompts and messages name them', () => {
  it('names each format by its own extension, in order, the last after "or"', () => {
    expect(extensionList()).toBe('.json, .csv, .md, .txt, .html, .xlsx or .ics');
    expect(extensionList(['md', 'xlsx'])).toBe('.md or .xlsx');
    expect(extensionList(['csv'])).toBe('.csv');
    for (const f of FORMATS) expect(resolveFormat(`x${extensionList([f])}`)).toBe(f);
  });
});
