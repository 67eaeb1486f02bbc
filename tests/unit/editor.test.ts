import { chmodSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editInEditor, editorCommand, splitCommand } from '../../src/ui/editor.js';
import { EditorError } from '../../src/errors.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'pledge-editor-test-'));

describe('$EDITOR', () => {
  it('an editor that does not exist: an EditorError, and no temporary file left', async () => {
    const dir = tmp();
    const env = { PATH: process.env.PATH, EDITOR: 'no-such-editor-anywhere --wait' };
    const error = await editInEditor('draft text', { env, tmp: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EditorError);
    expect((error as Error).message).toBe(
      'the editor "no-such-editor-anywhere --wait" could not start (no such program); set EDITOR, or edit here, on one line',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an editor that fails: an EditorError; one that saves: the saved text; either way no file left', async () => {
    const dir = tmp();
    const script = join(dir, 'ed.sh');
    writeFileSync(script, '#!/bin/sh\nprintf "edited: %s" "$(cat "$1")" > "$1"\n');
    chmodSync(script, 0o755);
    const work = join(dir, 'work');
    await import('node:fs').then((fs) => fs.mkdirSync(work));
    expect(await editInEditor('hello', { env: { PATH: process.env.PATH, EDITOR: script }, tmp: work })).toBe(
      'edited: hello',
    );
    await expect(
      editInEditor('hello', { env: { PATH: process.env.PATH, VISUAL: 'false' }, tmp: work }),
    ).rejects.toThrow('ended with exit code 1');
    expect(readdirSync(work)).toEqual([]);
  });

  it('reads VISUAL, then EDITOR (empty counts as unset), and splits quoted commands', () => {
    expect(editorCommand({ VISUAL: '', EDITOR: 'nano' }, 'linux')).toBe('nano');
    expect(editorCommand({}, 'linux')).toBe('vi');
    expect(splitCommand(`"/My Apps/ed" -w 'a b'`)).toEqual(['/My Apps/ed', '-w', 'a b']);
  });
});
