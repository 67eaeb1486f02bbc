// targets.json is validated target by target (validate-file.ts): the same problems, in the same order, as the
// whole file's schema; the targets zod returns unchanged are the parsed objects themselves, not copies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TargetSchema, TargetsFileSchema } from '../../src/campaign/schema.js';
import { validateFile, validEntries } from '../../src/campaign/validate-file.js';
import { checkParts, type ProblemReport } from '../../src/campaign/validate-objects.js';
import { BUILTIN } from '../support/paths.js';

const LIST = { key: 'targets', item: TargetSchema };
const builtin = (file: string): unknown => JSON.parse(readFileSync(join(BUILTIN, file), 'utf8'));

/** Validating the list entry by entry, and the whole file at once (as before): problems, file and entries. */
function both(value: unknown) {
  const byEntry: ProblemReport = { problems: [] };
  const whole: ProblemReport = { problems: [] };
  const a = validateFile(TargetsFileSchema, structuredClone(value), byEntry, true, LIST);
  const b = validateFile(TargetsFileSchema, structuredClone(value), whole, true);
  return {
    byEntry: { problems: byEntry.problems, file: JSON.stringify(a.file), entries: JSON.stringify(a.entries) },
    whole: {
      problems: whole.problems,
      file: JSON.stringify(b.file),
      entries: JSON.stringify(validEntries(TargetSchema, value, 'targets')),
    },
  };
}

const target = (i: number): Record<string, unknown> => ({
  id: `t-${i}`, name: `Org ${i}`, handle: `Org${i}`, group: 'g',
  ask: 'a',
});

describe('validateFile with a list', () => {
  it('finds what the whole file schema finds, in the same order, for any targets.json (property)', () => {
    const fields = ['id', 'name', 'handle', 'group', 'ask', 'handleSource', 'handleChecked', 'handles'];
    const field = fc.constantFrom(...fields, 'extra', '__proto__', 'targets', '$schema');
    const value = fc.oneof(
      fc.constant(null),
      fc.constant(undefined),
      fc.integer(),
      fc.constantFrom('', ' padded ', 'x', '@Handle', 'has space', 'Org\u202e', 'd\ud800', '2026-13-01', '2026-01-02'),
      fc.constant([]),
      fc.constant({}),
      fc.constant({ bluesky: { handle: 'a.bsky.social', checked: 'soon' } }),
    );
    const edit = fc.record({ at: fc.nat(), top: fc.boolean(), field, value });
    fc.assert(
      fc.property(fc.nat({ max: 6 }), fc.array(edit, { maxLength: 6 }), fc.boolean(), (n, edits, reorder) => {
        const file: Record<string, unknown> = { targets: Array.from({ length: n }, (_, i) => target(i)) };
        const list = file.targets as unknown[];
        for (const { value: shared, ...e } of edits) {
          const value = structuredClone(shared); // fc.constant hands out one object: no cycles, no sharing
          const into = e.top || !list.length ? file : (list[e.at % list.length] as Record<string, unknown>);
          if (into === file && e.field === 'targets') continue;
          if (typeof into !== 'object' || into === null) continue;
          if (value === undefined) delete into[e.field];
          else Object.defineProperty(into, e.field, { value, enumerable: true, writable: true, configurable: true });
          if (!e.top && e.at % 5 === 0 && list.length) list[e.at % list.length] = structuredClone(shared) ?? 7;
        }
        const first = list[0];
        if (reorder && typeof first === 'object' && first)
          list[0] = Object.fromEntries(Object.entries(first).reverse());
        const { byEntry, whole } = both(file);
        expect(byEntry).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('reports a bad key of the file after the targets (zod reports unknown keys last), and $schema before', () => {
    const { byEntry, whole } = both({ extra: 1, targets: [{ ...target(0), id: 'BAD' }], $schema: 5 });
    expect(byEntry).toEqual(whole);
    expect(byEntry.problems.map((p) => p.at.join('.'))).toEqual(['$schema', 'targets.0.id', 'extra']);
  });

  it('keeps the parsed targets themselves (no copy) when zod returns them unchanged', () => {
    const value = builtin('targets.json') as { targets: object[] };
    const report: ProblemReport = { problems: [] };
    const { file, entries } = validateFile(TargetsFileSchema, value, report, false, LIST);
    expect(report.problems).toEqual([]);
    expect(file!.targets).toHaveLength(value.targets.length);
    file!.targets.forEach((t, i) => expect(t).toBe(value.targets[i]));
    expect(entries).toBe(file!.targets);
  });

  it("takes zod's output where it differs: a trimmed name, keys in another order", () => {
    const padded = { ...target(0), name: '  Org  ' };
    const reordered = Object.fromEntries(Object.entries(target(1)).reverse());
    const value = { targets: [padded, reordered, target(2)] };
    const { file } = validateFile(TargetsFileSchema, value, { problems: [] }, false, LIST);
    expect(file!.targets[0]).not.toBe(padded);
    expect(file!.targets[0]!.name).toBe('Org');
    expect(Object.keys(file!.targets[1]!)).toEqual(Object.keys(target(1)));
    expect(file!.targets[2]).toBe(value.targets[2]);
  });

  it('checkParts hands out the parsed targets, valid or among invalid ones', () => {
    const values = {
      campaign: builtin('campaign.json'),
      targets: builtin('targets.json'),
      points: builtin('points.json'),
    };
    const reports = () => ({ campaign: { problems: [] }, targets: { problems: [] }, points: { problems: [] } });
    const noSurrogates = { campaign: false, targets: false, points: false };
    const parsedTargets = (values.targets as { targets: object[] }).targets;
    const parts = checkParts(values, reports(), noSurrogates);
    expect(parts.targets![0]).toBe(parsedTargets[0]);
    (parsedTargets[1] as Record<string, unknown>).id = 'NOT AN ID';
    const again = checkParts(values, reports(), noSurrogates);
    expect(again.targets).toBeUndefined();
    expect(again.someTargets![0]).toBe(parsedTargets[0]);
    expect(1 in again.someTargets!).toBe(false);
  });
});
