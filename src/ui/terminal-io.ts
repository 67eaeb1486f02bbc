import { isatty } from 'node:tty';
import { createColors } from './color.js';
import type { Io } from './io.js';

/** The process's own Io: stdout and stderr, with colour decided for each, and what the terminal allows. */
export async function terminalIo(noColor: boolean): Promise<Io> {
  const env = process.env;
  // isatty() rather than process.stdin.isTTY: touching process.stdin creates the stream, which costs start-up.
  const [stdinIsTTY, stdoutIsTTY, stderrIsTTY] = [isatty(0), isatty(1), isatty(2)];
  const terminal = stdoutIsTTY ? process.stdout : stderrIsTTY ? process.stderr : undefined;
  return {
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
    colors: await createColors({ isTTY: stdoutIsTTY, env, noColor }),
    errColors: await createColors({ isTTY: stderrIsTTY, env, noColor }),
    terminal: terminal && { write: (s: string) => void terminal.write(s) },
    tty: { stdinIsTTY, stdoutIsTTY },
  };
}
