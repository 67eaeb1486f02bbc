import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeFolders } from '../../src/campaign/write-campaign.js';
import { run as init } from '../../src/commands/init.js';
import { FileError } from '../../src/errors.js';
import { NAME_MAX, temporaryPath, writeAtomically } from '../../src/export/write.js';
import { captureIo } from '../support/io.js';

const dir = () => mkdtempSync(join(tmpdir(), 'pledge-write-'));

describe('destinations that are not regular files', () => {
  it('a folder is called a folder, with or without --force, and is left alone', async () => {
    const d = dir();
    mkdirSync(join(d, 'out.csv'));
    for (const force of [false, true]) {
      await expect(writeAtomically(join(d, 'out.csv'), ['x'], { force })).rejects.toThrow(
        `cannot write ${join(d, 'out.csv')}: it is a folder; give a file name (such as drafts.csv) inside it`,
      );
    }
    expect(readdirSync(d)).toEqual(['out.csv']);
  });

  it('a FIFO and a device are refused even with --force', async () => {
    const d = dir();
    execFileSync('mkfifo', [join(d, 'pipe.csv')]);
    await expect(writeAtomically(join(d, 'pipe.csv'), ['x'], { force: true })).rejects.toThrow(
      'it is a named pipe (FIFO), not a regular file; pledge replaces only regular files',
    );
    expect(lstatSync(join(d, 'pipe.csv')).isFIFO()).toBe(true);
    await expect(writeAtomically('/dev/null', ['x'], { force: true })).rejects.toThrow(
      'cannot write /dev/null: it is a device, not a regular file',
    );
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(readdirSync(d)).toEqual(['pipe.csv']);
  });

  it('through a symbolic link: --force replaces the file it points to and keeps the link; without, refuses', async () => {
    const d = dir();
    mkdirSync(join(d, 'real'));
    writeFileSync(join(d, 'real', 'drafts.csv'), 'old');
    symlinkSync(join(d, 'real', 'drafts.csv'), join(d, 'link.csv'));
    await expect(writeAtomically(join(d, 'link.csv'), ['new'])).rejects.toThrow(
      `already exists (a symbolic link to ${join(d, 'real', 'drafts.csv')}); add --force`,
    );
    expect(await writeAtomically(join(d, 'link.csv'), ['new'], { force: true })).toEqual({ replaced: true });
    expect(readlinkSync(join(d, 'link.csv'))).toBe(join(d, 'real', 'drafts.csv'));
    expect(readFileSync(join(d, 'real', 'drafts.csv'), 'utf8')).toBe('new');
    expect(readdirSync(join(d, 'real'))).toEqual(['drafts.csv']);
  });

  it('a link to nothing is refused, and stays a link', async () => {
    const d = dir();
    symlinkSync(join(d, 'missing.csv'), join(d, 'dangling.csv'));
    await expect(writeAtomically(join(d, 'dangling.csv'), ['x'], { force: true })).rejects.toThrow(
      'it is a symbolic link to a file that does not exist',
    );
    expect(lstatSync(join(d, 'dangling.csv')).isSymbolicLink()).toBe(true);
  });
});

describe('replacing a file', () => {
  it.each([0o600, 0o640, 0o755])('keeps its permission bits (%o)', async (mode) => {
    const file = join(dir(), 'drafts.csv');
    writeFileSync(file, 'old');
    chmodSync(file, mode);
    await writeAtomically(file, ['new'], { force: true });
    expect(statSync(file).mode & 0o777).toBe(mode);
  });
});

describe('temporary names', () => {
  it('always fit 255 bytes, in the same folder (any name, any script)', () => {
    expect(basename(temporaryPath('/f/\ufffd '))).toMatch(/^\.\ufffd \./u); // a U+FFFD the name has stays
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), (name) => {
        const clean = /^\.*$/.test(name) ? `${name}x` : name.replace(/[/\0]/g, 'x'); // not "." or ".." 
        const tmp = temporaryPath(join('/some/folder', clean));
        expect(Buffer.byteLength(basename(tmp))).toBeLessThanOrEqual(NAME_MAX);
        expect(tmp.startsWith('/some/folder/.')).toBe(true);
        // NAME is cut on a character boundary: a prefix of the name, never half a character (U+FFFD).
        const kept = /^\.(.*)\.[0-9a-z]+\.tmp$/su.exec(basename(tmp))?.[1];
        expect(kept !== undefined && clean.startsWith(kept)).toBe(true);
      }),
    );
  });

  it('a file name of 255 bytes exports', async () => {
    const d = dir();
    const name = `${'é'.repeat(125)}.csv`; // 250 + 4 bytes
    expect(Buffer.byteLength(name)).toBe(254);
    await writeAtomically(join(d, name), ['x']);
    expect(readdirSync(d)).toEqual([name]);
  });
});

describe('pledge init', () => {
  it('writes its three files as a set: one that fails leaves none (and no folder it made)', async () => {
    const d = dir();
    const target = join(d, 'new', 'campaign');
    await makeFolders(target);
    mkdirSync(join(target, 'points.json')); // the third file cannot be written
    await expect(init({ dir: target, force: true }, captureIo())).rejects.toThrow(
      'points.json: it is a folder, not a regular file; nothing was changed',
    );
    expect(readdirSync(target)).toEqual(['points.json']);
    const fresh = join(d, 'a', 'b');
    const io = captureIo();
    expect(await init({ dir: fresh }, io)).toBe(0);
    expect(readdirSync(fresh).sort()).toEqual(['campaign.json', 'points.json', 'schemas', 'targets.json']);
  });

  it('refuses a path where folders cannot be created, at once (Node\'s recursive mkdir spins on /proc)', async () => {
    await expect(makeFolders('/proc/nope/deeper')).rejects.toThrow(
      new FileError('cannot create /proc/nope/deeper: folders cannot be created in /proc'),
    );
    const d = dir();
    writeFileSync(join(d, 'file'), '');
    await expect(makeFolders(join(d, 'file', 'x'))).rejects.toThrow('is a file, not a folder');
  });
});
