import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileError, InterruptedError, UsageError } from '../../src/errors.js';
import { describeWriteError, writeAtomically } from '../../src/export/write.js';

const dir = () => mkdtempSync(join(tmpdir(), 'pledge-write-'));

describe('writeAtomically', () => {
  it('writes a new file from chunks', async () => {
    const file = join(dir(), 'out.txt');
    expect(await writeAtomically(file, ['a', 'b', 'c'])).toEqual({ replaced: false });
    expect(readFileSync(file, 'utf8')).toBe('abc');
  });

  it('never replaces an existing file without force, and leaves it as it was', async () => {
    const d = dir();
    const file = join(d, 'out.txt');
    writeFileSync(file, 'precious');
    await expect(writeAtomically(file, ['new'])).rejects.toThrow(
      new FileError(`${file} already exists; add --force to replace it`),
    );
    expect(readFileSync(file, 'utf8')).toBe('precious');
    expect(readdirSync(d)).toEqual(['out.txt']);
  });

  it('replaces with force, and says so', async () => {
    const file = join(dir(), 'out.txt');
    writeFileSync(file, 'old');
    expect(await writeAtomically(file, ['new'], { force: true })).toEqual({ replaced: true });
    expect(readFileSync(file, 'utf8')).toBe('new');
  });

  it('keeps the old file whole while writing, and after an interrupted write (no temporary file left)', async () => {
    const d = dir();
    const file = join(d, 'out.txt');
    writeFileSync(file, 'old');
    const controller = new AbortController();
    async function* chunks() {
      yield 'new part one';
      expect(readFileSync(file, 'utf8')).toBe('old');
      controller.abort();
      yield 'new part two';
    }
    await expect(writeAtomically(file, chunks(), { force: true, signal: controller.signal })).rejects.toBeInstanceOf(
      InterruptedError,
    );
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(d)).toEqual(['out.txt']);
  });

  it('a formatter that fails midway leaves nothing behind', async () => {
    const d = dir();
    function* chunks() {
      yield 'x';
      throw Object.assign(new Error('boom'), { code: 'EIO' });
    }
    await expect(writeAtomically(join(d, 'out.txt'), chunks())).rejects.toThrow(
      /cannot write .*out\.txt: input\/output error/,
    );
    expect(readdirSync(d)).toEqual([]);
  });

  it('a bug while making the chunks stays a bug (not a file error), and leaves nothing behind', async () => {
    const d = dir();
    const bug = new TypeError("Cannot read properties of undefined (reading 'text')");
    function* chunks() {
      yield 'x';
      throw bug;
    }
    const thrown = await writeAtomically(join(d, 'out.txt'), chunks()).catch((e: unknown) => e);
    expect(thrown).toBe(bug);
    expect(readdirSync(d)).toEqual([]);
  });

  it.each([
    ['a domain error', new UsageError('no such point')],
    ['a stream error', Object.assign(new Error('premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' })],
    ['a code that is no errno name', Object.assign(new Error('odd'), { code: 'enospc' })],
  ])('%s from the chunks is thrown as it is', async (_, error) => {
    const d = dir();
    function* chunks(): Generator<string> {
      if (error) throw error;
      yield 'never';
    }
    await expect(writeAtomically(join(d, 'out.txt'), chunks())).rejects.toBe(error);
    expect(readdirSync(d)).toEqual([]);
  });

  it('says clearly when the folder is missing or not a folder', async () => {
    const d = dir();
    await expect(writeAtomically(join(d, 'nope', 'out.txt'), ['x'])).rejects.toThrow(
      `the folder ${join(d, 'nope')} does not exist`,
    );
    writeFileSync(join(d, 'file'), '');
    await expect(writeAtomically(join(d, 'file', 'out.txt'), ['x'])).rejects.toThrow(
      'part of the path is a file, not a folder',
    );
  });

  it.each([
    ['EACCES', 'cannot write f.csv: permission denied'],
    ['ENOSPC', 'cannot write f.csv: the disk is full'],
    ['EROFS', 'cannot write f.csv: read-only file system'],
    ['EISDIR', 'cannot write f.csv: it is a folder'],
  ])('%s reads as a sentence', (code, message) => {
    expect(describeWriteError('f.csv', Object.assign(new Error('x'), { code }))).toBe(message);
  });
});
