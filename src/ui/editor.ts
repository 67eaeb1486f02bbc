// `$EDITOR` for the interactive edit: our own few lines rather than inquirer's editor prompt, whose launcher
// emits an unhandled 'error' event when the editor does not exist (the session was lost and the temporary
// file with the draft left behind). Loaded only when the user chooses "Edit in your editor".
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeFsError } from '../fs-errors.js';
import { quote } from './quote.js';
import { EditorError } from '../errors.js';

/** `code --wait` -> ['code', '--wait']; double or single quotes keep spaces: `"/My Apps/ed" -w`. */
export function splitCommand(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

/** The editor the user chose: $VISUAL, else $EDITOR, else vi (notepad on Windows). Empty values count as unset. */
export function editorCommand(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  return env.VISUAL?.trim() || env.EDITOR?.trim() || (platform === 'win32' ? 'notepad' : 'vi');
}

/**
 * Opens `text` in the user's editor, in a private temporary folder, and returns the saved text. The folder
 * is removed whatever happens. Throws an {@link EditorError} (the draft unchanged) when the editor cannot
 * start or exits with a failure.
 */
export async function editInEditor(
  text: string,
  options: { postfix?: string; env?: NodeJS.ProcessEnv; tmp?: string } = {},
): Promise<string> {
  const command = editorCommand(options.env ?? process.env);
  const [bin, ...args] = splitCommand(command);
  const dir = await mkdtemp(join(options.tmp ?? tmpdir(), 'pledge-edit-'));
  try {
    const file = join(dir, `draft${options.postfix ?? '.txt'}`);
    await writeFile(file, text, { mode: 0o600 });
    await new Promise<void>((resolve, reject) => {
      const child = spawn(bin!, [...args, file], { stdio: 'inherit', env: options.env ?? process.env });
      child.once('error', (e: NodeJS.ErrnoException) => {
        const why = e.code === 'ENOENT' ? 'no such program' : describeFsError(e);
        reject(
          new EditorError(
            `the editor ${quote(command)} could not start (${why}); set EDITOR, or edit here, on one line`,
          ),
        );
      });
      child.once('exit', (code, signal) => {
        if (code === 0) resolve();
        else
          reject(
            new EditorError(
              `the editor ${quote(command)} ended with ${signal ?? `exit code ${code}`}; the draft was not changed`,
            ),
          );
      });
    });
    return await readFile(file, 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
