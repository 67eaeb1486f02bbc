// Reading a whole file that must be a regular file of bounded size, for campaign files and alerts alike: a
// FIFO would block forever and /dev/zero never ends. Synchronous on purpose (node:fs/promises alone costs a
// few ms of start-up, and these files are small).
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { describeFsError, isFsError, kindOf } from './fs-errors.js';

/** Why {@link readBoundedFile} refused or failed, in a few words without the file's name ("file not found"). */
export class BoundedReadError extends Error {}

/** What the messages of {@link readBoundedFile} say a file must be, after "not a regular file: " / "too big ". */
export interface BoundedReadHints {
  /** E.g. "a campaign file must be a JSON file". */
  notRegular: string;
  /** E.g. "for a campaign file". */
  tooBig: string;
}

/**
 * Opens `file` for reading (O_NONBLOCK, so a FIFO is refused instead of waiting for a writer) and checks with
 * fstat, on the descriptor, that it is a regular file of at most `maxBytes` bytes; runs `read` on the descriptor,
 * then closes it.
 * @throws BoundedReadError as {@link readBoundedFile} says; whatever `read` throws, as it is (but file errors).
 */
function withRegularFile<T>(file: string, maxBytes: number, hints: BoundedReadHints, read: (fd: number) => T): T {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new BoundedReadError(code === 'ENOENT' ? 'file not found' : describeFsError(e as NodeJS.ErrnoException));
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new BoundedReadError('is a folder, not a file');
    if (!st.isFile()) throw new BoundedReadError(`is ${kindOf(st)}, not a regular file: ${hints.notRegular}`);
    if (st.size > maxBytes) throw tooBig(maxBytes, hints);
    return read(fd);
  } catch (e) {
    if (e instanceof BoundedReadError || !isFsError(e)) throw e; // a bug is not a file problem
    throw new BoundedReadError(describeFsError(e));
  } finally {
    closeSync(fd);
  }
}

const tooBig = (maxBytes: number, hints: BoundedReadHints) =>
  new BoundedReadError(`larger than ${maxBytes >> 20} MiB: too big ${hints.tooBig}`);

/**
 * The bytes of `file`, at most `maxBytes` of them. One file descriptor is opened, checked (see withRegularFile:
 * what is checked is what is read) and read to its end whatever its size said (a file may grow; /proc files say
 * 0).
 * @throws BoundedReadError for a missing or unreadable path, a folder, anything but a regular file, and a
 *   file of more than `maxBytes` bytes.
 */
export function readBoundedFile(file: string, maxBytes: number, hints: BoundedReadHints): Buffer {
  return withRegularFile(file, maxBytes, hints, (fd) => {
    let buf = Buffer.allocUnsafe(Math.min(fstatSync(fd).size + 1, maxBytes + 1));
    let n = 0;
    for (;;) {
      if (n === buf.length) {
        if (n > maxBytes) throw tooBig(maxBytes, hints);
        const bigger = Buffer.allocUnsafe(Math.min(Math.max(n * 2, 1 << 16), maxBytes + 1));
        buf.copy(bigger, 0, 0, n);
        buf = bigger;
      }
      const r = readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      n += r;
    }
    return buf.subarray(0, n);
  });
}

/**
 * Reads `file` as {@link readBoundedFile} does, but in pieces of at most `chunkBytes` bytes handed to `onChunk`
 * (the same buffer each time: copy what must outlive the call), so the whole file is never held.
 * @throws BoundedReadError as {@link readBoundedFile}; whatever `onChunk` throws, as it is.
 */
export function readBoundedChunks(
  file: string,
  maxBytes: number,
  chunkBytes: number,
  hints: BoundedReadHints,
  onChunk: (bytes: Buffer) => void,
): void {
  withRegularFile(file, maxBytes, hints, (fd) => {
    const buf = Buffer.allocUnsafe(chunkBytes);
    for (let total = 0; ; ) {
      const r = readSync(fd, buf, 0, chunkBytes, null);
      if (r === 0) return;
      total += r;
      if (total > maxBytes) throw tooBig(maxBytes, hints);
      onChunk(buf.subarray(0, r));
    }
  });
}
