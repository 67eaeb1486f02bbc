// Finding the entries of a list whose key (an id, a handle) repeats an earlier entry's, by sorting their
// indices rather than by a Map of every key: on 100,000 targets a Map's tables (grown by doubling) were ~15 MB
// that outlived the check, and V8 counted them among the survivors that grow its young generation.

/** An entry whose key repeats an earlier one's: its index, and the index of the first entry with that key. */
export interface Repeat {
  index: number;
  first: number;
}

/** Code-unit order, as Map keys compare (equal exactly when ===). */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Orders ASCII letters without case (A-Z as a-z), everything else by code unit: equal exactly when
 * `a.toLowerCase() === b.toLowerCase()` for strings of ASCII (X handles), without making a lower-cased copy.
 */
export function asciiCaseless(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x >= 0x41 && x <= 0x5a) x += 0x20;
    if (y >= 0x41 && y <= 0x5a) y += 0x20;
    if (x !== y) return x - y;
  }
  return a.length - b.length;
}

/**
 * The entries of a list whose key repeats an earlier entry's, in index order: `keys[i]` is entry i's key
 * (undefined, or a hole of a sparse array: no key, never a repeat), and two keys are the same when `compare`
 * (a total order) says 0; by default when they are equal strings.
 */
export function repeats(
  keys: readonly (string | undefined)[],
  compare: (a: string, b: string) => number = byCodeUnits,
): Repeat[] {
  const order = new Int32Array(keys.length);
  let n = 0;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== undefined) order[n++] = i;
  const keyed = order.subarray(0, n).sort((a, b) => compare(keys[a]!, keys[b]!) || a - b);
  const found: Repeat[] = [];
  for (let j = 1, first = keyed[0]!; j < n; j++) {
    if (compare(keys[keyed[j - 1]!]!, keys[keyed[j]!]!) === 0) found.push({ index: keyed[j]!, first });
    else first = keyed[j]!;
  }
  return found.sort((a, b) => a.index - b.index);
}
