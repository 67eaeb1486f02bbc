// The action page counts with the very counter the CLI uses: the built page script (dist/page.js), run in
// Node against a minimal stand-in for its DOM, shows the CLI's count on every generated text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTweet } from '../../src/core/count.js';
import { REPO } from '../support/paths.js';
import { tweetText } from '../support/tweet-texts.js';

/** Runs the page script on one draft article; returns a function that types a text and reads what the page shows. */
function pageCounter(): (text: string) => { count: string; blocked: boolean } {
  const el = () => ({ value: '', hidden: false, textContent: '', href: '', attrs: {} as Record<string, string>, listeners: {} as Record<string, () => void> });
  const textarea = { ...el(), addEventListener: (type: string, fn: () => void) => (textarea.listeners[type] = fn) };
  const output = el();
  const over = { ...el(), querySelector: () => ({ textContent: '' }) };
  const link = { ...el(), addEventListener: () => {}, setAttribute: (k: string, v: string) => (link.attrs[k] = v) };
  const classes = new Set<string>();
  const article = {
    dataset: { base: 'https://x.com/intent/tweet' },
    classList: { toggle: (c: string, on: boolean) => (on ? classes.add(c) : classes.delete(c)), contains: (c: string) => classes.has(c), add: (c: string) => classes.add(c) },
    querySelector: (sel: string) => ({ textarea, 'output.count': output, '.over': over, 'a.tweet': link })[sel],
  };
  const document = { querySelectorAll: () => [article], documentElement: { classList: { add: () => {} } } };
  runInNewContext(readFileSync(join(REPO, 'dist/page.js'), 'utf8'), { document });
  return (text) => {
    textarea.value = text;
    textarea.listeners.input!();
    return { count: output.value, blocked: link.attrs['aria-disabled'] === 'true' };
  };
}

describe('the action page\'s counter (dist/page.js)', () => {
  const typeIn = pageCounter();

  it('agrees with the CLI\'s on every generated text, verdict included', () => {
    fc.assert(
      fc.property(tweetText, ({ text }) => {
        const c = countTweet(text);
        expect(typeIn(text)).toEqual({ count: `${c.weightedLength}/280`, blocked: !c.valid });
      }),
      { numRuns: 200 },
    );
  });

  it('counts the issue\'s examples as X does', () => {
    expect(typeIn('🧑‍🔧 https://x.music 詳細はexample.musicで').count).toBe(`${2 + 1 + 23 + 1 + 6 + 23 + 2}/280`);
    expect(typeIn('a\ufeffb').blocked).toBe(true);
  });
});
