// `pledge count` through the built binary: argument, standard input, exit codes.
import { describe, expect, it } from 'vitest';
import { pledge } from '../support/cli.js';

describe('pledge count (binary)', () => {
  it('counts its argument: the issue\'s examples as X counts them', () => {
    const r = pledge(['count', '--json', '🏳️‍⚧️ 🫱🏽‍🫲🏿 詳細はexample.musicで node.js']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      weightedLength: 2 + 1 + 2 + 1 + 6 + 23 + 2 + 1 + 7,
      valid: true,
      emoji: 2,
      links: [{ text: 'example.music' }],
    });
  });

  it('reads standard input when there is no argument, and exits 1 when the text does not fit', () => {
    const r = pledge(['count'], { input: `${'a'.repeat(279)}\n\n` });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^281\/280 {2}1 over the limit/);
  });

  it('names a character X refuses with its code point and position, and exits 1', () => {
    const r = pledge(['count', '--no-color', 'ab\u{feff}c']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('U+FEFF (zero width no-break space (byte-order mark)) at character 3');
  });

  it('exit 2 on bad usage: an unknown flag, or nothing to count', () => {
    expect(pledge(['count', '--nope', 'x']).status).toBe(2);
    const empty = pledge(['count'], { input: '' });
    expect(empty.status).toBe(1); // an empty standard input is an empty text: it does not fit
  });
});
