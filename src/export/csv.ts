import { stringify } from 'csv-stringify/sync';
import { handleOn } from '../campaign/networks.js';
import type { DraftOutcome } from '../core/drafting.js';
import { unfitReason } from '../render/unfit-reason.js';
import type { ExportHeader } from './formats.js';

/**
 * The CSV columns, in order. An export of a run given `--network` has a `network` column after `name`
 * ({@link CSV_NETWORK_COLUMNS}); `handle` is then the handle on that network, and `weighted_length` and
 * `valid` are that network's (`weighted_length` in its unit).
 */
export const CSV_COLUMNS = [
  'target_id',
  'name',
  'handle',
  'group',
  'text',
  'weighted_length',
  'valid',
  'intent_url',
  'problem',
] as const;
/** {@link CSV_COLUMNS} with `network` after `name`, for runs given `--network`. */
export const CSV_NETWORK_COLUMNS = [...CSV_COLUMNS.slice(0, 2), 'network', ...CSV_COLUMNS.slice(2)] as const;

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

const OPTIONS = { record_delimiter: 'windows', quoted_match: /[\s"]/ } as const;
const rows = (records: string[][]) => stringify(records.map((cells) => cells.map(neutralise)), OPTIONS);
// Rows are stringified a batch at a time: one call per row costs the option handling every time.
const BATCH = 32;

/**
 * One row: a draft (`problem` empty), or a target no draft fits (`text`, `weighted_length` and `intent_url`
 * empty, `valid` false, `problem` saying why). Shared by the CSV and xlsx exports.
 */
export function csvRecord({ draft: d, unfit: u }: DraftOutcome, withNetwork = false): string[] {
  const t = (d ?? u).target;
  const network = (d ?? u).network;
  const head = [t.id, t.name, ...(withNetwork ? [network] : []), handleOn(t, network)?.handle ?? '', t.group];
  if (d) return [...head, d.text, String(d.post.length), String(d.post.valid), d.intentUrl ?? '', ''];
  return [...head, '', '', 'false', '', `could not draft: ${unfitReason(u)}`];
}

/**
 * RFC 4180 CSV (CRLF, double-quote escaping) with a UTF-8 byte-order mark so spreadsheet programs read it
 * as UTF-8. Handles are stored without the `@`; no cell can start a formula. Targets no draft fits get a
 * row too (see {@link csvRecord}).
 */
export function* csvChunks(header: ExportHeader, outcomes: Iterable<DraftOutcome>): Iterable<string> {
  const withNetwork = header.network !== undefined;
  yield `\ufeff${rows([[...(withNetwork ? CSV_NETWORK_COLUMNS : CSV_COLUMNS)]])}`;
  let batch: string[][] = [];
  for (const o of outcomes) {
    batch.push(csvRecord(o, withNetwork));
    if (batch.length === BATCH) {
      yield rows(batch);
      batch = [];
    }
  }
  if (batch.length) yield rows(batch);
}
