import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countBluesky } from '../../../src/networks/bluesky.js';
import { countMastodon } from '../../../src/networks/mastodon.js';
import { countThreads } from '../../../src/networks/threads.js';
import { post, tokens } from '../../support/network-reference.js';

const RUNS = { numRuns: 400 };

describe('each network counts as its reference counter (property)', () => {
  it('Bluesky: graphemes, links as the composer shortens them', () => {
    fc.assert(
      fc.property(tokens('bluesky'), ({ tokens: t, separators }) => {
        const { text, weight } = post(t, separators, 'bluesky');
        const c = countBluesky(text);
        expect(c.length).toBe(weight);
        expect(c.remaining).toBe(300 - weight);
        expect(c.valid).toBe(weight <= 300);
      }),
      RUNS,
    );
  });

  it('Mastodon: characters, links 23, mentions their @user part', () => {
    fc.assert(
      fc.property(tokens('mastodon'), fc.integer({ min: 100, max: 1000 }), ({ tokens: t, separators }, maxLength) => {
        const { text, weight } = post(t, separators, 'mastodon');
        expect(countMastodon(text).length).toBe(weight);
        const c = countMastodon(text, { maxLength });
        expect([c.length, c.limit, c.valid]).toEqual([weight, maxLength, weight <= maxLength]);
      }),
      RUNS,
    );
  });

  it('Threads: emoji by UTF-8 bytes, other graphemes by UTF-16 units, links in full, 5 links at most', () => {
    fc.assert(
      fc.property(tokens('threads'), ({ tokens: t, separators }) => {
        const { text, weight } = post(t, separators, 'threads');
        const links = new Set(t.filter((k) => k.link).map((k) => k.text)).size;
        const c = countThreads(text);
        expect(c.length).toBe(weight);
        expect(c.valid).toBe(weight <= 500 && links <= 5);
      }),
      RUNS,
    );
  });
});

describe('kept cases near each limit', () => {
  const emoji = '👩🏽‍💻';
  it('Bluesky: 300 graphemes fit, 301 do not, whatever the script', () => {
    for (const unit of ['a', 'é', '中', '👍', 'e\u0301', '🇺🇦']) {
      expect(countBluesky(unit.repeat(300)).valid).toBe(true);
      expect(countBluesky(unit.repeat(301))).toMatchObject({ length: 301, remaining: -1, valid: false });
    }
  });

  it('Bluesky: a long link counts as its short form, host + 13 + "..."', () => {
    const url = 'https://www.amnesty.org/en/latest/news/2015/08/global-movement-votes-to-adopt-policy/';
    expect(countBluesky(url).length).toBe('www.amnesty.org/en/latest/ne...'.length);
    const text = `${'x'.repeat(300 - 31 - 1)} ${url}`;
    expect(countBluesky(text)).toMatchObject({ length: 300, valid: true });
    expect(countBluesky(`${text}!`)).toMatchObject({ length: 301, valid: false }); // "!" leaves the link
  });

  it('Bluesky: links without a scheme, or not after a space or "(", count as typed', () => {
    const bare = 'amnesty.org/en/latest/news/2015/08/global-movement';
    expect(countBluesky(bare).length).toBe(bare.length);
    expect(countBluesky(`x${'https://amnesty.org/a/very/long/path'}`).length).toBe(37);
    expect(countBluesky('(https://amnesty.org/a/very/long/path)').length).toBe(
      2 + 'amnesty.org/a/very/long/...'.length,
    );
  });

  it('Bluesky: more than 3,000 bytes is invalid even under 300 graphemes', () => {
    const c = countBluesky(emoji.repeat(201)); // 15 bytes each
    expect(c).toMatchObject({ length: 201, valid: false, problems: ['more than 3000 bytes (UTF-8)'] });
  });

  it('Mastodon: 500 fit with links and remote mentions, 501 do not', () => {
    const head = '@amnesty@mastodon.social https://www.amnesty.org/en/latest/news/2015/08/global-movement-votes ';
    const fill = 500 - ('@amnesty'.length + 1 + 23 + 1);
    expect(countMastodon(head + 'ß'.repeat(fill))).toMatchObject({ length: 500, valid: true });
    expect(countMastodon(head + 'ß'.repeat(fill + 1))).toMatchObject({ length: 501, valid: false });
    expect(countMastodon(`${head}${emoji.repeat(fill)}`)).toMatchObject({ length: 500, valid: true });
  });

  it('Mastodon: an instance limit and links without a scheme', () => {
    expect(countMastodon('a'.repeat(1000), { maxLength: 1000 }).valid).toBe(true);
    expect(countMastodon('see amnesty.org/en/latest/news').length).toBe(30); // no scheme: counted as typed
    expect(countMastodon('mail me@example.com').length).toBe(19); // not a mention: no "@" before
  });

  it('Threads: emoji count their UTF-8 bytes; 500 fit, 501 do not', () => {
    expect(countThreads(emoji).length).toBe(15);
    expect(countThreads('😀'.repeat(125))).toMatchObject({ length: 500, valid: true });
    expect(countThreads(`a${'😀'.repeat(125)}`)).toMatchObject({ length: 501, valid: false });
    expect(countThreads('Ж'.repeat(500)).valid).toBe(true);
  });

  it('Threads: six links are refused', () => {
    const six = Array.from({ length: 6 }, (_, i) => `https://example.com/${i}`).join(' ');
    expect(countThreads(six)).toMatchObject({ valid: false, problems: ['6 links (Threads allows 5)'] });
  });

  it('every network refuses an empty or blank post', () => {
    for (const c of [countBluesky(' '), countMastodon(''), countThreads('\n')]) expect(c.valid).toBe(false);
  });
});

describe('every network refuses what must not reach a post (control, bidi override, invisible characters)', () => {
  const counters = { Bluesky: countBluesky, Mastodon: (t: string) => countMastodon(t), Threads: countThreads };
  const refused = fc.constantFrom('\u0007', '\u202e', '\u2066', '\u200b', '\ufeff', '\u0000', '\u{e0041}', '\u0085');
  const plain = fc.string({ unit: fc.constantFrom('a', ' ', 'é', '日', '#', '🙂'), maxLength: 40 });

  it('a text with one is never valid, whatever its length, and the problem names it and its place (property)', () => {
    fc.assert(
      fc.property(plain, refused, plain, fc.constantFrom(...Object.values(counters)), (before, ch, after, count) => {
        const c = count(`x${before}${ch}${after}`);
        expect(c.valid).toBe(false);
        const at = [...`x${before}`].length + 1;
        const cp = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
        expect(c.problems.find((p) => p.startsWith('it contains '))).toContain(`${cp} (`);
        expect(c.problems.find((p) => p.startsWith('it contains '))).toContain(`at character ${at}`);
      }),
    );
  });

  it('zero-width joiners in emoji, right-to-left text and marks stay valid', () => {
    for (const count of Object.values(counters)) {
      for (const text of ['family 👨‍👩‍👧 ok', 'مرحبا بالعالم', 'שלום עולם', 'क्षत्रिय', 'a\u200dno-emoji join'])
        expect(count(text).problems).toEqual([]);
    }
  });
});
