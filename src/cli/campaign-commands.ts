// The commands that make and look after a campaign: `pledge check`, `pledge handles check`, `pledge init` and
// `pledge import`. Each action imports its command module only when it runs.
import { type Command, Option } from 'commander';
import { parseDate, parseTimeout } from './arguments.js';
import { CHECK_HELP, HANDLES_HELP, IMPORT_HELP, INIT_HELP } from './help.js';
import { campaignFrom, campaignOption, jsonOption, type CommandContext, type CommonFlags } from './options.js';

/** Adds `pledge check`. */
export function addCheckCommand(program: Command, { setExit, io }: CommandContext): void {
  program
    .command('check')
    .description('report every problem of a campaign: errors (exit 1) and warnings, with file and line')
    .addOption(campaignOption())
    .option('--strict', 'fail on warnings too')
    .addOption(jsonOption())
    .addHelpText('after', CHECK_HELP)
    .action(async (flags: CommonFlags & { strict?: boolean }) => {
      const { run } = await import('../commands/check.js');
      setExit(
        await run({ campaignDir: campaignFrom(flags).campaignDir, json: flags.json, strict: flags.strict }, await io()),
      );
    });
}

/** Adds `pledge handles` and its one subcommand, `check`. */
export function addHandlesCommand(program: Command, { setExit, io, signal }: CommandContext): void {
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
        const { run } = await import('../commands/handles.js');
        const settings = flags.timeout === undefined ? undefined : { timeoutMs: Math.round(flags.timeout * 1000) };
        setExit(
          await run(
            {
              ...campaignFrom(flags),
              network: flags.network,
              write: flags.write,
              json: flags.json,
              settings,
              signal,
            },
            await io(),
          ),
        );
      },
    );
}

/** Adds `pledge init`. */
export function addInitCommand(program: Command, { setExit, io }: CommandContext): void {
  program
    .command('init')
    .description('start a new campaign: write a working example campaign into a folder')
    .argument('<dir>', 'the folder (created if missing)')
    .addOption(new Option('--force', 'replace the campaign files that are there'))
    .addHelpText('after', INIT_HELP)
    .action(async (dir: string, flags: { force?: boolean }) => {
      const { run } = await import('../commands/init.js');
      setExit(await run({ dir, force: flags.force }, await io()));
    });
}

/** Adds `pledge import`. */
export function addImportCommand(program: Command, { setExit, io }: CommandContext): void {
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
      const { run } = await import('../commands/import.js');
      setExit(
        await run({ alert, out: flags.out, force: flags.force, json: flags.json, today: flags.today }, await io()),
      );
    });
}
