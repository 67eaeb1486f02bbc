import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { PledgeError, UsageError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import type { NetworkChoice } from './core/drafting.js';
import { MAX_SEED } from './core/random.js';
import { mastodonInstanceHost } from './networks/mastodon-instance.js';
import { createColors } from './ui/color.js';
import { CHECK_HELP, COUNT_HELP, DRAFT_HELP, EXPORT_HELP, HANDLES_HELP, IMPORT_HELP, INIT_HELP, MAIN_HELP, POINTS_HELP, TARGETS_HELP } from './cli-help.js';
import { BUILTIN_CAMPAIGN } from './package-files.js';
import { reportStdoutFailure, StdoutFailedError, stdoutIsTerminal, terminalIo, writeErr, writeOut } from './ui/terminal-io.js';
import { printable } from './ui/sanitize.js';

/** Aborted on Ctrl-C, so an export in progress removes its temporary file. */
const interrupt = new AbortController();

function parseSeed(value: string): number {
  const n = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  if (!(n <= MAX_SEED)) throw new InvalidArgumentError(`the seed must be a whole number from 0 to ${MAX_SEED}.`);
  return n;
}

interface CommonFlags {
  campaign?: string;
  json?: boolean;
}

const campaignOption = () =>
  new Option('-c, --campaign <dir>', 'campaign folder (default: the built-in #pledgedecrim campaign)').env(
    'PLEDGE_CAMPAIGN',
  );
const jsonOption = () => new Option('--json', 'print JSON instead of text (a stable shape, see README)');

/**
 * `--instance`, PLEDGE_MASTODON_INSTANCE: the host of a Mastodon instance, as networks/mastodon-instance.ts
 * reads it (a host, an account `@user@host`, a profile address); empty (an empty variable) for none.
 */
function parseInstance(value: string): string {
  if (value.trim() === '') return '';
  try {
    return mastodonInstanceHost(value);
  } catch (e) {
    if (e instanceof UsageError) throw new InvalidArgumentError(`${e.message}.`);
    throw e;
  }
}

function parseMaxLength(value: string): number {
  const n = /^\d{1,7}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1)) throw new InvalidArgumentError('the limit must be a whole number of characters, like 500.');
  return n;
}

/** A calendar date, YYYY-MM-DD (`import --today`). */
function parseDate(value: string): string {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  const ok = Number.isFinite(time) && new Date(time).toISOString().startsWith(value);
  if (!ok)
    throw new InvalidArgumentError(`"${value.slice(0, 40)}" is not a date: write it as YYYY-MM-DD, like 2026-11-29.`);
  return value;
}

function parseCount(value: string): number {
  const n = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= 10_000))
    throw new InvalidArgumentError('the number of posts must be a whole number from 1 to 10000, like 5.');
  return n;
}

/** Seconds, for `handles check --timeout`: 0.1 to 600, decimals allowed. */
function parseTimeout(value: string): number {
  const n = /^\d{1,3}(?:\.\d{1,3})?$/.test(value.trim()) ? Number(value) : NaN;
  if (!(n >= 0.1 && n <= 600))
    throw new InvalidArgumentError('the timeout must be a number of seconds from 0.1 to 600, like 5.');
  return n;
}

const networkOption = () =>
  new Option(
    '-n, --network <network>',
    'draft for this network, or all: one draft per network each target has a handle on (default: x)',
  ).choices(['x', 'bluesky', 'mastodon', 'threads', 'all']);
const instanceOption = () =>
  new Option('--instance <host>', 'your Mastodon instance, for Mastodon intent URLs (like mastodon.social)')
    .env('PLEDGE_MASTODON_INSTANCE')
    .argParser(parseInstance);
const maxLengthOption = () =>
  new Option('--max-length <n>', "your Mastodon instance's own limit in characters (default: 500)").argParser(
    parseMaxLength,
  );

const selectionOptions = (c: Command) =>
  c
    .option(
      '-t, --target <id...>',
      'only these targets (ids from `pledge targets`; repeat it, or separate ids with commas)',
    )
    .option('-g, --group <name>', 'only the targets of this group')
    .option('-p, --point <id>', 'use this talking point for every target whose ask it suits (ids from `pledge points`)')
    .option('-s, --seed <n>', 'choose wording reproducibly (default: random, printed at the end)', parseSeed)
    .addOption(networkOption())
    .addOption(instanceOption())
    .addOption(maxLengthOption())
    .option(
      '--count <n>',
      'for a campaign without targets (a hashtag storm): how many different posts to write (default: 3)',
      parseCount,
    );
const formatOption = () =>
  new Option('-f, --format <format>', 'export format (default: from the file extension)').choices([
    'json',
    'csv',
    'md',
    'txt',
    'html',
    'xlsx',
    'ics',
  ]);
const forceOption = () => new Option('--force', 'replace the file if it exists');

interface SelectionFlags {
  target?: string[];
  group?: string;
  point?: string;
  seed?: number;
  network?: NetworkChoice;
  instance?: string;
  maxLength?: number;
  count?: number;
}
/** `--target a,b --target c` and `--target a b c` both give [a, b, c]. */
const targetIds = (values?: string[]) => values?.flatMap((v) => v.split(',')).filter((v) => v !== '');
const selectionFrom = (flags: SelectionFlags) => ({
  targets: targetIds(flags.target),
  group: flags.group,
  point: flags.point,
  seed: flags.seed,
  network: flags.network,
  instance: flags.instance,
  maxLength: flags.maxLength,
  count: flags.count,
});

const TARGET_ID = /^[a-z0-9][a-z0-9_-]*$/;

/**
 * The file of `pledge export`. `--target` takes several ids, so in `pledge export --target amnesty x.csv` it
 * swallows the file too: when no file is left, the last --target value is the file if it cannot be a target
 * id (ids are lower-case letters, digits, "-" and "_"; a file name has a dot or a slash, or is "-").
 * @throws UsageError when there is no file.
 */
function exportFile(file: string | undefined, targets: string[] | undefined): { file: string; targets?: string[] } {
  if (file !== undefined) return { file, targets };
  const last = targets?.at(-1);
  if (targets && targets.length > 1 && last !== undefined && !TARGET_ID.test(last))
    return { file: last, targets: targets.slice(0, -1) };
  throw new UsageError(
    'missing the file to write: pledge export <file> [options], for example pledge export drafts.csv --target amnesty',
  );
}

const campaignFrom = (flags: CommonFlags) =>
  flags.campaign === undefined
    ? { campaignDir: BUILTIN_CAMPAIGN }
    : { campaignDir: flags.campaign, campaignArg: flags.campaign };

type Setter = (code: number) => void;

type DraftFlags = CommonFlags &
  SelectionFlags & {
    interactive?: boolean;
    urls?: boolean;
    copy?: boolean;
    open?: boolean;
    yes?: boolean;
    out?: string;
    format?: string;
    force?: boolean;
  };

/** Builds the command tree; each action imports its command module only when it runs. */
export function buildProgram(setExit: Setter): Command {
  const program = new Command('pledge')
    .description('Turn a social-media action alert into ready-to-send tweets, counted exactly as X counts them.')
    .version(PLEDGE_VERSION, '-v, --version')
    // Global: before or after the command (commander reads a program's options anywhere on the line).
    .option('--no-color', 'never colour the output (also: NO_COLOR=1)')
    .showSuggestionAfterError()
    .configureHelp({ sortSubcommands: false, showGlobalOptions: true })
    .exitOverride()
    .addHelpText('after', MAIN_HELP);
  // Help and version go through the process's own stdout writer (terminal-io.ts), which creates
  // process.stdout only for a terminal; commander's defaults would create it to ask isTTY. (Not a terminal:
  // no width, and no colour to keep: neither commander's help nor ours has any.)
  // (commander's types say number; its own default gives undefined when not a terminal, meaning "no width".)
  const defaults = program.configureOutput();
  program.configureOutput({
    writeOut,
    getOutHelpWidth: () => (stdoutIsTerminal() ? defaults.getOutHelpWidth?.() : undefined) as number,
    getOutHasColors: () => stdoutIsTerminal() && defaults.getOutHasColors?.() === true,
  });
  /** The process's Io, coloured unless the global --no-color says otherwise. */
  const io = () => terminalIo(program.opts<{ color: boolean }>().color === false);

  selectionOptions(
    program
      .command('draft')
      .description('write one tweet per target, checked against X’s 280-character count')
      .addOption(campaignOption()),
  )
    .addOption(
      new Option(
        '-i, --interactive',
        'go through the drafts one by one: send, copy, re-word, edit or skip each',
      ).conflicts(['json', 'urls', 'copy', 'open', 'out']),
    )
    .addOption(jsonOption())
    .addOption(new Option('--urls', 'print only the intent URLs, one per line').conflicts('json'))
    .option('--copy', 'copy the drafts (with --urls: the URLs) to the clipboard')
    .option('--open', 'open the intent URLs in the browser (asks first for more than 3)')
    .option('-y, --yes', 'with --open: open more than 3 without asking')
    .option('-o, --out <file>', 'also export the drafts to a file (see `pledge export`)')
    .addOption(formatOption())
    .addOption(forceOption())
    .addHelpText('after', DRAFT_HELP)
    .action(async (flags: DraftFlags) => {
      const { run } = await import('./commands/draft.js');
      const { interactive, urls, copy, open, yes, out, format, force, json } = flags;
      const options = {
        ...campaignFrom(flags),
        ...selectionFrom(flags),
        interactive,
        json,
        urls,
        copy,
        open,
        yes,
        out,
        format,
        force,
        signal: interrupt.signal,
      };
      setExit(await run(options, await io()));
    });

  selectionOptions(
    program
      .command('export')
      .description(
        'write the drafts to a file: json, csv, xlsx (a spreadsheet), md (a checklist), txt or html (an action page)',
      )
      .argument(
        '[file]',
        'where to write, - for standard output; the extension chooses the format unless --format is given',
      )
      .usage('<file> [options]')
      .addOption(campaignOption()),
  )
    .addOption(formatOption())
    .addOption(forceOption())
    .addHelpText('after', EXPORT_HELP)
    .action(
      async (
        fileArg: string | undefined,
        flags: CommonFlags & SelectionFlags & { format?: string; force?: boolean },
      ) => {
        const { file, targets } = exportFile(fileArg, selectionFrom(flags).targets);
        const { run } = await import('./commands/export.js');
        const options = {
          ...campaignFrom(flags),
          ...selectionFrom(flags),
          targets,
          file,
          format: flags.format,
          force: flags.force,
          signal: interrupt.signal,
        };
        setExit(await run(options, await io()));
      },
    );

  program
    .command('check')
    .description('report every problem of a campaign: errors (exit 1) and warnings, with file and line')
    .addOption(campaignOption())
    .option('--strict', 'fail on warnings too')
    .addOption(jsonOption())
    .addHelpText('after', CHECK_HELP)
    .action(async (flags: CommonFlags & { strict?: boolean }) => {
      const { run } = await import('./commands/check.js');
      setExit(
        await run({ campaignDir: campaignFrom(flags).campaignDir, json: flags.json, strict: flags.strict }, await io()),
      );
    });

  program
    .command('handles')
    .description('check that the Bluesky and Mastodon handles still belong to their accounts (renames, moves)')
    .command('check')
    .description(
      "check every Bluesky and Mastodon handle, targets' and cc'd accounts: ok, renamed, moved, not-found, mismatch or unreachable",
    )
    .addOption(campaignOption())
    .addOption(
      new Option('-n, --network <network>', 'only this network (default: all)').choices(['bluesky', 'mastodon', 'all']),
    )
    .option(
      '--write',
      'record the outcome: checked dates, DIDs, renames and moves (targets.json), cc renames and moves (campaign.json)',
    )
    .addOption(new Option('--timeout <seconds>', 'how long one request may take (default: 5)').argParser(parseTimeout))
    .addOption(jsonOption())
    .addHelpText('after', HANDLES_HELP)
    .action(
      async (flags: CommonFlags & { network?: 'bluesky' | 'mastodon' | 'all'; write?: boolean; timeout?: number }) => {
        const { run } = await import('./commands/handles.js');
        const settings = flags.timeout === undefined ? undefined : { timeoutMs: Math.round(flags.timeout * 1000) };
        setExit(
          await run(
            {
              ...campaignFrom(flags),
              network: flags.network,
              write: flags.write,
              json: flags.json,
              settings,
              signal: interrupt.signal,
            },
            await io(),
          ),
        );
      },
    );

  program
    .command('init')
    .description('start a new campaign: write a working example campaign into a folder')
    .argument('<dir>', 'the folder (created if missing)')
    .addOption(new Option('--force', 'replace the campaign files that are there'))
    .addHelpText('after', INIT_HELP)
    .action(async (dir: string, flags: { force?: boolean }) => {
      const { run } = await import('./commands/init.js');
      setExit(await run({ dir, force: flags.force }, await io()));
    });

  program
    .command('import')
    .description('make a campaign from an action alert (text, Markdown or HTML): handles, samples, points, time')
    .argument('<alert>', 'the action alert: a .txt, .md or .html file (an e-mail or a saved web page)')
    .option('-o, --out <dir>', 'the campaign folder to write (default: named after the alert file)')
    .addOption(new Option('--force', 'replace the campaign files that are there'))
    .option(
      '--today <date>',
      'the import date (YYYY-MM-DD) "tomorrow" and dates without a year are read against (default: today)',
      parseDate,
    )
    .addOption(jsonOption())
    .addHelpText('after', IMPORT_HELP)
    .action(async (alert: string, flags: { out?: string; force?: boolean; json?: boolean; today?: string }) => {
      const { run } = await import('./commands/import.js');
      setExit(
        await run({ alert, out: flags.out, force: flags.force, json: flags.json, today: flags.today }, await io()),
      );
    });

  program
    .command('targets')
    .description('list the organisations the campaign addresses')
    .addOption(campaignOption())
    .option('-g, --group <name>', 'only the targets of this group')
    .addOption(
      new Option(
        '-n, --network <network>',
        "show the handles on this network, or all: one column per network the campaign uses (default: X's)",
      ).choices(['x', 'bluesky', 'mastodon', 'threads', 'all']),
    )
    .addOption(jsonOption())
    .addHelpText('after', TARGETS_HELP)
    .action(async (flags: CommonFlags & { group?: string; network?: NetworkChoice }) => {
      const { run } = await import('./commands/targets.js');
      setExit(
        await run({ ...campaignFrom(flags), group: flags.group, json: flags.json, network: flags.network }, await io()),
      );
    });

  program
    .command('points')
    .description('list the talking points with the weighted length of their long and short forms')
    .addOption(campaignOption())
    .addOption(jsonOption())
    .addHelpText('after', POINTS_HELP)
    .action(async (flags: CommonFlags) => {
      const { run } = await import('./commands/points.js');
      setExit(await run({ ...campaignFrom(flags), json: flags.json }, await io()));
    });

  program
    .command('count')
    .description('count a text as X does (an argument or standard input); exit 1 if it does not fit')
    .argument(
      '[text...]',
      'the text (words are joined with a space); without it, all of standard input, newlines included',
    )
    .addOption(jsonOption())
    .addOption(
      new Option('-n, --network <network>', "count by this network's rules (default: x)").choices([
        'x',
        'bluesky',
        'mastodon',
        'threads',
      ]),
    )
    .addOption(maxLengthOption())
    .addHelpText('after', COUNT_HELP)
    .action(
      async (
        words: string[],
        flags: { json?: boolean; network?: 'x' | 'bluesky' | 'mastodon' | 'threads'; maxLength?: number },
      ) => {
        const { run, MAX_INPUT_BYTES } = await import('./commands/count.js');
        const { readStdin } = await import('./ui/stdin.js');
        const text = words.length ? words.join(' ') : undefined;
        setExit(
          await run(
            {
              text,
              readInput: readStdin(MAX_INPUT_BYTES),
              json: flags.json,
              network: flags.network,
              maxLength: flags.maxLength,
            },
            await io(),
          ),
        );
      },
    );
  return program;
}

declare const PLEDGE_VERSION: string;

/** Maps anything thrown to a one-line message on stderr and an exit code; stack traces only with DEBUG. */
async function exitCodeFor(error: unknown): Promise<number> {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (and help or version).
    return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
  }
  // Already said, once (or, for a closed pipe, quietly): nothing more.
  if (error instanceof StdoutFailedError) return reportStdoutFailure(error.failure);
  const errColors = await createColors({ isTTY: process.stderr.isTTY === true, env: process.env });
  // Every message passes printable(): it may quote campaign data.
  const print = (s: string) => writeErr(printable(s, errColors.enabled));
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

/** Entry point of the `pledge` binary. */
export async function main(argv: string[]): Promise<void> {
  // A closed pipe (`pledge draft | head -1`) is a normal way to stop reading: end quietly. Any other failure of
  // stdout (a full disk: `pledge targets > /dev/full`) is a file error: one line, exit 3. The failed write
  // throws (terminal-io.ts, which owns stdout), so the command prints no summary after it.
  // An empty PLEDGE_CAMPAIGN counts as unset (commander would take it as the folder "").
  if (process.env.PLEDGE_CAMPAIGN === '') delete process.env.PLEDGE_CAMPAIGN;
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
  });
  try {
    if (argv.length === 0) program.outputHelp();
    else await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    process.exitCode = await exitCodeFor(error);
  }
  if (stoppedBy !== undefined) process.exitCode = stoppedBy;
}
