// `npm run bench`: start-up and scale, each figure measured side by side in this run (alternating runs,
// medians, so machine noise hits both sides alike), with a pass/fail for each budget. Not part of npm test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCampaign } from './campaign.mjs';
import { writeUnfitCampaign } from './unfit-campaign.mjs';
import { median, pairedRatios, timeOnce } from './measure.mjs';
import { measurePage, PAGE_BUDGETS } from './page.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const node = process.execPath;
const pledge = [node, here('../bin/pledge.js')];
const runs = Number(process.env.BENCH_RUNS ?? 41);
const scaleRuns = Number(process.env.BENCH_SCALE_RUNS ?? 9);
const work = mkdtempSync(join(tmpdir(), 'pledge-bench-'));
const rows = [];
const row = (what, figure, budget, pass) => rows.push({ what, figure, budget, pass });

// 1. Cold start on the built-in campaign.
{
  const cmds = [
    [node, '-e', '0'],
    [...pledge, '--help'],
    [...pledge, 'targets'],
    [...pledge, 'draft', '--json', '--seed', '1'],
  ];
  const { ratios, medians } = pairedRatios(cmds.map((argv) => ({ argv })), runs);
  const [, help, targets, draft] = ratios;
  const ms = (i) => `${medians[i].toFixed(1)} ms`;
  row(`cold start: node -e 0 (${ms(0)})`, '1.00x', '', undefined);
  row(`cold start: pledge --help (${ms(1)})`, `${help.toFixed(2)}x`, '1.2x', help <= 1.2);
  row(`cold start: pledge targets (${ms(2)})`, `${targets.toFixed(2)}x`, '1.2x', targets <= 1.2);
  row(`cold start: pledge draft --json (${ms(3)})`, `${draft.toFixed(2)}x`, '1.3x', draft <= 1.3);
}

// 2. Drafting 10,000 targets against the floor: parseTweet once on each final draft.
const big = writeCampaign(join(work, 'c10k'), 10_000);
{
  const out = spawnSync(pledge[0], [...pledge.slice(1), 'draft', '--json', '--seed', '1', '--campaign', big], {
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const drafted = join(work, 'drafts.json');
  writeFileSync(drafted, out.stdout);
  const { ratios, medians } = pairedRatios(
    [
      { argv: [node, here('floor.mjs'), drafted] },
      { argv: [...pledge, 'draft', '--json', '--seed', '1', '--campaign', big] },
    ],
    scaleRuns,
  );
  row(
    `drafting 10,000 targets: ${medians[1].toFixed(0)} ms, floor ${medians[0].toFixed(0)} ms`,
    `${ratios[1].toFixed(2)}x`,
    '1.5x',
    ratios[1] <= 1.5,
  );
}

// 3. pledge check on the same campaign.
{
  const times = Array.from({ length: scaleRuns }, () =>
    timeOnce([...pledge, 'check', '--campaign', big, '--json'], { allowFailure: true }),
  );
  const ms = median(times);
  row('pledge check, 10,000 targets', `${(ms / 1000).toFixed(2)} s`, '3 s', ms < 3000);
}

// 3b. pledge check at scale (issue 11): 100,000 targets, and 500 templates x 500 points where nothing fits.
//     Wall time and peak resident memory of the process, median of a few runs.
{
  const checkAt = (dir) => {
    const runs = Array.from({ length: Math.max(3, Math.ceil(scaleRuns / 3)) }, () => {
      const start = process.hrtime.bigint();
      const r = spawnSync(node, [here('rss.cjs'), 'check', '--campaign', dir, '--json'], {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (r.status !== 0 && r.status !== 1) throw new Error(`check failed: ${r.stderr}`);
      return { ms, mib: Number(/maxrss-kib=(\d+)/.exec(r.stderr)?.[1]) / 1024 };
    });
    return { ms: median(runs.map((r) => r.ms)), mib: Math.max(...runs.map((r) => r.mib)) };
  };
  const many = checkAt(writeCampaign(join(work, 'c100k-check'), 100_000));
  row(
    `pledge check, 100,000 targets: ${many.mib.toFixed(0)} MiB peak RSS (budget 400)`,
    `${(many.ms / 1000).toFixed(2)} s`,
    '5 s',
    many.ms < 5000 && many.mib <= 400,
  );
  const unfit = checkAt(writeUnfitCampaign(join(work, 'unfit-500x500')));
  row(
    'pledge check, 500 templates x 500 points, nothing fits',
    `${(unfit.ms / 1000).toFixed(2)} s`,
    '5 s',
    unfit.ms < 5000,
  );
}

// 4. Exporting 100,000 drafts: wall time and peak resident memory of the process.
{
  const huge = writeCampaign(join(work, 'c100k'), 100_000);
  for (const format of ['csv', 'json']) {
    const file = join(work, `out.${format}`);
    const start = process.hrtime.bigint();
    const r = spawnSync(node, [here('rss.cjs'), 'export', file, '--force', '--seed', '1', '--campaign', huge], {
      encoding: 'utf8',
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const kib = Number(/maxrss-kib=(\d+)/.exec(r.stderr)?.[1]);
    if (r.status !== 0) throw new Error(`export ${format} failed: ${r.stderr}`);
    row(
      `export 100,000 drafts to ${format}: ${(ms / 1000).toFixed(1)} s`,
      `${(kib / 1024).toFixed(0)} MiB peak RSS`,
      '160 MiB',
      kib / 1024 <= 160,
    );
  }
}
// 5. The action page in headless Chromium (skipped without it): interactive, 500 targets, keystroke, size.
{
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(chromiumPath)) {
    const f = await measurePage(work, chromiumPath, { loads: 9 });
    const b = PAGE_BUDGETS;
    row(
      'action page (built-in): interactive',
      `${f.builtinInteractiveMs.toFixed(0)} ms`,
      `${b.builtinInteractiveMs} ms`,
      f.builtinInteractiveMs < b.builtinInteractiveMs,
    );
    row(
      'action page (500 targets): interactive',
      `${f.bigInteractiveMs.toFixed(0)} ms`,
      `${b.bigInteractiveMs} ms`,
      f.bigInteractiveMs < b.bigInteractiveMs,
    );
    row(
      'action page: a keystroke updates count and link',
      `${f.keystrokeMs.toFixed(2)} ms`,
      `${b.keystrokeMs} ms`,
      f.keystrokeMs < b.keystrokeMs,
    );
    row(
      'action page (built-in), gzipped',
      `${f.builtinGzipKiB.toFixed(1)} KiB`,
      `${b.builtinGzipKiB} KiB`,
      f.builtinGzipKiB < b.builtinGzipKiB,
    );
  } else {
    row(`action page: skipped (no Chromium at ${chromiumPath})`, '', '', undefined);
  }
}
rmSync(work, { recursive: true, force: true });

const width = Math.max(...rows.map((r) => r.what.length));
console.log(`${'measure'.padEnd(width)}  ${'figure'.padStart(17)}  budget   result`);
for (const r of rows)
  console.log(
    `${r.what.padEnd(width)}  ${r.figure.padStart(17)}  ${r.budget.padEnd(7)}  ${r.pass === undefined ? '' : r.pass ? 'pass' : 'FAIL'}`,
  );
const failed = rows.filter((r) => r.pass === false).length;
console.log(
  `\n${failed ? `${failed} over budget` : 'all within budget'} (node ${process.version}, ${runs} start-up runs, ${scaleRuns} scale runs)`,
);
process.exitCode = failed ? 1 : 0;
