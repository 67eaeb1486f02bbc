// How messages show a bad value: quoted, shortened, and with anything invisible spelled out, so the user sees
// exactly what is wrong (a trailing no-break space, a zero-width joiner, an escape character) and a message
// never carries a control character to the terminal.

/**
 * Characters shown as `\uXXXX`: controls, format characters (bidi, zero-width), separators but the space, lone
 * surrogates.
 */
const INVISIBLE = /(?! )[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\p{Cs}]/gu;

/** Longest quoted text, in code points, before it is shortened with "…". */
const QUOTE_MAX = 60;

const hex = (ch: string) =>
  Array.from(
    { length: ch.length },
    (_, k) => `\\u${ch.charCodeAt(k).toString(16).toUpperCase().padStart(4, '0')}`,
  ).join('');

/** `text` cut to `max` code points, the cut marked with `…` (names in one-line messages). */
export function shorten(text: string, max = QUOTE_MAX): string {
  const points = Array.from(text);
  return points.length > max ? `${points.slice(0, max - 1).join('')}…` : text;
}

/**
 * A name as a message shows it unquoted (a file or folder): whole, with invisible characters as `\uXXXX` (a
 * line break too), so a message stays one line and shows exactly what is there, not a cleaned-up name that
 * does not exist (`nothing\u001B]0;X\u0007`).
 */
export function visible(text: string): string {
  return text.replace(INVISIBLE, hex);
}

/**
 * A string as a message quotes it: `"…"`, cut to {@link QUOTE_MAX} code points (the cut marked with `…`),
 * `"` and `\` escaped, invisible characters as `\uXXXX` (UTF-16 units). Never contains a control character.
 */
export function quote(text: string, max = QUOTE_MAX): string {
  return `"${visible(shorten(text, max).replace(/["\\]/g, '\\$&'))}"`;
}

/** Any JSON value as a message shows it: strings {@link quote}d, other scalars as JSON, containers by kind. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length ? `a list of ${value.length}` : 'an empty list';
  if (typeof value === 'object') return 'an object';
  // What is left: undefined, a bigint, a symbol or a function; none comes from JSON.
  return typeof value === 'function'
    ? 'a function'
    : typeof value === 'symbol'
      ? value.toString()
      : `${value as undefined | bigint}`;
}
