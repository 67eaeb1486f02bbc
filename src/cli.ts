// The `pledge` binary's entry (bundled as dist/cli.cjs, loaded by dist/start.cjs): the process's signals, the
// command tree (src/cli/program.ts) and the one error boundary (src/cli/error-boundary.ts). src/cli/ is the
// only place that knows commander: flags -> typed options -> lazy import of a command module.
import { exitCodeFor } from './cli/error-boundary.js';
import { buildProgram } from './cli/program.js';
import { ExitCode } from './exit-codes.js';

/** Aborted on Ctrl-C, so an export in progress removes its temporary file. */
const interrupt = new AbortController();

/** Entry point of the `pledge` binary. */
export async function main(argv: string[]): Promise<void> {
  // A closed pipe (`pledge draft | head -1`) is a normal way to stop reading: end quietly. Any other failure of
  // stdout (a full disk: `pledge targets > /dev/full`) is a file error: one line, exit 3. The failed write
  // throws (terminal-io.ts, which owns stdout), so the command prints no summary after it.
  // An empty or blank PLEDGE_CAMPAIGN or PLEDGE_MASTODON_INSTANCE counts as unset (commander would take it as
  // the folder " ", or add `--instance ''` to hints).
  for (const name of ['PLEDGE_CAMPAIGN', 'PLEDGE_MASTODON_INSTANCE']) {
    if (process.env[name]?.trim() === '') delete process.env[name];
  }
  // Ctrl-C, SIGTERM, SIGHUP: stop an export cleanly (its temporary file removed); anything still busy a second
  // later is ended. Exit 130 for Ctrl-C, else 128 + the signal's number, as shells report.
  let stoppedBy: number | undefined;
  for (const [signal, code] of [['SIGINT', ExitCode.Interrupted], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.once(signal, () => {
      stoppedBy = code;
      interrupt.abort();
      process.exitCode = code;
      setTimeout(() => process.exit(code), 1000).unref();
      process.once(signal, () => process.exit(code));
    });
  }
  const program = buildProgram((code) => {
    process.exitCode = code;
  }, interrupt.signal);
  try {
    if (argv.length === 0) program.outputHelp();
    else await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    process.exitCode = await exitCodeFor(error);
  }
  if (stoppedBy !== undefined) process.exitCode = stoppedBy;
}
