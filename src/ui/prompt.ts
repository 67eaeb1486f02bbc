// Every interactive prompt goes through here: one place that refuses to prompt without a terminal, and that
// turns Ctrl-C into a clean InterruptedError (exit 130) instead of inquirer's stack trace.
import { InterruptedError, UsageError } from '../errors.js';

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
  checked?: boolean;
  disabled?: boolean | string;
}

/** The prompts pledge uses; the interactive flows take one, so tests can script it. */
export interface Prompter {
  confirm(o: { message: string; default?: boolean }): Promise<boolean>;
  select<T>(o: { message: string; choices: Choice<T>[]; default?: T; pageSize?: number }): Promise<T>;
  checkbox<T>(o: { message: string; choices: Choice<T>[]; pageSize?: number; required?: boolean }): Promise<T[]>;
  editor(o: { message: string; default: string; postfix?: string }): Promise<string>;
  input(o: { message: string; default?: string; prefill?: 'tab' | 'editable' }): Promise<string>;
}

export interface TerminalState {
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
}

/** Throws a usage error (exit 2) naming `what` unless both stdin and stdout are terminals. */
export function requireTerminal(what: string, state: TerminalState): void {
  if (!state.stdinIsTTY || !state.stdoutIsTTY) {
    const which =
      !state.stdinIsTTY && !state.stdoutIsTTY
        ? 'standard input and output are'
        : !state.stdinIsTTY
          ? 'standard input is'
          : 'standard output is';
    throw new UsageError(`${what} needs a terminal, but ${which} not a terminal`);
  }
}

function isCancel(e: unknown): boolean {
  const name = (e as Error | undefined)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError';
}

async function guarded<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (e) {
    if (isCancel(e)) throw new InterruptedError();
    throw e;
  }
}

/** The real prompts (inquirer), loaded on first use. */
function terminalPrompter(state: TerminalState, what = 'this'): Prompter {
  requireTerminal(what, state);
  const inquirer = () => import('@inquirer/prompts');
  return {
    confirm: (o) => guarded(async () => (await inquirer()).confirm(o)),
    select: (o) => guarded(async () => (await inquirer()).select(o)),
    checkbox: (o) => guarded(async () => (await inquirer()).checkbox(o)),
    editor: async (o) => (await import('./editor.js')).editInEditor(o.default, { postfix: o.postfix }),
    input: (o) => guarded(async () => (await inquirer()).input(o)),
  };
}

/** The prompter a command should use: the test's, else the terminal's; undefined without a terminal. */
export function prompterFor(io: { prompter?: Prompter; tty?: TerminalState }): Prompter | undefined {
  if (io.prompter) return io.prompter;
  return io.tty?.stdinIsTTY && io.tty.stdoutIsTTY ? terminalPrompter(io.tty) : undefined;
}
