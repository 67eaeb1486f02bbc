import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { DraftOutcome } from '../core/drafting.js';
import { UsageError } from '../errors.js';
import { PAGE_SCRIPT } from '../package-files.js';
import { Tally } from '../run/tally.js';
import { oneLine } from '../ui/sanitize.js';
import { FORMATS, jsonChunks, mdChunks, txtChunks, type ExportFormat, type ExportHeader, type Formatter } from './formats.js';
import { writeAtomically, type WriteOptions } from './write.js';

const EXTENSIONS: Record<string, ExportFormat> = { '.json': 'json', '.csv': 'csv', '.md': 'md', '.markdown': 'md', '.txt': 'txt', '.html': 'html', '.htm': 'html' };

/** The file name that stands for standard output. */
export const STDOUT = '-';

/** The format asked for, or the one the file name's extension implies (json for `-`, standard output). */
export function resolveFormat(file: string, format?: string): ExportFormat {
  if (format === undefined && file === STDOUT) return 'json';
  if (format !== undefined) {
    if ((FORMATS as readonly string[]).includes(format)) return format as ExportFormat;
    throw new UsageError(`unknown format "${format}"; use one of ${FORMATS.join(', ')}`);
  }
  const byExtension = EXTENSIONS[extname(file).toLowerCase()];
  if (!byExtension) {
    throw new UsageError(`cannot tell the format of "${file}" from its extension; name it .json, .csv, .md, .txt or .html, or add --format ${FORMATS.join('|')}`);
  }
  return byExtension;
}

/** The formatter for a format; csv and html load their code (and the page script) only when used. */
async function formatterFor(format: ExportFormat): Promise<Formatter> {
  switch (format) {
    case 'json':
      return jsonChunks;
    case 'md':
      return mdChunks;
    case 'txt':
      return txtChunks;
    case 'csv':
      return (await import('./csv.js')).csvChunks;
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
  const where = file === STDOUT ? 'standard output' : oneLine(file);
  return `${written.replaced ? 'replaced' : 'wrote'} ${where} (${format}, ${written.drafts} draft${written.drafts === 1 ? '' : 's'}${seedPart})`;
}

/** Formats the outcomes as they come and writes them atomically; returns how many drafts were written. */
export async function exportDrafts(destination: ExportDestination, header: ExportHeader, outcomes: Iterable<DraftOutcome>): Promise<ExportResult> {
  const formatter = await formatterFor(destination.format);
  const counted = new Tally(outcomes);
  if (destination.file === STDOUT && destination.stdout) {
    for (const chunk of formatter(header, counted)) destination.stdout(chunk);
    return { drafts: counted.drafts, replaced: false };
  }
  const { replaced } = await writeAtomically(destination.file, formatter(header, counted), destination);
  return { drafts: counted.drafts, replaced };
}
