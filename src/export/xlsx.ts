import type { DraftOutcome } from '../core/drafting.js';
import { UsageError } from '../errors.js';
import { CSV_COLUMNS, csvRecord } from './csv.js';
import type { ExportHeader } from './formats.js';

/** Rows a worksheet holds (Excel and LibreOffice: 1,048,576), the header row included. */
const XLSX_MAX_ROWS = 1_048_576;
/** The longest URL Excel accepts as a hyperlink; a longer intent URL is written as plain text. */
const XLSX_MAX_HYPERLINK = 2079;
/** The most characters a cell holds (Excel's limit). */
const MAX_CELL = 32_767;

// Column widths in characters: from the longest value, within these bounds (text and URLs wrap or clip).
const MIN_WIDTH = 6;
const MAX_WIDTH: Partial<Record<(typeof CSV_COLUMNS)[number], number>> = {
  text: 80,
  intent_url: 50,
  problem: 60,
  name: 40,
};
const DEFAULT_MAX_WIDTH = 30;

// Characters XML 1.0 cannot carry. OOXML writes them (and a literal `_xHHHH_`, by escaping its "_") as
// `_xHHHH_` (ECMA-376 Part 1, 22.9.2.19 ST_Xstring), which Excel and LibreOffice read back as the character.
const XML_UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)/g;
const hex4 = (c: string) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

/** A string as an xlsx text cell stores it: the exact text read back by spreadsheet programs. */
export function xlsxText(s: string): string {
  return s.replace(XML_UNSAFE, (c) => `_x${hex4(c)}_`);
}

/**
 * The drafts as an xlsx workbook (exceljs, loaded only here): one sheet "Drafts" with the CSV's columns, one
 * row per target. Every text cell is a string cell in the Text number format ("@"), so no spreadsheet
 * evaluates a formula in it or reads `007`, `1e5` or `10/11` as a number or a date, and no apostrophe is
 * added; `weighted_length` is a number and `valid` a boolean. Intent URLs are hyperlinks (up to
 * {@link XLSX_MAX_HYPERLINK} characters); the header row is bold and frozen, columns are sized to their
 * content. The campaign name and seed are the workbook's title and subject.
 * @throws UsageError when the drafts need more rows than a worksheet has.
 * @returns the file's bytes.
 */
export async function xlsxBytes(header: ExportHeader, outcomes: Iterable<DraftOutcome>): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'pledge';
  workbook.title = xlsxText(header.campaignName);
  workbook.subject = `seed ${header.seed}`;
  const sheet = workbook.addWorksheet('Drafts', {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  const widths: number[] = CSV_COLUMNS.map((c) => c.length);
  const headerRow = sheet.addRow([...CSV_COLUMNS]);
  headerRow.font = { bold: true };
  const LENGTH = CSV_COLUMNS.indexOf('weighted_length');
  const VALID = CSV_COLUMNS.indexOf('valid');
  const URL = CSV_COLUMNS.indexOf('intent_url');
  let rows = 1;
  for (const o of outcomes) {
    if (++rows > XLSX_MAX_ROWS)
      throw new UsageError(`an xlsx sheet holds at most ${XLSX_MAX_ROWS - 1} targets: export csv or json instead`);
    const record = csvRecord(o);
    const row = sheet.addRow(
      record.map((cell, i) => {
        widths[i] = Math.max(widths[i]!, cell.length);
        if (i === LENGTH) return cell === '' ? null : Number(cell);
        if (i === VALID) return cell === 'true';
        if (cell.length > MAX_CELL)
          throw new UsageError(
            `a cell of ${cell.length} characters does not fit an xlsx cell (at most ${MAX_CELL}): export csv or json instead`,
          );
        return xlsxText(cell);
      }),
    );
    const url = record[URL]!;
    if (url && url.length <= XLSX_MAX_HYPERLINK) {
      const cell = row.getCell(URL + 1);
      cell.value = { text: xlsxText(url), hyperlink: url };
      cell.font = { color: { argb: 'FF0563C1' }, underline: true };
    }
  }
  CSV_COLUMNS.forEach((name, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.min(Math.max(widths[i]!, MIN_WIDTH), MAX_WIDTH[name] ?? DEFAULT_MAX_WIDTH) + 2;
    if (i !== LENGTH && i !== VALID) column.numFmt = '@';
    if (name === 'text' || name === 'problem') column.alignment = { wrapText: true, vertical: 'top' };
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
