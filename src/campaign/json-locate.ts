// Loaded only when something is wrong (or a file may repeat a key): where in a JSON text its first syntax
// error, its repeated keys and the values at given JSON paths are, as lines and columns, from one scan
// (json-scan.ts).
import { lineColumnAt as lineColumn, lineColumns, type Position } from './line-column.js';
import { pathKey, scanJson, type DuplicateKey } from './json-scan.js';
import type { JsonPath } from './json-walk.js';

/** Locates the first syntax error of a JSON text, with our wording; undefined when it has none. */
export function locateSyntaxError(text: string): (Position & { message: string }) | undefined {
  const { error } = scanJson(text);
  return error && { ...lineColumn(text, error.offset), message: `invalid JSON: ${error.message}` };
}

/** Every key written twice in one object, with the position of both. */
export function duplicateKeys(text: string): (DuplicateKey & { position: Position; firstPosition: Position })[] {
  const position = lineColumns(text);
  return scanJson(text, { duplicates: true }).duplicates.map((d) => ({
    ...d,
    position: position(d.offset),
    firstPosition: position(d.first),
  }));
}

/** The offset in `text` of the `index`-th character (UTF-16 unit) of the string literal starting at `literal`. */
function rawOffset(text: string, literal: number, index: number): number {
  let at = literal + 1;
  for (let decoded = 0; decoded < index && at < text.length && text[at] !== '"'; decoded++) {
    at += text[at] !== '\\' ? 1 : text[at + 1] === 'u' ? 6 : 2;
  }
  return at;
}

/**
 * A locator for the given paths of one JSON text that parses (scanned once, skipping what is off the paths):
 * where the value at a path is written, or
 * its nearest existing parent; for a property, where its name is. With `index`, the place of that character
 * inside the string at `path`.
 */
export function pathLocator(text: string, paths: JsonPath[]): (path: JsonPath, index?: number) => Position | undefined {
  const { found, values } = scanJson(text, { want: paths, valid: true });
  const position = lineColumns(text);
  return (path, index) => {
    const literal = index === undefined ? undefined : values.get(pathKey(path));
    if (literal !== undefined && text[literal] === '"') return position(rawOffset(text, literal, index!));
    for (let n = path.length; n >= 0; n--) {
      const offset = found.get(pathKey(path.slice(0, n)));
      if (offset !== undefined) return position(offset);
    }
    return undefined;
  };
}
