// Walks over parsed JSON without recursion (a file may nest 10,000 levels deep), and the cheap test for
// repeated keys that decides whether a file needs the full scan of json-locate.ts. The walk keeps one frame
// per level and builds a value's JSON path only when asked: on a 100,000-target file, a path (and a stack
// entry) per value cost tens of MB, every byte of which survived long enough to grow V8's young generation.

/** Where a value is in a JSON document: property names and array indices from the root, `['targets', 2]`. */
export type JsonPath = (string | number)[];

/** `$.targets[2].handle` */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, k) => {
    if (typeof k === 'number') return `${s}[${k}]`;
    const key = String(k);
    return /^[A-Za-z_$][\w$]*$/.test(key) ? `${s}.${key}` : `${s}[${JSON.stringify(key)}]`;
  }, '$');
}

/** Whether a parsed JSON value is an object (not null, not an array). */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** One object or array being walked: its keys (none for an array) and the position of the child visited. */
interface Frame {
  value: object;
  keys: string[] | undefined;
  at: number;
}

/**
 * Calls `visit` on every value in `root`, depth first in document order, with its key (undefined for the root)
 * and a function that builds its JSON path (call it only where needed: it allocates). Own keys only.
 */
function walk(root: unknown, visit: (value: unknown, key: string | number | undefined, path: () => JsonPath) => void) {
  const frames: Frame[] = [];
  const path = (): JsonPath => frames.map((f) => (f.keys ? f.keys[f.at]! : f.at));
  const enter = (value: unknown) => {
    if (value === null || typeof value !== 'object') return;
    frames.push({ value, keys: Array.isArray(value) ? undefined : Object.keys(value), at: -1 });
  };
  visit(root, undefined, path);
  enter(root);
  while (frames.length) {
    const f = frames[frames.length - 1]!;
    const at = ++f.at;
    if (at >= (f.keys ?? (f.value as unknown[])).length) {
      frames.pop();
      continue;
    }
    const key = f.keys ? f.keys[at]! : at;
    const child = (f.value as Record<string | number, unknown>)[key];
    visit(child, key, path);
    enter(child);
  }
}

/** Every string in a parsed JSON value that `select` picks, with its path, in document order. */
export function stringsWhere(root: unknown, select: (text: string) => boolean): { at: JsonPath; value: string }[] {
  const found: { at: JsonPath; value: string }[] = [];
  walk(root, (value, _, path) => {
    if (typeof value === 'string' && select(value)) found.push({ at: path(), value });
  });
  return found;
}

/** Paths of every own "__proto__" key in a parsed JSON value (JSON.parse keeps them as ordinary keys), in order. */
export function protoKeys(root: unknown): JsonPath[] {
  const found: JsonPath[] = [];
  walk(root, (_, key, path) => {
    if (key === '__proto__') found.push(path());
  });
  return found;
}

/** How many keys the objects of a parsed JSON value have, all together. */
export function keyCount(root: unknown): number {
  let n = 0;
  walk(root, (_, key) => {
    if (typeof key === 'string') n++;
  });
  return n;
}

/**
 * At least how many keys a JSON text writes: more than {@link keyCount} of its parsed value means a key may be
 * written twice (JSON.parse keeps the last silently), which the exact scan of json-locate.ts then finds. Every
 * key ends with an unescaped `"` followed (after blanks) by ":", so counting such colons counts at least the
 * keys written (a string value that starts with ":" adds one too many, never one too few). indexOf scans
 * natively and nothing is allocated (a regex replace of the strings cost ~80 MB on a 100,000-target file).
 */
export function keysWritten(text: string): number {
  let keys = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) {
    let j = i - 1;
    for (let c = text.charCodeAt(j); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(--j));
    if (text.charCodeAt(j) !== 0x22) continue;
    let backslashes = 0;
    while (text.charCodeAt(j - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) keys++;
  }
  return keys;
}
