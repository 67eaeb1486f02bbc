// A destination that names a file descriptor (/dev/stdout, /dev/fd/N, /proc/self/fd/N) is checked like any
// other: a pipe or a terminal there is not a regular file (exit 3, with the hint that - is standard output),
// never a crash on realpath (exit 70). `draft --out -` is refused instead of writing a file named "-".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pledge } from '../support/cli.js';
import { BIN } from '../support/paths.js';

const HINT = '(for standard output, give - as the file: pledge export - --format csv)';

describe.skipIf(process.platform !== 'linux')('file-descriptor destinations', () => {
  it.each([
    ['export', '/dev/stdout', '--format', 'csv'],
    ['export', '/dev/fd/1', '--format', 'csv'],
    ['export', '/proc/self/fd/1', '--format', 'csv'],
    ['export', '/dev/stdout', '--format', 'csv', '--force'],
    ['draft', '--out', '/dev/stdout'],
    ['draft', '--out', '/dev/stderr', '--format', 'json'],
  ])('pledge %s %s … onto a pipe: exit 3, one line naming it a pipe and the - hint', (...args: string[]) => {
    // Through a shell pipe, as a user types it: `pledge export /dev/stdout --format csv | cat`.
    const r = spawnSync('sh', ['-c', '"$0" "$@" 2>&1 | cat', process.execPath, BIN, ...args], {
      encoding: 'utf8',
    });
    const file = args.find((a) => a.startsWith('/'))!;
    expect(r.stdout).toBe(
      `error: cannot write ${file}: it is a pipe, not a regular file; pledge replaces only regular files ${HINT}\n`,
    );
    // spawnSync's own standard streams are sockets: the same refusal, exit 3.
    const direct = pledge(args);
    expect(direct.status).toBe(3);
    expect(direct.stdout).toBe('');
    expect(direct.stderr).toMatch(/^error: cannot write \S+: it is a socket, not a regular file; .* - as the file/);
  });

  it('a device such as /dev/null is refused the same way, even with --force', () => {
    const r = pledge(['export', '/dev/null', '--format', 'csv', '--force']);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain(`it is a device, not a regular file; pledge replaces only regular files ${HINT}`);
  });

  it('/dev/stdout redirected to a file: exists without --force, with the hint; written with --force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-fd-'));
    const out = join(dir, 'out.csv');
    writeFileSync(out, '');
    const sh = (extra: string) =>
      spawnSync('sh', ['-c', `"$0" "$1" export /dev/stdout --format csv ${extra} > "$2"`, process.execPath, BIN, out], {
        encoding: 'utf8',
      });
    const r = sh('');
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/^error: \/dev\/stdout already exists \(a symbolic link to .*out\.csv\); add --force to replace it/);
    expect(r.stderr).toContain(HINT);
    expect(sh('--force').status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('target_id,name');
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('draft --out - is a usage error (exit 2), and no file named "-" is written', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'pledge-fd-'));
    const r = pledge(['draft', '--out', '-'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('use pledge export - instead');
    expect(readdirSync(cwd)).toEqual([]);
  });
});
