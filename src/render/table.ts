/** Display width of a string in terminal columns. */
export type WidthFn = (s: string) => number;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * A width function for these cells: plain length when they are all printable ASCII, else string-width (emoji
 * and CJK take two columns). string-width costs ~50 ms to load, so only tables that need it pay for it.
 */
export async function widthFor(cells: Iterable<string>): Promise<WidthFn> {
  for (const cell of cells) {
    if (!PRINTABLE_ASCII.test(cell)) return (await import('string-width')).default;
  }
  return (s) => s.length;
}

/**
 * An aligned table: a header row, then rows. Cells must already be one-line and sanitised; `style` colours
 * a cell after padding, so escape codes never upset the widths.
 */
export async function formatTable(
  header: string[],
  rows: string[][],
  style: (cell: string, col: number, row: number) => string = (s) => s,
): Promise<string> {
  const width = await widthFor([...header, ...rows.flat()]);
  // A loop, not Math.max(...column): spreading 150,000 rows into arguments overflows the stack.
  const widths = header.map((h) => width(h));
  for (const r of rows) for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i]!, width(r[i] ?? ''));
  const line = (cells: string[], row: number) =>
    cells
      .map((cell, i) =>
        style(i === cells.length - 1 ? cell : cell + ' '.repeat(Math.max(0, widths[i]! - width(cell))), i, row),
      )
      .join('  ')
      .trimEnd();
  return [line(header, -1), ...rows.map((r, i) => line(r, i))].join('\n') + '\n';
}

/**
 * `text` cut to at most `max` terminal columns, ending in "…" when cut; whole graphemes only (Intl.Segmenter),
 * so an emoji or accented letter is never split.
 */
export function shorten(text: string, max: number, width: WidthFn): string {
  if (width(text) <= max) return text;
  let out = '';
  let used = 0;
  for (const { segment } of new Intl.Segmenter().segment(text)) {
    const w = width(segment);
    if (used + w > max - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}
