// `pledge handles check --write`: the outcome of a check written into targets.json in place. Only the values
// that change are touched (jsonc-parser locates them; everything else, indentation, key order, spacing, line
// ends and a BOM, stays byte for byte), and the file is replaced atomically.
import { readFileSync } from 'node:fs';
import { FileError } from '../errors.js';
import { writeAtomically, describeWriteError } from '../export/write.js';
import { isFsError } from '../fs-errors.js';
import type { HandleResult } from './check-handles.js';

/** One field written: `$.targets[index].handles.<network>.<field>`, from its old value (undefined: absent) to `to`. */
export interface HandleChange {
  target: string;
  network: HandleResult['network'];
  /** The JSON path of the field in targets.json. */
  path: (string | number)[];
  field: 'handle' | 'checked' | 'did';
  from: string | null | undefined;
  to: string;
}

/**
 * The fields `--write` sets for each result: for `ok`, `checked` (today) and, on Bluesky, `did`; for `renamed`
 * and `moved` (when the new account is known), the new `handle` and `checked` (the new handle was just
 * confirmed by the network); nothing for `not-found`, `mismatch` and `unreachable`. Values already right are
 * left alone. `today` is `YYYY-MM-DD`.
 */
export function plannedChanges(results: readonly HandleResult[], today: string): HandleChange[] {
  const changes: HandleChange[] = [];
  for (const r of results) {
    const at = ['targets', r.index, 'handles', r.network];
    const set = (field: HandleChange['field'], from: string | null | undefined, to: string | undefined) => {
      if (to !== undefined && from !== to) changes.push({ target: r.target.id, network: r.network, path: [...at, field], field, from, to });
    };
    const ok = r.status === 'ok';
    const follow = (r.status === 'renamed' || r.status === 'moved') && r.newHandle !== undefined;
    if (!ok && !follow) continue;
    if (follow) set('handle', r.handle, r.newHandle);
    set('checked', r.checked, today);
    if (r.network === 'bluesky') set('did', r.storedDid, r.did);
  }
  return changes;
}

type JsoncNode = import('jsonc-parser').Node;

/** The text with `changes` applied; a change whose entry no longer holds the handle that was checked is skipped. */
export async function editTargetsText(text: string, changes: readonly HandleChange[], checkedHandles: ReadonlyMap<string, string>): Promise<{ text: string; applied: HandleChange[] }> {
  const { parseTree, findNodeAtLocation, applyEdits } = await import('jsonc-parser');
  const root = parseTree(text);
  if (!root) return { text, applied: [] };
  const edits: { offset: number; length: number; content: string }[] = [];
  const applied: HandleChange[] = [];
  for (const c of changes) {
    const entryPath = c.path.slice(0, -1);
    const handleNode = findNodeAtLocation(root, [...entryPath, 'handle']);
    // The file changed since it was read (edited meanwhile): leave that entry as it is.
    if (handleNode?.value !== checkedHandles.get(JSON.stringify(entryPath))) continue;
    const content = JSON.stringify(c.to);
    const node = findNodeAtLocation(root, c.path);
    if (node) edits.push({ offset: node.offset, length: node.length, content });
    else {
      // A new property goes after the entry's last one, separated as that one is from what precedes it.
      const entry = findNodeAtLocation(root, entryPath) as JsoncNode;
      const last = entry.children!.at(-1)!;
      let ws = last.offset;
      while (ws > 0 && /\s/.test(text[ws - 1]!)) ws--;
      const colon = /:\s*/.exec(text.slice(last.children![0]!.offset + last.children![0]!.length, last.children![1]!.offset))?.[0] ?? ': ';
      edits.push({ offset: last.offset + last.length, length: 0, content: `,${text.slice(ws, last.offset)}${JSON.stringify(c.field)}${colon}${content}` });
    }
    applied.push(c);
  }
  return { text: applyEdits(text, edits), applied };
}

/**
 * Applies `changes` to the targets file `file` (read again now, so edits made meanwhile are kept), atomically,
 * keeping a BOM, the line ends and all formatting. Returns the changes applied.
 * @throws FileError when the file cannot be read or written (nothing is changed then).
 */
export async function writeHandleChanges(file: string, results: readonly HandleResult[], changes: readonly HandleChange[]): Promise<HandleChange[]> {
  if (!changes.length) return [];
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    if (!isFsError(e)) throw e;
    throw new FileError(describeWriteError(file, e));
  }
  const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
  const checked = new Map(results.map((r) => [JSON.stringify(['targets', r.index, 'handles', r.network]), r.handle]));
  const { text, applied } = await editTargetsText(raw.slice(bom.length), changes, checked);
  if (applied.length) await writeAtomically(file, [bom + text], { force: true });
  return applied;
}
