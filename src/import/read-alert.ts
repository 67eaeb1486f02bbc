// Reading an alert file: its bytes decoded (UTF-8, else Windows-1252), its format told from its name or, for
// a file named otherwise, its first characters; the HTML and Markdown readers loaded only when needed.
import { extname } from 'node:path';
import { UsageError } from '../errors.js';
import { BoundedReadError, readBoundedFile } from '../read-bounded.js';
import { parsePlainText, type AlertDocument, type AlertFormat } from './document.js';

/** The format of an alert: from its extension (.html .htm .md .markdown), else from its content. */
function formatOf(file: string, text: string): AlertFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (/^\s*(?:<!doctype html|<html[\s>]|<body[\s>]|<(?:div|p|h1|table)[\s>])/i.test(text)) return 'html';
  return 'text';
}

/** Decodes an alert's bytes: UTF-8 (a BOM is dropped); bytes that are not UTF-8 are read as Windows-1252. */
function decode(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** The largest alert read (bytes): an alert is a page or an email, far below this. */
const MAX_ALERT_BYTES = 16 << 20;

/**
 * Reads and parses an alert file: only a regular file of at most {@link MAX_ALERT_BYTES} bytes (a FIFO would
 * block forever, /dev/zero never ends). Throws a {@link UsageError} naming the file when it cannot be read.
 */
export async function readAlert(file: string): Promise<{ doc: AlertDocument; encoding: string }> {
  let bytes: Buffer;
  try {
    const notRegular = 'save the alert as a text, Markdown or HTML file';
    bytes = readBoundedFile(file, MAX_ALERT_BYTES, { notRegular, tooBig: 'for an alert' });
  } catch (e) {
    throw e instanceof BoundedReadError ? new UsageError(`${file}: ${e.message}`) : e;
  }
  if (bytes.includes(0))
    throw new UsageError(`${file}: not a text file (it has NUL bytes): save the alert as text, Markdown or HTML`);
  const { text, encoding } = decode(bytes);
  const format = formatOf(file, text);
  if (format === 'html') return { doc: (await import('./html.js')).parseHtml(text), encoding };
  if (format === 'markdown') return { doc: (await import('./markdown.js')).parseMarkdown(text), encoding };
  return { doc: parsePlainText(text), encoding };
}
