// Unicode measures the networks count in. Intl.Segmenter is in every supported Node and in browsers.

let segmenter: Intl.Segmenter | undefined;

/** The text's extended grapheme clusters (Unicode UAX #29, as Intl.Segmenter finds them). */
export function graphemes(text: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** The number of extended grapheme clusters (what people see as characters). */
export function graphemeCount(text: string): number {
  // Printable ASCII and newlines never join: one grapheme each (except \r\n, which this excludes).
  if (/^[\x20-\x7e\n]*$/.test(text)) return text.length;
  return graphemes(text).length;
}

/** The number of bytes of the text in UTF-8. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * A DNS host name, as a pattern source without flags (it goes into JSON Schemas): 2+ labels of ASCII
 * letters, digits and inner hyphens (1–63 each), 253 characters at most, the last label not starting with a
 * digit. `tldGuard` is a lookahead placed before the last label.
 */
export function hostPattern(tldGuard = ''): string {
  return `(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+${tldGuard}[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?`;
}

let hostRegExp: RegExp | undefined; // built on first use (see onFirstUse in types.ts)

/** True when `host` is a DNS host name (see {@link hostPattern}). */
export function isHostName(host: string): boolean {
  return (hostRegExp ??= new RegExp(`^${hostPattern()}$`)).test(host);
}

/** A pattern source matching `word` in any case without the `i` flag: `[aA][lL][tT]`. */
export function anyCase(word: string): string {
  return word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}
