import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intentText, intentUrl } from '../../src/core/intent.js';

describe('intent URLs', () => {
  it('decode to exactly their text, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const url = intentUrl(text);
        expect(url.startsWith('https://x.com/intent/tweet?text=')).toBe(true);
        expect(intentText(url)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('encodes the characters encodeURI would leave alone', () => {
    expect(intentUrl('#a & b+c=d?e/f')).toBe('https://x.com/intent/tweet?text=%23a%20%26%20b%2Bc%3Dd%3Fe%2Ff');
  });

  it('keeps the parameters of a custom base URL', () => {
    const url = intentUrl('hi', 'https://example.org/share?via=me');
    expect(url).toBe('https://example.org/share?via=me&text=hi');
    expect(intentText(url)).toBe('hi');
  });
});
