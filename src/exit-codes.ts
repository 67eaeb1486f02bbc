/** Process exit codes: part of the CLI's contract, documented in the README. */
export const ExitCode = {
  /** Everything asked for was done. */
  Ok: 0,
  /** The command ran, but found a problem in its result: a target whose drafts don't fit, or `check` errors. */
  Failed: 1,
  /** Bad usage or bad campaign data: nothing was produced. */
  Usage: 2,
  /** A file could not be read or written (missing folder, permission, disk full, file exists). */
  File: 3,
  /** `pledge handles check`: no handle could be checked, the network could not be reached at all. */
  NoNetwork: 3,
  /** A bug in pledge: an unexpected error (details with DEBUG=1). */
  Internal: 70,
  /** The user interrupted (Ctrl-C). */
  Interrupted: 130,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
