// A large campaign file (100,000 targets: ~24 MB) parsed without ever holding its bytes or its text whole:
// read in 64 KiB chunks, decoded as a stream, and split into the values of its top-level object, each array
// there split into its elements; every piece is parsed by JSON.parse itself, so what comes out is what
// JSON.parse of the whole text gives. Anything this fast path does not vouch for (bad UTF-8, a syntax error, a
// key written twice, a "__proto__" key, a lone-surrogate escape, a file that is not a readable regular file)
// makes it answer `undefined`, and the caller reads the whole file the ordinary way, which reports the problem
// with its line and column. Holding the bytes, the text and the parsed value at once was most of the peak
// memory of a large export (issue #10).
import { readBoundedChunks } from '../read-bounded.js';
import { keyCount, keysWritten } from './json-walk.js';

/** The largest piece read at once, in bytes. */
const CHUNK_BYTES = 64 << 10;

/** What {@link parseLargeJson} found: the file's value, as JSON.parse gives it. */
export interface LargeJson {
  value: Record<string, unknown>;
}

/** Unused: any refusal sends the caller to the ordinary read, which words it. */
const HINTS = { notRegular: '', tooBig: '' };

/** The end of a string's run of ordinary characters; the next bracket or quote inside an object or array. */
const STRING_STOP = /["\\]/g;
const NEST_STOP = /["{}[\]]/g;

/** JSON's blanks: space, line feed, carriage return, tab. */
const isBlank = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** Thrown inside the parser when the fast path gives up; never escapes {@link parseLargeJson}. */
class GiveUp extends Error {}

/** JSON.parse of one piece (a key written twice or a lone surrogate is left to the slow path). */
function parsePiece(text: string): unknown {
  // JSON text holds a lone surrogate only through a \uD800-\uDFFF escape: left to the slow path, which locates it.
  if (/\\u[dD][89a-fA-F]/.test(text)) throw new GiveUp();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new GiveUp();
  }
  return value;
}

/**
 * A push parser for one JSON object whose values are split as described at the top of this file. `feed` takes
 * the decoded text piece by piece; `end` returns the value. Each piece of text (a key, a value, an element) is
 * gathered from `start` in the current chunk plus `carry` from earlier chunks.
 */
class TopLevelSplitter {
  private state: 'begin' | 'key' | 'colon' | 'value' | 'after-value' | 'element' | 'after-element' | 'done' =
    'begin';
  private readonly result: Record<string, unknown> = {};
  private key = '';
  private list: unknown[] | undefined;
  /** Elements of `list` read so far (parsed or still in the batch). */
  private elements = 0;
  // The piece being gathered: carried text, nesting depth, whether inside a string, after a backslash.
  private carry = '';
  private gathering = false;
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Where in the current chunk the elements not yet parsed start and end, -1 when none. */
  private batchStart = -1;
  private batchEnd = 0;
  /** Keys written inside the pieces (see keysWritten: at least the keys written). */
  private written = 0;

  feed(chunk: string): void {
    let start = 0;
    for (let i = 0; i < chunk.length; ) {
      if (this.gathering) {
        if (this.inString) {
          if (this.escaped) {
            this.escaped = false;
            i++;
            continue;
          }
          // Native scans to the next quote or backslash: most of a file is the text of its strings.
          STRING_STOP.lastIndex = i;
          if (!STRING_STOP.exec(chunk)) break;
          i = STRING_STOP.lastIndex;
          if (chunk.charCodeAt(i - 1) === 0x5c) this.escaped = true;
          else {
            this.inString = false;
            if (this.depth === 0) this.finish(chunk, start, i);
          }
          continue;
        }
        if (this.depth > 0) {
          NEST_STOP.lastIndex = i;
          if (!NEST_STOP.exec(chunk)) break;
          i = NEST_STOP.lastIndex;
          const c = chunk.charCodeAt(i - 1);
          if (c === 0x22) this.inString = true;
          else if (c === 0x7b || c === 0x5b) this.depth++;
          else if (--this.depth === 0) this.finish(chunk, start, i);
          continue;
        }
        // A number, true, false or null: it ends before the first blank or punctuation, read below as structure.
        const c = chunk.charCodeAt(i);
        if (!(c === 0x2c || c === 0x7d || c === 0x5d || isBlank(c))) {
          i++;
          continue;
        }
        this.finish(chunk, start, i);
      }
      const c = chunk.charCodeAt(i++);
      if (isBlank(c)) continue;
      if (this.startsPiece(c)) {
        start = i - 1;
        this.carry = '';
        this.gathering = true;
        this.depth = c === 0x7b || c === 0x5b ? 1 : 0;
        this.inString = c === 0x22;
        this.escaped = false;
      } else this.punctuation(c, chunk);
    }
    this.flushBatch(chunk);
    if (this.gathering) this.carry += chunk.slice(start);
  }

  /** Whether `c` starts a piece to gather in the current state (a key, a value, an element). */
  private startsPiece(c: number): boolean {
    if (this.state === 'key') return c === 0x22;
    if (this.state === 'value') return c !== 0x5b; // an array at the top level is split into its elements
    return this.state === 'element' && c !== 0x5d;
  }

  /** Structure between pieces: `{`, `:`, `,`, `[`, `]`, `}`; anything else gives up. */
  private punctuation(c: number, chunk: string): void {
    const s = this.state;
    if (s === 'begin' && c === 0x7b) this.state = 'key';
    else if (s === 'key' && c === 0x7d && Object.keys(this.result).length === 0) this.state = 'done';
    else if (s === 'colon' && c === 0x3a) this.state = 'value';
    else if (s === 'value' && c === 0x5b) {
      this.list = [];
      this.elements = 0;
      this.state = 'element';
    } else if (s === 'element' && c === 0x5d && this.elements === 0) this.closeList(chunk);
    else if (s === 'after-element' && c === 0x2c) this.state = 'element';
    else if (s === 'after-element' && c === 0x5d) this.closeList(chunk);
    else if (s === 'after-value' && c === 0x2c) this.state = 'key';
    else if (s === 'after-value' && c === 0x7d) this.state = 'done';
    else throw new GiveUp();
  }

  /** Parses the elements gathered whole in `chunk` (separated by commas, which JSON.parse checks too). */
  private flushBatch(chunk: string): void {
    if (this.batchStart < 0) return;
    const text = chunk.slice(this.batchStart, this.batchEnd);
    this.batchStart = -1;
    const values = parsePiece(`[${text}]`) as unknown[];
    this.written += keysWritten(text);
    for (const v of values) this.list!.push(v);
  }

  private closeList(chunk: string): void {
    this.flushBatch(chunk);
    this.set(this.list!);
    this.list = undefined;
    this.state = 'after-value';
  }

  private set(value: unknown): void {
    if (this.key === '__proto__' || Object.hasOwn(this.result, this.key)) throw new GiveUp();
    this.result[this.key] = value;
  }

  /**
   * A gathered piece, `chunk[start, end)` after the carried text, is complete: parse it and move on. Elements
   * that lie whole in one chunk are parsed together, as one array (see flushBatch): JSON.parse called once per
   * chunk instead of once per element.
   */
  private finish(chunk: string, start: number, end: number): void {
    this.gathering = false;
    if (this.state === 'element') this.elements++;
    if (this.state === 'element' && !this.carry) {
      if (this.batchStart < 0) this.batchStart = start;
      this.batchEnd = end;
      this.state = 'after-element';
      return;
    }
    const text = this.carry + chunk.slice(start, end);
    this.carry = '';
    const value = parsePiece(text);
    this.written += keysWritten(text);
    if (this.state === 'key') {
      this.key = value as string;
      this.state = 'colon';
    } else if (this.state === 'value') {
      this.set(value);
      this.state = 'after-value';
    } else {
      this.list!.push(value);
      this.state = 'after-element';
    }
  }

  end(): Record<string, unknown> {
    if (this.gathering || this.state !== 'done') throw new GiveUp();
    // Fewer keys kept than written: one was written twice (JSON.parse keeps the last), located by the slow path.
    if (keyCount(this.result) !== this.written + Object.keys(this.result).length) throw new GiveUp();
    return this.result;
  }
}

/**
 * The value of a JSON file whose top level is an object, read in 64 KiB chunks (see the top of this file), or
 * `undefined` when the file must be read whole instead: the caller's ordinary read then reports whatever is
 * wrong, with line and column. Never throws. About twice as slow as JSON.parse of the whole text (it scans
 * the text in JavaScript), hence only for files large enough for memory to matter (load.ts STREAM_ABOVE).
 * @param maxBytes the largest file accepted, in bytes (a larger one: `undefined`).
 * @param chunkBytes bytes read at a time (tests use tiny chunks to cut the text everywhere).
 */
export function parseLargeJson(file: string, maxBytes: number, chunkBytes = CHUNK_BYTES): LargeJson | undefined {
  const splitter = new TopLevelSplitter();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    readBoundedChunks(file, maxBytes, chunkBytes, HINTS, (bytes) =>
      splitter.feed(decoder.decode(bytes, { stream: true })),
    );
    splitter.feed(decoder.decode());
    return { value: splitter.end() };
  } catch {
    return undefined;
  }
}
