// A set of text hashes outside the JavaScript heap, for a run's repeat detection (see drafter.ts).

/**
 * A set of hashes from textHash (text-hash.ts), integers from 0 to 2^53 - 1, in a typed array: open addressing,
 * linear probing, at most half full. A `Set<number>` of 100,000 such hashes held each as a heap number (they
 * exceed the small-integer range) in a table rebuilt as it doubled: ~5 MB that V8 promoted during an export,
 * counted among the survivors that grow its young generation. A typed array's memory is outside the heap.
 */
export class TextHashSet {
  /** 0 marks an empty slot; the hash 0 itself is held by `zero`. */
  private slots = new Float64Array(1 << 10);
  private size = 0;
  private zero = false;

  /** Whether `hash` was added. */
  has(hash: number): boolean {
    if (hash === 0) return this.zero;
    const mask = this.slots.length - 1;
    for (let i = hash % 4294967296 & mask; ; i = (i + 1) & mask) {
      const v = this.slots[i]!;
      if (v === hash) return true;
      if (v === 0) return false;
    }
  }

  /** Adds `hash` (an integer from 0 to 2^53 - 1). */
  add(hash: number): void {
    if (hash === 0) {
      this.zero = true;
      return;
    }
    if (this.has(hash)) return;
    if ((this.size + 1) * 2 > this.slots.length) {
      const old = this.slots;
      this.slots = new Float64Array(old.length * 2);
      for (const v of old) if (v !== 0) this.place(v);
    }
    this.place(hash);
    this.size++;
  }

  private place(hash: number): void {
    const mask = this.slots.length - 1;
    let i = hash % 4294967296 & mask;
    while (this.slots[i] !== 0) i = (i + 1) & mask;
    this.slots[i] = hash;
  }
}
