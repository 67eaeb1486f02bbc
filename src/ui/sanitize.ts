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
