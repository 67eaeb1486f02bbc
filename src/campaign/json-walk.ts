// Walks over parsed JSON without recursion (a file may nest 10,000 levels deep), and the cheap test for
// repeated keys that decides whether a file needs the full scan of json-locate.ts.

export type JsonPath = (string | number)[];

/** Every string in a parsed JSON value, with its path, depth first, in document order. */
export function* jsonStrings(root: unknown): Generator<{ at: JsonPath; value: string }> {
  const stack: { at: JsonPath; value: unknown }[] = [{ at: [], value: root }];
  while (stack.length) {
    const { at, value } = stack.pop()!;
    if (typeof value === 'string') yield { at, value };
    else if (Array.isArray(value)) for (let i = value.length - 1; i >= 0; i--) stack.push({ at: [...at, i], value: value[i] });
    else if (value && typeof value === 'object') {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) stack.push({ at: [...at, keys[i]!], value: (value as Record<string, unknown>)[keys[i]!] });
    }
  }
}

/** Paths of every own "__proto__" key in a parsed JSON value (JSON.parse keeps them as ordinary keys). */
export function protoKeys(root: unknown): JsonPath[] {
  const found: JsonPath[] = [];
  const stack: { at: JsonPath; value: unknown }[] = [{ at: [], value: root }];
  while (stack.length) {
    const { at, value } = stack.pop()!;
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ at: [...at, i], value: v }));
    else if (value && typeof value === 'object') {
      for (const k of Object.keys(value)) {
        if (k === '__proto__') found.push([...at, k]);
        else if (typeof (value as Record<string, unknown>)[k] === 'object') stack.push({ at: [...at, k], value: (value as Record<string, unknown>)[k] });
      }
    }
  }
  return found;
}

/** How many keys the objects of a parsed JSON value have, all together. */
function keyCount(root: unknown): number {
  let n = 0;
  const stack = [root];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) for (const x of v) stack.push(x);
    else if (v && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        n++;
        stack.push((v as Record<string, unknown>)[k]);
      }
    }
  }
  return n;
}

/**
 * Whether the text of a JSON value (already parsed from it) may write some key twice (JSON.parse keeps the
 * last silently): false means it does not; true asks for the exact scan (json-locate.ts). Every key ends with
 * an unescaped `"` followed (after blanks) by ":", so counting such colons counts at least the keys written
 * (a string value that starts with ":" adds one too many, never one too few); more than the keys parsed
 * means a possible repeat. indexOf scans natively and nothing is allocated (a regex replace of the strings
 * cost ~80 MB on a 100,000-target file).
 */
export function mayRepeatKeys(text: string, parsed: unknown): boolean {
  let keys = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) {
    let j = i - 1;
    for (let c = text.charCodeAt(j); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(--j));
    if (text.charCodeAt(j) !== 0x22) continue;
    let backslashes = 0;
    while (text.charCodeAt(j - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) keys++;
  }
  return keys !== keyCount(parsed);
}
