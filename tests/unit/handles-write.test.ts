// --write edits targets.json in place: the property is that a file written in any JSON.stringify style stays
// in that style, byte for byte, with only the new values in it.
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HandleResult } from '../../src/handles/check-handles.js';
import { renameConflicts } from '../../src/handles/rename-conflicts.js';
import { editHandlesText, plannedChanges, writeHandleChanges, type HandleChange } from '../../src/handles/write-handles.js';

type Entry = { handle: string; source?: string; checked?: string | null; did?: string };
const entry: fc.Arbitrary<Entry> = fc.record(
  {
    handle: fc.stringMatching(/^[a-z]{1,8}\.bsky\.social$/),
    source: fc.string({ maxLength: 10 }),
    checked: fc.option(fc.constantFrom('2025-01-01', '2026-03-04'), { nil: null }),
    did: fc.constantFrom('did:plc:aaaaaaaaaaaaaaaaaaaaaaaa', 'did:web:x.test'),
  },
  { requiredKeys: ['handle'] },
);
const targets = fc.array(fc.record({ id: fc.stringMatching(/^[a-z]{1,6}$/), bluesky: entry }), {
  minLength: 1,
  maxLength: 6,
});
const style = fc.constantFrom<string | number>(0, 1, 2, 4, '\t');

describe('--write edits targets.json in place', () => {
  it('keeps any JSON.stringify style exactly: only the changed values differ, new keys go last (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        targets,
        style,
        fc.boolean(),
        fc.infiniteStream(fc.constantFrom('handle', 'checked', 'did', 'none')),
        async (list, indent, crlf, picks) => {
          const doc = { targets: list.map((t) => ({ id: t.id, name: 'N', handles: { bluesky: { ...t.bluesky } } })) };
          const eol = (s: string) => (crlf ? s.replace(/\n/g, '\r\n') : s);
          const text = eol(JSON.stringify(doc, null, indent));
          const changes: HandleChange[] = [];
          const expected = structuredClone(doc);
          const it = picks[Symbol.iterator]();
          doc.targets.forEach((t, i) => {
            const field = it.next().value as 'handle' | 'checked' | 'did' | 'none';
            if (field === 'none') return;
            const to =
              field === 'handle'
                ? 'new.bsky.social'
                : field === 'checked'
                  ? '2026-11-29'
                  : 'did:plc:zzzzzzzzzzzzzzzzzzzzzzzz';
            const entryNow = t.handles.bluesky as Record<string, unknown>;
            const at = ['targets', i, 'handles', 'bluesky'];
            const checkedHandle = { path: [...at, 'handle'], value: t.handles.bluesky.handle };
            changes.push({
              role: 'target',
              target: t.id,
              network: 'bluesky',
              file: 'targets.json',
              path: [...at, field],
              field,
              from: entryNow[field] as string | undefined,
              to,
              checkedHandle,
            });
            (expected.targets[i]!.handles.bluesky as Record<string, unknown>)[field] = to;
          });
          const out = await editHandlesText(text, changes);
          expect(out.applied).toEqual(changes);
          expect(out.text).toBe(eol(JSON.stringify(expected, null, indent)));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('leaves an entry whose handle changed since the check as it is', async () => {
    const text = '{"targets":[{"handles":{"bluesky":{"handle":"edited.test"}}}]}';
    const at = ['targets', 0, 'handles', 'bluesky'];
    const checkedHandle = { path: [...at, 'handle'], value: 'checked.test' };
    const change: HandleChange = {
      role: 'target',
      target: 't',
      network: 'bluesky',
      file: 'targets.json',
      path: [...at, 'checked'],
      field: 'checked',
      from: undefined,
      to: '2026-11-29',
      checkedHandle,
    };
    const out = await editHandlesText(text, [change]);
    expect(out).toEqual({ text, applied: [] });
  });

  it('plans checked and did for ok, the new handle for renamed and moved, nothing for the rest', () => {
    const base = {
      role: 'target' as const,
      target: { id: 't', name: 'T' },
      index: 0,
      checked: '2025-01-01',
      detail: '',
    };
    const results: HandleResult[] = [
      { ...base, network: 'bluesky', handle: 'a.test', status: 'ok', did: 'did:plc:a' },
      {
        ...base,
        index: 1,
        network: 'bluesky',
        handle: 'b.test',
        storedDid: 'did:plc:b',
        status: 'renamed',
        did: 'did:plc:b',
        newHandle: 'c.test',
      },
      { ...base, index: 2, network: 'mastodon', handle: 'a@s.test', status: 'moved', newHandle: 'n@n.test' },
      { ...base, index: 3, network: 'mastodon', handle: 'a@s.test', status: 'moved' },
      { ...base, index: 4, network: 'bluesky', handle: 'd.test', status: 'mismatch', did: 'did:plc:x' },
      { ...base, index: 5, network: 'bluesky', handle: 'e.test', status: 'not-found' },
      { ...base, index: 6, network: 'mastodon', handle: 'e@s.test', status: 'unreachable' },
      { ...base, index: 7, network: 'mastodon', handle: 'f@s.test', status: 'ok', checked: '2026-11-29' },
      { ...base, index: 8, network: 'mastodon', handle: '@g@s.test', status: 'moved', newHandle: 'h@n.test' },
      { ...base, index: 9, network: 'mastodon', handle: 'i@s.test', status: 'moved', newHandle: '@j@n.test' },
      {
        ...base,
        index: 10,
        network: 'mastodon',
        handle: 'k@s.test',
        status: 'moved',
        newHandle: 'f@s.test',
        conflict: 'taken',
      },
    ];
    expect(plannedChanges(results, '2026-11-29').map((c) => `${c.path.join('.')}=${c.to}`)).toEqual([
      'targets.0.handles.bluesky.checked=2026-11-29',
      'targets.0.handles.bluesky.did=did:plc:a',
      'targets.1.handles.bluesky.handle=c.test',
      'targets.1.handles.bluesky.checked=2026-11-29',
      'targets.2.handles.mastodon.handle=n@n.test',
      'targets.2.handles.mastodon.checked=2026-11-29',
      // The new handle in the old one's form: its leading "@" kept, or not added.
      'targets.8.handles.mastodon.handle=@h@n.test',
      'targets.8.handles.mastodon.checked=2026-11-29',
      'targets.9.handles.mastodon.handle=j@n.test',
      'targets.9.handles.mastodon.checked=2026-11-29',
      // A new handle another entry has: nothing at all.
    ]);
  });

  it('keeps a BOM and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-write-'));
    const file = join(dir, 'targets.json');
    writeFileSync(file, '\uFEFF{\r\n  "targets": [ { "handles": { "bluesky": { "handle": "a.test" } } } ]\r\n}\r\n');
    const result: HandleResult = {
      role: 'target',
      target: { id: 't', name: 'T' },
      index: 0,
      network: 'bluesky',
      handle: 'a.test',
      checked: null,
      status: 'ok',
      did: 'did:plc:a',
      detail: '',
    };
    const applied = await writeHandleChanges(dir, plannedChanges([result], '2026-11-29'));
    expect(applied).toHaveLength(2);
    expect(readFileSync(file, 'utf8')).toBe(
      '\uFEFF{\r\n  "targets": [ { "handles": { "bluesky": { "handle": "a.test", "checked": "2026-11-29", "did": "did:plc:a" } } } ]\r\n}\r\n',
    );
    expect(readdirSync(dir)).toEqual(['targets.json']);
  });
});

describe('--write on the cc lists of campaign.json', () => {
  const cc = (
    network: 'bluesky' | 'mastodon',
    index: number,
    handle: string,
    status: HandleResult['status'],
    newHandle?: string,
  ): HandleResult => ({
    role: 'cc',
    target: null,
    index,
    network,
    handle,
    checked: null,
    status,
    detail: '',
    ...(newHandle !== undefined && { newHandle }),
  });

  it('plans only the new handle of a renamed or moved cc account, in place, its leading @ kept; no date, no DID', () => {
    const planned = plannedChanges(
      [
        { ...cc('bluesky', 0, 'a.test', 'ok'), did: 'did:plc:a' },
        { ...cc('bluesky', 1, 'b.test', 'renamed', 'c.test'), did: 'did:plc:b' },
        cc('mastodon', 0, '@m@s.test', 'moved', 'n@n.test'),
        cc('mastodon', 1, 'o@s.test', 'moved', 'p@n.test'),
        cc('mastodon', 2, 'q@s.test', 'moved'),
        cc('mastodon', 3, 'r@s.test', 'mismatch'),
      ],
      '2026-11-29',
    );
    expect(planned.map((c) => [c.file, c.path.join('.'), c.field, c.from, c.to])).toEqual([
      ['campaign.json', 'networks.bluesky.cc.1', 'handle', 'b.test', 'c.test'],
      ['campaign.json', 'networks.mastodon.cc.0', 'handle', '@m@s.test', '@n@n.test'],
      ['campaign.json', 'networks.mastodon.cc.1', 'handle', 'o@s.test', 'p@n.test'],
    ]);
  });

  it('replaces exactly the chosen entries in any JSON.stringify style, and skips one edited since (property)', async () => {
    const list = fc.array(fc.stringMatching(/^[a-z]{1,6}@[a-z]{1,6}\.test$/), { minLength: 1, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(
        list,
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        style,
        async (handles, picks, indent) => {
          const doc = { name: 'C', cc: ['X'], networks: { mastodon: { cc: handles }, bluesky: { cc: ['b.test'] } } };
          const text = JSON.stringify(doc, null, indent);
          const expected = structuredClone(doc);
          const changes = handles.flatMap((h, i) => {
            if (!picks[i]) return [];
            expected.networks.mastodon.cc[i] = `new${i}@n.test`;
            return plannedChanges([cc('mastodon', i, h, 'moved', `new${i}@n.test`)], '2026-11-29');
          });
          const out = await editHandlesText(text, changes);
          expect(out.text).toBe(JSON.stringify(expected, null, indent));
          // The same changes on a file whose entries were edited meanwhile: none applies.
          const edited = JSON.stringify(
            { ...doc, networks: { ...doc.networks, mastodon: { cc: handles.map((h) => `x${h}`) } } },
            null,
            indent,
          );
          expect((await editHandlesText(edited, changes)).applied).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('renames that would give two entries one handle', () => {
  it('are never written: after --write no two targets share a handle, and a rename nobody else needs is written (property)', () => {
    const pool = ['a', 'b', 'c', 'd', 'e', 'f'].map((u) => `${u}@s.test`);
    // Targets with distinct handles (a valid campaign), each ok or moved to any handle of the pool (any case, any "@").
    const targets = fc
      .shuffledSubarray(pool, { minLength: 1 })
      .chain((handles) =>
        fc.tuple(
          fc.constant(handles),
          fc.array(fc.option(fc.tuple(fc.constantFrom(...pool), fc.boolean(), fc.boolean()), { nil: undefined }), {
            minLength: handles.length,
            maxLength: handles.length,
          }),
        ),
      );
    fc.assert(
      fc.property(targets, ([handles, moves]) => {
        const results: HandleResult[] = handles.map((handle, index) => {
          const move = moves[index];
          const base = { role: 'target' as const, target: { id: `t${index}`, name: 'T' }, index, checked: null };
          const common = { ...base, network: 'mastodon' as const, handle, detail: '' };
          if (!move || move[0] === handle) return { ...common, status: 'ok' };
          const [to, upper, at] = move;
          return { ...common, status: 'moved', newHandle: `${at ? '@' : ''}${upper ? to.toUpperCase() : to}` };
        });
        for (const [i, conflict] of renameConflicts(results)) results[i]!.conflict = conflict;
        const after = [...handles];
        for (const c of plannedChanges(results, '2026-11-29'))
          if (c.field === 'handle') after[c.path[1] as number] = c.to;
        const keys = after.map((h) => h.replace(/^@/, '').toLowerCase());
        expect(new Set(keys).size).toBe(keys.length);
        // A move is refused only when its new handle is someone else's before or after the others' moves.
        results.forEach((r, i) => {
          if (r.status !== 'moved') return;
          const mine = r.newHandle!.replace(/^@/, '').toLowerCase();
          const others = [...handles.filter((_, j) => j !== i), ...results.filter((o, j) => j !== i && o.newHandle)
            .map((o) => o.newHandle!)].map((h) => h.replace(/^@/, '').toLowerCase());
          if (!others.includes(mine)) expect(r.conflict).toBeUndefined();
        });
      }),
      {
        numRuns: 300,
        // Found by the property: a move to another target's handle in other letters (Mastodon's users too are
        // one account whatever their case).
        examples: [
          [
            [
              ['b@s.test', 'f@s.test', 'd@s.test', 'c@s.test'],
              [undefined, undefined, ['f@s.test', true, false], undefined],
            ],
          ],
        ],
      },
    );
  });
});
