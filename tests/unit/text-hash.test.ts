// postHash: the hash of a post as X sees it (NFC), with a fast path that must never change the answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postHash, textHash } from '../../src/core/text-hash.js';

describe('postHash', () => {
  it('is the hash of the NFC form, for any text (the fast path skips only texts NFC leaves alone)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({
        unit: fc.constantFrom('a', 'e', '\u0301', '\u0308', '\u00e9', '\u2000', '\u2001', '\u212b', '’', 'ᄀ', '\u1161'),
      }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(postHash(t), JSON.stringify(t)).toBe(textHash(t.normalize('NFC')));
      }),
      { numRuns: 2000 },
    );
  });

  it('makes an accent composed or not the same post', () => {
    expect(postHash('Cou\u0301ncil')).toBe(postHash('Co\u00fancil'));
    expect(postHash('Council')).not.toBe(postHash('Co\u00fancil'));
  });
});
