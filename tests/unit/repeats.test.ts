// What finds repeats without a Map or Set of every key: repeats() sorts indices (the same entries, with the
// same first index, as a Map), TextHashSet holds hashes in a typed array (the same answers as a Set).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiCaseless, repeats } from '../../src/campaign/repeats.js';
import { TextHashSet } from '../../src/core/hash-set.js';

/** What a Map of every key finds, entry by entry (the way the checks found repeats before). */
function withMap(keys: readonly (string | undefined)[], keyOf: (k: string) => string = (k) => k) {
  const seen = new Map<string, number>();
  const found: { index: number; first: number }[] = [];
  keys.forEach((k, index) => {
    if (k === undefined) return;
    const first = seen.get(keyOf(k));
    if (first === undefined) seen.set(keyOf(k), index);
    else found.push({ index, first });
  });
  return found;
}

/** A list of keys from a small alphabet (so that keys repeat), some missing, some holes. */
const keyLists = (alphabet: string[]) =>
  fc
    .array(fc.option(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 3 }), { nil: undefined }), {
      maxLength: 40,
    })
    .chain((keys) =>
      fc.array(fc.nat({ max: Math.max(0, keys.length - 1) }), { maxLength: 3 }).map((holes) => {
        const sparse: (string | undefined)[] = [];
        keys.forEach((k, i) => holes.includes(i) || (sparse[i] = k));
        sparse.length = keys.length;
        return sparse;
      }),
    );

describe('repeats', () => {
  it('finds what a Map of every key finds, in index order (property)', () => {
    fc.assert(
      fc.property(keyLists(['a', 'b', 'é', '\ud83d', '\ude00']), (keys) => {
        expect(repeats(keys)).toEqual(withMap(keys));
      }),
    );
  });

  it('asciiCaseless: the same as comparing lower-cased copies, for ASCII handles (property)', () => {
    fc.assert(
      fc.property(keyLists(['a', 'A', 'b', 'B', '_', '0', 'z', 'Z']), (keys) => {
        expect(repeats(keys, asciiCaseless)).toEqual(withMap(keys, (k) => k.toLowerCase()));
      }),
    );
  });

  it('names the first entry of each key, however many repeat it', () => {
    expect(repeats(['x', 'y', 'x', undefined, 'x', 'y'])).toEqual([
      { index: 2, first: 0 },
      { index: 4, first: 0 },
      { index: 5, first: 1 },
    ]);
    expect(repeats(['Org', 'ORG', 'org_'], asciiCaseless)).toEqual([{ index: 1, first: 0 }]);
  });
});

describe('TextHashSet', () => {
  it('holds exactly what a Set holds, 0 and 2^53 - 1 included, across its growth (property)', () => {
    const edges = fc.constantFrom(0, 1, 1024, 2 ** 32, 2 ** 53 - 1);
    const hash = fc.oneof(edges, fc.integer({ min: 0, max: 2 ** 53 - 1 }), fc.nat({ max: 3000 }));
    fc.assert(
      fc.property(fc.array(hash, { maxLength: 3000 }), fc.array(hash, { maxLength: 50 }), (added, probes) => {
        const set = new TextHashSet();
        const reference = new Set<number>();
        for (const h of added) {
          expect(set.has(h)).toBe(reference.has(h));
          set.add(h);
          reference.add(h);
        }
        for (const h of [...probes, ...added]) expect(set.has(h)).toBe(reference.has(h));
      }),
      { numRuns: 40 },
    );
  });
});
