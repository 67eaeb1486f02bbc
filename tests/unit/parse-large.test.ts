// The streamed parse of large campaign files (src/campaign/parse-large.ts) against JSON.parse of the whole
// text: the same value, keys in the same order, or `undefined` (the caller then reads the file whole); and a
// large campaign loaded either way is the same campaign, with the same problems.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCampaign, STREAM_ABOVE } from '../../src/campaign/load.js';
import { parseLargeJson } from '../../src/campaign/parse-large.js';
import { problemsOf } from '../support/load-problems.js';
import { fixture } from '../support/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'pledge-parse-large-'));
let n = 0;
/** Writes `content` to a fresh file and returns its path. */
function file(content: string | Uint8Array): string {
  const path = join(dir, `f${n++}.json`);
  writeFileSync(path, content);
  return path;
}
const MAX = 1 << 20;
/** JSON.parse of the text, or `undefined` where it throws; compared as JSON text, so key order counts. */
function reference(text: string): string | undefined {
  try {
    return JSON.stringify(JSON.parse(text.replace(/^\ufeff/, '')));
  } catch {
    return undefined;
  }
}
const streamed = (path: string, chunk: number) => {
  const r = parseLargeJson(path, MAX, chunk);
  return r && JSON.stringify(r.value);
};
/** Whether a key or a string of `v` holds a ":". */
const colonInString = (v: unknown): boolean =>
  typeof v === 'string'
    ? v.includes(':')
    : typeof v === 'object' && v !== null && Object.entries(v).some(([k, x]) => k.includes(':') || colonInString(x));
/** What the file holds, as text (a lone surrogate in `text` was written as U+FFFD). */
const written = (path: string) => readFileSync(path, 'utf8');

// Objects whose values include arrays (split element by element) of any JSON, with strings that hold
// quotes, backslashes, brackets, commas and non-ASCII text (cut between chunks mid-character).
const tricky = fc.constantFrom('"', '\\', '{', '}', '[', ']', ',', ':', ' ', 'é', '性', '😀', '\n', '\u2028');
const str = fc.oneof(fc.string(), fc.array(tricky).map((a) => a.join('')));
const number = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
const leaf = fc.oneof(str, number, fc.boolean(), fc.constant(null));
const json = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(str.filter((k) => k !== '__proto__'), tie('v'), { maxKeys: 4 }),
  ),
})).v;
const topLevel = fc.dictionary(
  str.filter((k) => k !== '__proto__'),
  fc.oneof(json, fc.array(json, { maxLength: 8 })),
  { maxKeys: 4 },
);
const layout = fc.constantFrom<(v: unknown) => string>(
  (v) => JSON.stringify(v),
  (v) => JSON.stringify(v, null, 2),
  (v) => JSON.stringify(v, null, '\t').replaceAll('\n', '\r\n'),
  (v) => `\ufeff ${JSON.stringify(v, null, 1)} \n`,
);

describe('parseLargeJson', () => {
  it('gives what JSON.parse of the whole text gives, keys in order, for any chunk size', () => {
    fc.assert(
      fc.property(topLevel, layout, fc.integer({ min: 1, max: 40 }), (value, write, chunk) => {
        const text = write(value);
        const got = streamed(file(text), chunk);
        // A ":" inside a string may read as a key more (json-walk.ts keysWritten counts at least the keys
        // written): the file is then read whole, to look for a key written twice. Without one, never.
        if (got !== undefined || !colonInString(value)) expect(got).toBe(reference(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never accepts what JSON.parse refuses, nor gives another value: mutated texts', () => {
    const mutated = fc
      .tuple(topLevel, layout, fc.nat(), fc.constantFrom('', ',', '"', '}', ']', '[', '{', ':', '1', 'x', '\\'))
      .map(([value, write, at, insert]) => {
        const text = write(value);
        const i = at % (text.length + 1);
        // Delete one character, or insert one.
        return insert ? text.slice(0, i) + insert + text.slice(i) : text.slice(0, i) + text.slice(i + 1);
      });
    fc.assert(
      fc.property(mutated, fc.integer({ min: 1, max: 16 }), (text, chunk) => {
        const path = file(text);
        const got = streamed(path, chunk);
        if (got !== undefined) expect(got).toBe(reference(written(path)));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves to the ordinary read what only it can word: duplicate keys, "__proto__", lone surrogates, bad UTF-8', () => {
    for (const text of [
      '{"targets": [{"id": "a", "id": "b"}]}', // a key written twice, inside an element
      '{"a": 1, "a": 2}', // at the top level
      '{"targets": [], "__proto__": {}}',
      '{"targets": [{"__proto__": {"x": 1}}], "b": 1}', // kept: validation reports it
      '{"targets": ["\\ud800"]}',
      '[1, 2]', // not an object
      '{"a": 1} x',
      '{"a": 1,}',
      '{"t": [1,]}',
      '',
    ]) {
      const got = parseLargeJson(file(text), MAX, 7);
      if (text.includes('"__proto__": {"x"')) expect(got && Object.keys(got.value)).toEqual(['targets', 'b']);
      else expect(got, text).toBeUndefined();
    }
    expect(parseLargeJson(file(Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d])), MAX)).toBeUndefined();
    expect(parseLargeJson(file('{"a": [1, 2, 3]}'), 8)).toBeUndefined(); // larger than maxBytes
    expect(parseLargeJson(dir, MAX)).toBeUndefined(); // a folder
    expect(parseLargeJson(join(dir, 'missing.json'), MAX)).toBeUndefined();
  });
});

describe('a campaign with a targets.json over STREAM_ABOVE', () => {
  const big = mkdtempSync(join(tmpdir(), 'pledge-parse-large-campaign-'));
  for (const name of ['campaign.json', 'points.json']) {
    writeFileSync(join(big, name), readFileSync(join(fixture('minimal'), name)));
  }
  const model = JSON.parse(readFileSync(join(fixture('minimal'), 'targets.json'), 'utf8')).targets[0];
  const targets = Array.from({ length: 60_000 }, (_, i) => ({
    ...model,
    id: `t-${i}`,
    name: `Organisation ${i} – « ${'性'.repeat(i % 3)} »`,
    handle: `org_${i}`,
  }));
  const text = JSON.stringify({ targets }, null, 2);
  writeFileSync(join(big, 'targets.json'), text);

  it('is over the threshold and streams (the streamed path is the one under test)', () => {
    expect(Buffer.byteLength(text)).toBeGreaterThan(STREAM_ABOVE);
    expect(parseLargeJson(join(big, 'targets.json'), 1 << 30)?.value).toEqual({ targets });
  });

  it('reports a schema problem deep in the file with its line and column (the text read again)', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'pledge-parse-large-schema-'));
    for (const name of ['campaign.json', 'points.json']) writeFileSync(join(bad, name), readFileSync(join(big, name)));
    const at = text.indexOf('"org_40000"');
    writeFileSync(join(bad, 'targets.json'), `${text.slice(0, at)}40000${text.slice(at + '"org_40000"'.length)}`);
    const before = text.slice(0, text.lastIndexOf('"handle"', at)).split('\n'); // at its key, as for any file
    expect(await problemsOf(bad)).toEqual([
      expect.objectContaining({
        rule: 'schema',
        line: before.length,
        column: before.at(-1)!.length + 1,
        path: '$.targets[40000].handle',
      }),
    ]);
  });

  it('loads the same targets, in the same order, as JSON.parse gives', async () => {
    const campaign = await loadCampaign(big);
    expect(campaign.targets).toEqual(targets);
  });

  it('reports a key written twice deep in the file with its line and column (the ordinary read)', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'pledge-parse-large-bad-'));
    for (const name of ['campaign.json', 'points.json']) writeFileSync(join(bad, name), readFileSync(join(big, name)));
    const at = text.indexOf('"handle": "org_50000"');
    writeFileSync(join(bad, 'targets.json'), `${text.slice(0, at)}"id": "again", ${text.slice(at)}`);
    const line = text.slice(0, at).split('\n').length;
    const problems = await problemsOf(bad);
    expect(problems).toEqual([
      expect.objectContaining({ rule: 'duplicate-key', line, path: '$.targets[50000].id' }),
    ]);
  });
});
