// Only loaded when something is wrong: finds where in a JSON file a syntax error or a JSON path is.
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

export type JsonPath = (string | number)[];

/** Maps UTF-16 offsets of one text to 1-based line and column (line starts found once, then binary search). */
export function lineColumns(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  return lineColumns(text)(offset);
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected "," (or a closing bracket)',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'control character in a string (escape it, e.g. \\n)',
};

/** Locates the first syntax error of text that JSON.parse rejected. */
export function locateSyntaxError(text: string): { line: number; column: number; message: string } | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return undefined;
  const code = printParseErrorCode(first.error);
  return { ...lineColumn(text, first.offset), message: `invalid JSON: ${SYNTAX_MESSAGES[code] ?? code}` };
}

/**
 * A locator for one JSON text (parsed once): where the value at a path is written, or its nearest existing
 * parent; the property name when it has one.
 */
export function pathLocator(text: string): (path: JsonPath, index?: number) => { line: number; column: number } | undefined {
  const tree = parseTree(text);
  const position = lineColumns(text);
  return (path, index) => {
    if (!tree) return undefined;
    for (let n = path.length; n >= 0; n--) {
      const node: Node | undefined = findNodeAtLocation(tree, path.slice(0, n));
      if (!node) continue;
      if (index !== undefined && n === path.length && node.type === 'string') return position(rawOffset(text, node.offset, index));
      return position((node.parent?.type === 'property' ? node.parent : node).offset);
    }
    return undefined;
  };
}

/**
 * Where the character at UTF-16 `index` of a JSON string's value is written, as an offset into `text`: the
 * string's literal starts at `literal` (its opening quote) and may spell characters with escapes (`\u200b`).
 */
function rawOffset(text: string, literal: number, index: number): number {
  let at = literal + 1;
  for (let decoded = 0; decoded < index && at < text.length && text[at] !== '"'; decoded++) {
    at += text[at] !== '\\' ? 1 : text[at + 1] === 'u' ? 6 : 2;
  }
  return at;
}

/** Where the value at `path` is written (see {@link pathLocator}). */
export function locatePath(text: string, path: JsonPath): { line: number; column: number } | undefined {
  return pathLocator(text)(path);
}
