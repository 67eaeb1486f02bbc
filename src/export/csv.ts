import { stringify } from 'csv-stringify/sync';
import type { DraftOutcome } from '../core/fit.js';
import type { ExportHeader } from './formats.js';

/** The CSV columns, in order. */
export const CSV_COLUMNS = ['target_id', 'name', 'handle', 'group', 'text', 'weighted_length', 'valid', 'intent_url'] as const;

// A cell a spreadsheet would run as a formula (OWASP's list), or one that starts with the apostrophe we
// use to neutralise those (so reading back is exact).
const RISKY = /^[=+\-@\t\r']/;

/** Makes a cell inert in spreadsheets: a leading apostrophe marks it as text. */
export function neutralise(cell: string): string {
  return RISKY.test(cell) ? `'${cell}` : cell;
}

/** Undoes {@link neutralise}. */
export function unneutralise(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

const row = (cells: string[]) => stringify([cells.map(neutralise)], { record_delimiter: 'windows', quoted_match: /[\s"]/ });

/**
 * RFC 4180 CSV (CRLF, double-quote escaping) with a UTF-8 byte-order mark so spreadsheet programs read it
 * as UTF-8. Handles are stored without the `@`; no cell can start a formula.
 */
export function* csvChunks(_header: ExportHeader, outcomes: Iterable<DraftOutcome>): Iterable<string> {
  yield `\ufeff${row([...CSV_COLUMNS])}`;
  for (const { draft: d } of outcomes) {
    if (!d) continue;
    yield row([d.target.id, d.target.name, d.target.handle ?? '', d.target.group, d.text, String(d.count.weightedLength), String(d.count.fits), d.intentUrl]);
  }
}
