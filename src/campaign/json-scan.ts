// One scan of a JSON text, written as a loop with its own stack, so 10,000 nested brackets cannot overflow the
// call stack. It finds the first syntax error, every repeated key, and where the values at given JSON paths
// are written, as offsets; json-locate.ts turns them into lines and columns.
import { quote } from '../ui/quote.js';
import type { JsonPath } from './json-walk.js';

/** A key written twice in one object (JSON.parse keeps the last silently). */
export interface DuplicateKey {
  /** Path of the second occurrence. */
  at: JsonPath;
  /** Offsets of the first and the second key. */
  first: number;
  offset: number;
}

export interface ScanResult {
  /** The first syntax error: its offset and our wording (without the "invalid JSON: " prefix). */
  error?: { offset: number; message: string };
  duplicates: DuplicateKey[];
  /** Offsets of the wanted paths (and their prefixes) found, by {@link pathKey}. */
  found: Map<string, number>;
  /** Where each wanted value itself starts (for a property: its value, not its name). */
  values: Map<string, number>;
}

/** A path as the key of {@link ScanResult.found} and {@link ScanResult.values}. */
export const pathKey = (path: JsonPath) => path.map((k) => (typeof k === 'number' ? `#${k}` : `.${k}`)).join('\u0000');
const childKey = (parent: string, k: string | number) =>
  (parent === '' ? '' : `${parent}\u0000`) + (typeof k === 'number' ? `#${k}` : `.${k}`);

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

interface Frame {
  array: boolean;
  /** Next index (arrays) or the current key (objects). */
  index: number;
  keys?: Map<string, number>;
  /** The frame's path key when a wanted path runs through it, else null. */
  key: string | null;
}

class Syntax extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Scans a JSON text (RFC 8259, no comments) once. `want`: the paths to find (see {@link pathLocator});
 * `duplicates`: whether to look for repeated keys; `valid`: the text is known to parse (JSON.parse took it),
 * so objects and arrays off every wanted path are skipped by counting brackets outside strings, not parsed
 * (a 25 MB targets.json with a few problems is located several times faster). Never throws; a syntax error
 * ends the scan.
 */
export function scanJson(
  text: string,
  options: { want?: JsonPath[]; duplicates?: boolean; valid?: boolean } = {},
): ScanResult {
  const wanted = new Set<string>();
  for (const p of options.want ?? []) for (let n = 0; n <= p.length; n++) wanted.add(pathKey(p.slice(0, n)));
  const found = new Map<string, number>();
  const values = new Map<string, number>();
  const duplicates: DuplicateKey[] = [];
  const stack: Frame[] = [];
  const path: JsonPath = [];
  const len = text.length;
  let i = 0;

  const ws = () => {
    for (let c = text.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++i));
  };
  const unexpected = (what: string): never => {
    if (i >= len)
      throw new Syntax(
        i,
        what === 'expected a value' && text.trim() === '' ? 'the file is empty' : `${what}, found the end of the file`,
      );
    if (text[i] === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))
      throw new Syntax(i, 'comments are not allowed in JSON');
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    throw new Syntax(i, /^[\p{L}\p{N}"{}[\],:]$/u.test(ch) ? what : `unexpected character ${quote(ch)}`);
  };
  const string = (): string => {
    const start = i++;
    let escaped = false;
    for (;;) {
      const c = text.charCodeAt(i);
      if (i >= len) throw new Syntax(start, 'unterminated string');
      if (c === 0x22) break;
      if (c < 0x20) throw new Syntax(i, 'control character in a string (escape it, e.g. \\n)');
      if (c === 0x5c) {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text))
          throw new Syntax(i, text[i + 1] === 'u' ? 'invalid \\u escape' : 'invalid escape character');
        i = ESCAPE.lastIndex;
        escaped = true;
      } else i++;
    }
    i++;
    return escaped ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
  };
  // Records where the value at the current path starts (for a property: where its key starts).
  const mark = (frame: Frame | undefined, k: string | number, offset: number) => {
    path.push(k);
    const key = frame?.key == null ? null : childKey(frame.key, k);
    if (key !== null && wanted.has(key)) found.set(key, offset);
    return key !== null && wanted.has(key) ? key : null;
  };
  // Skips the object or array at `i` in a text known to be valid: brackets counted outside strings, each string
  // jumped over to its closing quote (one not preceded by an odd number of backslashes).
  const skipContainer = () => {
    let depth = 0;
    for (;;) {
      // Only a text that changed since it parsed (read again from disk) can end early: a syntax error.
      if (i >= len) throw new Syntax(len, 'the file changed while it was read');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        for (;;) {
          const q = text.indexOf('"', i + 1);
          if (q < 0) throw new Syntax(i, 'unterminated string');
          let b = q - 1;
          while (text.charCodeAt(b) === 0x5c) b--;
          i = q;
          if ((q - 1 - b) % 2 === 0) break;
        }
      } else if (c === 0x7b || c === 0x5b) depth++;
      else if ((c === 0x7d || c === 0x5d) && --depth === 0) {
        i++;
        return;
      }
      i++;
    }
  };
  let valueKey: string | null = wanted.has('') ? '' : null;
  if (valueKey !== null) found.set('', 0);

  try {
    ws();
    for (;;) {
      // A value at `path` (valueKey: its path key if wanted).
      const c = text[i];
      if (valueKey !== null) values.set(valueKey, i);
      if ((c === '{' || c === '[') && options.valid && valueKey === null) skipContainer();
      else if (c === '{' || c === '[') {
        const frame: Frame = {
          array: c === '[',
          index: 0,
          key: valueKey,
          ...(options.duplicates && c === '{' && { keys: new Map() }),
        };
        i++;
        ws();
        if (text[i] === (frame.array ? ']' : '}')) i++;
        else {
          stack.push(frame);
          if (frame.array) {
            valueKey = mark(frame, 0, i);
          } else {
            if (text[i] !== '"') unexpected('expected a property name in double quotes');
            valueKey = property(frame);
          }
          continue;
        }
      } else if (c === '"') string();
      else {
        NUMBER.lastIndex = i;
        LITERAL.lastIndex = i;
        if (NUMBER.test(text)) i = NUMBER.lastIndex;
        else if (LITERAL.test(text)) i = LITERAL.lastIndex;
        else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) throw new Syntax(i, 'invalid number');
        else unexpected('expected a value');
      }
      // After a value: a comma, the end of its container, or the end of the text.
      for (;;) {
        ws();
        const frame = stack[stack.length - 1];
        if (!frame) {
          if (i < len) throw new Syntax(i, 'unexpected text after the end of the JSON value');
          return { duplicates, found, values };
        }
        path.pop();
        if (text[i] === ',') {
          i++;
          ws();
          if (frame.array) valueKey = mark(frame, ++frame.index, i);
          else {
            if (text[i] !== '"') unexpected('expected a property name in double quotes');
            valueKey = property(frame);
          }
          break;
        }
        if (text[i] === (frame.array ? ']' : '}')) {
          i++;
          stack.pop();
          continue;
        }
        unexpected(i >= len ? (frame.array ? 'expected "]"' : 'expected "}"') : 'expected "," (or a closing bracket)');
      }
    }
  } catch (e) {
    if (!(e instanceof Syntax)) throw e;
    return { error: { offset: e.offset, message: e.message }, duplicates, found, values };
  }

  // A property: its key (checked against the object's other keys), ":" and then its value.
  function property(frame: Frame): string | null {
    const at = i;
    const name = string();
    const first = frame.keys?.get(name);
    if (first !== undefined) duplicates.push({ at: [...path, name], first, offset: at });
    else frame.keys?.set(name, at);
    ws();
    if (text[i] !== ':') unexpected('expected ":"');
    i++;
    ws();
    return mark(frame, name, at);
  }
}
