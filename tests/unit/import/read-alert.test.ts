import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { readAlert } from '../../../src/import/read-alert.js';

describe('readAlert reads only a regular file (a FIFO would block forever, /dev/zero never ends)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pledge-alert-'));

  it('refuses a named pipe at once, naming it', async () => {
    const fifo = join(dir, 'alert.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    await expect(readAlert(fifo)).rejects.toThrow(
      new UsageError(
        `${fifo}: is a named pipe (FIFO), not a regular file: save the alert as a text, Markdown or HTML file`,
      ),
    );
  });

  it('refuses a device that never ends, and a folder', async () => {
    await expect(readAlert('/dev/zero')).rejects.toThrow('/dev/zero: is a device, not a regular file');
    await expect(readAlert(dir)).rejects.toThrow(`${dir}: is a folder, not a file`);
  });

  it('refuses a file over 16 MiB without reading it, and says why a path cannot be read', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, (16 << 20) + 1); // sparse: no 16 MiB written
    await expect(readAlert(big)).rejects.toThrow(new UsageError(`${big}: larger than 16 MiB: too big for an alert`));
    await expect(readAlert(join(dir, 'missing.txt'))).rejects.toThrow(`${join(dir, 'missing.txt')}: file not found`);
    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'locked.txt');
      writeFileSync(locked, 'x');
      chmodSync(locked, 0);
      await expect(readAlert(locked)).rejects.toThrow(`${locked}: permission denied`);
    }
  });

  it('still reads a regular file', async () => {
    const file = join(dir, 'ok.txt');
    writeFileSync(file, 'Tweet your support to @AmnestyUK #pledgedecrim\n');
    const { encoding } = await readAlert(file);
    expect(encoding).toBe('utf-8');
  });
});
