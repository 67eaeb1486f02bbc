// The locator skips what is off the wanted paths in a text that parses; it must find exactly what a full scan finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanJson } from '../../src/campaign/json-scan.js';
import type { JsonPath } from '../../src/campaign/json-walk.js';

/** Every path in a JSON value, the root included. */
function pathsOf(value: unknown, at: JsonPath = []): JsonPath[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => pathsOf(v, [...at, i]))];
  if (value && typeof value === 'object')
    return [at, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k]))];
  return [at];
}

// Strings full of what the skip must not mistake for structure: quotes, backslashes, brackets.
const tricky = fc
  .array(fc.constantFrom('"', '\\', '\\"', '{', '}', '[', ']', ',', ':', 'a', ' ', '\n', 'é', '🙂'), { maxLength: 6 })
  .map((a) => a.join(''));
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    tricky,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(tricky, tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('scanJson with valid: skipping what is off the wanted paths', () => {
  it('finds every wanted path where the full scan does (property)', () => {
    fc.assert(
      fc.property(json, fc.boolean(), fc.nat(), fc.nat(), (value, pretty, a, b) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const all = pathsOf(value);
        const want = [all[a % all.length]!, all[b % all.length]!];
        const full = scanJson(text, { want });
        const skipping = scanJson(text, { want, valid: true });
        expect(skipping.error).toBeUndefined();
        expect(skipping.found).toEqual(full.found);
        expect(skipping.values).toEqual(full.values);
      }),
      { numRuns: 500 },
    );
  });

  it('a text that changed since it parsed (cut short) ends in an error, not a hang', () => {
    const text = JSON.stringify({ a: [{ b: 'x"y' }], c: 1 });
    for (let n = 1; n < text.length; n++)
      expect(scanJson(text.slice(0, n), { want: [['c']], valid: true }).error).toBeDefined();
  });
});
