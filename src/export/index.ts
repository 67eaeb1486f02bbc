import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { DraftOutcome } from '../core/drafting.js';
import { UsageError } from '../errors.js';
import { PAGE_SCRIPT } from '../package-files.js';
import { Tally } from '../run/tally.js';
import { quote, visible } from '../ui/quote.js';
import { sanitize } from '../ui/sanitize.js';
import { FORMATS, jsonChunks, mdChunks, txtChunks, type ExportFormat, type ExportHeader, type Formatter } from './formats.js';
import { EXTENSIONS, extensionList, STDOUT } from './extensions.js';
import { writeAtomically, type WriteOptions } from './write.js';
import { plural } from '../ui/plural.js';

export { checkDestination } from './write.js';

export { STDOUT } from './extensions.js';

/** The format asked for, or the one the file name's extension implies (json for `-`, standard output). */
/**
 * Refuses, before any drafting, a format the campaign cannot give: an .ics without the action's start time
 * (campaign.json `time.start`). Throws a {@link UsageError}.
 */
export async function checkFormatFor(format: ExportFormat, campaign: { time?: { start?: string } }): Promise<void> {
  if (format === 'ics' && !campaign.time?.start) throw (await import('./ics.js')).noTimeError();
}

export function resolveFormat(file: string, format?: string): ExportFormat {
  if (format === undefined && file === STDOUT) return 'json';
  if (format === 'xlsx' && file === STDOUT)
    throw new UsageError('xlsx is a binary file: write it to a file, such as pledge export drafts.xlsx');
  if (format !== undefined) {
    if ((FORMATS as readonly string[]).includes(format)) return format as ExportFormat;
    throw new UsageError(`unknown format ${quote(format)}; use one of ${FORMATS.join(', ')}`);
  }
  const byExtension = EXTENSIONS[extname(file).toLowerCase()];
  if (!byExtension) {
    throw new UsageError(
      `cannot tell the format of ${quote(file)} from its extension; name it ${extensionList()}, or add --format ${FORMATS.join('|')}`,
    );
  }
  return byExtension;
}

/**
 * A formatter whose text is read by people, in a terminal (`cat drafts.txt`) or an editor: escape sequences,
 * control characters and bidi overrides from campaign data are removed, as on the terminal (see sanitize).
 * Every chunk holds whole fields, so no sequence is split between two chunks.
 */
function forReading(formatter: Formatter): Formatter {
  return function* (header, outcomes) {
    for (const chunk of formatter(header, outcomes)) yield sanitize(chunk);
  };
}

/** The formatter for a text format; csv and html load their code (and the page script) only when used. */
export async function formatterFor(format: Exclude<ExportFormat, 'xlsx'>): Promise<Formatter> {
  switch (format) {
    case 'json':
      return jsonChunks;
    case 'md':
      return forReading(mdChunks);
    case 'txt':
      return forReading(txtChunks);
    case 'csv':
      return (await import('./csv.js')).csvChunks;
    case 'ics':
      return (await import('./ics.js')).icsChunks;
    case 'html': {
      const { htmlChunks } = await import('./html.js');
      return htmlChunks(await readFile(PAGE_SCRIPT, 'utf8'));
    }
  }
}

/** Where an export goes: the file, its format, and how to write it. */
export interface ExportDestination extends WriteOptions {
  /** The file to write; with `stdout`, `-` writes there instead. */
  file: string;
  format: ExportFormat;
  /** Where `-` writes (standard output), chunk by chunk. */
  stdout?: (chunk: string) => void;
}

/** What an export wrote: how many drafts, and whether it replaced an existing file. */
export interface ExportResult {
  drafts: number;
  replaced: boolean;
}

/**
 * The message about a finished export, one whole sentence without its final stop:
 * `wrote drafts.csv (csv, 5 drafts)`, or with the seed `replaced a.md (md, 1 draft, seed 7)`.
 */
export function describeExport(file: string, format: ExportFormat, written: ExportResult, seed?: number): string {
  const seedPart = seed === undefined ? '' : `, seed ${seed}`;
  const where = file === STDOUT ? 'standard output' : visible(file);
  return `${written.replaced ? 'replaced' : 'wrote'} ${where} (${format}, ${plural(written.drafts, 'draft')}${seedPart})`;
}

/** Formats the outcomes as they come and writes them atomically; returns how many drafts were written. */
export async function exportDrafts(
  destination: ExportDestination,
  header: ExportHeader,
  outcomes: Iterable<DraftOutcome>,
): Promise<ExportResult> {
  const counted = new Tally(outcomes);
  if (destination.format === 'xlsx') {
    // A binary format, made whole in memory (a sheet holds at most 1,048,575 targets), then written atomically.
    const { xlsxBytes } = await import('./xlsx.js');
    const { replaced } = await writeAtomically(destination.file, [await xlsxBytes(header, counted)], destination);
    return { drafts: counted.drafts, replaced };
  }
  const formatter = await formatterFor(destination.format);
  if (destination.file === STDOUT && destination.stdout) {
    for (const chunk of formatter(header, counted)) destination.stdout(chunk);
    return { drafts: counted.drafts, replaced: false };
  }
  const { replaced } = await writeAtomically(destination.file, formatter(header, counted), destination);
  return { drafts: counted.drafts, replaced };
}
