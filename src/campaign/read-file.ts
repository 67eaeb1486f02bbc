// Reading one campaign file: only a regular file of at most MAX_FILE_BYTES (see read-bounded.ts), and only
// UTF-8.
import { isUtf8 } from 'node:buffer';
import { BoundedReadError, readBoundedFile } from '../read-bounded.js';
import { lineColumnAt } from './line-column.js';

/** The largest campaign file read (bytes): ten times a 100,000-target file. */
export const MAX_FILE_BYTES = 256 << 20;

/** Why a campaign file cannot be read; `line`/`column` where a byte is at fault. */
export class ReadError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

function readBytes(file: string): Buffer {
  try {
    return readBoundedFile(file, MAX_FILE_BYTES, {
      notRegular: 'a campaign file must be a JSON file',
      tooBig: 'for a campaign file',
    });
  } catch (e) {
    throw e instanceof BoundedReadError ? new ReadError(e.message) : e;
  }
}

/** Offset of the first byte that is not part of well-formed UTF-8 (RFC 3629), or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (!n) return i;
    for (let k = 1; k <= n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    const c1 = b[i + 1]!;
    if (
      (c === 0xe0 && c1 < 0xa0) ||
      (c === 0xed && c1 > 0x9f) ||
      (c === 0xf0 && c1 < 0x90) ||
      (c === 0xf4 && c1 > 0x8f)
    )
      return i;
    i += n + 1;
  }
  return -1;
}

/** The UTF-16 or UTF-32 encoding a file's first bytes show (byte-order mark, or JSON's zero bytes), if any. */
function wideEncoding(b: Uint8Array): string | undefined {
  const [b0, b1, b2, b3] = [b[0], b[1], b[2], b[3]];
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 && b1 === 0 && b2 === 0 && b3 === 0))
    return 'UTF-32 (little-endian)';
  if ((b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) || (b0 === 0 && b1 === 0 && b2 === 0 && b3))
    return 'UTF-32 (big-endian)';
  if ((b0 === 0xff && b1 === 0xfe) || (b0 && b1 === 0)) return 'UTF-16 (little-endian)';
  if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0 && b1)) return 'UTF-16 (big-endian)';
  return undefined;
}

/**
 * The text of a campaign file, without its UTF-8 byte-order mark. Throws a {@link ReadError} for anything but
 * a readable regular file of at most {@link MAX_FILE_BYTES} bytes of UTF-8 (the first bad byte's line and
 * column given; UTF-16 and UTF-32 are named).
 */
export function readCampaignFile(file: string): string {
  const bytes = readBytes(file);
  const wide = wideEncoding(bytes);
  if (wide) throw new ReadError(`the file is ${wide}, not UTF-8: save it as UTF-8`, 1, 1);
  if (!isUtf8(bytes)) {
    const at = firstInvalidUtf8(bytes);
    const before = bytes.subarray(0, at).toString('utf8');
    const { line, column } = lineColumnAt(before, before.length);
    throw new ReadError(
      `invalid UTF-8: byte 0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')} is not valid here; save the file as UTF-8`,
      line,
      column,
    );
  }
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
