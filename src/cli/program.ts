// The command tree: the program's own options and help, its output through the process's writers, and every
// command in the order `pledge --help` lists them (src/cli/*-commands.ts).
import { Command } from 'commander';
import { printable } from '../ui/sanitize.js';
import { terminalIo, stdoutIsTerminal, writeErr, writeOut } from '../ui/terminal-io.js';
import { addCheckCommand, addHandlesCommand, addImportCommand, addInitCommand } from './campaign-commands.js';
import { addDraftCommand, addExportCommand } from './draft-commands.js';
import { MAIN_HELP } from './help.js';
import { addCountCommand, addPointsCommand, addTargetsCommand } from './lookup-commands.js';
import type { CommandContext } from './options.js';

declare const PLEDGE_VERSION: string;

/**
 * Builds the command tree; each action imports its command module only when it runs, and hands its exit code
 * to `setExit`. `signal` is aborted on Ctrl-C (and SIGTERM, SIGHUP): an export stops and removes its
 * temporary file.
 */
export function buildProgram(setExit: CommandContext['setExit'], signal: AbortSignal): Command {
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
    // Commander's own messages quote the command line (`argument '1\u001B[2J' is invalid`): through the one
    // filter, control characters shown as \u escapes. Subcommands inherit this (they are added below).
    writeErr: (s) => writeErr(printable(s, false, true)),
    getOutHelpWidth: () => (stdoutIsTerminal() ? defaults.getOutHelpWidth?.() : undefined) as number,
    getOutHasColors: () => stdoutIsTerminal() && defaults.getOutHasColors?.() === true,
  });
  const context: CommandContext = {
    setExit,
    io: () => terminalIo(program.opts<{ color: boolean }>().color === false),
    signal,
  };
  for (const add of [
    addDraftCommand,
    addExportCommand,
    addCheckCommand,
    addHandlesCommand,
    addInitCommand,
    addImportCommand,
    addTargetsCommand,
    addPointsCommand,
    addCountCommand,
  ])
    add(program, context);
  return program;
}
