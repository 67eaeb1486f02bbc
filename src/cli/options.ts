// The options several commands share (the campaign folder, --json, the selection of targets and networks,
// the export format), what every command's action is given, and the normalising of raw flags into the typed
// options of src/commands/*.ts.
import { type Command, Option } from 'commander';
import type { NetworkChoice } from '../core/drafting.js';
import { BUILTIN_CAMPAIGN } from '../package-files.js';
import type { Io } from '../ui/io.js';
import { parseCount, parseInstance, parseMaxLength, parseSeed } from './arguments.js';

/** What a command's action needs from the program: where its exit code goes, the process's Io, Ctrl-C. */
export interface CommandContext {
  setExit: (code: number) => void;
  /** The process's Io, coloured unless the global --no-color says otherwise. */
  io: () => Promise<Io>;
  /** Aborted on Ctrl-C (and SIGTERM, SIGHUP), so an export in progress removes its temporary file. */
  signal: AbortSignal;
}

/** The flags of every command that reads a campaign. */
export interface CommonFlags {
  campaign?: string;
  json?: boolean;
}

export const campaignOption = () =>
  new Option('-c, --campaign <dir>', 'campaign folder (default: the built-in #pledgedecrim campaign)').env(
    'PLEDGE_CAMPAIGN',
  );
export const jsonOption = () => new Option('--json', 'print JSON instead of text (a stable shape, see README)');

const networkOption = () =>
  new Option(
    '-n, --network <network>',
    'draft for this network, or all: one draft per network each target has a handle on (default: x)',
  ).choices(['x', 'bluesky', 'mastodon', 'threads', 'all']);
const instanceOption = () =>
  new Option('--instance <host>', 'your Mastodon instance, for Mastodon intent URLs (like mastodon.social)')
    .env('PLEDGE_MASTODON_INSTANCE')
    .argParser(parseInstance);
export const maxLengthOption = () =>
  new Option('--max-length <n>', "your Mastodon instance's own limit in characters (default: 500)").argParser(
    parseMaxLength,
  );

/** The options choosing what `draft` and `export` draft: targets, group, point, seed, network, count. */
export const selectionOptions = (c: Command) =>
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
export const formatOption = () =>
  new Option('-f, --format <format>', 'export format (default: from the file extension)').choices([
    'json',
    'csv',
    'md',
    'txt',
    'html',
    'xlsx',
    'ics',
  ]);
export const forceOption = () => new Option('--force', 'replace the file if it exists');

/** The flags of {@link selectionOptions}, as commander gives them. */
export interface SelectionFlags {
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
/** The selection a drafting command takes (see RunOptions in src/run/setup.ts). */
export const selectionFrom = (flags: SelectionFlags) => ({
  targets: targetIds(flags.target),
  group: flags.group,
  point: flags.point,
  seed: flags.seed,
  network: flags.network,
  instance: flags.instance,
  maxLength: flags.maxLength,
  count: flags.count,
});

/** The campaign folder: `--campaign` as typed (kept for the repeat hint), else the built-in campaign. */
export const campaignFrom = (flags: CommonFlags) =>
  flags.campaign === undefined
    ? { campaignDir: BUILTIN_CAMPAIGN }
    : { campaignDir: flags.campaign, campaignArg: flags.campaign };
