/* global performance, document, Event -- functions passed to page.evaluate run in the browser */
// The action page's budgets (issue 14), measured in headless Chromium with the page's own performance marks:
// time to interactive (the `pledge:interactive` mark, from navigation start) for the built-in campaign and
// a 500-target one, the time one keystroke takes to update the count and the link, and the gzipped size.
// Shared by tests/e2e/page-budget.test.ts (which asserts the budgets) and `npm run bench` (which reports them).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { writeCampaign } from './campaign.mjs';
import { median } from './measure.mjs';

const bin = fileURLToPath(new URL('../bin/pledge.js', import.meta.url));

/** The budgets, in milliseconds and KiB. */
export const PAGE_BUDGETS = { builtinInteractiveMs: 300, bigInteractiveMs: 1000, keystrokeMs: 16, builtinGzipKiB: 150 };

function exportPage(file, args) {
  const r = spawnSync(process.execPath, [bin, 'export', file, '--force', ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pledge export failed: ${r.stderr}`);
  return file;
}

/**
 * Time to interactive (ms) over `loads` visits (each a fresh seed: the page drafts every time), after one
 * warm-up: the median, or with `best` the fastest (other processes on a busy machine only ever add time, so
 * the fastest visit is the closest to the page's own cost).
 */
async function interactiveMs(browser, file, loads, best) {
  const times = [];
  for (let i = 0; i <= loads; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => performance.getEntriesByName('pledge:interactive').length > 0);
    if (i > 0) times.push(await page.evaluate(() => performance.getEntriesByName('pledge:interactive')[0].startTime));
    await context.close();
  }
  return best ? Math.min(...times) : median(times);
}

/** Median time (ms) of `n` keystrokes in the first post: the input event's work, count and link updated. */
async function keystrokeMs(browser, file, n = 40) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => performance.getEntriesByName('pledge:interactive').length > 0);
  const times = await page.evaluate((n) => {
    const t = document.querySelector('textarea');
    const count = document.querySelector('.count');
    const link = document.querySelector('a.send');
    const out = [];
    for (let i = 0; i < n; i++) {
      t.value += i % 7 ? 'a' : ' 🙂';
      const start = performance.now();
      t.dispatchEvent(new Event('input'));
      const before = count.textContent + link.href; // read back: the update happened within the measured time
      out.push(performance.now() - start);
      if (!before) throw new Error('nothing updated');
    }
    return out;
  }, n);
  await context.close();
  return median(times);
}

/**
 * Measures the budgets in `dir` with the Chromium at `executablePath`: `{ builtinInteractiveMs, bigInteractiveMs,
 * keystrokeMs, builtinGzipKiB }` (medians in ms, or with `best` the fastest visit; size in KiB).
 */
export async function measurePage(dir, executablePath, { loads = 5, best = false } = {}) {
  const builtin = exportPage(join(dir, 'builtin.html'), ['--seed', '1']);
  const big = exportPage(join(dir, 'big.html'), ['--seed', '1', '--campaign', writeCampaign(join(dir, 'c500'), 500)]);
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    return {
      builtinInteractiveMs: await interactiveMs(browser, builtin, loads, best),
      bigInteractiveMs: await interactiveMs(browser, big, loads, best),
      keystrokeMs: await keystrokeMs(browser, builtin),
      builtinGzipKiB: gzipSync(readFileSync(builtin)).length / 1024,
    };
  } finally {
    await browser.close();
  }
}
