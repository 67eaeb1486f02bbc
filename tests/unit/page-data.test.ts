// The action page's data helpers: the seed in the address, the progress key.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SEED } from '../../src/core/random.js';
import { seedFromHash } from '../../src/page/data.js';
import { progressKey } from '../../src/page/progress.js';

describe('seedFromHash', () => {
  it('reads back every seed the page writes, alone or among other parameters (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_SEED }), (seed) => {
        expect(seedFromHash(`#seed=${seed}`)).toBe(seed);
        expect(seedFromHash(`seed=${seed}`)).toBe(seed);
        expect(seedFromHash(`#lang=en&seed=${seed}&x=1`)).toBe(seed);
      }),
    );
  });

  it.each([
    '',
    '#',
    '#seed=',
    '#seed=-1',
    '#seed=1.5',
    '#seed=4294967296',
    '#seed=12345678901',
    '#seed=0x10',
    '#seed=1e3',
    '#myseed=3',
    '#seed=3x',
    '#seed=%33',
  ])('refuses %j', (hash) => {
    expect(seedFromHash(hash)).toBeUndefined();
  });
});

describe('progressKey', () => {
  it('differs between campaigns of the same name with other targets, and is stable', () => {
    expect(progressKey('C', ['a', 'b'])).toBe(progressKey('C', ['a', 'b']));
    expect(progressKey('C', ['a', 'b'])).not.toBe(progressKey('C', ['a', 'c']));
    expect(progressKey('C', ['a', 'b'])).not.toBe(progressKey('D', ['a', 'b']));
  });
});
