import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intentText } from '../../src/core/intent.js';
import type { DraftsDocument } from '../../src/render/drafts.js';
import { pledge } from '../support/cli.js';
import { BIN, fixture } from '../support/paths.js';

const ESC = /\u001b/;

describe('pledge (built binary)', () => {
  it('draft: five drafts of the built-in campaign, exit 0, repeatable byte for byte', () => {
    const a = pledge(['draft', '--seed', '99']);
    const b = pledge(['draft', '--seed', '99']);
    expect(a.status).toBe(0);
    expect(a.stdout.match(/\d+\/280 {2}https:\/\/x\.com\/intent\/tweet\?text=/g)).toHaveLength(5);
    expect(a.stdout).toContain('#pledgedecrim @ProstitutesColl');
    expect(a.stderr).toContain('The same drafts again: pledge draft --seed 99');
    expect(b.stdout).toBe(a.stdout);
    expect(a.stdout).not.toMatch(ESC); // not a terminal: no colour
  });

  it('draft without --seed picks a random seed and reports it', () => {
    const r = pledge(['draft', '--json']);
    const doc = JSON.parse(r.stdout) as DraftsDocument;
    expect(Number.isInteger(doc.seed)).toBe(true);
    expect(pledge(['draft', '--json', '--seed', String(doc.seed)]).stdout).toBe(r.stdout);
  });

  it('draft --json prints exactly one JSON document whose URLs decode to the drafts', () => {
    const r = pledge(['draft', '--json', '--seed', '5']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as DraftsDocument;
    expect(doc.drafts.map((d) => d.target.id)).toEqual(['amnesty', 'amnesty-uk', 'fawcett', 'nawo', 'womens-aid']);
    for (const d of doc.drafts) expect(intentText(d.intentUrl!)).toBe(d.text);
  });

  it('draft --urls with a closed pipe ends quietly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-big-'));
    const targets = Array.from({ length: 3000 }, (_, i) => ({
      id: `t${i}`,
      name: `Org ${i}`,
      handle: `org${i}`,
      group: 'g',
      ask: 'ask',
    }));
    writeFileSync(
      join(dir, 'campaign.json'),
      JSON.stringify({
        name: 'Big',
        asks: { ask: { templates: ['Hi {mention}, {point}', '{point} Thanks {mention}.'] } },
      }),
    );
    writeFileSync(join(dir, 'targets.json'), JSON.stringify({ targets }));
    writeFileSync(
      join(dir, 'points.json'),
      JSON.stringify({
        points: Array.from({ length: 20 }, (_, i) => ({
          id: `p${i}`,
          text: `Point number ${i}, said at length.`,
          short: `Point ${i}.`,
        })),
      }),
    );
    const r = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${BIN}" draft --urls --seed 1 --campaign "${dir}" | head -1; echo "status=\${PIPESTATUS[0]}"`,
      ],
      { encoding: 'utf8' },
    );
    expect(r.stdout).toMatch(/^https:\/\/x\.com\/intent\/tweet\?text=\S*%40org0\S*\nstatus=0\n$/);
    // No error; at most the seed line (which may or may not be written before the closed pipe is noticed).
    expect(r.stderr).toMatch(/^(3000 intent URLs for Big, seed 1\. The same URLs again: .*\n)?$/);
  });

  it('targets: an aligned table, --group and --json', () => {
    const r = pledge(['targets', '--group', 'womens-orgs']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^ID +NAME +HANDLE +GROUP +ASK$/);
    expect(r.stdout).toContain(
      "nawo        National Alliance of Women's Organisations  -                womens-orgs  pledge-support",
    );
    expect(JSON.parse(pledge(['targets', '--json']).stdout)).toHaveLength(5);
  });

  it('points lists every talking point', () => {
    const r = pledge(['points', '--json']);
    expect(JSON.parse(r.stdout).length).toBeGreaterThanOrEqual(10);
  });

  it('PLEDGE_CAMPAIGN chooses the campaign; --campaign wins over it', () => {
    expect(pledge(['targets', '--json'], { env: { PLEDGE_CAMPAIGN: fixture('minimal') } }).stdout).toContain(
      '"Org One"',
    );
    expect(
      pledge(['targets', '--json', '--campaign', fixture('wide-names')], {
        env: { PLEDGE_CAMPAIGN: fixture('minimal') },
      }).stdout,
    ).toContain('女性団体');
  });

  describe('bad input: one line per problem on stderr, exit 2, no stack trace', () => {
    it.each([
      ['missing-folder', 1, /campaign folder not found/],
      ['missing-file', 1, /missing-file\/points\.json: file not found/],
      ['bad-json', 1, /bad-json\/targets\.json:10:5: invalid JSON: expected ","/],
      ['bad-schema', 5, /bad-schema\/targets\.json:21:7: \$\.targets\[2\]\.colour: unknown field "colour"/],
      ['bad-references', 3, /unknown placeholder "\{mentoin\}"/],
      ['lone-surrogate', 1, /points\.json:11:7: \$\.points\[1\]\.short: text contains a lone UTF-16 surrogate/],
    ])('%s', (name, lines, pattern) => {
      const r = pledge(['draft', '--campaign', fixture(name)]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      const errLines = r.stderr.trimEnd().split('\n');
      expect(errLines).toHaveLength(lines);
      for (const l of errLines) expect(l).toMatch(/^error: /);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });

    it.each([
      [['draft', '--seed', 'abc'], /the seed must be a whole number from 0 to 4294967295/],
      [['draft', '--seed', '4294967296'], /the seed must be a whole number/],
      [
        ['draft', '--target', 'nobody'],
        /unknown target "nobody"; targets in this campaign: "amnesty", "amnesty-uk", "fawcett", "nawo", "womens-aid"/,
      ],
      [['draft', '--group', 'nope'], /unknown group "nope"; groups in this campaign: "amnesty", "womens-orgs"/],
      [['draft', '--point', 'nope'], /unknown point "nope"; none is close \(14 points: pledge points lists them\)/],
      [['draft', '--json', '--urls'], /cannot be used with option '--json'/],
      [['draft', '--frobnicate'], /unknown option '--frobnicate'/],
      [['drfat'], /unknown command 'drfat'\n\(Did you mean draft\?\)/],
    ])('%j', (args, pattern) => {
      const r = pledge(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(pattern);
      expect(r.stdout).toBe('');
    });

    it('DEBUG=1 adds the stack trace', () => {
      const r = pledge(['draft', '--campaign', fixture('missing-folder')], { env: { DEBUG: '1' } });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/\n\s+at /);
    });
  });

  it('exit 1 when a target does not fit, after printing the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-partial-'));
    for (const f of ['campaign.json', 'points.json']) writeFileSync(join(dir, f), JSON.stringify(f === 'campaign.json'
      ? { name: 'Partial', asks: { ask: { templates: ['{point} {mention}'] } } }
      : { points: [{ id: 'p', text: 'x'.repeat(250), short: 'y'.repeat(250) }] }));
    writeFileSync(join(dir, 'targets.json'), JSON.stringify({ targets: [
      { id: 'short', name: 'Short', handle: 'ab', group: 'g', ask: 'ask' },
      { id: 'long', name: `Very ${'long '.repeat(10)}name`, group: 'g', ask: 'ask' },
    ] }));
    const r = pledge(['draft', '--campaign', dir, '--urls', '--seed', '1']);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const [, length, over] =
      r.stderr.match(/error: nothing fits for Very .* \(long\): the shortest draft is (\d+)\/280, (\d+) over/) ?? [];
    expect(Number(length) - 280).toBe(Number(over));
    expect(Number(over)).toBeGreaterThan(0);
  });

  describe('colour', () => {
    it('FORCE_COLOR turns it on; NO_COLOR and --no-color win', () => {
      expect(pledge(['targets'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ESC);
      expect(pledge(['targets'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(ESC);
      expect(pledge(['targets', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ESC);
    });

    it('campaign data cannot smuggle escape sequences, even with colour on', () => {
      const r = pledge(['draft', '--campaign', fixture('hostile'), '--seed', '1'], { env: { FORCE_COLOR: '1' } });
      const withoutOurColours = (r.stdout + r.stderr).replace(/\u001b\[\d+(;\d+)*m/g, '');
      expect(withoutOurColours).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(r.stdout).not.toContain('pwned');
    });
  });

  it('--help teaches: commands, examples and exit codes', () => {
    const top = pledge(['--help']);
    expect(top.status).toBe(0);
    expect(top.stdout).toMatch(/Commands:[\s\S]*draft[\s\S]*targets[\s\S]*points/);
    expect(top.stdout).toMatch(
      /Exit codes:\n {2}0 +everything asked for was done\n {2}1 +a target for which no draft fits; pledge check found errors/,
    );
    const sub = pledge(['draft', '--help']);
    expect(sub.stdout).toMatch(/--seed <n>[\s\S]*--json[\s\S]*--urls[\s\S]*Examples:/);
    expect(pledge([]).stdout).toBe(top.stdout);
  });

  it('a campaign folder given as a file, and an unreadable file, are clear errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-dir-'));
    mkdirSync(join(dir, 'points.json'));
    writeFileSync(join(dir, 'campaign.json'), '{}');
    writeFileSync(join(dir, 'targets.json'), '{}');
    const r = pledge(['draft', '--campaign', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('points.json: is a folder, not a file');
    expect(pledge(['draft', '--campaign', join(dir, 'campaign.json')]).stderr).toContain('not a folder');
  });
});

describe('the first hour (issue 12)', () => {
  const tmp = () => mkdtempSync(join(tmpdir(), 'pledge-first-'));

  it('--no-color is global: before or after the command', () => {
    const after = pledge(['draft', '--seed', '5', '--no-color']);
    const before = pledge(['--no-color', 'draft', '--seed', '5']);
    expect(before.status).toBe(0);
    expect(before.stdout).toBe(after.stdout);
    expect(pledge(['draft', '--help']).stdout).toMatch(/Global Options:[\s\S]*--no-color/);
  });

  it('--target takes ids spaced, comma-separated or repeated; export takes its file after --target', () => {
    const ids = (args: string[]) =>
      (JSON.parse(pledge(['draft', '--json', '--seed', '1', ...args]).stdout) as DraftsDocument).drafts.map(
        (d) => d.target.id,
      );
    expect(ids(['--target', 'amnesty', 'fawcett'])).toEqual(['amnesty', 'fawcett']);
    expect(ids(['--target', 'amnesty,fawcett'])).toEqual(['amnesty', 'fawcett']);
    expect(ids(['--target', 'amnesty', '--target', 'fawcett'])).toEqual(['amnesty', 'fawcett']);
    const d = tmp();
    for (const args of [
      ['--target', 'amnesty', 'a.json'],
      ['c.json', '--target', 'amnesty'],
      ['--target', 'amnesty', 'fawcett', 'b.json'],
    ]) {
      const r = pledge(['export', ...args, '--seed', '1'], { cwd: d });
      expect(r.status, r.stderr).toBe(0);
    }
    expect(
      (JSON.parse(readFileSync(join(d, 'b.json'), 'utf8')) as DraftsDocument).drafts.map((x) => x.target.id),
    ).toEqual(['amnesty', 'fawcett']);
    const missing = pledge(['export', '--target', 'amnesty'], { cwd: d });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(
      'error: missing the file to write: pledge export <file> [options], for example pledge export drafts.csv --target amnesty\n',
    );
  });

  it('the seed is on stderr with --urls too, and the repeat command gives the same URLs', () => {
    const r = pledge(['draft', '--urls']);
    const again = /The same URLs again: (.*)\n/.exec(r.stderr)![1]!;
    expect(again).toMatch(/^pledge draft --urls --seed \d+$/);
    expect(pledge(again.split(' ').slice(1)).stdout).toBe(r.stdout);
  });

  it('points shortens TEXT to 100 columns off a terminal; --json has every field, null where absent', () => {
    const lines = pledge(['points']).stdout.trimEnd().split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(lines.some((l) => l.endsWith('…'))).toBe(true);
    const points = JSON.parse(pledge(['points', '--json']).stdout) as Record<string, unknown>[];
    for (const p of points)
      expect(Object.keys(p)).toEqual([
        'id',
        'text',
        'short',
        'asks',
        'source',
        'weightedLength',
        'shortWeightedLength',
      ]);
    expect(points.some((p) => p.asks === null)).toBe(true);
    const targets = JSON.parse(pledge(['targets', '--json']).stdout) as Record<string, unknown>[];
    expect(targets.find((t) => t.id === 'nawo')!.handle).toBeNull();
  });
});

describe('npm run bench:start', () => {
  it('prints the cold-start ratio of pledge draft to bare node', () => {
    const r = spawnSync(process.execPath, [join(BIN, '../../bench/start.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, BENCH_RUNS: '1', BENCH_BUDGET: '1000' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/pledge draft \/ node -e 0 = \d+\.\d\d \(budget 1000\): pass/);
  });
});

describe('counting in the built bundle', () => {
  it('agrees with the source counter on links, emoji, CJK and new TLDs (the bundle defers and guards its regexes)', async () => {
    const { countTweet } = await import('../../src/core/count.js');
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const r = pledge(['draft', '--campaign', fixture('rich-text'), '--seed', String(seed), '--json']);
      const doc = JSON.parse(r.stdout) as DraftsDocument;
      expect(doc.drafts.length).toBeGreaterThan(0);
      for (const d of doc.drafts) {
        expect(d.weightedLength).toBe(countTweet(d.text).weightedLength);
        expect(d.warnings.filter((w) => w.includes('top-level domain'))).toHaveLength(
          countTweet(d.text).links.filter((l) => l.uncertain).length,
        );
      }
    }
  });
});

describe('lazily loaded pieces of the bundle', () => {
  it('targets aligns emoji and CJK names (string-width, loaded only for non-ASCII tables)', async () => {
    const { default: stringWidth } = await import('string-width');
    const r = pledge(['targets', '--campaign', fixture('wide-names')]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    const handleAt = lines.map((l) => stringWidth(l.slice(0, l.search(/@\w+|HANDLE|- {2}/))));
    expect(lines).toHaveLength(4);
    expect(new Set(handleAt).size).toBe(1);
  });

  it('a campaign that is not the built-in one is validated (the validator bundle loads)', () => {
    const r = pledge(['draft', '--campaign', fixture('bad-json')]);
    expect(r.stderr).toContain('invalid JSON');
  });
});
