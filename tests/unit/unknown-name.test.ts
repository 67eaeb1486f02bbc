// "Unknown id" messages stay one short line on any campaign: at most 10 names, close matches first.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPoint, selectTargets } from '../../src/campaign/select.js';
import { closeMatches, editDistance, MAX_LISTED, unknownAskMessages, unknownNames } from '../../src/campaign/unknown-name.js';
import { makeCampaign } from '../support/campaigns.js';

const ids = Array.from({ length: 100_000 }, (_, i) => `target-${i}`);
const big = makeCampaign({
  targets: ids.map((id, i) => ({ id, name: `Org ${i}`, group: `group-${i % 5000}`, ask: 'ask' })),
  points: Array.from({ length: 50 }, (_, i) => ({ id: `point-${i}`, text: 'A point.', short: 'A point.' })),
  templates: { ask: ['{point} {mention}'] },
});
const quotedNames = (message: string) => [...message.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);

describe('unknown ids on a 100,000-target campaign', () => {
  it('--target: a few close matches and how many targets exist, never the whole list', () => {
    const message = (() => {
      try {
        selectTargets(big, { targets: ['target-1234x'] });
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error('no error');
    })();
    expect(message.length).toBeLessThan(400);
    expect(message).toMatch(/^unknown target "target-1234x"; did you mean "target-1234"/);
    expect(message).toContain('(100,000 targets: pledge targets lists them)');
    expect(quotedNames(message).length).toBeLessThanOrEqual(1 + MAX_LISTED);
  });

  it('--target with thousands of unknown ids, --group, --point: bounded lines', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `nobody-${i}`);
    expect(() => selectTargets(big, { targets: many })).toThrow(
      /^unknown targets "nobody-0", .* and 4,990 more; none is close \(100,000 targets/,
    );
    expect(() => selectTargets(big, { group: 'group-77777' })).toThrow(
      /^unknown group "group-77777"; did you mean "group-777", .*\(5,000 groups: pledge targets lists them\)$/,
    );
    expect(() => checkPoint(big, 'pont-3')).toThrow(
      /^unknown point "pont-3"; did you mean "point-3", .*\? \(50 points: pledge points lists them\)$/,
    );
    for (const f of [
      () => selectTargets(big, { targets: many }),
      () => selectTargets(big, { group: 'zzz' }),
      () => checkPoint(big, 'zzz'),
    ]) {
      expect(f).toThrow(expect.objectContaining({ message: expect.stringMatching(/^.{1,1000}$/) }));
    }
  });

  it('a hostile id is quoted, shortened and escaped', () => {
    const message = unknownNames(
      ['target', 'targets'],
      [`\u001b]0;x\u0007${'a'.repeat(5000)}`],
      ['one', 'two'],
      'targets in this campaign',
      '',
    );
    expect(message).not.toMatch(/[\u0000-\u001f]/);
    expect(message.length).toBeLessThan(200);
    expect(message).toContain('\\u001B');
  });

  it('an unknown ask named by 100,000 targets: the same short message each time', () => {
    const asks = Array.from({ length: 1000 }, (_, i) => `ask-${i}`);
    const message = unknownAskMessages(asks);
    expect(message('ask-10x')).toBe(
      'unknown ask "ask-10x"; did you mean "ask-10", "ask-1", "ask-100", "ask-101", "ask-102", "ask-103", "ask-104", "ask-105", "ask-106", "ask-107"? (1,000 asks: the "asks" of campaign.json)',
    );
    expect(unknownAskMessages(['a', 'b'])('c')).toBe('unknown ask "c"; campaign.json defines: "a", "b"');
  });
});

describe('closeMatches', () => {
  it('finds case differences, prefixes and typos, closest first', () => {
    expect(closeMatches('Amnesty', ['fawcett', 'amnesty-uk', 'amnesty', 'nawo'])).toEqual(['amnesty', 'amnesty-uk']);
    expect(closeMatches('fawcet', ['fawcett', 'womens-aid'])).toEqual(['fawcett']);
    expect(closeMatches('womensaid', ['fawcett', 'womens-aid'])).toEqual(['womens-aid']);
    expect(closeMatches('xyz', ['fawcett', 'womens-aid'])).toEqual([]);
  });

  it('at most the limit, each a known name (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }),
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 60 }),
        fc.integer({ min: 0, max: 12 }),
        (wanted, known, max) => {
          const found = closeMatches(wanted, known, max);
          expect(found.length).toBeLessThanOrEqual(max);
          for (const f of found) expect(known).toContain(f);
          expect(new Set(found).size).toBe(found.length);
        },
      ),
    );
  });

  it('editDistance is the Levenshtein distance within its bound (property)', () => {
    const full = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++)
          d[i]![j] = Math.min(
            d[i - 1]![j]! + 1,
            d[i]![j - 1]! + 1,
            d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
      return d[a.length]![b.length]!;
    };
    fc.assert(
      fc.property(
        fc.string({ maxLength: 10 }),
        fc.string({ maxLength: 10 }),
        fc.integer({ min: 0, max: 5 }),
        (a, b, bound) => {
          expect(editDistance(a, b, bound)).toBe(Math.min(full(a, b), bound + 1));
        },
      ),
    );
  });
});
