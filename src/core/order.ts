// Small helpers of the drafting loop, kept apart so fit.ts reads as the algorithm.

/** A 53-bit hash (cyrb53): a run remembers the texts it handed out by hash, so memory stays small at scale. */
export function textHash(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Yields `[index, item]` in ascending key order, finding each next one by a scan: drafting usually needs
 * only the first one or two, so this beats sorting every target's points.
 */
export function* lazySorted<T>(indices: number[], key: (i: number) => number, item: (i: number) => T): Generator<[number, T]> {
  const keys = indices.map(key);
  for (let left = indices.length; left > 0; left--) {
    let best = -1;
    for (let j = 0; j < indices.length; j++) if (keys[j]! !== Infinity && (best < 0 || keys[j]! < keys[best]!)) best = j;
    keys[best] = Infinity;
    yield [indices[best]!, item(indices[best]!)];
  }
}
