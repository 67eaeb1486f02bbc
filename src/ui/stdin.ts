import { fstatSync } from 'node:fs';

/**
 * A reader of all of standard input (bytes, at most `limit` + 1 of them: enough to tell the input is too
 * long), or undefined when standard input is a terminal or absent, where there is nothing to read and
 * reading would wait for the user.
 */
export function readStdin(limit = 1 << 20): (() => Promise<Uint8Array>) | undefined {
  try {
    if (fstatSync(0).isCharacterDevice()) return undefined;
  } catch {
    return undefined;
  }
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
