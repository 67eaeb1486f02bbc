import { createWriteStream } from 'node:fs';
import { link, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
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
      return `cannot write ${file}: the folder ${dirname(file)} does not exist`;
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

const exists = (file: string) => stat(file).then(() => true, () => false);
const existsError = (file: string) => new FileError(`${file} already exists; add --force to replace it`);

/**
 * Streams chunks into `file` atomically: they go to a temporary file in the same folder, which then takes
 * the file's place in one rename. An interrupted or failed write leaves the old file (or none), never a mix.
 * Without `force` an existing file is never replaced, even one created while writing (a hard link does the
 * no-clobber step atomically where the file system has them).
 */
export async function writeAtomically(file: string, chunks: Iterable<string> | AsyncIterable<string>, options: WriteOptions = {}): Promise<{ replaced: boolean }> {
  const target = resolve(file);
  if (!options.force && (await exists(target))) throw existsError(file);
  const replaced = !!options.force && (await exists(target));
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await pipeline(Readable.from(chunks), createWriteStream(tmp, { flags: 'wx', flush: true }), { signal: options.signal });
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
