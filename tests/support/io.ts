import { NO_COLORS } from '../../src/ui/color.js';
import type { Io } from '../../src/ui/io.js';

/** An Io that records what a command writes. */
export function captureIo(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (s: string) => void (io.stdout += s),
    err: (s: string) => void (io.stderr += s),
    colors: NO_COLORS,
    errColors: NO_COLORS,
  };
  return io;
}
