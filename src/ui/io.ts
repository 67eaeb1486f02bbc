import type { Colors } from './color.js';

/** Where a command writes: data to `out` (stdout), messages to `err` (stderr), each with its own colours. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  colors: Colors;
  errColors: Colors;
}

/** Shell-quotes an argument for a command line we print for the user to copy. */
export function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
