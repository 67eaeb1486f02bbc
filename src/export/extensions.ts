// The one list of file extensions an export understands, and how prompts and messages name them.
import { FORMATS, type ExportFormat } from './formats.js';

/** The file name that stands for standard output. */
export const STDOUT = '-';

/** File extension (lower case, with its dot) to export format; the first listed for a format is its own. */
export const EXTENSIONS: Readonly<Record<string, ExportFormat>> = {
  '.json': 'json',
  '.csv': 'csv',
  '.md': 'md',
  '.markdown': 'md',
  '.txt': 'txt',
  '.html': 'html',
  '.htm': 'html',
  '.xlsx': 'xlsx',
  '.ics': 'ics',
};

/**
 * Each format's own extension, in the order of `formats` (default: every format), as a sentence lists them:
 * `.json, .csv, .md, .txt, .html, .xlsx or .ics`.
 */
export function extensionList(formats: readonly ExportFormat[] = FORMATS): string {
  const own = formats.map((f) => Object.keys(EXTENSIONS).find((ext) => EXTENSIONS[ext] === f)!);
  return own.length > 1 ? `${own.slice(0, -1).join(', ')} or ${own.at(-1)}` : own.join('');
}
