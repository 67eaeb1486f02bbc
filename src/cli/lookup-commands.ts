// The commands that look things up without drafting: `pledge targets`, `pledge points` and `pledge count`.
// Each action imports its command module only when it runs.
import { type Command, Option } from 'commander';
import type { NetworkChoice } from '../core/drafting.js';
import { COUNT_HELP, POINTS_HELP, TARGETS_HELP } from './help.js';
import { shellQuote } from '../ui/io.js';
import {
  campaignFrom,
  campaignOption,
  jsonOption,
  maxLengthOption,
  type CommandContext,
  type CommonFlags,
} from './options.js';

/** Adds `pledge targets`. */
export function addTargetsCommand(program: Command, { setExit, io }: CommandContext): void {
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
      const { run } = await import('../commands/targets.js');
      setExit(
        await run({ ...campaignFrom(flags), group: flags.group, json: flags.json, network: flags.network }, await io()),
      );
    });
}

/** Adds `pledge points`. */
export function addPointsCommand(program: Command, { setExit, io }: CommandContext): void {
  program
    .command('points')
    .description('list the talking points with the weighted length of their long and short forms')
    .addOption(campaignOption())
    .addOption(jsonOption())
    .addHelpText('after', POINTS_HELP)
    .action(async (flags: CommonFlags) => {
      const { run } = await import('../commands/points.js');
      setExit(await run({ ...campaignFrom(flags), json: flags.json }, await io()));
    });
}

/**
 * Commander's "unknown option" for something that is text, not an option name (`pledge count "-10% funding
 * cuts"`): says how to count it. An unknown option name (`--nope`) keeps commander's message and suggestion.
 */
function withTextHint(message: string): string {
  const m = /^error: unknown option '(.*)'\n$/s.exec(message);
  if (!m || /^--?[A-Za-z][\w-]*(=.*)?$/.test(m[1]!)) return message;
  const text = shellQuote(m[1]!);
  return `${message.trimEnd()}; to count a text that starts with -, put -- before it (pledge count -- ${text}) or pipe it (printf '%s' ${text} | pledge count)\n`;
}

/** Adds `pledge count`. */
export function addCountCommand(program: Command, { setExit, io }: CommandContext): void {
  program
    .command('count')
    .description('count a text as X does (an argument or standard input); exit 1 if it does not fit')
    .argument(
      '[text...]',
      'the text (words are joined with a space); without it, all of standard input but its final line break',
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
    .configureOutput({ outputError: (message, write) => write(withTextHint(message)) })
    .action(
      async (
        words: string[],
        flags: { json?: boolean; network?: 'x' | 'bluesky' | 'mastodon' | 'threads'; maxLength?: number },
      ) => {
        const { run, MAX_INPUT_BYTES } = await import('../commands/count.js');
        const { readStdin } = await import('../ui/stdin.js');
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
}
