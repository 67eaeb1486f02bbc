import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { unneutralise } from '../../src/export/csv.js';
import type { DraftsDocument } from '../../src/render/drafts.js';
import { pledge } from '../support/cli.js';
import { BIN, FAIL_TEMPORARY_SYNC, fixture, HOLD_AT_TEMPORARY_FILE, REPO } from '../support/paths.js';

const headless = { DISPLAY: undefined, WAYLAND_DISPLAY: undefined, BROWSER: undefined };
const tmp = () => mkdtempSync(join(tmpdir(), 'pledge-e2e-'));
const doc = (seed: number, ...args: string[]) =>
  JSON.parse(pledge(['draft', '--json', '--seed', String(seed), ...args]).stdout) as DraftsDocument;

describe('clipboard through the real binary', () => {
  it('with no clipboard and no terminal: drafts printed, a clear warning, exit 0', () => {
    const r = pledge(['draft', '--target', 'amnesty', '--seed', '4', '--copy'], { env: headless });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(doc(4, '--target', 'amnesty').drafts[0]!.text);
    // The real reason, read from the clipboard helper's failure (clipboardy's bundled xsel cannot open a display).
    expect(r.stderr).toContain(
      'warning: nothing was copied: no system clipboard: no display server (DISPLAY and WAYLAND_DISPLAY are not set',
    );
  });

  it('on a terminal with no clipboard: the OSC 52 escape carries exactly the draft', () => {
    const cmd = `"${process.execPath}" "${BIN}" draft --target amnesty-uk --seed 4 --copy`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, TERM: 'xterm', NO_COLOR: '1' },
    });
    expect(r.status).toBe(0);
    const payload = r.stdout.match(/\u001b\]52;c;([A-Za-z0-9+/=]*)\u0007/)?.[1];
    expect(payload).toBeDefined();
    expect(Buffer.from(payload!, 'base64').toString('utf8')).toBe(doc(4, '--target', 'amnesty-uk').drafts[0]!.text);
    expect(r.stdout).toContain("sent the draft to the terminal's clipboard (OSC 52");
  });
});

describe('browser through the real binary', () => {
  const fakeBrowser = () => {
    const d = tmp();
    const script = join(d, 'browser');
    writeFileSync(script, `#!/bin/sh\nprintf '%s\\n' "$1" >> "${join(d, 'opened')}"\n`);
    chmodSync(script, 0o755);
    return {
      env: { ...headless, BROWSER: script },
      opened: () => readFileSync(join(d, 'opened'), 'utf8').trim().split('\n'),
    };
  };

  it('opens the intent URLs with the default browser', () => {
    const b = fakeBrowser();
    const r = pledge(['draft', '--group', 'amnesty', '--seed', '3', '--open', '--urls'], { env: b.env });
    expect(r.status).toBe(0);
    expect(b.opened()).toEqual(doc(3, '--group', 'amnesty').drafts.map((d) => d.intentUrl));
    expect(r.stderr).toContain('opened 2 intent URLs in the browser');
  });

  it('more than 3 with no terminal: refused (exit 2) unless --yes', () => {
    const b = fakeBrowser();
    const refused = pledge(['draft', '--seed', '3', '--open'], { env: b.env });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('not opening 5 browser tabs without a terminal to ask on; add --yes');
    const r = pledge(['draft', '--seed', '3', '--open', '--yes'], { env: b.env });
    expect(r.status).toBe(0);
    expect(b.opened()).toHaveLength(5);
  });

  it('no browser: the opener tries, its reason is given, exit 3, the URLs still printed', () => {
    // BROWSER names the only program xdg-open may try (whatever browsers the machine has): one that fails.
    const r = pledge(['draft', '--target', 'amnesty', '--seed', '3', '--open', '--urls'], {
      env: { ...headless, BROWSER: '/bin/false' },
    });
    expect(r.status).toBe(3);
    expect(r.stdout).toMatch(/^https:\/\/x\.com\/intent\/tweet\?text=/);
    expect(r.stderr).toContain(
      'error: no browser could be opened: BROWSER ("/bin/false") failed to start (DISPLAY and WAYLAND_DISPLAY are not set: no graphical session); the URLs are printed above',
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('export through the real binary', () => {
  it('json and csv read back to exactly the drafts of pledge draft --json with the same seed', () => {
    const d = tmp();
    expect(pledge(['export', join(d, 'drafts.json'), '--seed', '21']).status).toBe(0);
    expect(pledge(['export', join(d, 'drafts.csv'), '--seed', '21']).status).toBe(0);
    const printed = pledge(['draft', '--json', '--seed', '21']).stdout;
    expect(readFileSync(join(d, 'drafts.json'), 'utf8')).toBe(printed);
    const rows = parseCsv<Record<string, string>>(readFileSync(join(d, 'drafts.csv'), 'utf8').slice(1), {
      columns: true,
    });
    const drafts = (JSON.parse(printed) as DraftsDocument).drafts;
    expect(rows.map((r) => [r.target_id, unneutralise(r.text!), Number(r.weighted_length), r.intent_url])).toEqual(
      drafts.map((x) => [x.target.id, x.text, x.weightedLength, x.intentUrl]),
    );
  });

  it('never overwrites without --force; an unwritable place is exit 3 with a clear message', () => {
    const d = tmp();
    const file = join(d, 'drafts.md');
    writeFileSync(file, 'my notes');
    const r = pledge(['export', file]);
    expect(r.status).toBe(3);
    expect(r.stderr).toBe(`error: ${file} already exists; add --force to replace it\n`);
    expect(readFileSync(file, 'utf8')).toBe('my notes');
    const missing = pledge(['export', join(d, 'no', 'such', 'folder.csv')]);
    expect(missing.status).toBe(3);
    expect(missing.stderr).toContain('does not exist');
  });

  it('bad --format is a usage error', () => {
    const r = pledge(['export', 'x.csv', '--format', 'pdf']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/argument 'pdf' is invalid. Allowed choices are json, csv, md, txt, html/);
  });
});

describe('an export interrupted with Ctrl-C, SIGTERM or SIGHUP', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s leaves the old file whole, no temporary file behind, and exits %i', async (signal, code) => {
    const dir = tmp();
    const file = join(dir, 'drafts.csv');
    writeFileSync(file, 'the old export');
    // The child holds its export once the temporary file is open (see the preload) and names that file on fd 3.
    const child = spawn(
      process.execPath,
      ['--require', HOLD_AT_TEMPORARY_FILE, BIN, 'export', file, '--force', '--seed', '1'],
      {
        cwd: REPO,
        env: { ...process.env, PLEDGE_CAMPAIGN: '', DEBUG: '' },
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const temporary = await new Promise<string>((resolve, reject) => {
      child.stdio[3]!.once('data', (d: Buffer) => resolve(d.toString().trim()));
      void exited.then(() => reject(new Error(`exited before opening a temporary file; stderr: ${stderr}`)));
    });
    expect(readdirSync(dir).sort()).toEqual([basename(temporary), 'drafts.csv'].sort());
    child.kill(signal);
    expect(await exited).toBe(code);
    expect(readFileSync(file, 'utf8')).toBe('the old export');
    expect(readdirSync(dir)).toEqual(['drafts.csv']);
    expect(stderr).toContain('interrupted: nothing more was sent, copied or written');
  });
});

describe('exports that cannot be written', () => {
  it.skipIf(process.platform !== 'linux')('no permission: a clear message, exit 3', () => {
    const r = pledge(['export', '/sys/drafts.csv']);
    expect(r.status).toBe(3);
    expect(r.stderr).toBe('error: cannot write /sys/drafts.csv: permission denied\n');
  });

  it.skipIf(process.platform !== 'linux')('a folder where files cannot be created is not called missing', () => {
    const r = pledge(['export', '/proc/drafts.csv']);
    expect(r.status).toBe(3);
    expect(r.stderr).toBe('error: cannot write /proc/drafts.csv: files cannot be created in /proc\n');
  });

  it.each([
    [
      'a file system error is a file error: one line, exit 3',
      'eio',
      3,
      (file: string) => `error: cannot write ${file}: input/output error\n`,
    ],
    [
      'a bug is an internal error, not "cannot write": exit 70',
      'bug',
      70,
      () => "internal error: Cannot read properties of undefined (reading 'sync') (run with DEBUG=1 for details)\n",
    ],
  ] as const)(
    'failing to sync the temporary file: %s; the old file stays, nothing left',
    (_, kind, status, message) => {
      const dir = tmp();
      const file = join(dir, 'drafts.csv');
      writeFileSync(file, 'the old export');
      const r = spawnSync(
        process.execPath,
        ['--require', FAIL_TEMPORARY_SYNC, BIN, 'export', file, '--force', '--seed', '1'],
        {
          cwd: REPO,
          env: { ...process.env, PLEDGE_CAMPAIGN: '', DEBUG: '', NO_COLOR: '1', FAIL_SYNC: kind },
          encoding: 'utf8',
        },
      );
      expect(r.status).toBe(status);
      expect(r.stderr).toBe(message(file));
      expect(readFileSync(file, 'utf8')).toBe('the old export');
      expect(readdirSync(dir)).toEqual(['drafts.csv']);
    },
  );

  // A 64 KiB file system fills up half-way through the export; needs root to mount it (as in CI).
  const full = join(tmpdir(), `pledge-full-${process.pid}`);
  const mounted = (() => {
    if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
    mkdirSync(full, { recursive: true });
    return spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', full]).status === 0;
  })();
  afterAll(() => {
    if (mounted) spawnSync('umount', [full]);
  });

  it.skipIf(!mounted)('disk full: a clear message, exit 3, no partial file left', () => {
    const r = pledge(['export', join(full, 'drafts.json'), '--campaign', fixture('check/clean')]);
    expect(r.status).toBe(0);
    const big = pledge(['export', join(full, 'big.csv'), '--campaign', writeBig()]);
    expect(big.status).toBe(3);
    expect(big.stderr).toBe(`error: cannot write ${join(full, 'big.csv')}: the disk is full\n`);
    expect(readdirSync(full)).toEqual(['drafts.json']);
  });
});

function writeBig(): string {
  const dir = tmp();
  const targets = Array.from({ length: 2000 }, (_, i) => ({
    id: `t${i}`,
    name: `Organisation ${i}`,
    handle: `org${i}`,
    group: 'g',
    ask: 'ask',
  }));
  writeFileSync(
    join(dir, 'campaign.json'),
    JSON.stringify({ name: 'Big', asks: { ask: { templates: ['Hello {mention}, {point}'] } } }),
  );
  writeFileSync(join(dir, 'targets.json'), JSON.stringify({ targets }));
  writeFileSync(
    join(dir, 'points.json'),
    JSON.stringify({
      points: [{ id: 'p', text: 'A point that takes some room in every row of the file.', short: 'A point.' }],
    }),
  );
  return dir;
}
