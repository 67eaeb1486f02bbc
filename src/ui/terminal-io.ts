import { createColors } from './color.js';
import type { Io } from './io.js';
import type { TerminalState } from './prompt.js';

/**
 * The process's own Io: stdout and stderr, with colour decided for each, and what the terminal allows.
 * Terminal checks go through the streams pledge writes to anyway, not node:tty (which loads node:net, ~4 ms
 * of start-up when output goes to a file); stdin is looked at only when something needs to prompt.
 */
export async function terminalIo(noColor: boolean): Promise<Io> {
  const env = process.env;
  const stdoutIsTTY = process.stdout.isTTY === true;
  const stderrIsTTY = process.stderr.isTTY === true;
  const terminal = stdoutIsTTY ? process.stdout : stderrIsTTY ? process.stderr : undefined;
  let tty: TerminalState | undefined;
  return {
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
    colors: await createColors({ isTTY: stdoutIsTTY, env, noColor }),
    errColors: await createColors({ isTTY: stderrIsTTY, env, noColor }),
    terminal: terminal && { write: (s: string) => void terminal.write(s) },
    get tty() {
      return (tty ??= { stdinIsTTY: process.stdin.isTTY === true, stdoutIsTTY });
    },
  };
}
