// Large campaigns (100,000 targets) must export in bounded memory. V8 lets garbage pile up in the old
// generation until the heap is several times its live size, which is fast but, for a long streaming export,
// doubles the peak resident memory. Where pledge knows a lot of garbage was just made (a large file parsed,
// tens of megabytes of drafts written), it asks for a collection. V8 only offers gc() with --expose-gc; the flag
// set at run time applies to contexts created afterwards, so a fresh context provides the function.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

/** Runs a full garbage collection when the runtime allows it; a no-op where it does not. */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}

/** Calls {@link collectGarbage} whenever the heap has grown by `step` bytes since the last collection. */
export function garbageBudget(step = 48 << 20): () => void {
  let base = process.memoryUsage().heapUsed;
  return () => {
    const used = process.memoryUsage().heapUsed;
    if (used - base < step) return;
    collectGarbage();
    base = process.memoryUsage().heapUsed;
  };
}
