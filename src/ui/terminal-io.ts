import { fstatSync } from 'node:fs';
import { createColors } from './color.js';
import type { Io } from './io.js';
import type { TerminalState } from './prompt.js';
import { printable } from './sanitize.js';

/**
 * Writes to stderr. A failing stderr (closed, full disk) cannot be reported anywhere: the process ends
 * quietly with ExitCode.File (pledge's messages are never worth a crash).
 */
export function writeErr(s: string): void {
  const stderr = process.stderr;
  if (stderr.listenerCount('error') === 0) stderr.on('error', () => process.exit(3));
  stderr.write(s);
}

/**
 * Whether a standard stream is a terminal. A terminal is a character device, so anything else (a pipe, a
 * file) is answered from fstat without creating the stream: creating process.stderr for a pipe, or loading
 * node:tty, loads node:net, ~4 ms of start-up for output that may never be written.
 */
function isTerminal(fd: 1 | 2, stream: () => NodeJS.WriteStream): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
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
  const stdoutIsTTY = isTerminal(1, () => process.stdout);
  const stderrIsTTY = isTerminal(2, () => process.stderr);
  const terminal = stdoutIsTTY ? process.stdout : stderrIsTTY ? process.stderr : undefined;
  let tty: TerminalState | undefined;
  const colors = await createColors({ isTTY: stdoutIsTTY, env, noColor });
  const errColors = await createColors({ isTTY: stderrIsTTY, env, noColor });
  // Everything printed passes printable(): no control sequence from campaign data reaches the terminal.
  return {
    out: (s) => void process.stdout.write(printable(s, colors.enabled)),
    err: (s) => writeErr(printable(s, errColors.enabled)),
    colors,
    errColors,
    columns: stdoutIsTTY ? process.stdout.columns : undefined,
    terminal: terminal && { write: (s: string) => void terminal.write(s) },
    get tty() {
      return (tty ??= { stdinIsTTY: process.stdin.isTTY === true, stdoutIsTTY });
    },
  };
}
