import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneLine, sanitize } from '../../src/ui/sanitize.js';

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('sanitize', () => {
  it.each([
    ['\u001b[31mred\u001b[0m', 'red'],
    ['a\u001b]0;title\u0007b', 'ab'],
    ['a\u001b]8;;https://evil\u001b\\link\u001b]8;;\u001b\\b', 'alinkb'],
    ['a\u009b2Jb', 'ab'],
    ['bell\u0007 back\u0008space\r', 'bell backspace'],
    ['keep\ttab\nand newline', 'keep\ttab\nand newline'],
    ['\u202eevil override', 'evil override'],
    ['emoji 🙂 and 例 stay', 'emoji 🙂 and 例 stay'],
  ])('%j -> %j', (input, expected) => {
    expect(sanitize(input)).toBe(expected);
  });

  it('never lets a control character or ESC through (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('\u001b', '[', ']', '\u0007', '\u009b', '\\', ';', '\u202e'), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 60 }), (s) => {
        expect(sanitize(s)).not.toMatch(CONTROL);
        expect(oneLine(s)).not.toMatch(/[\n\t]/);
      }),
      { numRuns: 3000 },
    );
  });
});
