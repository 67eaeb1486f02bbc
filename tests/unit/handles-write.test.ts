// --write edits targets.json in place: the property is that a file written in any JSON.stringify style stays
// in that style, byte for byte, with only the new values in it.
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HandleResult } from '../../src/handles/check-handles.js';
import { editTargetsText, plannedChanges, writeHandleChanges, type HandleChange } from '../../src/handles/write-handles.js';

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
const targets = fc.array(fc.record({ id: fc.stringMatching(/^[a-z]{1,6}$/), bluesky: entry }), { minLength: 1, maxLength: 6 });
const style = fc.constantFrom<string | number>(0, 1, 2, 4, '\t');

describe('--write edits targets.json in place', () => {
  it('keeps any JSON.stringify style exactly: only the changed values differ, new keys go last (property)', async () => {
    await fc.assert(
      fc.asyncProperty(targets, style, fc.boolean(), fc.infiniteStream(fc.constantFrom('handle', 'checked', 'did', 'none')), async (list, indent, crlf, picks) => {
        const doc = { targets: list.map((t) => ({ id: t.id, name: 'N', handles: { bluesky: { ...t.bluesky } } })) };
        const eol = (s: string) => (crlf ? s.replace(/\n/g, '\r\n') : s);
        const text = eol(JSON.stringify(doc, null, indent));
        const changes: HandleChange[] = [];
        const expected = structuredClone(doc);
        const it = picks[Symbol.iterator]();
        doc.targets.forEach((t, i) => {
          const field = it.next().value as 'handle' | 'checked' | 'did' | 'none';
          if (field === 'none') return;
          const to = field === 'handle' ? 'new.bsky.social' : field === 'checked' ? '2026-11-29' : 'did:plc:zzzzzzzzzzzzzzzzzzzzzzzz';
          const entryNow = t.handles.bluesky as Record<string, unknown>;
          changes.push({ target: t.id, network: 'bluesky', path: ['targets', i, 'handles', 'bluesky', field], field, from: entryNow[field] as string | undefined, to });
          (expected.targets[i]!.handles.bluesky as Record<string, unknown>)[field] = to;
        });
        const checked = new Map(doc.targets.map((t, i) => [JSON.stringify(['targets', i, 'handles', 'bluesky']), t.handles.bluesky.handle]));
        const out = await editTargetsText(text, changes, checked);
        expect(out.applied).toEqual(changes);
        expect(out.text).toBe(eol(JSON.stringify(expected, null, indent)));
      }),
      { numRuns: 150 },
    );
  });

  it('leaves an entry whose handle changed since the check as it is', async () => {
    const text = '{"targets":[{"handles":{"bluesky":{"handle":"edited.test"}}}]}';
    const change: HandleChange = { target: 't', network: 'bluesky', path: ['targets', 0, 'handles', 'bluesky', 'checked'], field: 'checked', from: undefined, to: '2026-11-29' };
    const out = await editTargetsText(text, [change], new Map([[JSON.stringify(['targets', 0, 'handles', 'bluesky']), 'checked.test']]));
    expect(out).toEqual({ text, applied: [] });
  });

  it('plans checked and did for ok, the new handle for renamed and moved, nothing for the rest', () => {
    const base = { target: { id: 't', name: 'T' }, index: 0, checked: '2025-01-01', detail: '' };
    const results: HandleResult[] = [
      { ...base, network: 'bluesky', handle: 'a.test', status: 'ok', did: 'did:plc:a' },
      { ...base, index: 1, network: 'bluesky', handle: 'b.test', storedDid: 'did:plc:b', status: 'renamed', did: 'did:plc:b', newHandle: 'c.test' },
      { ...base, index: 2, network: 'mastodon', handle: 'a@s.test', status: 'moved', newHandle: 'n@n.test' },
      { ...base, index: 3, network: 'mastodon', handle: 'a@s.test', status: 'moved' },
      { ...base, index: 4, network: 'bluesky', handle: 'd.test', status: 'mismatch', did: 'did:plc:x' },
      { ...base, index: 5, network: 'bluesky', handle: 'e.test', status: 'not-found' },
      { ...base, index: 6, network: 'mastodon', handle: 'e@s.test', status: 'unreachable' },
      { ...base, index: 7, network: 'mastodon', handle: 'f@s.test', status: 'ok', checked: '2026-11-29' },
    ];
    expect(plannedChanges(results, '2026-11-29').map((c) => `${c.path.join('.')}=${c.to}`)).toEqual([
      'targets.0.handles.bluesky.checked=2026-11-29',
      'targets.0.handles.bluesky.did=did:plc:a',
      'targets.1.handles.bluesky.handle=c.test',
      'targets.1.handles.bluesky.checked=2026-11-29',
      'targets.2.handles.mastodon.handle=n@n.test',
      'targets.2.handles.mastodon.checked=2026-11-29',
    ]);
  });

  it('keeps a BOM and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-write-'));
    const file = join(dir, 'targets.json');
    writeFileSync(file, '\uFEFF{\r\n  "targets": [ { "handles": { "bluesky": { "handle": "a.test" } } } ]\r\n}\r\n');
    const result: HandleResult = { target: { id: 't', name: 'T' }, index: 0, network: 'bluesky', handle: 'a.test', checked: null, status: 'ok', did: 'did:plc:a', detail: '' };
    const applied = await writeHandleChanges(file, [result], plannedChanges([result], '2026-11-29'));
    expect(applied).toHaveLength(2);
    expect(readFileSync(file, 'utf8')).toBe('\uFEFF{\r\n  "targets": [ { "handles": { "bluesky": { "handle": "a.test", "checked": "2026-11-29", "did": "did:plc:a" } } } ]\r\n}\r\n');
    expect(readdirSync(dir)).toEqual(['targets.json']);
  });
});
