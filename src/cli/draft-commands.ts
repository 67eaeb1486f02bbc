// `pledge draft` and `pledge export`: the commands that draft, with the selection options they share. Each
// action imports its command module only when it runs.
import { type Command, Option } from 'commander';
import { UsageError } from '../errors.js';
import { DRAFT_HELP, EXPORT_HELP } from './help.js';
import {
  campaignFrom,
  campaignOption,
  forceOption,
  formatOption,
  jsonOption,
  selectionFrom,
  selectionOptions,
  type CommandContext,
  type CommonFlags,
  type SelectionFlags,
} from './options.js';

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

/** Adds `pledge draft`. */
export function addDraftCommand(program: Command, { setExit, io, signal }: CommandContext): void {
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
      const { run } = await import('../commands/draft.js');
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
        signal,
      };
      setExit(await run(options, await io()));
    });
}

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

/** Adds `pledge export`. */
export function addExportCommand(program: Command, { setExit, io, signal }: CommandContext): void {
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
        const { run } = await import('../commands/export.js');
        const options = {
          ...campaignFrom(flags),
          ...selectionFrom(flags),
          targets,
          file,
          format: flags.format,
          force: flags.force,
          signal,
        };
        setExit(await run(options, await io()));
      },
    );
}
