// `pledge count` through the built binary: argument, standard input, exit codes.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { pledge } from '../support/cli.js';
import { BIN } from '../support/paths.js';

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
    // Only the final line break is dropped: a blank line before it is part of the text.
    const r = pledge(['count'], { input: `${'a'.repeat(280)}\n\n` });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^281\/280 {2}1 over the limit/);
  });

  it('does not count the line break that ends piped input (echo, jq -r): a 280 draft fits', () => {
    expect(pledge(['count'], { input: 'hello\n' }).stdout).toMatch(/^5\/280/);
    expect(pledge(['count'], { input: 'hello\r\n' }).stdout).toMatch(/^5\/280/);
    const r = pledge(['count', '--json'], { input: `${'a'.repeat(280)}\n` });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ weightedLength: 280, valid: true });
    // An argument is counted as given.
    expect(pledge(['count', 'hello\n']).stdout).toMatch(/^6\/280/);
  });

  it.skipIf(process.platform !== 'linux')('standard input that is a device or a folder: says so, exit 2', () => {
    for (const [from, what] of [
      ['/dev/zero', 'is a device'],
      ['/dev/null', 'is a device'],
      ['/', 'is a folder'],
    ] as const) {
      const r = spawnSync('sh', ['-c', `"$0" "$1" count < "$2"`, process.execPath, BIN, from], { encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^error: standard input ${what}.*: give the text as an argument`));
      expect(r.stderr.split('\n')).toHaveLength(2);
    }
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
