import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { DraftOutcome } from '../core/fit.js';
import { UsageError } from '../errors.js';
import { oneLine } from '../ui/sanitize.js';
import { FORMATS, jsonChunks, mdChunks, txtChunks, type ExportFormat, type ExportHeader, type Formatter } from './formats.js';
import { writeAtomically, type WriteOptions } from './write.js';

const EXTENSIONS: Record<string, ExportFormat> = { '.json': 'json', '.csv': 'csv', '.md': 'md', '.markdown': 'md', '.txt': 'txt', '.html': 'html', '.htm': 'html' };

/** The format asked for, or the one the file name's extension implies. */
export function resolveFormat(file: string, format?: string): ExportFormat {
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
export async function formatterFor(format: ExportFormat, pageScript?: string): Promise<Formatter> {
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
      if (!pageScript) throw new Error('the HTML export needs the page script (dist/page.js)');
      const { htmlChunks } = await import('./html.js');
      return htmlChunks(await readFile(pageScript, 'utf8'));
    }
  }
}

export interface ExportTarget extends WriteOptions {
  file: string;
  format: ExportFormat;
  pageScript?: string;
}

/** `wrote drafts.csv (csv, 5 drafts` — the start of every message about a finished export. */
export function describeExport(file: string, format: ExportFormat, written: { drafts: number; replaced: boolean }): string {
  return `${written.replaced ? 'replaced' : 'wrote'} ${oneLine(file)} (${format}, ${written.drafts} draft${written.drafts === 1 ? '' : 's'}`;
}

/** Formats the outcomes as they come and writes them atomically; returns how many drafts were written. */
export async function exportDrafts(target: ExportTarget, header: ExportHeader, outcomes: Iterable<DraftOutcome>): Promise<{ drafts: number; replaced: boolean }> {
  const formatter = await formatterFor(target.format, target.pageScript);
  let drafts = 0;
  const counted = (function* () {
    for (const o of outcomes) {
      if (o.draft) drafts++;
      yield o;
    }
  })();
  const { replaced } = await writeAtomically(target.file, formatter(header, counted), target);
  return { drafts, replaced };
}
