// The xlsx export, read back with a different library (read-excel-file) than the one that writes it
// (exceljs): every cell is exactly what was drafted, typed as text (no formula, number or date), and the
// sheet's structure (hyperlinks, frozen header, column widths, Text format) is checked in the file's XML.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { draftAll } from '../../src/core/drafting.js';
import { CSV_COLUMNS } from '../../src/export/csv.js';
import { exportDrafts } from '../../src/export/index.js';
import { xlsxText } from '../../src/export/xlsx.js';
import { makeCampaign } from '../support/campaigns.js';
import { pledge } from '../support/cli.js';

/** Values spreadsheets love to reinterpret: ids and handles that look like numbers, dates, formulas, booleans. */
const TRICKY = [
  '007',
  '0044123',
  '1e5',
  '10/11',
  '=1+1',
  "'-10% funding cuts",
  '-10% funding cuts',
  '@SUM(A1)',
  '+44 20',
  'TRUE',
  '12:30',
  '2026-01-01',
  '  two leading spaces',
  'trailing space ',
  '1,5',
  '_x0041_ literal',
  'bell\u0007 and \u0001',
  'tab\there',
  'émoji 🏳️‍🌈 中文',
];
const campaign = makeCampaign({
  targets: TRICKY.map((name, i) => ({
    id: `t${i}`,
    name,
    handle: i % 3 ? `h${i}` : undefined,
    group: TRICKY[(i + 1) % TRICKY.length]!,
    ask: 'ask',
  })),
  points: TRICKY.map((text, i) => ({ id: `p${i}`, text: `${text} is the point.`, short: text })),
  templates: { ask: ['{point} {mention}', '{mention}: {point}'] },
});

const unXml = (s: string) =>
  s.replace(/&(apos|quot|lt|gt|amp);/g, (_, e: string) => ({ apos: "'", quot: '"', lt: '<', gt: '>', amp: '&' })[e]!);

async function exported(seed: number) {
  const file = join(mkdtempSync(join(tmpdir(), 'pledge-xlsx-')), 'drafts.xlsx');
  const written = await exportDrafts(
    { file, format: 'xlsx' },
    { campaignName: 'Tricky =1+1', seed },
    draftAll(campaign, seed).drafts.map((draft) => ({ draft })),
  );
  return { file, written };
}

describe('xlsx export', () => {
  it('reads back (with another library) to exactly the drafts: text stays text, no apostrophe, no coercion', async () => {
    const { file, written } = await exported(5);
    const drafts = draftAll(campaign, 5).drafts;
    expect(written.drafts).toBe(drafts.length);
    const sheets = (await readXlsxFile(file, { trim: false })) as unknown as { sheet: string; data: unknown[][] }[];
    expect(sheets.map((s) => s.sheet)).toEqual(['Drafts']);
    const [head, ...rows] = sheets[0]!.data;
    expect(head).toEqual([...CSV_COLUMNS]);
    expect(rows).toEqual(
      drafts.map((d) => [
        d.target.id,
        d.target.name,
        d.target.handle ?? null,
        d.target.group,
        d.text,
        d.post.length,
        d.post.valid,
        d.intentUrl,
        null,
      ]),
    );
    for (const row of rows)
      for (const [i, cell] of row.entries())
        if (i !== 5 && i !== 6 && cell !== null) expect(typeof cell).toBe('string');
  });

  it('stores every text as a string cell in the Text format, with clickable intent URLs, a frozen header and sized columns', async () => {
    const { file } = await exported(2);
    const zip = unzipSync(readFileSync(file));
    const sheet = strFromU8(zip['xl/worksheets/sheet1.xml']!);
    const rels = strFromU8(zip['xl/worksheets/_rels/sheet1.xml.rels']!);
    const styles = strFromU8(zip['xl/styles.xml']!);
    const drafts = draftAll(campaign, 2).drafts;
    // No formula anywhere; every text cell is a shared string (t="s"), never an inline formula result.
    expect(sheet).not.toMatch(/<f[ >]/);
    expect(sheet).not.toMatch(/t="(str|e)"/);
    // Frozen first row.
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    // Column widths set for every column.
    expect(sheet.match(/<col [^>]*customWidth="1"/g)).toHaveLength(CSV_COLUMNS.length);
    // The Text number format (@, built-in id 49) on every text cell.
    const textStyles = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf numFmtId="(\d+)"/g)]
      .map((m, i) => [i, m[1]] as const)
      .filter(([, id]) => id === '49')
      .map(([i]) => String(i));
    const textCells = [...sheet.matchAll(/<c r="([A-Z]+)(\d+)"( s="(\d+)")?( t="s")?/g)].filter(
      (m) => m[2] !== '1' && m[5],
    );
    expect(textCells.length).toBeGreaterThan(drafts.length * 4);
    for (const m of textCells) expect(textStyles).toContain(m[4]);
    // One hyperlink per draft, to its intent URL, on the intent_url column (H).
    const links = [...sheet.matchAll(/<hyperlink ref="H(\d+)" r:id="(rId\d+)"/g)];
    expect(links.map((m) => Number(m[1]))).toEqual(drafts.map((_, i) => i + 2));
    const targets = new Map([...rels.matchAll(/Id="(rId\d+)"[^>]*Target="([^"]*)"/g)].map((m) => [m[1], unXml(m[2]!)]));
    expect(links.map((m) => targets.get(m[2]))).toEqual(drafts.map((d) => d.intentUrl));
  });

  it('names the targets no draft fits, as the CSV does', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pledge-xlsx-')), 'unfit.xlsx');
    const r = pledge(['export', file, '--campaign', 'tests/fixtures/unfit', '--seed', '1']);
    expect(r.status).toBe(1);
    const [sheet] = (await readXlsxFile(file, { trim: false })) as unknown as { data: unknown[][] }[];
    const problems = sheet!.data.slice(1).filter((row) => row[8] !== null);
    expect(problems.length).toBeGreaterThan(0);
    for (const row of problems) {
      expect(row[4]).toBeNull();
      expect(row[6]).toBe(false);
      expect(row[8]).toMatch(/^could not draft: /);
    }
  });

  it('escapes what XML cannot hold as OOXML does (_xHHHH_), and a literal _xHHHH_ too', () => {
    expect(xlsxText('a\u0001b')).toBe('a_x0001_b');
    expect(xlsxText('_x0041_')).toBe('_x005F_x0041_');
    expect(xlsxText('tab\tnew\nline _x_')).toBe('tab\tnew\nline _x_');
  });

  it('pledge export drafts.xlsx: the format from the extension; refused on standard output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-xlsx-'));
    const r = pledge(['export', join(dir, 'drafts.xlsx'), '--seed', '3']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('(xlsx, 5 drafts, seed 3)');
    expect(readFileSync(join(dir, 'drafts.xlsx')).subarray(0, 2).toString()).toBe('PK');
    const out = pledge(['export', '-', '--format', 'xlsx']);
    expect(out.status).toBe(2);
    expect(out.stderr).toBe('error: xlsx is a binary file: write it to a file, such as pledge export drafts.xlsx\n');
  });
});
