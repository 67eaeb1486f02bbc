import { describe, expect, it } from 'vitest';
import { findHashtags } from '../../../src/import/hashtags.js';

describe('findHashtags', () => {
  it.each([
    ['Use #pledgedecrim.', ['pledgedecrim']],
    ['#1 priority, #2026 and #IWD2026!', ['IWD2026']],
    ['see https://example.org/page#section and x.com/#foo', []],
    ['support#pledgedecrim #a#b', ['pledgedecrim', 'a', 'b']],
    ['#MeToo’s #ÜberTag #tag_1 ＃full', ['MeToo', 'ÜberTag', 'tag_1', 'full']],
  ])('%s', (text, expected) => {
    expect(findHashtags(text).map((h) => h.tag)).toEqual(expected);
  });

  it('gives offsets in the original text', () => {
    const text = 'x#ab y#cd #ef';
    for (const h of findHashtags(text)) expect(text.slice(h.index, h.end)).toBe(`#${h.tag}`);
  });
});
