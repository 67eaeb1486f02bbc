import { closeSync, existsSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { link, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { garbageBudget } from '../core/memory.js';
import { FileError, InterruptedError } from '../errors.js';

export interface WriteOptions {
  /** Replace an existing file. */
  force?: boolean;
  /** Aborting stops the write and leaves the destination as it was. */
  signal?: AbortSignal;
}

/** A one-line account of a failed write. */
export function describeWriteError(file: string, e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return existsSync(dirname(resolve(file))) ? `cannot write ${file}: files cannot be created in ${dirname(file)}` : `cannot write ${file}: the folder ${dirname(file)} does not exist`;
    case 'EACCES':
    case 'EPERM':
      return `cannot write ${file}: permission denied`;
    case 'ENOSPC':
      return `cannot write ${file}: the disk is full`;
    case 'EDQUOT':
      return `cannot write ${file}: disk quota exceeded`;
    case 'EROFS':
      return `cannot write ${file}: read-only file system`;
    case 'EISDIR':
      return `cannot write ${file}: it is a folder`;
    case 'ENOTDIR':
      return `cannot write ${file}: part of the path is not a folder`;
    default:
      return `cannot write ${file}: ${e.message}`;
  }
}

// Bytes per write (and between two turns of the event loop, so Ctrl-C is seen at once).
const BUFFER_SIZE = 1 << 16;

/** What a file is written from: text (written as UTF-8) or bytes, in pieces. */
export type Chunks = Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/**
 * Writes the chunks to a new file through one 64 KiB buffer: each chunk is copied in as soon as it is made,
 * so the strings of each draft die young. (Joining chunks into larger strings first, or a stream's own
 * buffering, kept them alive long enough to be promoted to the old generation, which doubled the peak memory
 * of a 100,000-draft export.) The event loop gets a turn after every write, so an abort is seen at once.
 */
async function writeChunks(file: string, chunks: Chunks, signal?: AbortSignal): Promise<void> {
  const fd = openSync(file, 'wx');
  const buffer = Buffer.allocUnsafe(BUFFER_SIZE);
  const keepMemoryFlat = garbageBudget();
  let used = 0;
  const flush = async () => {
    for (let off = 0; off < used; ) off += writeSync(fd, buffer, off, used - off);
    used = 0;
    keepMemoryFlat();
    await new Promise((r) => setImmediate(r));
    if (signal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
  };
  try {
    for await (const chunk of chunks) {
      // A UTF-16 unit is at most 3 bytes of UTF-8; bytes are written as they are, after what is buffered.
      if (typeof chunk !== 'string' || used + chunk.length * 3 > BUFFER_SIZE) await flush();
      if (typeof chunk !== 'string' || chunk.length * 3 > BUFFER_SIZE) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off);
      } else {
        used += buffer.write(chunk, used, 'utf8');
      }
    }
    await flush();
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const exists = (file: string) => stat(file).then(() => true, () => false);
const existsError = (file: string) => new FileError(`${file} already exists; add --force to replace it`);

/**
 * Streams chunks into `file` atomically: they go to a temporary file in the same folder, which then takes
 * the file's place in one rename. An interrupted or failed write leaves the old file (or none), never a mix.
 * Without `force` an existing file is never replaced, even one created while writing (a hard link does the
 * no-clobber step atomically where the file system has them).
 */
export async function writeAtomically(file: string, chunks: Chunks, options: WriteOptions = {}): Promise<{ replaced: boolean }> {
  const target = resolve(file);
  if (!options.force && (await exists(target))) throw existsError(file);
  const replaced = !!options.force && (await exists(target));
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await writeChunks(tmp, chunks, options.signal);
    if (options.force) {
      await rename(tmp, target);
    } else {
      try {
        await link(tmp, target);
        await unlink(tmp);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw existsError(file);
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw e;
        if (await exists(target)) throw existsError(file); // no hard links here: check, then rename
        await rename(tmp, target);
      }
    }
    return { replaced };
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    if (e instanceof FileError) throw e;
    if ((e as Error).name === 'AbortError') throw new InterruptedError();
    throw new FileError(describeWriteError(file, e as NodeJS.ErrnoException));
  }
}
