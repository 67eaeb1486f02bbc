// `pledge handles check --write`: the outcome of a check written into the campaign's files in place: targets'
// handles in targets.json, cc accounts in campaign.json. Only the values that change are touched
// (jsonc-parser locates them; everything else, indentation, key order, spacing, line ends and a BOM, stays
// byte for byte), and each file is replaced atomically.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileError } from '../errors.js';
import { writeAtomically, describeWriteError } from '../export/write.js';
import { isFsError } from '../fs-errors.js';
import { toJsonText } from '../ui/sanitize.js';
import { handleLocation, type HandleResult } from './check-handles.js';

type JsonPath = (string | number)[];

/** One value written: in `file`, at `path`, from its old value (undefined: absent) to `to`. */
export interface HandleChange {
  role: HandleResult['role'];
  /** The target's id; null for a cc account. */
  target: string | null;
  network: HandleResult['network'];
  file: 'targets.json' | 'campaign.json';
  /**
   * The JSON path of the value: `$.targets[i].handles.<network>.<field>`, or a cc account's
   * `$.networks.<network>.cc[i]`.
   */
  path: JsonPath;
  field: 'handle' | 'checked' | 'did';
  from: string | null | undefined;
  to: string;
  /** The handle that was checked and where it is: the change is made only while the file still holds it there. */
  checkedHandle: { path: JsonPath; value: string };
}

/**
 * The new handle written in the form the old one was: with a leading "@" when the old one had it (Mastodon's
 * `@user@instance`), without when it had none. Applied to targets' handles and cc entries alike.
 */
const likeOld = (old: string, now: string) => {
  const bare = now.replace(/^@/, '');
  return old.startsWith('@') ? `@${bare}` : bare;
};

/**
 * The values `--write` sets for each result. A target's handle: for `ok`, `checked` (today) and, on Bluesky,
 * `did`; for `renamed` and `moved` (when the new account is known), the new `handle` and `checked` (the new
 * handle was just confirmed by the network). A cc account (a bare handle: no date, no DID to keep): for
 * `renamed` and `moved`, the new handle in place of the old, nothing else. A new handle is written as the old
 * one was (see likeOld), and never when the result has a `conflict` (another entry has that handle: nothing is
 * written for that handle then). Nothing for `not-found`, `mismatch` and `unreachable`. Values already right
 * are left alone. `today` is `YYYY-MM-DD`.
 */
export function plannedChanges(results: readonly HandleResult[], today: string): HandleChange[] {
  const changes: HandleChange[] = [];
  for (const r of results) {
    const follow = (r.status === 'renamed' || r.status === 'moved') && r.newHandle !== undefined;
    if ((r.status !== 'ok' && !follow) || r.conflict !== undefined) continue;
    const { file, path: handlePath } = handleLocation(r);
    const checkedHandle = { path: handlePath, value: r.handle };
    const base = { role: r.role, target: r.target?.id ?? null, network: r.network, file, checkedHandle };
    const newHandle = follow ? likeOld(r.handle, r.newHandle!) : undefined;
    if (r.role === 'cc') {
      if (newHandle !== undefined)
        changes.push({ ...base, path: handlePath, field: 'handle', from: r.handle, to: newHandle });
      continue;
    }
    const set = (field: HandleChange['field'], from: string | null | undefined, to: string | undefined) => {
      if (to !== undefined && from !== to)
        changes.push({ ...base, path: [...handlePath.slice(0, -1), field], field, from, to });
    };
    set('handle', r.handle, newHandle);
    set('checked', r.checked, today);
    if (r.network === 'bluesky') set('did', r.storedDid, r.did);
  }
  return changes;
}

type JsoncNode = import('jsonc-parser').Node;

/** The text with `changes` applied; a change whose place no longer holds the handle that was checked is skipped. */
export async function editHandlesText(
  text: string,
  changes: readonly HandleChange[],
): Promise<{ text: string; applied: HandleChange[] }> {
  const { parseTree, findNodeAtLocation, applyEdits } = await import('jsonc-parser');
  const root = parseTree(text);
  if (!root) return { text, applied: [] };
  const edits: { offset: number; length: number; content: string }[] = [];
  const applied: HandleChange[] = [];
  for (const c of changes) {
    // The file changed since it was read (edited meanwhile): leave that entry as it is.
    if (findNodeAtLocation(root, c.checkedHandle.path)?.value !== c.checkedHandle.value) continue;
    const content = toJsonText(c.to, 0);
    const node = findNodeAtLocation(root, c.path);
    if (node) edits.push({ offset: node.offset, length: node.length, content });
    else {
      // A new property goes after the entry's last one, separated as that one is from what precedes it.
      const entry = findNodeAtLocation(root, c.path.slice(0, -1)) as JsoncNode;
      const last = entry.children!.at(-1)!;
      let ws = last.offset;
      while (ws > 0 && /\s/.test(text[ws - 1]!)) ws--;
      const colon =
        /:\s*/.exec(
          text.slice(last.children![0]!.offset + last.children![0]!.length, last.children![1]!.offset),
        )?.[0] ?? ': ';
      edits.push({
        offset: last.offset + last.length,
        length: 0,
        content: `,${text.slice(ws, last.offset)}${toJsonText(c.field, 0)}${colon}${content}`,
      });
    }
    applied.push(c);
  }
  return { text: applyEdits(text, edits), applied };
}

/**
 * Applies `changes` to the campaign folder `dir`: targets.json, then campaign.json, each read again now (so edits
 * made meanwhile are kept) and replaced atomically, keeping a BOM, the line ends and all formatting. A file with
 * nothing to change is not touched. Returns the changes applied.
 * @throws FileError when a file cannot be read or written (that file is unchanged; targets.json may already have
 * been written when campaign.json fails).
 */
export async function writeHandleChanges(dir: string, changes: readonly HandleChange[]): Promise<HandleChange[]> {
  const applied: HandleChange[] = [];
  for (const name of ['targets.json', 'campaign.json'] as const) {
    const mine = changes.filter((c) => c.file === name);
    if (!mine.length) continue;
    const file = join(dir, name);
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (e) {
      if (!isFsError(e)) throw e;
      throw new FileError(describeWriteError(file, e));
    }
    const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
    const edited = await editHandlesText(raw.slice(bom.length), mine);
    if (edited.applied.length) await writeAtomically(file, [bom + edited.text], { force: true });
    applied.push(...edited.applied);
  }
  return applied;
}
