// The one error boundary of the CLI: whatever a command throws becomes one message on stderr and an exit code
// (src/exit-codes.ts). Known errors are recognised with instanceof: the build keeps one copy of their module.
import { CommanderError } from 'commander';
import { PledgeError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { createColors } from '../ui/color.js';
import { printable } from '../ui/sanitize.js';
import { reportStdoutFailure, StdoutFailedError, writeErr } from '../ui/terminal-io.js';

/**
 * Maps anything thrown to a one-line message on stderr (a PledgeError: one line per line of its message) and
 * an exit code; stack traces only with DEBUG. Every message passes printable(), control characters shown as
 * `\u` escapes: it may quote campaign data or the command line.
 */
export async function exitCodeFor(error: unknown): Promise<number> {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (and help or version).
    return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
  }
  // Already said, once (or, for a closed pipe, quietly): nothing more.
  if (error instanceof StdoutFailedError) return reportStdoutFailure(error.failure);
  const errColors = await createColors({ isTTY: process.stderr.isTTY === true, env: process.env });
  const print = (s: string) => writeErr(printable(s, errColors.enabled, true));
  if (error instanceof PledgeError && error.exitCode === ExitCode.Interrupted) {
    print('\ninterrupted: nothing more was sent, copied or written\n');
    return error.exitCode;
  }
  if (error instanceof PledgeError) {
    for (const line of error.message.split('\n')) print(`${errColors.error('error:')} ${line}\n`);
    if (process.env.DEBUG) print(`${error.stack}\n`);
    return error.exitCode;
  }
  const detail = process.env.DEBUG
    ? ((error as Error)?.stack ?? String(error))
    : `${String((error as Error)?.message ?? error)} (run with DEBUG=1 for details)`;
  print(`${errColors.error('internal error:')} ${detail}\n`);
  return ExitCode.Internal;
}
