import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import originalExtractUrls from 'twitter-text/dist/esm/extractUrlsWithIndices';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { countTweet, MAX_WEIGHTED_LENGTH, parse } from '../../src/core/count.js';
import { isValidHashtag } from '../../src/core/hashtag.js';
import guardedExtractUrls, { MAY_CONTAIN_URL } from '../../src/core/url-guard.js';
import { CONFORMANCE } from '../support/paths.js';

interface Conformance<E> {
  tests: Record<string, { description: string; text: string; expected: E }[]>;
}
const load = <E>(file: string) => YAML.parse(readFileSync(join(CONFORMANCE!, file), 'utf8')) as Conformance<E>;

describe.skipIf(!CONFORMANCE)('counting matches twitter-text conformance data (shared/reference)', () => {
  const validate = CONFORMANCE ? load<object>('validate.yml') : { tests: {} };
  const cases = validate.tests.WeightedTweetsWithDiscountedEmojiCounterTest ?? [];

  it('has the config v3 section', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases)('$description', ({ text, expected }) => {
    expect(parse(text)).toEqual(expected);
  });

  it('the URL guard never changes what twitter-text extracts (every TLD, every URL extraction case)', () => {
    const tlds = load<string[]>('tlds.yml');
    const extract = load<unknown>('extract.yml');
    const texts = [...Object.values(tlds.tests).flat(), ...(extract.tests.urls ?? []), ...(extract.tests.urls_with_indices ?? [])].map((c) => c.text);
    expect(texts.length).toBeGreaterThan(1500);
    for (const text of texts) expect(guardedExtractUrls(text)).toEqual(originalExtractUrls(text));
  });
});

describe('URL guard', () => {
  it('agrees with twitter-text on random text built from URL-ish pieces', () => {
    const piece = fc.constantFrom('a', 'Z', '9', '.', ' ', '\n', '\t', '-', '_', '/', ':', '?', '=', '#', '@', 'é', '例', '🙂', 'http://', 'https://', 'www', 'com', 'org', 'co', 'uk', 'xn--p1ai', 'music', 't.co/', '..', '\u00a0', '\u3000', '。');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (parts) => {
        const text = parts.join('');
        expect(guardedExtractUrls(text)).toEqual(originalExtractUrls(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('lets through only texts with a dot between two non-space characters', () => {
    expect(MAY_CONTAIN_URL.test('Sentence one. Sentence two.')).toBe(false);
    expect(MAY_CONTAIN_URL.test('see example.org')).toBe(true);
    expect(MAY_CONTAIN_URL.test('e.g. this')).toBe(true);
  });
});

describe('emoji guard', () => {
  it('agrees with twemoji-parser on random text, and on every character below U+00A9 and every keycap', async () => {
    const { parse: guarded, MAY_CONTAIN_EMOJI } = await import('../../src/core/emoji-guard.js');
    const { parse: original } = await import('twemoji-parser');
    for (let c = 0; c < 0xa9; c++) expect(original(String.fromCharCode(c))).toEqual([]);
    for (const k of '#*0123456789') {
      expect(MAY_CONTAIN_EMOJI.test(`${k}\u20e3`)).toBe(true);
      expect(guarded(`${k}\ufe0f\u20e3`)).toEqual(original(`${k}\ufe0f\u20e3`));
    }
    const unit = fc.constantFrom('a', '1', '#', '*', ' ', '\ufe0f', '\u20e3', '\u200d', '©', '®', '‼', '™', '😀', '👩', '🏳', '🌈', '🧑', '🔧', '例', 'é');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(guarded(text)).toEqual(original(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('countTweet', () => {
  it('counts links as 23 and CJK and emoji as 2', () => {
    expect(countTweet('see https://example.com/a/very/long/path/indeed').weightedLength).toBe(4 + 23);
    expect(countTweet('例').weightedLength).toBe(2);
    expect(countTweet('🙂').weightedLength).toBe(2);
    expect(countTweet('a'.repeat(280)).fits).toBe(true);
    expect(countTweet('a'.repeat(281))).toMatchObject({ valid: false, fits: false, weightedLength: 281 });
  });

  it('counts the safe way a domain on a TLD newer than twitter-text 3.1.0 (X counts it as a link)', () => {
    const c = countTweet('Listen at foo.music now');
    expect(c.weightedLength).toBe(23); // twitter-text: plain text
    expect(c.possibleLinks).toEqual(['foo.music']);
    expect(c.safeLength).toBe(23 - 9 + 23);
  });

  it('a text that fits per twitter-text but not when counted safely does not fit', () => {
    const text = `${'a'.repeat(260)} x.music`;
    const c = countTweet(text);
    expect(c.valid).toBe(true);
    expect(c.safeLength).toBeGreaterThan(MAX_WEIGHTED_LENGTH);
    expect(c.fits).toBe(false);
  });

  it('does not flag known links, abbreviations or ordinary sentences', () => {
    expect(countTweet('Read amnesty.org today. E.g. this, i.e. that.').possibleLinks).toEqual([]);
  });

  it('validates hashtags as X links them', () => {
    expect(isValidHashtag('pledgedecrim')).toBe(true);
    expect(isValidHashtag('has space')).toBe(false);
    expect(isValidHashtag('123')).toBe(false);
  });
});
