// Escape sequences: CSI (ESC [ … and its 8-bit form), OSC (ESC ] … BEL or ST), DCS/SOS/PM/APC strings, and
// two-character ESC sequences. Then any C0/C1 control but tab and newline, and the bidi overrides and
// isolates that can make a terminal show text in an order other than the one it has.
const ESCAPES =
  /\u001b\[[0-?]*[ -/]*[@-~]|\u009b[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u009d[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[PX^_][^\u001b\u009c]*(?:\u001b\\|\u009c)?|\u001b[ -~]?/g;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text from campaign data made safe for a terminal: no escape sequences, no control characters but \t and \n. */
export function sanitize(text: string): string {
  return text.replace(ESCAPES, '').replace(CONTROLS, '');
}

/** {@link sanitize}, with line breaks and tabs turned into spaces: for table cells and one-line messages. */
export function oneLine(text: string): string {
  return sanitize(text).replace(/[\t\n]+/g, ' ');
}

const ANY_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const CONTROL_CHARS = new RegExp(ANY_CONTROL.source, 'g');
const SGR = /\u001b\[[0-9;]*m/g;

/** Every control character (but \t and \n) and bidi control as `\uXXXX`, as quote() shows them: `\u001B]0;X`. */
function escapeControls(text: string): string {
  return text.replace(CONTROL_CHARS, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * The one filter between pledge and a terminal: every message and every line of text output passes here
 * (terminal-io.ts, the CLI's error boundary and commander's own messages), so nothing from campaign data or
 * the command line (a name, an intentUrl, a value quoted in a message) can move the cursor, retitle the window
 * or reorder text. With `colour`, colour codes (SGR) are kept. Data (`escape` false) loses what
 * {@link sanitize} removes; messages (`escape` true) show each control character as a `\uXXXX` escape
 * instead, so the user sees what is really in the value (`nothing\u001B]0;X\u0007: file not found`). Text
 * without any control character is returned as it is (the common case).
 */
export function printable(text: string, colour: boolean, escape = false): string {
  if (!ANY_CONTROL.test(text)) return text;
  // CRLF line ends (CSV on standard output) are harmless and kept; a lone CR, which overwrites a line, is not.
  if (text.includes('\r\n')) {
    return text
      .split('\r\n')
      .map((part) => printable(part, colour, escape))
      .join('\r\n');
  }
  const clean = escape ? escapeControls : sanitize;
  if (!colour) return clean(text);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(SGR)) {
    out += clean(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + clean(text.slice(last));
}

// Every control but the C0 ones (which JSON.stringify escapes already), the bidi marks, embeddings, overrides and
// isolates, and the line and paragraph separators: JSON.stringify writes them raw.
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text with the characters JSON.stringify leaves raw but a terminal acts on (DEL, C1 controls, bidi
 * controls and marks, line separators) written as `\uXXXX` escapes: the same value when parsed, and safe to
 * print. Such characters occur in JSON text only inside strings, where the escape means the same character.
 */
function escapeJsonControls(json: string): string {
  return json.replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The one JSON serializer for everything pledge prints or writes (every `--json`, the JSON export, campaign
 * files): `JSON.stringify(value, null, space)` (space in spaces; 0 for one line), safe to print (see
 * {@link escapeJsonControls}); `JSON.parse` gives back exactly `value`.
 */
export function toJsonText(value: unknown, space = 2): string {
  return escapeJsonControls(JSON.stringify(value, null, space));
}
