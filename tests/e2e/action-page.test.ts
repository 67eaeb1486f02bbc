// The exported HTML action page in real Chromium (playwright-core): each visit drafts afresh with the
// CLI's drafting, #seed=N gives `pledge draft --seed N`, another wording, copy, count, progress, and no
// network request, ever.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countTweet } from '../../src/core/count.js';
import { intentText } from '../../src/core/intent.js';
import { NETWORKS } from '../../src/networks/index.js';
import type { DraftsDocument } from '../../src/render/drafts.js';
import { inChromium, interactive, launch, openPage, skipChromium, type RecordedPage } from '../support/chromium.js';
import { pledge } from '../support/cli.js';

const texts = (p: Page) => p.locator('textarea').evaluateAll((ts) => ts.map((t) => (t as HTMLTextAreaElement).value));
const links = (p: Page) =>
  p.locator('a.send:not([hidden])').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
const counts = (p: Page) => p.locator('.count').allTextContents();
/** The drafts `pledge draft --json` gives for these arguments. */
const cliDrafts = (args: string[]) =>
  (JSON.parse(pledge(['draft', '--json', ...args]).stdout) as DraftsDocument).drafts;

describe.skipIf(skipChromium)(inChromium('the HTML action page'), () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'pledge-page-'));
  const page = join(dir, 'action.html');
  const all = join(dir, 'all.html');
  const opened: RecordedPage[] = [];
  const open = async (file = page, options: Parameters<typeof openPage>[2] = {}) => {
    const p = await openPage(browser, file, options);
    opened.push(p);
    return p;
  };

  beforeAll(async () => {
    expect(pledge(['export', page, '--seed', '12']).status).toBe(0);
    expect(pledge(['export', all, '--seed', '12', '--network', 'all']).status).toBe(0);
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    // Whatever the tests did, no page asked the network for anything, and no script but ours ran.
    for (const p of opened) {
      expect(p.requested).toEqual([]);
      expect(p.errors).toEqual([]);
    }
    await browser?.close();
  }, 60_000);

  it('with #seed=N shows exactly the drafts of pledge draft --seed N: texts, counts and links', async () => {
    for (const [file, args] of [
      [page, []],
      [all, ['--network', 'all']],
    ] as const) {
      for (const seed of [3, 4000000000]) {
        const p = await open(file, { hash: `#seed=${seed}` });
        const want = cliDrafts(['--seed', String(seed), ...args]);
        expect(await texts(p)).toEqual(want.map((d) => d.text));
        expect(await counts(p)).toEqual(want.map((d) => `${d.weightedLength}/${NETWORKS[d.network ?? 'x'].limit}`));
        expect(await links(p)).toEqual(want.map((d) => d.intentUrl));
        expect(await p.locator('.seed-value').first().textContent()).toBe(String(seed));
        await p.context().close();
      }
    }
  }, 60_000);

  it('drafts afresh on each visit, with a seed shown on the page and put in the address', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const p = await open();
      const seed = /#seed=(\d+)$/.exec(p.url())?.[1];
      expect(seed).toBeDefined();
      expect(await p.locator('.seed-value').first().textContent()).toBe(seed);
      expect(await texts(p)).toEqual(cliDrafts(['--seed', seed!]).map((d) => d.text));
      seen.add((await texts(p)).join('\n'));
      await p.context().close();
    }
    expect(seen.size).toBe(3);
  }, 60_000);

  it('a campaign without targets: every visitor gets their own posts that address no one, as pledge draft --count N', async () => {
    const storm = 'tests/fixtures/hashtag-storm';
    for (const extra of [[], ['--network', 'all']]) {
      const file = join(dir, `storm${extra.length}.html`);
      expect(pledge(['export', file, '--campaign', storm, '--count', '4', '--seed', '12', ...extra]).status).toBe(0);
      const seen = new Set<string>();
      for (const seed of [3, 4]) {
        const p = await open(file, { hash: `#seed=${seed}` });
        const want = cliDrafts(['--campaign', storm, '--count', '4', '--seed', String(seed), ...extra]);
        expect(await texts(p)).toEqual(want.map((d) => d.text));
        expect(await counts(p)).toEqual(want.map((d) => `${d.weightedLength}/${NETWORKS[d.network ?? 'x'].limit}`));
        expect(await links(p)).toEqual(want.flatMap((d) => (d.intentUrl === null ? [] : [d.intentUrl])));
        expect(await p.locator('main').textContent()).not.toMatch(/no organisations to address|It addresses/);
        seen.add((await texts(p)).join('\n'));
        const labels = await p.locator('.post label').allTextContents();
        expect(labels[0]).toMatch(/^Post 1 on (X|Bluesky|Mastodon|Threads)$/);
        expect(await p.locator('textarea[readonly]').count()).toBe(0); // editable with JavaScript
        // Another wording: one that fits and names no one.
        const before = await texts(p);
        await p.locator('button.another').first().click();
        const after = (await texts(p))[0]!;
        expect(before).not.toContain(after);
        expect(after).not.toMatch(/@/);
        await p.context().close();
      }
      expect(seen.size).toBe(2);
    }
    // More posts asked for than the wordings give: the page holds those that fit, and drafts as many.
    const many = join(dir, 'storm-many.html');
    expect(pledge(['export', many, '--campaign', storm, '--count', '50', '--seed', '12']).status).toBe(1);
    const fit = cliDrafts(['--campaign', storm, '--count', '50', '--seed', '12']).length;
    const p = await open(many, { hash: '#seed=3' });
    expect(await p.locator('article.target').count()).toBe(fit);
    expect(await texts(p)).toEqual(
      cliDrafts(['--campaign', storm, '--count', String(fit), '--seed', '3']).map((d) => d.text),
    );
    expect(await p.locator('.unfit:visible').count()).toBe(0);
  }, 60_000);

  it('changing the seed in the address drafts again', async () => {
    const p = await open(page, { hash: '#seed=1' });
    await p.evaluate(() => (location.hash = '#seed=2'));
    await p.waitForFunction(() => document.querySelector('.seed-value')!.textContent === '2');
    expect(await texts(p)).toEqual(cliDrafts(['--seed', '2']).map((d) => d.text));
  }, 60_000);

  it('with JavaScript off, the page is the export: its drafts, plain links that post them, no buttons that need a script', async () => {
    const p = await open(page, { javaScriptEnabled: false });
    const want = cliDrafts(['--seed', '12']);
    expect(await texts(p)).toEqual(want.map((d) => d.text));
    expect((await links(p)).map((href) => intentText(href))).toEqual(want.map((d) => d.text));
    expect(await p.locator('button:visible').count()).toBe(0);
    // The text cannot be changed where the post button could not carry the change; the page says so.
    expect(await p.locator('textarea:not([readonly])').count()).toBe(0);
    expect(await p.locator('noscript').count()).toBe(1);
  }, 60_000);

  it('another wording: the next that fits, never one already on the page, until none is left', async () => {
    const p = await open(page, { hash: '#seed=12' });
    const n = (await texts(p)).length;
    for (let i = 0; i < n; i++) {
      const seen = new Set<string>();
      for (let k = 0; k < 6; k++) {
        const before = await texts(p);
        await p.locator('button.another').nth(i).click();
        const after = await texts(p);
        const text = after[i]!;
        expect(before).not.toContain(text);
        expect(after.filter((_, j) => j !== i)).toEqual(before.filter((_, j) => j !== i));
        expect(countTweet(text).valid).toBe(true);
        expect(intentText((await links(p))[i]!)).toBe(text);
        seen.add(text);
      }
      expect(seen.size).toBe(6);
    }
  }, 60_000);

  it('another wording cycles through every wording that fits, then says when there is none', async () => {
    const tiny = join(dir, 'tiny.html');
    // The minimal fixture: 2 templates x 3 points x 2 forms = 12 wordings per target.
    expect(pledge(['export', tiny, '--campaign', 'tests/fixtures/minimal', '--seed', '1']).status).toBe(0);
    const p = await open(tiny, { hash: '#seed=1' });
    const shown = await p.evaluate(() => {
      const [first, ...others] = [...document.querySelectorAll('textarea')];
      const button = document.querySelector<HTMLButtonElement>('button.another')!;
      const all = [first!.value];
      for (let k = 0; k < 30; k++) {
        button.click();
        if (others.some((t) => t.value === first!.value)) throw new Error(`"${first!.value}" is on the page twice`);
        all.push(first!.value);
      }
      return all;
    });
    const period = shown.indexOf(shown[0]!, 1);
    expect(period).toBe(12);
    expect(new Set(shown.slice(0, period)).size).toBe(period);
    expect(shown.slice(period)).toEqual(shown.slice(0, shown.length - period));

    // One wording only (one template, one point whose short form is its long form): nothing else to offer.
    const one = join(dir, 'one');
    mkdirSync(one);
    writeFileSync(
      join(one, 'campaign.json'),
      JSON.stringify({ name: 'One wording', asks: { a: { templates: ['Hello {mention}: {point}'] } } }),
    );
    writeFileSync(
      join(one, 'targets.json'),
      JSON.stringify({ targets: [{ id: 't', name: 'Org', handle: 'Org', group: 'g', ask: 'a' }] }),
    );
    writeFileSync(
      join(one, 'points.json'),
      JSON.stringify({ points: [{ id: 'p', text: 'The point.', short: 'The point.' }] }),
    );
    expect(pledge(['export', join(dir, 'one.html'), '--campaign', one, '--seed', '1']).status).toBe(0);
    const q = await open(join(dir, 'one.html'));
    await q.locator('button.another').click();
    await q.waitForFunction(() => document.querySelector('#announce')!.textContent !== '');
    expect(await q.locator('#announce').textContent()).toBe(
      'No other wording fits for Org on X: every one is on the page already.',
    );
    expect(await texts(q)).toEqual(['Hello @Org: The point.']);
  }, 60_000);

  it('counts edits exactly as the CLI does and keeps the link on the edited text', async () => {
    const p = await open(page, { hash: '#seed=12' });
    const textarea = p.locator('textarea').first();
    for (const text of [
      'Short and sweet 🙂 #pledgedecrim',
      '女性の権利は性労働者の権利です https://example.org/a/long/path',
      '🧑‍🔧 https://x.music 詳細はexample.musicで',
      `${cliDrafts(['--seed', '12'])[0]!.text} see amnesty.org 👩‍👩‍👧`,
    ]) {
      await textarea.fill('');
      await textarea.pressSequentially(text.slice(0, 5));
      await textarea.fill(text);
      expect((await counts(p))[0]).toBe(`${countTweet(text).weightedLength}/280`);
      expect(intentText((await links(p))[0]!)).toBe(text);
    }
    const out = pledge(['count', '--json'], { input: 'a'.repeat(290) });
    await textarea.fill('a'.repeat(290));
    expect((await counts(p))[0]).toBe(`${(JSON.parse(out.stdout) as { weightedLength: number }).weightedLength}/280`);
    expect(await p.locator('.post').first().evaluate((el) => el.classList.contains('is-over'))).toBe(true);
    expect(await p.locator('.over b').first().textContent()).toBe('10');
    expect(await p.locator('a.send').first().getAttribute('aria-disabled')).toBe('true');
  }, 60_000);

  it('copies a post to the clipboard', async () => {
    const p = await open(page, { hash: '#seed=12', permissions: ['clipboard-read', 'clipboard-write'] });
    await p.locator('textarea').nth(1).fill('Edited before copying 🙂');
    await p.locator('button.copy').nth(1).click();
    await p.waitForFunction(() => document.querySelector('#announce')!.textContent.startsWith('Copied'));
    expect(await p.evaluate(() => navigator.clipboard.readText())).toBe('Edited before copying 🙂');
    expect(await p.locator('button.copy').nth(1).textContent()).toMatch(/^Copied ✓/);
  }, 60_000);

  it('marks a target sent when its post button is used, remembers it on this device, and starts again', async () => {
    const p = await open(page, { hash: '#seed=12' });
    // Keep the network out of it: the click is seen by the page, the navigation is cancelled.
    await p.evaluate(() => document.addEventListener('click', (e) => e.preventDefault()));
    await expect.poll(() => p.locator('.progress').textContent()).toBe('0 of 5 sent');
    await p.locator('a.send').nth(0).click();
    await p.locator('a.send').nth(2).press('Enter');
    expect(await p.locator('.progress').textContent()).toBe('2 of 5 sent');
    expect(
      await p.locator('article.target.done').evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset.target)),
    ).toEqual(['amnesty', 'fawcett']);
    await p.reload();
    await interactive(p);
    expect(await p.locator('.progress').textContent()).toBe('2 of 5 sent');
    expect(await p.locator('.done-note:visible').count()).toBe(2);
    await p.locator('button.restart').click();
    expect(await p.locator('.progress').textContent()).toBe('0 of 5 sent');
    expect(await p.evaluate(() => Object.keys(localStorage))).toEqual([]);
  }, 60_000);

  it('on Mastodon: the visitor copies the post where no instance is known (which marks it sent), else posts on the instance', async () => {
    const none = join(dir, 'mastodon.html');
    const social = join(dir, 'mastodon-social.html');
    expect(
      pledge(['export', none, '--seed', '5', '--network', 'mastodon', '--campaign', 'tests/fixtures/minimal']).status,
    ).toBe(0);
    expect(
      pledge([
        'export',
        social,
        '--seed',
        '5',
        '--network',
        'mastodon',
        '--instance',
        'mastodon.social',
        '--campaign',
        'tests/fixtures/minimal',
      ]).status,
    ).toBe(0);
    const p = await open(none, { hash: '#seed=6', permissions: ['clipboard-read', 'clipboard-write'] });
    expect(await p.locator('a.send:visible').count()).toBe(0);
    expect(await p.locator('.no-link').first().textContent()).toMatch(
      /^Copy this post and paste it into your Mastodon app/,
    );
    await p.locator('button.copy').first().click();
    await expect.poll(() => p.locator('.progress').textContent()).toMatch(/^1 of \d+ sent$/);
    // The visitor names their server once: every Mastodon post gets its button there, remembered on this device.
    const form = p.locator('form.instance');
    expect(await form.isVisible()).toBe(true);
    await form.locator('input').fill('not a server');
    await form.locator('button').click();
    expect(await p.locator('#instance-error').textContent()).toBe(
      '"not a server" is not the address of a Mastodon server (like mastodon.social); leave it empty to forget yours.',
    );
    expect(await p.locator('a.send:visible').count()).toBe(0);
    const onExample = async (page_: Page) => {
      const hrefs = await links(page_);
      expect(hrefs).toHaveLength(await page_.locator('textarea').count());
      expect(hrefs.every((h) => h.startsWith('https://example.social/share?text='))).toBe(true);
      expect(hrefs.map((h) => intentText(h))).toEqual(await texts(page_));
      expect(await page_.locator('.no-link:visible').count()).toBe(0);
    };
    await form.locator('input').fill(' https://Example.Social/ ');
    await form.locator('button').click();
    await onExample(p);
    expect(await form.locator('input').inputValue()).toBe('example.social');
    await p.reload();
    await interactive(p);
    await onExample(p);
    await p.evaluate(() => (location.hash = '#seed=7')); // drafted again: the links stay on the visitor's server
    await p.waitForFunction(() => document.querySelector('.seed-value')!.textContent === '7');
    await onExample(p);
    // What visitors type: a handle, a profile address, an internationalised name (punycode, as URLs have it).
    for (const [typed, host] of [
      ['@alice@Example.Social', 'example.social'],
      ['https://example.social/@alice', 'example.social'],
      ['münchen.social', 'xn--mnchen-3ya.social'],
    ] as const) {
      await form.locator('input').fill(typed);
      await form.locator('button').click();
      expect(await form.locator('input').inputValue()).toBe(host);
      expect((await links(p)).every((h) => h.startsWith(`https://${host}/share?text=`))).toBe(true);
    }
    // Empty forgets it on this device: back to copying.
    await form.locator('input').fill('');
    await form.locator('button').click();
    expect(await p.locator('a.send:visible').count()).toBe(0);
    expect(await p.evaluate(() => localStorage.getItem('pledge:mastodon-instance'))).toBeNull();
    const q = await open(social, { hash: '#seed=6' });
    const want = cliDrafts([
      '--seed',
      '6',
      '--network',
      'mastodon',
      '--instance',
      'mastodon.social',
      '--campaign',
      'tests/fixtures/minimal',
    ]);
    expect(await links(q)).toEqual(want.map((d) => d.intentUrl));
    expect(want[0]!.intentUrl).toMatch(/^https:\/\/mastodon\.social\/share\?text=/);
    await q.locator('textarea').first().fill('Edited for Mastodon');
    expect((await links(q))[0]).toBe('https://mastodon.social/share?text=Edited%20for%20Mastodon');
    // The server the page was exported with is only a default: the visitor's own wins.
    expect(await q.locator('form.instance input').inputValue()).toBe('mastodon.social');
    await q.locator('form.instance input').fill('example.social');
    await q.locator('form.instance button').click();
    await onExample(q);
    // A page for X only has no server field.
    const x = await open(page, { hash: '#seed=6' });
    expect(await x.locator('form.instance').count()).toBe(0);
  }, 60_000);

  it('a post over the limit is not sent, and says why', async () => {
    const p = await open(page, { hash: '#seed=12' });
    await p.locator('textarea').first().fill('a'.repeat(300));
    // aria-disabled: Playwright would wait for it to be enabled; the page gets the click all the same.
    await p.locator('a.send').first().dispatchEvent('click');
    expect(p.context().pages()).toHaveLength(1);
    expect(await p.locator('.progress').textContent()).toBe('0 of 5 sent');
    await p.waitForFunction(() => document.querySelector('#announce')!.textContent.startsWith('Shorten'));
  }, 60_000);

  it('embeds the campaign safely and without the organiser\'s folder', () => {
    const html = readFileSync(page, 'utf8');
    const json = /<script type="application\/json" id="pledge-data">([^<]*)<\/script>/.exec(html)![1]!;
    const data = JSON.parse(json) as { campaign: { name: string; dir?: string }; seed: number };
    expect(data.seed).toBe(12);
    expect(data.campaign.name).toMatch(/^#pledgedecrim/);
    expect(data.campaign).not.toHaveProperty('dir');
  }, 60_000);
});
