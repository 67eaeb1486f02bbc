import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatUnfit } from '../../src/render/drafts.js';
import { quote, shorten } from '../../src/ui/quote.js';
import { oneLine, printable, sanitize, toJsonText } from '../../src/ui/sanitize.js';

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
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom('\u001b', '[', ']', '\u0007', '\u009b', '\\', ';', '\u202e'),
            fc.string({ unit: 'binary', maxLength: 1 }),
          ),
          maxLength: 60,
        }),
        (s) => {
          expect(sanitize(s)).not.toMatch(CONTROL);
          expect(oneLine(s)).not.toMatch(/[\n\t]/);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\u001b', '[', ']', 'm', '3', ';', '\u0007', '\u009b', '\r', '\n', '\u202e', '\u200b'),
    fc.string({ unit: 'binary', maxLength: 1 }),
  ),
  maxLength: 60,
});

describe('printable (the one filter before the terminal)', () => {
  it('without colour: no ESC, no control character but \\t, \\n and CRLF (property)', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        expect(printable(s, false).replace(/\r\n/g, '\n')).not.toMatch(CONTROL);
      }),
      { numRuns: 2000 },
    );
  });
  it('with colour: only colour codes (SGR) are left of escape sequences (property)', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = printable(s, true).replace(/\u001b\[[0-9;]*m/g, '').replace(/\r\n/g, '\n');
        expect(out).not.toMatch(CONTROL);
      }),
      { numRuns: 2000 },
    );
  });
  it('keeps plain text as it is, and our colours', () => {
    expect(printable('plain 例 🙂\n', false)).toBe('plain 例 🙂\n');
    expect(printable('\u001b[31merror:\u001b[39m bad \u001b]0;title\u0007', true)).toBe(
      '\u001b[31merror:\u001b[39m bad ',
    );
    expect(printable('a,b\r\nc,d\r\n', false)).toBe('a,b\r\nc,d\r\n');
  });
});

describe('toJsonText', () => {
  it('parses back to the same value and contains no raw control character (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), hostile, (v, s) => {
        const value = { v, s };
        const text = toJsonText(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(text).not.toMatch(CONTROL);
      }),
      { numRuns: 500 },
    );
  });
});

describe('quote (how messages show a value)', () => {
  it.each([
    ['plain', '"plain"'],
    ['a\u200bb\u001b[31m', '"a\\u200Bb\\u001B[31m"'],
    ['no\u00a0break', '"no\\u00A0break"'],
    ['say "hi" \\', '"say \\"hi\\" \\\\"'],
    ['x'.repeat(100), `"${'x'.repeat(59)}…"`],
  ])('%j -> %s', (input, expected) => {
    expect(quote(input)).toBe(expected);
  });
  it('never contains a control or invisible character (property)', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        expect(quote(s)).not.toMatch(/[\p{Cc}\p{Cf}]/u);
      }),
    );
  });
});

describe('names in one-line messages', () => {
  it('a target without a draft is named in at most 60 code points, the cut marked', () => {
    const name = `The ${'Very '.repeat(50)}Long Organisation 🏳️‍🌈`;
    const target = { id: 'long', name, group: 'g', ask: 'a' };
    const line = formatUnfit({ target, network: 'x', reason: 'too-long', shortestLength: 300, over: 20, limit: 280 });
    expect(line).toBe(
      `nothing fits for ${[...name].slice(0, 59).join('')}… (long): the shortest draft is 300/280, 20 over; shorten a template or the short form of a point`,
    );
    expect(shorten('short')).toBe('short');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        expect([...shorten(s)].length).toBeLessThanOrEqual(60);
      }),
    );
  });
});

describe('printable for messages (escape): control characters shown, not dropped', () => {
  it('shows each as \\uXXXX, keeps newlines, tabs, CRLF and (with colour) SGR', () => {
    expect(printable('nothing\u001b]0;X\u0007: file not found\n', false, true)).toBe(
      'nothing\\u001B]0;X\\u0007: file not found\n',
    );
    expect(printable('\u001b[31merror:\u001b[39m a\u202eb\tc\r\nd', true, true)).toBe(
      '\u001b[31merror:\u001b[39m a\\u202Eb\tc\r\nd',
    );
  });

  it('never lets a control character through, and every character of the text is still there', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const shown = printable(s, false, true);
        expect(shown).not.toMatch(CONTROL);
        const back = shown.replace(/\\u([0-9A-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
        if (!s.includes('\\u')) expect(back.replace(/\r(?!\n)/g, '')).toBe(s.replace(/\r(?!\n)/g, ''));
      }),
    );
  });
});
