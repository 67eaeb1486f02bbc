// The action page for everyone, in real Chromium: an axe-core audit (WCAG 2.2 A and AA, in light and dark),
// the keyboard order, the polite count announcement, phones (360 px: no sideways scroll, 44 px tap targets,
// a textarea that grows), reduced motion, and print.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inChromium, launch, openPage, skipChromium } from '../support/chromium.js';
import { pledge } from '../support/cli.js';
import { fixture } from '../support/paths.js';

/** axe-core's violations on the page: WCAG 2.0-2.2 A and AA rules and axe's best practices. */
async function violations(p: Page): Promise<string[]> {
  await p.evaluate(axe.source); // through the DevTools protocol: the page's CSP does not apply
  return p.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

/** Whether the page scrolls sideways, and the elements that stick out of the viewport. */
const overflow = (p: Page) =>
  p.evaluate(() => ({
    scrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    out: [...document.querySelectorAll('body *')]
      .filter(
        (el) => !el.closest('.vh') && el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5,
      )
      .map((el) => el.outerHTML.slice(0, 80)),
  }));

describe.skipIf(skipChromium)(inChromium('the action page for everyone'), () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'pledge-page-a11y-'));
  const page = join(dir, 'action.html');
  const all = join(dir, 'all.html');
  const hostile = join(dir, 'hostile.html');

  beforeAll(async () => {
    expect(pledge(['export', page, '--seed', '1']).status).toBe(0);
    expect(pledge(['export', all, '--seed', '1', '--network', 'all']).status).toBe(0);
    pledge(['export', hostile, '--campaign', fixture('hostile-page'), '--seed', '1']);
    browser = await launch();
  }, 60_000);
  afterAll(async () => browser?.close());

  it('has no axe-core violation, in light and dark, with and without JavaScript', async () => {
    const cases = [
      [all, 'light', true],
      [all, 'dark', true],
      [hostile, 'light', true],
      [hostile, 'dark', true],
      [page, 'light', false],
      [page, 'dark', false],
    ] as const;
    const noScript = join(dir, 'no-script.html');
    writeFileSync(noScript, readFileSync(page, 'utf8').replace(/<script>.*<\/script>/s, ''));
    for (const [file, colorScheme, javaScriptEnabled] of cases) {
      // Without JavaScript, axe itself could not run: the page without its script stands for it.
      const p = await openPage(browser, javaScriptEnabled ? file : noScript, { colorScheme, hash: '#seed=1' });
      expect({ file, colorScheme, javaScriptEnabled, violations: await violations(p) }).toEqual({
        file,
        colorScheme,
        javaScriptEnabled,
        violations: [],
      });
      await p.context().close();
    }
  }, 90_000);

  it('goes by keyboard alone from the first post to the last post button, then start again', async () => {
    const p = await openPage(browser, all, { hash: '#seed=1' });
    const want = await p.evaluate(() =>
      [...document.querySelectorAll('.post')].flatMap((post) =>
        [...post.querySelectorAll('textarea, button, a.send')].map(
          (el) => `${el.tagName} ${el.id || el.className} ${el.closest('article')!.getAttribute('data-target')}`,
        ),
      ),
    );
    const got: string[] = [];
    for (let i = 0; i < want.length + 1; i++) {
      await p.keyboard.press('Tab');
      got.push(await p.evaluate(() => {
        const el = document.activeElement!;
        return `${el.tagName} ${el.id || el.className} ${el.closest('article')?.getAttribute('data-target') ?? ''}`.trim();
      }));
    }
    expect(got).toEqual([...want, 'BUTTON restart']);
    // Each control names its organisation.
    const names = await p
      .locator('.post button, .post a.send')
      .evaluateAll((els) =>
        els.map((el) => [el.textContent, el.closest('article')!.querySelector('h3 bdi')!.textContent]),
      );
    for (const [name, org] of names) expect(name).toContain(org);
    const labels = await p
      .locator('textarea')
      .evaluateAll((ts) =>
        ts.map((t) => [
          (t as HTMLTextAreaElement).labels[0]!.textContent,
          t.closest('article')!.querySelector('h3 bdi')!.textContent,
        ]),
      );
    for (const [label, org] of labels) expect(label).toContain(`Your post to ${org} on `);
  }, 60_000);

  it('announces the count politely once typing pauses, not on every keystroke', async () => {
    const p = await openPage(browser, page, { hash: '#seed=1' });
    expect(await p.locator('#announce').getAttribute('aria-live')).toBe('polite');
    const during = await p.evaluate(() => {
      const t = document.querySelector('textarea')!;
      const live = document.querySelector('#announce')!;
      const said: string[] = [];
      new MutationObserver(() => said.push(live.textContent)).observe(live, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      t.value = '';
      for (const ch of 'Hello 🙂') {
        t.value += ch;
        t.dispatchEvent(new Event('input'));
      }
      return said;
    });
    expect(during).toEqual([]);
    await p.waitForFunction(() => document.querySelector('#announce')!.textContent !== '');
    expect(await p.locator('#announce').textContent()).toBe('8 of 280.');
  }, 60_000);

  for (const [width, height] of [
    [360, 740],
    [1280, 800],
  ] as const) {
    it(`at ${width} px: no sideways scroll (screenshot), tap targets of 44 px at least, textareas that grow`, async () => {
      for (const file of [all, hostile]) {
        const p = await openPage(browser, file, { viewport: { width, height }, hash: '#seed=1' });
        const shot = await p.screenshot({ fullPage: true, path: join(dir, `${width}.png`) });
        expect(shot.readUInt32BE(16)).toBe(width); // PNG width: nothing made the page wider
        expect(await overflow(p)).toEqual({ scrolls: false, out: [] });
        const small = await p
          .locator('button:visible, a:visible')
          .evaluateAll((els) =>
            els.map((el) => el.getBoundingClientRect()).filter((r) => r.width < 44 || r.height < 44),
          );
        expect(small).toEqual([]);
        const t = p.locator('textarea').first();
        const before = (await t.boundingBox())!.height;
        await t.fill(`${'A long post that wraps over many lines. '.repeat(12)}https://example.org/${'a'.repeat(120)}`);
        const after = await t.evaluate((el) => ({
          height: el.getBoundingClientRect().height,
          hidden: el.scrollHeight - el.clientHeight,
        }));
        expect(after.height).toBeGreaterThan(before);
        expect(after.hidden).toBeLessThanOrEqual(1);
        expect(await overflow(p)).toEqual({ scrolls: false, out: [] });
        await p.context().close();
      }
    }, 60_000);
  }

  it('moves nothing for those who ask for reduced motion', async () => {
    const durations = async (reducedMotion: 'reduce' | 'no-preference') => {
      const p = await openPage(browser, page, { reducedMotion, hash: '#seed=1' });
      const moving = await p.evaluate(() =>
        [...document.querySelectorAll('*')].filter((el) => {
          const s = getComputedStyle(el);
          return (
            s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) ||
            s.animationName !== 'none' ||
            s.scrollBehavior === 'smooth'
          );
        }).length,
      );
      await p.context().close();
      return moving;
    };
    expect(await durations('reduce')).toBe(0);
    expect(await durations('no-preference')).toBeGreaterThan(0);
  }, 60_000);

  it('prints as a hand-out: each post with its organisation, no buttons', async () => {
    const p = await openPage(browser, all, { hash: '#seed=1' });
    await p.emulateMedia({ media: 'print' });
    expect(await p.locator('button:visible, a:visible, .count:visible, .progress:visible').count()).toBe(0);
    const posts = await p.locator('textarea:visible').count();
    expect(posts).toBe(await p.locator('textarea').count());
    expect(await p.locator('h3:visible').count()).toBe(await p.locator('article').count());
    // Each post shows whole, however long.
    expect(
      await p.locator('textarea').evaluateAll((ts) => ts.filter((t) => t.scrollHeight > t.clientHeight + 1).length),
    ).toBe(0);
  }, 60_000);
});
