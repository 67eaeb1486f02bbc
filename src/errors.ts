import { ExitCode } from './exit-codes.js';

/** One thing wrong with a campaign, located as precisely as we can. */
export interface Problem {
  severity: 'error' | 'warning';
  /** File path as the user would type it (the campaign folder joined with the file name). */
  file: string;
  /** 1-based line and column, when known. */
  line?: number;
  column?: number;
  /** JSON path, `$.targets[2].handle`, when the problem is about a value. */
  path?: string;
  /** A stable rule id, for `--json` consumers. */
  rule: string;
  message: string;
}

/**
 * Base of every error the CLI expects: carries the exit code and a message fit to print as is. Recognise
 * them with `instanceof` (the build keeps one copy of this module, see SHARED in scripts/build.mjs).
 */
export class PledgeError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.Usage,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Wrong flags or arguments. */
export class UsageError extends PledgeError {
  constructor(message: string) {
    super(message, ExitCode.Usage);
  }
}

/** A campaign that cannot be used; lists every error found, one per line. */
export class CampaignError extends PledgeError {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'), ExitCode.Usage);
  }
}

/** Reading or writing a file failed. */
export class FileError extends PledgeError {
  constructor(message: string) {
    super(message, ExitCode.File);
  }
}

/** `file:line:column: $.path: message` — the shape editors and terminals make clickable. */
export function formatProblem(p: Problem): string {
  let where = p.file;
  if (p.line !== undefined) where += `:${p.line}${p.column !== undefined ? `:${p.column}` : ''}`;
  return `${where}: ${p.path ? `${p.path}: ` : ''}${p.message}`;
}

/** The user pressed Ctrl-C (or Esc) at a prompt: a clean stop, exit 130. */
export class InterruptedError extends PledgeError {
  constructor() {
    super('interrupted', ExitCode.Interrupted);
  }
}

/**
 * `$EDITOR` could not be started, or failed: the edit did not happen (the message says why). The interactive
 * session catches it and stays in its menu; it never reaches the error boundary.
 */
export class EditorError extends Error {
  override name = 'EditorError';
}
