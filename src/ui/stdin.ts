import { fstatSync } from 'node:fs';
import { isatty } from 'node:tty';
import { UsageError } from '../errors.js';

const refuse = (why: string) => () =>
  Promise.reject(
    new UsageError(`standard input ${why}: give the text as an argument, or pipe it or redirect a file into pledge`),
  );

/**
 * A reader of all of standard input (bytes, at most `limit` + 1 of them: enough to tell the input is too
 * long), or undefined when standard input is a terminal, where there is nothing to read and reading would
 * wait for the user. Standard input that is closed, a folder or a device other than a terminal (`< /dev/zero`,
 * `< /dev/null`) gives a reader that rejects with a UsageError saying so, instead of reading it.
 * (Loads node:tty: only for the commands that read standard input.)
 */
export function readStdin(limit = 1 << 20): (() => Promise<Uint8Array>) | undefined {
  let st;
  try {
    st = fstatSync(0);
  } catch {
    return refuse('is closed');
  }
  if (st.isCharacterDevice() && isatty(0)) return undefined;
  if (st.isCharacterDevice() || st.isBlockDevice()) return refuse('is a device (such as /dev/zero), not text');
  if (st.isDirectory()) return refuse('is a folder, not text');
  return async () => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size > limit) break;
    }
    return Buffer.concat(chunks);
  };
}
