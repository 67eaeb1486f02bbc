import { describe, expect, it } from 'vitest';
import { run, type CountJson } from '../../src/commands/count.js';
import { PledgeError } from '../../src/errors.js';
import { captureIo } from '../support/io.js';

const bytes = (s: string | Uint8Array) => async () => (typeof s === 'string' ? new TextEncoder().encode(s) : s);

async function count(options: Parameters<typeof run>[0]) {
  const io = captureIo();
  const code = await run(options, io);
  return { code, ...io };
}

describe('pledge count', () => {
  it('prints the exact JSON shape, with links, emoji and refused characters (code points of the NFC text)', async () => {
    const r = await count({ text: '🧑‍🔧 see https://x.music\ufeff', json: true });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout) as CountJson).toEqual({
      weightedLength: 2 + 5 + 23 + 2,
      remaining: 280 - 32,
      valid: false,
      links: [{ text: 'https://x.music', start: 8, end: 23 }],
      emoji: 1,
      invalid: [{ codePoint: 'U+FEFF', index: 23 }],
    });
    expect(Object.keys(JSON.parse(r.stdout) as object)).toEqual([
      'weightedLength',
      'remaining',
      'valid',
      'links',
      'emoji',
      'invalid',
    ]);
  });

  it('exit 0 when it fits, 1 when over or empty', async () => {
    expect((await count({ text: 'a'.repeat(280) })).code).toBe(0);
    const over = await count({ text: 'a'.repeat(281) });
    expect(over.code).toBe(1);
    expect(over.stdout).toMatch(/^281\/280 {2}1 over the limit\n/);
    expect((await count({ text: '' })).code).toBe(1);
  });

  it('text output: N/280 and what counted, links with their weight, characters with position and code point', async () => {
    const r = await count({ text: 'Read amnesty.org 🐦‍🔥\u202e a\u200db' });
    expect(r.stdout).toContain('not accepted');
    expect(r.stdout).toMatch(/link {4}23 {2}amnesty\.org {2}characters 6-16/);
    expect(r.stdout).toMatch(/emoji {4}2 {2}1 emoji, 2 each/);
    expect(r.stdout).toContain('refused     U+202E (right-to-left override) at character 21');
    expect(r.stdout).toContain('warning     U+200D (zero width joiner) at character 24');
    expect(r.stdout).not.toContain('\u202e');
  });

  it('reads the whole of standard input when there is no argument, newlines included but the final one', async () => {
    const r = await count({ readInput: bytes('line one\nline two\n'), json: true });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as CountJson).weightedLength).toBe(17);
  });

  it('reads CRLF line breaks from standard input as newlines, as a compose box does', async () => {
    const r = await count({ readInput: bytes('line one\r\nline two'), json: true });
    expect(JSON.parse(r.stdout)).toMatchObject({ weightedLength: 17, valid: true, invalid: [] });
  });

  it('strips a byte-order mark that starts standard input, and says so when it is not UTF-8', async () => {
    expect(
      (
        JSON.parse(
          (await count({ readInput: bytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])), json: true })).stdout,
        ) as CountJson
      ).weightedLength,
    ).toBe(2);
    const bad = count({ readInput: bytes(new Uint8Array([0x57, 0x6f, 0x6d, 0x65, 0x6e, 0x92, 0x73])) });
    await expect(bad).rejects.toSatisfy(
      (e) => e instanceof PledgeError && e.exitCode === 2 && /not UTF-8/.test(e.message),
    );
  });

  it('drops exactly one final line break of standard input (LF or CRLF), never of an argument', async () => {
    const length = async (o: Parameters<typeof run>[0]) =>
      (JSON.parse((await count({ ...o, json: true })).stdout) as CountJson).weightedLength;
    expect(await length({ readInput: bytes('hello\n') })).toBe(5);
    expect(await length({ readInput: bytes('hello\r\n') })).toBe(5);
    expect(await length({ readInput: bytes('hello\n\n') })).toBe(6);
    expect(await length({ readInput: bytes('hello') })).toBe(5);
    expect(await length({ readInput: bytes('\n') })).toBe(0);
    expect(await length({ text: 'hello\n' })).toBe(6);
    const other = await count({ readInput: bytes('hello\n'), json: true, network: 'bluesky' });
    expect(JSON.parse(other.stdout)).toMatchObject({ weightedLength: 5 });
  });

  it('is a usage error with no text and nothing on standard input', async () => {
    await expect(count({})).rejects.toSatisfy(
      (e) => e instanceof PledgeError && e.exitCode === 2 && /nothing to count/.test(e.message),
    );
  });

  it('with --json, zero-width notices go to stderr as warnings', async () => {
    const r = await count({ text: 'a\u200db', json: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('warning: U+200D (zero width joiner) at character 2: invisible outside emoji\n');
  });
});

describe('pledge count --network', () => {
  it('counts by the network\'s rules, text and JSON', async () => {
    const url = 'https://www.amnesty.org/en/what-we-do/sex-workers-rights/';
    const blue = await count({ text: `${'é'.repeat(268)} ${url}`, network: 'bluesky', json: true });
    expect(blue.code).toBe(0);
    expect(JSON.parse(blue.stdout)).toEqual({
      network: 'bluesky',
      weightedLength: 300,
      remaining: 0,
      valid: true,
      unit: 'graphemes',
      problems: [],
    });
    const masto = await count({
      text: `@amnesty@mastodon.social ${'a'.repeat(600)}`,
      network: 'mastodon',
      maxLength: 1000,
    });
    expect([masto.code, masto.stdout]).toEqual([0, '609/1000 characters on Mastodon  fits, 391 left\n']);
    const threads = await count({ text: '😀'.repeat(126), network: 'threads' });
    expect([threads.code, threads.stdout]).toEqual([1, '504/500 characters on Threads  4 over the limit\n']);
  });
});
