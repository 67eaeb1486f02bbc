import type { Opener } from '../handoff/browser.js';
import type { Colors } from './color.js';
import type { Prompter, TerminalState } from './prompt.js';

/**
 * Where a command writes: data to `out` (stdout), messages to `err` (stderr), each with its own colours;
 * and what it may hand off to: a terminal (for OSC 52), prompts, a browser opener (tests swap these).
 */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  colors: Colors;
  errColors: Colors;
  /** A terminal to send escape sequences to, when stdout or stderr is one. */
  terminal?: { write(s: string): void };
  /** stderr, when it is a terminal: for a progress line that is redrawn in place (never for data). */
  errTerminal?: { write(s: string): void };
  /** The terminal's width in columns, when stdout is a terminal. */
  columns?: number;
  /** Whether stdin and stdout are terminals (prompts need both). */
  tty?: TerminalState;
  /** Overrides the terminal prompts (tests). */
  prompter?: Prompter;
  /** Overrides the system clipboard (tests). */
  clipboard?: (text: string) => Promise<void>;
  /** Overrides how URLs are opened (tests). */
  opener?: Opener;
}

/** Shell-quotes an argument for a command line we print for the user to copy. */
export function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
