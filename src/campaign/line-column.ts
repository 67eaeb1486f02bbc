/** A 1-based line and column (columns count UTF-16 code units). */
export interface Position {
  line: number;
  column: number;
}

/**
 * Maps UTF-16 offsets of one text to 1-based line and column. A line ends at CRLF, LF or a lone CR (old Mac
 * files), as editors count. Line starts are found once, then each lookup is a binary search.
 */
export function lineColumns(text: string): (offset: number) => Position {
  const starts = [0];
  const breaks = /\r\n?|\n/g;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) starts.push(m.index + m[0].length);
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

/** 1-based line and column of a UTF-16 offset of `text`. */
export function lineColumnAt(text: string, offset: number): Position {
  return lineColumns(text)(offset);
}
