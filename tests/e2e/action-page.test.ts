// The exported HTML action page in a real headless browser (Debian's chromium, driven by playwright-core).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countTweet } from '../../src/core/count.js';
import { intentText } from '../../src/core/intent.js';
import type { DraftsDocument } from '../../src/render/drafts.js';
import { pledge } from '../support/cli.js';
import { fixture, skipWithout } from '../support/paths.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The flags this closed network needs: no background connections, no sandbox as root.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const hasChromium = existsSync(CHROMIUM);

describe.skipIf(skipWithout(hasChromium))(`the HTML action page in Chromium${hasChromium ? '' : ` (${CHROMIUM} is missing: skipped here, a failure in CI)`}`, () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'pledge-page-'));
  const page = join(dir, 'action.html');
  let doc: DraftsDocument;

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (CI requires it) or set CHROMIUM_PATH`);
    expect(pledge(['export', page, '--seed', '12']).status).toBe(0);
    doc = JSON.parse(pledge(['draft', '--json', '--seed', '12']).stdout) as DraftsDocument;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 60_000);
  afterAll(async () => browser?.close());

  async function open(javaScriptEnabled = true, file = page): Promise<Page & { errors: string[] }> {
    const context = await browser.newContext({ javaScriptEnabled });
    const p = await context.newPage();
    const errors: string[] = [];
    // Any dialog at all (alert from injected markup) is a failure.
    p.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    p.on('pageerror', (e) => errors.push(e.message));
    p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await p.goto(pathToFileURL(file).href);
    expect(errors).toEqual([]);
    return Object.assign(p, { errors });
  }

  const state = (p: Page, i: number) =>
    p.locator('article.draft').nth(i).evaluate((a) => ({
      count: a.querySelector('output')!.textContent,
      overHidden: (a.querySelector('.over') as HTMLElement).hidden,
      href: a.querySelector('a.tweet')!.getAttribute('href')!,
      isOver: a.classList.contains('is-over'),
    }));

  it('shows every draft with its count and a working Tweet link', async () => {
    const p = await open();
    expect(await p.title()).toBe(doc.campaign.name);
    expect(await p.locator('article.draft').count()).toBe(doc.drafts.length);
    for (const [i, d] of doc.drafts.entries()) {
      expect(await p.locator('textarea').nth(i).inputValue()).toBe(d.text);
      expect(await state(p, i)).toEqual({ count: `${d.weightedLength}/280`, overHidden: true, href: d.intentUrl, isOver: false });
    }
  });

  it('counts edits exactly as twitter-text does and keeps the link on the edited text', async () => {
    const p = await open();
    const textarea = p.locator('textarea').first();
    for (const text of ['Short and sweet 🙂 #pledgedecrim', '女性の権利は性労働者の権利です https://example.org/a/long/path', `${doc.drafts[0]!.text} see amnesty.org 👩‍👩‍👧`]) {
      await textarea.fill('');
      await textarea.pressSequentially(text.slice(0, 5));
      await textarea.fill(text);
      const s = await state(p, 0);
      expect(s.count).toBe(`${countTweet(text).weightedLength}/280`);
      expect(intentText(s.href)).toBe(text);
    }
  });

  it('warns when an edit goes over 280', async () => {
    const p = await open();
    const long = 'a'.repeat(290);
    await p.locator('textarea').first().fill(long);
    const s = await state(p, 0);
    expect(s).toMatchObject({ count: '290/280', overHidden: false, isOver: true });
    expect(await p.locator('article.draft').first().locator('.over b').textContent()).toBe('10');
  });

  it('with JavaScript off, the links still tweet the drafts as written', async () => {
    const p = await open(false);
    for (const [i, d] of doc.drafts.entries()) {
      const href = await p.locator('a.tweet').nth(i).getAttribute('href');
      expect(intentText(href!)).toBe(d.text);
    }
  });

  it('hostile campaign data stays inert: no script runs but ours, markup shows as text', async () => {
    const hostile = join(dir, 'hostile.html');
    expect(pledge(['export', hostile, '--campaign', fixture('hostile-html'), '--seed', '1']).status).toBe(0);
    const p = await open(true, hostile);
    const texts = await p.locator('textarea').evaluateAll((ts) => ts.map((t) => (t as HTMLTextAreaElement).value));
    expect(texts.join('\n')).toContain("</textarea><script>alert('point')</script>");
    await p.locator('textarea').first().fill('typing still works');
    expect(p.errors).toEqual([]);
    expect(await p.title()).toBe("</title><script>alert('title')</script>");
    expect(await p.locator('h2').first().textContent()).toBe('<img src=x onerror=alert(1)> & "Friends"');
    expect(await p.locator('script').count()).toBe(1);
    expect(readFileSync(hostile, 'utf8')).not.toContain('<img src=x');
  });
});
