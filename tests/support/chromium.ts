// Real Chromium for the action page tests (Debian's chromium, driven by playwright-core): one browser per
// test file, a fresh context per page, and every error, dialog and network request a page makes recorded.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { skipWithout } from './paths.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The flags this closed network needs: no background connections, no sandbox as root.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const hasChromium = existsSync(CHROMIUM);
/** Whether to skip a Chromium suite here (never in CI, where a missing Chromium fails). */
export const skipChromium = skipWithout(hasChromium);
/** A suite's name, saying why it is skipped where it is. */
export const inChromium = (what: string) =>
  `${what} in Chromium${hasChromium ? '' : ` (${CHROMIUM} is missing: skipped here, a failure in CI)`}`;

export async function launch(): Promise<Browser> {
  if (!hasChromium)
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (CI requires it) or set CHROMIUM_PATH`);
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** A page with what it did: errors and dialogs (any dialog is injected script running), and every request. */
export type RecordedPage = Page & { errors: string[]; requested: string[] };

/**
 * Opens `file` (with `hash`, such as `#seed=7`) in a new context and waits for the page's script to be
 * done (the `pledge:interactive` performance mark) unless JavaScript is off.
 */
export async function openPage(
  browser: Browser,
  file: string,
  options: BrowserContextOptions & { hash?: string } = {},
): Promise<RecordedPage> {
  const { hash = '', ...contextOptions } = options;
  const context = await browser.newContext(contextOptions);
  const p = await context.newPage();
  const errors: string[] = [];
  const requested: string[] = [];
  p.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const url = pathToFileURL(file).href;
  // The page file itself (loaded, reloaded) is the one request allowed.
  context.on('request', (r) => r.url().split('#')[0] !== url && requested.push(r.url()));
  await p.goto(url + hash);
  if (contextOptions.javaScriptEnabled !== false && (await p.locator('script:not([type])').count()))
    await interactive(p);
  return Object.assign(p, { errors, requested });
}

/** Waits for the action page's script to be done (its `pledge:interactive` performance mark). */
export async function interactive(p: Page): Promise<void> {
  await p.waitForFunction(() => performance.getEntriesByName('pledge:interactive').length > 0);
}
