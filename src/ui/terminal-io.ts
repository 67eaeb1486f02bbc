import { fstatSync, statSync, writeSync } from 'node:fs';
import { PledgeError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { describeFsError } from '../fs-errors.js';
import { createColors } from './color.js';
import type { Io } from './io.js';
import type { TerminalState } from './prompt.js';
import { printable } from './sanitize.js';

/** How standard output failed, once it has: nothing more is printed after that, on stdout or stderr. */
let stdoutFailure: NodeJS.ErrnoException | undefined;

/**
 * Standard output failed: the command stops where it is. Thrown by the process's `out` at the write that
 * failed; the error boundary (cli.ts) prints nothing more: {@link reportStdoutFailure} has said it all.
 */
export class StdoutFailedError extends PledgeError {
  constructor(readonly failure: NodeJS.ErrnoException) {
    super(
      `cannot write to standard output: ${describeFsError(failure)}`,
      failure.code === 'EPIPE' ? ExitCode.Ok : ExitCode.File,
    );
  }
}

/**
 * Says once that standard output failed, and silences every later message (a summary, a "✓ wrote"): a closed
 * pipe (`| head -1`, EPIPE) is a normal way to stop reading and says nothing; any other failure (a full disk)
 * is one line, and the process exits 3. Returns the exit code to end with.
 */
export function reportStdoutFailure(e: NodeJS.ErrnoException): number {
  if (!stdoutFailure) {
    if (e.code !== 'EPIPE') writeErr(`error: cannot write to standard output: ${describeFsError(e)}\n`);
    stdoutFailure = e;
  }
  return stdoutFailure.code === 'EPIPE' ? Number(process.exitCode ?? 0) : ExitCode.File;
}

/** process.stdout, made on first use (a terminal, or a pipe that would block): failures end the process. */
let stdoutStream: NodeJS.WriteStream | undefined;
function stdout(): NodeJS.WriteStream {
  if (stdoutStream === undefined) {
    stdoutStream = process.stdout;
    stdoutStream.on('error', (e: NodeJS.ErrnoException) => process.exit(reportStdoutFailure(e)));
  }
  return stdoutStream;
}

/**
 * Writes `s` to file descriptor 1 with write(2), whole. This is what process.stdout does for a file or a pipe
 * on POSIX (synchronous writes), without creating the stream: that loads node:stream (and node:net for a
 * pipe), several milliseconds of start-up for a command that prints a table. A descriptor left non-blocking
 * by whoever opened it (EAGAIN) hands the rest to process.stdout, which waits for it.
 */
function writeDirect(s: string): void {
  const bytes = Buffer.from(s, 'utf8');
  for (let done = 0; done < bytes.length; ) {
    try {
      done += writeSync(1, bytes, done);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      stdout().write(bytes.subarray(done));
      return;
    }
  }
}

/** Whether standard output is a terminal: decided once (see {@link isTerminal}). */
let stdoutTerminal: boolean | undefined;
/** True when standard output is a terminal (then it is written through process.stdout). */
export function stdoutIsTerminal(): boolean {
  return (stdoutTerminal ??= isTerminal(1, stdout));
}

/**
 * Writes to standard output; throws {@link StdoutFailedError} when that write (or an earlier one) failed, so
 * the command stops at once instead of going on to print its summary.
 */
export function writeOut(s: string): void {
  let failed = stdoutFailure;
  if (!failed) {
    if (stdoutStream !== undefined || stdoutIsTerminal()) {
      stdout().write(s);
    } else {
      try {
        writeDirect(s);
      } catch (error) {
        failed = error as NodeJS.ErrnoException;
      }
    }
  }
  failed ??= stdoutStream?.errored ?? undefined;
  if (failed) {
    reportStdoutFailure(failed);
    throw new StdoutFailedError(failed);
  }
}

/**
 * Writes to stderr (nothing once stdout has failed: see {@link reportStdoutFailure}). A failing stderr
 * (closed, full disk) cannot be reported anywhere: the process ends quietly with ExitCode.File (pledge's
 * messages are never worth a crash).
 */
export function writeErr(s: string): void {
  if (stdoutFailure) return;
  const stderr = process.stderr;
  if (stderr.listenerCount('error') === 0) stderr.on('error', () => process.exit(3));
  stderr.write(s);
}

/**
 * Whether a standard stream is a terminal. A terminal is a character device, so anything else (a pipe, a
 * file) is answered from fstat without creating the stream: creating process.stderr for a pipe, or loading
 * node:tty, loads node:net, ~4 ms of start-up for output that may never be written. /dev/null, the other
 * character device output commonly goes to (`> /dev/null`, cron), is recognised by its device number.
 */
function isTerminal(fd: 1 | 2, stream: () => NodeJS.WriteStream): boolean {
  try {
    const s = fstatSync(fd);
    if (!s.isCharacterDevice()) return false;
    const devNull = statSync('/dev/null', { throwIfNoEntry: false });
    if (devNull?.isCharacterDevice() && devNull.rdev === s.rdev) return false;
  } catch {
    return false;
  }
  return stream().isTTY === true;
}

/**
 * The process's own Io: stdout and stderr, with colour decided for each, and what the terminal allows.
 * stdin is looked at only when something needs to prompt.
 */
export async function terminalIo(noColor: boolean): Promise<Io> {
  const env = process.env;
  const stdoutIsTTY = stdoutIsTerminal();
  const stderrIsTTY = isTerminal(2, () => process.stderr);
  const terminal = stdoutIsTTY ? stdout() : stderrIsTTY ? process.stderr : undefined;
  let tty: TerminalState | undefined;
  const colors = await createColors({ isTTY: stdoutIsTTY, env, noColor });
  const errColors = await createColors({ isTTY: stderrIsTTY, env, noColor });
  // Everything printed passes printable(): no control sequence from campaign data reaches the terminal; in
  // messages (stderr) each control character is shown as a \u escape rather than removed.
  return {
    out: (s) => writeOut(printable(s, colors.enabled)),
    err: (s) => writeErr(printable(s, errColors.enabled, true)),
    colors,
    errColors,
    columns: stdoutIsTTY ? stdout().columns : undefined,
    terminal: terminal && { write: (s: string) => void terminal.write(s) },
    errTerminal: stderrIsTTY ? { write: (s: string) => writeErr(s) } : undefined,
    get tty() {
      return (tty ??= { stdinIsTTY: process.stdin.isTTY === true, stdoutIsTTY });
    },
  };
}
