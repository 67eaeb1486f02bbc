// The start-up path, guarded without timing: what `pledge --help`, `pledge targets` and `pledge draft --json`
// load (which of our bundles, which Node built-ins), how big the start-up bundles are, and the code cache
// (src/start/code-cache.ts): written once, private, used when valid, ignored when not. `npm run bench`
// measures the times themselves.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, REPO } from '../support/paths.js';

const PRELOAD = join(REPO, 'tests/support/report-loaded.cjs');
const temporaries: string[] = [];
afterEach(() => {
  for (const dir of temporaries.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const temporary = () => {
  const dir = mkdtempSync(join(tmpdir(), 'pledge-start-'));
  temporaries.push(dir);
  return dir;
};

/** Runs the binary with TMPDIR set (so its code cache goes there) and the preload that reports what loaded. */
function run(args: string[], env: Record<string, string> = {}) {
  const clean = { ...process.env, DEBUG: undefined, NODE_DISABLE_COMPILE_CACHE: undefined, PLEDGE_CAMPAIGN: undefined };
  const options = {
    env: { ...clean, NODE_OPTIONS: undefined, TMPDIR: temporary(), ...env },
    encoding: 'utf8' as const,
  };
  const r = spawnSync(process.execPath, ['--require', PRELOAD, BIN, ...args], options);
  expect(r.status, r.stderr).toBe(0);
  type Report = { files: string[]; builtins: string[] };
  const report = JSON.parse(/\nLOADED (.*)\n$/.exec(r.stderr)![1]!) as Report;
  const files = report.files.filter((f) => f !== PRELOAD).map((f) => relative(REPO, f).split('\\').join('/'));
  return { stdout: r.stdout, files, builtins: report.builtins };
}

const CORE = ['bin/pledge.js', 'dist/start.cjs', 'dist/cli.cjs', 'dist/shared/errors.cjs'];
// Built-ins that a start-up must not pay for: they belong to commands that need them (export, handles, -i).
const NOT_AT_START = [
  'child_process',
  'crypto',
  'http',
  'https',
  'zlib',
  'readline',
  'worker_threads',
  'dns',
  'net',
  'stream',
  'tty',
];

describe('start-up: what each command loads', () => {
  // Output to a pipe or a file is written with write(2), without process.stdout (node:stream, node:net).
  it.each([
    [['--help'], CORE],
    [['targets'], [...CORE, 'dist/commands/targets.cjs', 'dist/shared/count.cjs']],
    [
      ['draft', '--json', '--seed', '1'],
      [...CORE, 'dist/commands/draft.cjs', 'dist/shared/count.cjs', 'dist/shared/untargeted.cjs'],
    ],
  ])('pledge %j loads only its bundles and no heavy built-in', (args, bundles) => {
    const { files, builtins } = run(args);
    expect(files).toEqual(bundles);
    expect(builtins.filter((b) => NOT_AT_START.includes(b))).toEqual([]);
  });

  it('the start-up bundles stay small (bytes V8 must read at every start)', () => {
    const size = (f: string) => statSync(join(REPO, 'dist', f)).size;
    expect(size('start.cjs')).toBeLessThan(6_000);
    // The program, every command's options and help, the usage-error filter: 80 KB in Nov 2026 (npm run bench
    // measures what it costs; raise this only with its figures).
    expect(size('cli.cjs')).toBeLessThan(84_000);
    expect(size('commands/draft.cjs')).toBeLessThan(60_000);
    expect(size('commands/targets.cjs')).toBeLessThan(45_000);
    expect(size('shared/count.cjs')).toBeLessThan(50_000);
  });
});

describe('start-up: the code cache', () => {
  const cacheOf = (tmp: string) => join(tmp, `pledge-code-cache-${process.getuid?.() ?? 'user'}`);
  const draft = ['draft', '--json', '--seed', '1'];

  it('is written on the first run (private folder, one file per bundle) and used as it is on the next', () => {
    const tmp = temporary();
    const first = run(draft, { TMPDIR: tmp });
    const dir = cacheOf(tmp);
    const files = readdirSync(dir).sort();
    const bundles = files.map((f) => f.replace(/-[0-9a-f]{16}-v.*$/, ''));
    expect(bundles).toEqual([
      'cli.cjs',
      'commands_draft.cjs',
      'shared_count.cjs',
      'shared_errors.cjs',
      'shared_untargeted.cjs',
    ]);
    if (process.platform !== 'win32') {
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      for (const f of files) expect(statSync(join(dir, f)).mode & 0o777).toBe(0o600);
    }
    const before = files.map((f) => statSync(join(dir, f)).ino);
    const second = run(draft, { TMPDIR: tmp });
    expect(second.stdout).toBe(first.stdout);
    // Accepted by V8, so not written again (a rewrite renames a new file into place: a new inode).
    expect(readdirSync(dir).sort()).toEqual(files);
    expect(files.map((f) => statSync(join(dir, f)).ino)).toEqual(before);
  });

  it('a damaged cache file is ignored and replaced; the output is the same', () => {
    const tmp = temporary();
    const first = run(draft, { TMPDIR: tmp });
    const dir = cacheOf(tmp);
    const cli = readdirSync(dir).find((f) => f.startsWith('cli.cjs-'))!;
    writeFileSync(join(dir, cli), 'not a code cache');
    expect(run(draft, { TMPDIR: tmp }).stdout).toBe(first.stdout);
    expect(readFileSync(join(dir, cli)).length).toBeGreaterThan(1000);
  });

  it('is neither read nor written in a folder others may write to, with NODE_DISABLE_COMPILE_CACHE, or with DEBUG', () => {
    const reference = run(draft, { NODE_DISABLE_COMPILE_CACHE: '1' });
    const tmp = temporary();
    expect(run(draft, { TMPDIR: tmp, NODE_DISABLE_COMPILE_CACHE: '1' }).stdout).toBe(reference.stdout);
    expect(readdirSync(tmp)).toEqual([]);
    expect(run(draft, { TMPDIR: tmp, DEBUG: '1' }).stdout).toBe(reference.stdout);
    expect(readdirSync(tmp)).toEqual([]);
    if (process.platform !== 'win32') {
      run(draft, { TMPDIR: tmp });
      const dir = cacheOf(tmp);
      for (const f of readdirSync(dir)) rmSync(join(dir, f));
      chmodSync(dir, 0o777);
      expect(run(draft, { TMPDIR: tmp }).stdout).toBe(reference.stdout);
      expect(readdirSync(dir)).toEqual([]);
    }
  });
});
