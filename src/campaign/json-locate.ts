// Only loaded when something is wrong: finds where in a JSON file a syntax error or a JSON path is.
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

export type JsonPath = (string | number)[];

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
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

/** Where the value at `path` is written, or its nearest existing parent; the property name when it has one. */
export function locatePath(text: string, path: JsonPath): { line: number; column: number } | undefined {
  const tree = parseTree(text);
  if (!tree) return undefined;
  for (let n = path.length; n >= 0; n--) {
    const node: Node | undefined = findNodeAtLocation(tree, path.slice(0, n));
    if (!node) continue;
    const at = node.parent?.type === 'property' ? node.parent : node;
    return lineColumn(text, at.offset);
  }
  return undefined;
}
