// Atomic writes: the chunks go to a temporary file in the destination's folder, through stream.pipeline into a
// file handle, then sync(); the temporary file then takes the destination's place in one rename (or one hard
// link, where no file may be replaced). Nothing is ever left half-written, and no temporary file is left
// behind: not on an error, not on Ctrl-C, SIGTERM or SIGHUP (cli.ts aborts the write; files still listed at
// exit are removed).
import { existsSync, unlinkSync } from 'node:fs';
import { link, lstat, open, realpath, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FileError, InterruptedError } from '../errors.js';
import { describeFsError, isFsError, kindOf } from '../fs-errors.js';
import { visible } from '../ui/quote.js';

export interface WriteOptions {
  /**
   * Replace an existing regular file (never a folder, device or FIFO; through a symbolic link, the file it points to).
   */
  force?: boolean;
  /** Aborting stops the write and leaves the destination as it was. */
  signal?: AbortSignal;
}

/** A one-line account of a failed write: `cannot write FILE: why`. */
export function describeWriteError(file: string, e: NodeJS.ErrnoException): string {
  const shown = visible(file);
  if (e.code === 'ENOENT') {
    const folder = visible(dirname(file));
    return existsSync(dirname(resolve(file)))
      ? `cannot write ${shown}: files cannot be created in ${folder}`
      : `cannot write ${shown}: the folder ${folder} does not exist`;
  }
  if (e.code === 'EISDIR') return `cannot write ${shown}: it is a folder`;
  return `cannot write ${shown}: ${describeFsError(e)}`;
}

// Temporary files being written, removed at exit whatever ends the process (a second Ctrl-C, a signal).
const live = new Set<string>();
let cleanupAtExit = false;
function track(tmp: string): void {
  if (!cleanupAtExit) {
    cleanupAtExit = true;
    process.on('exit', () => {
      for (const f of live) {
        try {
          unlinkSync(f);
        } catch {
          // already gone
        }
      }
    });
  }
  live.add(tmp);
}

/** What a file is written from: text (written as UTF-8) or bytes, in pieces. */
export type Chunks = Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/** A file name's limit on Linux, macOS and Windows file systems (bytes of UTF-8). */
export const NAME_MAX = 255;

/**
 * The temporary file for `target`, in the same folder: `.NAME.RANDOM.tmp`, with NAME cut (on a character
 * boundary) so that the whole name always fits {@link NAME_MAX} bytes.
 */
export function temporaryPath(target: string): string {
  const suffix = `.${process.pid.toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
  let room = NAME_MAX - 1 - suffix.length;
  let name = '';
  for (const ch of basename(target)) {
    room -= Buffer.byteLength(ch);
    if (room < 0) break;
    name += ch;
  }
  return join(dirname(target), `.${name}${suffix}`);
}

const existsError = (file: string, how = '', hint = '') =>
  new FileError(`${visible(file)} already exists${how}; add --force to replace it${hint}`);

/** Where the bytes go: the file to create or replace, and the permission bits a replaced file had. */
interface Destination {
  path: string;
  exists: boolean;
  mode?: number;
}

// Names of an open file descriptor (the shell's /dev/stdout, /dev/fd/N, /proc/self/fd/N): a pipe or a terminal
// there is not a file pledge can replace; `-` is how standard output is asked for.
const DESCRIPTOR_PATH = /^\/(?:dev\/(?:stdout|stderr|stdin|fd\/\d+)|proc\/(?:self|thread-self|\d+)\/fd\/\d+)$/;
const STDOUT_HINT = ' (for standard output, give - as the file: pledge export - --format csv)';

/** Checks the destination before writing anything: only a regular file (or a link to one) is ever replaced. */
async function destinationOf(file: string, force: boolean): Promise<Destination> {
  const path = resolve(file);
  const hint = DESCRIPTOR_PATH.test(path) ? STDOUT_HINT : '';
  const fail = (why: string) => new FileError(`cannot write ${visible(file)}: ${why}`);
  let st = await lstat(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw new FileError(describeWriteError(file, e));
  });
  if (!st) return { path, exists: false };
  const linked = st.isSymbolicLink();
  if (linked) {
    // The link stays; the file it points to is replaced (atomically, in its own folder).
    st = await stat(path).catch((e: NodeJS.ErrnoException) => {
      throw fail(
        (e.code === 'ENOENT' ? 'it is a symbolic link to a file that does not exist' : describeFsError(e)) + hint,
      );
    });
  }
  if (st.isDirectory()) throw fail('it is a folder; give a file name (such as drafts.csv) inside it');
  if (!st.isFile()) {
    // A pipe or a terminal has no path to resolve (realpath fails on /dev/stdout): say what it is instead.
    const what = hint && st.isFIFO() ? 'a pipe' : kindOf(st);
    throw fail(`it is ${what}, not a regular file; pledge replaces only regular files${hint || STDOUT_HINT}`);
  }
  const real = linked ? await realpath(path).catch(() => path) : path;
  if (!force) throw existsError(file, real === path ? '' : ` (a symbolic link to ${visible(real)})`, hint);
  return { path: real, exists: true, mode: st.mode & 0o7777 };
}

/**
 * Checks, before any work is done, that `file` may be written: it is absent (or, with `force`, a regular
 * file or a link to one) and its folder exists. Writing checks again (things change meanwhile); this lets a
 * command fail at once instead of after drafting 100,000 targets.
 * @throws FileError saying why (exists without --force, a folder, a FIFO, no such folder, permission).
 */
export async function checkDestination(file: string, force = false): Promise<void> {
  await destinationOf(file, force);
  const folder = dirname(resolve(file));
  await stat(folder).catch((e: NodeJS.ErrnoException) => {
    throw new FileError(describeWriteError(file, e));
  });
}

/** A file written in full beside its destination, not yet in its place. */
interface StagedFile {
  /** Moves it into place: `replaced` when a file was there. Without `force`, never replaces one. */
  commit(): Promise<{ replaced: boolean }>;
  /** Removes the temporary file (and, after a commit of a new file, that file: undoing a set). */
  discard(): Promise<void>;
}

/**
 * What a failure while staging or committing is to the user: a file system error becomes a FileError about
 * `file`, an abort an InterruptedError; anything else (a bug such as a TypeError, a domain error raised while
 * making the chunks) is thrown as it is, for the CLI's error boundary (an internal error, exit 70, for a bug).
 */
const asFileError = (file: string, e: unknown) => {
  if ((e as Error | undefined)?.name === 'AbortError') return new InterruptedError();
  return isFsError(e) ? new FileError(describeWriteError(file, e)) : e;
};

/**
 * Writes the chunks to a temporary file beside `file` (synced to disk), with a replaced file's permission
 * bits. Throws a FileError (exists without force, a folder, a FIFO or device, a full disk...) or an
 * InterruptedError (aborted); either way the temporary file is gone.
 */
async function stageFile(file: string, chunks: Chunks, options: WriteOptions = {}): Promise<StagedFile> {
  const dest = await destinationOf(file, !!options.force);
  const tmp = temporaryPath(dest.path);
  track(tmp);
  const drop = async () => {
    live.delete(tmp);
    await rm(tmp, { force: true }).catch(() => undefined);
  };
  try {
    const handle = await open(tmp, 'wx');
    // autoClose off: the handle stays open after the stream finishes, for sync(); the stream must then be
    // destroyed by hand, or close() waits for it forever.
    const out = handle.createWriteStream({ autoClose: false, encoding: 'utf8' });
    try {
      if (dest.mode !== undefined) await handle.chmod(dest.mode);
      await pipeline(Readable.from(chunks), out, { signal: options.signal });
      await handle.sync();
    } finally {
      out.destroy();
      await handle.close();
    }
  } catch (e) {
    await drop();
    throw asFileError(file, e);
  }
  let committed = false;
  return {
    async commit() {
      try {
        if (dest.exists) {
          await rename(tmp, dest.path);
        } else {
          try {
            // A hard link fails if a file appeared meanwhile: the no-clobber step is atomic.
            await link(tmp, dest.path);
            await unlink(tmp);
          } catch (e) {
            const code = (e as NodeJS.ErrnoException).code;
            if (code === 'EEXIST') throw existsError(file);
            if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw e;
            if (existsSync(dest.path)) throw existsError(file); // no hard links here: check, then rename
            await rename(tmp, dest.path);
          }
        }
        committed = true;
        live.delete(tmp);
        return { replaced: dest.exists };
      } catch (e) {
        await drop();
        throw asFileError(file, e);
      }
    },
    async discard() {
      await drop();
      if (committed && !dest.exists) await rm(dest.path, { force: true }).catch(() => undefined);
    },
  };
}

/**
 * Streams chunks into `file` atomically (see {@link stageFile}): an interrupted or failed write leaves the
 * old file (or none), never a mix. Without `force` an existing file is never replaced, even one created
 * while writing. A symbolic link is kept: the file it points to is replaced.
 */
export async function writeAtomically(
  file: string,
  chunks: Chunks,
  options: WriteOptions = {},
): Promise<{ replaced: boolean }> {
  const staged = await stageFile(file, chunks, options);
  return staged.commit();
}
