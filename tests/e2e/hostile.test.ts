import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pledge } from '../support/cli.js';
import { BIN, fixture } from '../support/paths.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'pledge-e2e-hostile-'));

describe('hostile environments, through the binary: one line, a documented exit code, never 70', () => {
  // Every command that writes to standard output: the one line, and nothing after it (no summary, no "✓ wrote").
  const stdoutCommands = [
    ['targets'],
    ['targets', '--json'],
    ['points'],
    ['points', '--json'],
    ['draft', '--seed', '1'],
    ['draft', '--urls'],
    ['draft', '--json'],
    ['export', '-'],
    ['export', '-', '--format', 'md'],
    ['count', 'hello'],
    ['count', '--json', 'hello'],
    ['check', '--json'],
    ['check'],
    ['--help'],
    ['--version'],
  ];
  it.skipIf(process.platform !== 'linux').each(stdoutCommands)(
    'standard output on a full disk: pledge %s … exits 3 with one line and nothing else',
    (...args: string[]) => {
      const r = spawnSync('sh', ['-c', `"$0" "$@" > /dev/full`, process.execPath, BIN, ...args], { encoding: 'utf8' });
      expect(r.stderr).toBe('error: cannot write to standard output: the disk is full\n');
      expect(r.status).toBe(3);
    },
  );

  it.skipIf(process.platform !== 'linux')(
    'pledge import --json > /dev/full: the files are written, then one line and exit 3',
    () => {
      const out = join(tmp(), 'imported');
      const r = spawnSync(
        'sh',
        [
          '-c',
          `"$0" "$@" > /dev/full`,
          process.execPath,
          BIN,
          'import',
          fixture('import/twitterstorm/alert.txt'),
          '--out',
          out,
          '--json',
        ],
        { encoding: 'utf8' },
      );
      expect(r.stderr).toBe('error: cannot write to standard output: the disk is full\n');
      expect(r.status).toBe(3);
      expect(readdirSync(out).sort()).toEqual(['campaign.json', 'points.json', 'schemas', 'targets.json']);
    },
  );

  it('a closed pipe (| head -c 1) on an export: no error, no trace', () => {
    const r = spawnSync(
      'sh',
      ['-c', `"$0" "$1" export - --format csv --seed 1 | head -c 1 >/dev/null; exit 0`, process.execPath, BIN],
      { encoding: 'utf8' },
    );
    // Whether the reader closes before or after the last write is up to the scheduler: either nothing is said,
    // or the export finished and says so ("✓ wrote standard output … --format csv …"); never an error or a
    // stack trace (lines starting with "at ").
    expect(r.stderr).not.toMatch(/error|EPIPE|^\s+at /m);
    expect(r.stderr).toMatch(/^(|✓ wrote standard output \(csv, 5 drafts, seed 1\)[^\n]*\n)$/);
  });

  it('a campaign file that is a FIFO: refused at once, exit 2', () => {
    const dir = tmp();
    cpSync(fixture('minimal'), dir, { recursive: true });
    spawnSync('rm', [join(dir, 'points.json')]);
    spawnSync('mkfifo', [join(dir, 'points.json')]);
    const r = spawnSync(process.execPath, [BIN, 'draft', '--campaign', dir], { encoding: 'utf8', timeout: 15_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `error: ${join(dir, 'points.json')}: is a named pipe (FIFO), not a regular file: a campaign file must be a JSON file\n`,
    );
  });

  it('10,000 nested brackets: a located syntax error, exit 2', () => {
    const dir = tmp();
    cpSync(fixture('minimal'), dir, { recursive: true });
    writeFileSync(join(dir, 'targets.json'), '{"targets":' + '['.repeat(10_000));
    const r = pledge(['check', '--campaign', dir]);
    expect(r.stdout + r.stderr).toContain(`${join(dir, 'targets.json')}:1:10012`);
    expect(r.status).toBe(1);
  });

  it.skipIf(process.platform !== 'linux' || process.getuid?.() !== 0)(
    'an unreadable parent folder (EACCES), as another user: exit 2, one line',
    () => {
      const dir = tmp();
      const locked = join(dir, 'locked');
      mkdirSync(join(locked, 'campaign'), { recursive: true });
      chmodSync(dir, 0o755);
      chmodSync(locked, 0o700);
      const r = spawnSync(process.execPath, [BIN, 'targets', '--campaign', join(locked, 'campaign')], {
        encoding: 'utf8',
        uid: 65534,
        gid: 65534,
      });
      expect(r.error?.message, `user 65534 must be able to run ${process.execPath} and ${BIN}`).toBeUndefined();
      expect(r.stderr).toBe(`error: ${join(locked, 'campaign')}: cannot open the campaign folder: permission denied\n`);
      expect(r.status).toBe(2);
    },
  );

  it('an empty or blank PLEDGE_CAMPAIGN counts as unset', () => {
    for (const value of ['', ' ', '\t ']) {
      const r = pledge(['targets'], { env: { PLEDGE_CAMPAIGN: value } });
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('AmnestyUK');
    }
  });

  it('a blank PLEDGE_MASTODON_INSTANCE counts as unset: no --instance \'\' in the hint', () => {
    const r = pledge(['draft', '--network', 'mastodon', '--seed', '1'], { env: { PLEDGE_MASTODON_INSTANCE: ' ' } });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/no intent URL/);
    expect(r.stdout + r.stderr).not.toMatch(/--instance ' '|--instance ''/);
  });

  it('exporting onto a folder says it is a folder', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'drafts.csv'));
    const r = pledge(['export', join(dir, 'drafts.csv')]);
    expect(r.status).toBe(3);
    expect(r.stderr).toBe(
      `error: cannot write ${join(dir, 'drafts.csv')}: it is a folder; give a file name (such as drafts.csv) inside it\n`,
    );
    expect(readdirSync(join(dir, 'drafts.csv'))).toEqual([]);
  });

  it('DEBUG=1: the stack trace points at the TypeScript sources', () => {
    const r = pledge(['draft', '--campaign', '/no/such/campaign'], { env: { DEBUG: '1' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/at .*src\/campaign\/load\.ts:\d+:\d+/);
    // Names as written (esbuild keepNames), not as minified: the error's class and each function.
    expect(r.stderr).toMatch(/^CampaignError: /m);
    expect(r.stderr).toMatch(/at readCampaignSources \(.*src\/campaign\/load\.ts:\d+:\d+\)/);
    expect(r.stderr).toMatch(/at run \(.*src\/commands\/draft\.ts:\d+:\d+\)/);
  });
});
