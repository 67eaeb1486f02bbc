import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pledge } from '../support/cli.js';
import { BIN, fixture } from '../support/paths.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'pledge-e2e-hostile-'));

describe('hostile environments, through the binary: one line, a documented exit code, never 70', () => {
  it('standard output on a full disk: exit 3, one line', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" targets > /dev/full`], { encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stderr).toBe('error: cannot write to standard output: the disk is full\n');
  });

  it('a campaign file that is a FIFO: refused at once, exit 2', () => {
    const dir = tmp();
    cpSync(fixture('minimal'), dir, { recursive: true });
    spawnSync('rm', [join(dir, 'points.json')]);
    spawnSync('mkfifo', [join(dir, 'points.json')]);
    const r = spawnSync(process.execPath, [BIN, 'draft', '--campaign', dir], { encoding: 'utf8', timeout: 15_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`error: ${join(dir, 'points.json')}: is a named pipe (FIFO), not a regular file: a campaign file must be a JSON file\n`);
  });

  it('10,000 nested brackets: a located syntax error, exit 2', () => {
    const dir = tmp();
    cpSync(fixture('minimal'), dir, { recursive: true });
    writeFileSync(join(dir, 'targets.json'), '{"targets":' + '['.repeat(10_000));
    const r = pledge(['check', '--campaign', dir]);
    expect(r.stdout + r.stderr).toContain(`${join(dir, 'targets.json')}:1:10012`);
    expect(r.status).toBe(1);
  });

  it.skipIf(process.platform !== 'linux' || process.getuid?.() !== 0)('an unreadable parent folder (EACCES), as another user: exit 2, one line', () => {
    const dir = tmp();
    const locked = join(dir, 'locked');
    mkdirSync(join(locked, 'campaign'), { recursive: true });
    chmodSync(dir, 0o755);
    chmodSync(locked, 0o700);
    const r = spawnSync(process.execPath, [BIN, 'targets', '--campaign', join(locked, 'campaign')], { encoding: 'utf8', uid: 65534, gid: 65534 });
    expect(r.error?.message, `user 65534 must be able to run ${process.execPath} and ${BIN}`).toBeUndefined();
    expect(r.stderr).toBe(`error: ${join(locked, 'campaign')}: cannot open the campaign folder: permission denied\n`);
    expect(r.status).toBe(2);
  });

  it('an empty PLEDGE_CAMPAIGN counts as unset', () => {
    const r = pledge(['targets'], { env: { PLEDGE_CAMPAIGN: '' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('AmnestyUK');
  });

  it('exporting onto a folder says it is a folder', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'drafts.csv'));
    const r = pledge(['export', join(dir, 'drafts.csv')]);
    expect(r.status).toBe(3);
    expect(r.stderr).toBe(`error: cannot write ${join(dir, 'drafts.csv')}: it is a folder; give a file name (such as drafts.csv) inside it\n`);
    expect(readdirSync(join(dir, 'drafts.csv'))).toEqual([]);
  });

  it('DEBUG=1: the stack trace points at the TypeScript sources', () => {
    const r = pledge(['draft', '--campaign', '/no/such/campaign'], { env: { DEBUG: '1' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/at .*src\/campaign\/load\.ts:\d+:\d+/);
  });
});
