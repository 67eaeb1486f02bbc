// `pledge handles check`'s output, made from the same data in both forms: a table with what to do for each
// handle, or one JSON document (documented in the README).
import { plural } from '../ui/plural.js';
import { NETWORKS } from '../networks/index.js';
import { formatTable } from '../render/table.js';
import type { Colors } from '../ui/color.js';
import { oneLine, toJsonText } from '../ui/sanitize.js';
import { handleLocation, jsonPathText, type HandleEntry, type HandleResult, type HandlesReport } from './check-handles.js';
import { HANDLE_STATUSES, type HandleStatus, type VerdictCause } from './verdict.js';
import type { HandleChange } from './write-handles.js';

const mention = (network: HandleEntry['network'], handle: string) => NETWORKS[network].mention(handle);

/** Who a handle is: the target's id, or `(cc)` for an account the campaign cc's (no target id has parentheses). */
const who = (e: HandleEntry) => e.target?.id ?? '(cc)';

/** A handle's identity across results and changes: the JSON path of the handle itself. */
const placeKey = (path: readonly (string | number)[]) => JSON.stringify(path);

/** What to do about an unreachable handle, by why it is (see VerdictCause). */
const UNREACHABLE_ACTION: Partial<Record<VerdictCause, string>> = {
  'no-answer': 'try again later (no answer)',
  'server-error': 'try again later (the server answered with an error)',
  'access-refused': 'check it by hand: the server answers only signed requests',
  'too-large': 'check it by hand: the answer was too large to read',
  'redirect-refused': 'check it by hand: the server redirected to a URL pledge does not follow',
  'bad-link': 'check it by hand: the server gave a link pledge does not follow',
};

/** What to do about a mismatch, by why it is (see VerdictCause); impersonation unless said otherwise. */
const MISMATCH_ACTION: Partial<Record<VerdictCause, string>> = {
  'conflicting-records':
    "do not use: its _atproto TXT records name different accounts (ambiguous; possibly taken over); ask the domain's owner to keep one",
  'self-move': 'check it by hand: the account says it moved to itself, which is not a move',
  'move-cycle': 'check it by hand: its moves go round in a circle, so no account is the new one',
  'move-unconfirmed':
    'do not follow the move: the account it names does not confirm it (possible impersonation); confirm by hand',
};

/** What to do about a handle, in a few words; `written` when --write has already applied the fix. */
function actionFor(r: HandleResult, written: boolean): string {
  const now = r.newHandle === undefined ? '' : mention(r.network, r.newHandle);
  switch (r.status) {
    case 'ok':
      if (r.role === 'cc') return 'nothing';
      return written ? 'nothing (checked date recorded)' : 'nothing (--write records the check)';
    case 'renamed':
    case 'moved':
      if (r.newHandle === undefined)
        return r.cause === 'move-unconfirmed'
          ? 'moved, but the new account could not be confirmed: try again later, or find it by hand'
          : 'moved: find the new account by hand';
      if (r.conflict !== undefined)
        return `${r.status === 'moved' ? 'moved to' : 'now'} ${now}, not applied: another entry has that handle; decide by hand which one it is`;
      if (written) return `${r.status === 'moved' ? 'moved' : 'renamed'} to ${now}: applied`;
      return `${r.status === 'moved' ? 'moved to' : 'now'} ${now}: use it (--write applies it)`;
    case 'not-found':
      return r.role === 'cc'
        ? "find the account's current handle, or remove it from the cc list"
        : "find the organisation's current account, or remove the handle";
    case 'mismatch':
      return (
        (r.cause && MISMATCH_ACTION[r.cause]) ?? 'do not use: possible impersonation; confirm the account by hand'
      );
    case 'unreachable':
      return UNREACHABLE_ACTION[r.cause ?? 'no-answer'] ?? 'try again later (no answer)';
  }
}

const STATUS_COLOUR: Record<HandleStatus, Exclude<keyof Colors, 'enabled'>> = {
  ok: 'ok',
  renamed: 'warn',
  moved: 'warn',
  'not-found': 'error',
  mismatch: 'error',
  unreachable: 'dim',
};

/** Counts of each status, every status present. */
function tally(results: readonly HandleResult[]): Record<HandleStatus, number> {
  const counts = Object.fromEntries(HANDLE_STATUSES.map((s) => [s, 0])) as Record<HandleStatus, number>;
  for (const r of results) counts[r.status]++;
  return counts;
}

/** The note on X and Threads handles: no public lookup without credentials, so their date stays manual. */
function manualNote(manual: readonly HandleEntry[]): string | undefined {
  if (!manual.length) return undefined;
  const per = (role: HandleEntry['role']) =>
    (['x', 'threads'] as const)
      .map((n) => [NETWORKS[n].name, manual.filter((m) => m.network === n && m.role === role).length] as const)
      .filter(([, k]) => k > 0);
  const list = (role: HandleEntry['role'], noun: string) => {
    const counts = per(role);
    return counts.length ? counts.map(([name, k]) => plural(k, `${name} ${noun}`)).join(' and ') : undefined;
  };
  const what = [list('target', 'handle'), list('cc', 'cc account')].filter(Boolean).join(', and ');
  return `not checked: ${what}: X and Threads offer no public lookup without an account, so pledge does not check them (and never scrapes); check them by hand and set their checked date (handleChecked, handles.threads.checked; cc accounts have none)`;
}

/** The table and the lines under it: the manual note, the tally, and what --write changed (or would). */
export async function formatHandlesText(
  report: HandlesReport,
  applied: readonly HandleChange[] | undefined,
  c: Colors,
): Promise<string> {
  const writtenKeys = new Set((applied ?? []).map((ch) => placeKey(ch.checkedHandle.path)));
  const rows = report.results.map((r) =>
    [
      who(r),
      NETWORKS[r.network].name,
      mention(r.network, r.handle),
      r.status,
      actionFor(r, writtenKeys.has(placeKey(handleLocation(r).path))),
    ].map(oneLine),
  );
  let out = rows.length
    ? await formatTable(['TARGET', 'NETWORK', 'HANDLE', 'STATUS', 'WHAT TO DO'], rows, (cell, col, row) =>
        row < 0
          ? c.strong(cell)
          : col === 3
            ? c[STATUS_COLOUR[report.results[row]!.status]](cell)
            : col === 2
              ? c.handle(cell)
              : cell,
      )
    : 'no Bluesky or Mastodon handles to check\n';
  for (const r of report.results)
    if (r.status !== 'ok') {
      const conflict = r.conflict === undefined ? '' : `; not written: ${r.conflict}`;
      out += `  ${c.dim(`${oneLine(who(r))} ${NETWORKS[r.network].name}: ${oneLine(r.detail + conflict)}`)}\n`;
    }
  const note = manualNote(report.manual);
  if (note) out += `\n${c.dim(note)}\n`;
  const counts = tally(report.results);
  if (report.results.length)
    out += `\n${report.results.length} handle${report.results.length === 1 ? '' : 's'}: ${HANDLE_STATUSES.filter(
      (s) => counts[s],
    )
      .map((s) => `${counts[s]} ${s}`)
      .join(', ')}\n`;
  if (applied)
    out += writtenText(
      applied,
      report.results.some((r) => r.role === 'cc'),
    );
  return out;
}

/** What --write changed, file by file: `<who> <Network> <field>` (a cc account: its JSON path), old -> new. */
function writtenText(applied: readonly HandleChange[], ccChecked: boolean): string {
  if (!applied.length)
    return `\nnothing to write: ${ccChecked ? 'targets.json and campaign.json are' : 'targets.json is'} unchanged\n`;
  let out = '';
  for (const file of ['targets.json', 'campaign.json'] as const) {
    const mine = applied.filter((ch) => ch.file === file);
    if (!mine.length) continue;
    out += `\nwritten to ${file}:\n`;
    for (const ch of mine) {
      const what =
        ch.role === 'cc'
          ? `(cc) ${NETWORKS[ch.network].name} ${jsonPathText(ch.path)}`
          : `${oneLine(ch.target ?? '')} ${NETWORKS[ch.network].name} ${ch.field}`;
      out += `  ${what}: ${toJsonText(ch.from ?? null, 0)} -> ${toJsonText(ch.to, 0)}\n`;
    }
  }
  return out;
}

/** One handle in `--json`: every key present, null where unknown. */
function resultJson(r: HandleResult) {
  const { file, path } = handleLocation(r);
  return {
    role: r.role,
    target: r.target,
    file,
    path,
    network: r.network,
    handle: r.handle,
    status: r.status,
    cause: r.cause ?? null,
    did: r.did ?? null,
    storedDid: r.storedDid ?? null,
    newHandle: r.newHandle ?? null,
    checked: r.checked,
    detail: r.detail,
    conflict: r.conflict ?? null,
    action: actionFor(r, false),
  };
}

/**
 * `pledge handles check --json`: `{today, results: [{role, target: {id, name} | null, file, path, network, handle,
 * status, cause, did, storedDid, newHandle, checked, detail, conflict, action}], counts: {ok, renamed, moved,
 * not-found, mismatch, unreachable}, notChecked: [{role, target, file, path, network, handle, checked,
 * reason}], written: [{role, target, file, network, path, field, from, to}] | null}`. `role` is `target` or
 * `cc` (an account the campaign cc's: `target` null, `checked` null); `file` and `path` say where the handle
 * is (targets.json `["targets", 2, "handles", "bluesky", "handle"]`, campaign.json
 * `["networks", "bluesky", "cc", 0]`); `written` is null without --write; `cause` is a VerdictCause or null;
 * `conflict` says why a new handle is not written (another entry has it), or null.
 */
export function toHandlesJson(report: HandlesReport, applied: readonly HandleChange[] | undefined, today: string) {
  return {
    today,
    results: report.results.map(resultJson),
    counts: tally(report.results),
    notChecked: report.manual.map((m) => ({
      role: m.role,
      target: m.target,
      ...handleLocation(m),
      network: m.network,
      handle: m.handle,
      checked: m.checked,
      reason: 'no public lookup without credentials',
    })),
    written: applied
      ? applied.map((ch) => ({
          role: ch.role,
          target: ch.target,
          file: ch.file,
          network: ch.network,
          path: ch.path,
          field: ch.field,
          from: ch.from ?? null,
          to: ch.to,
        }))
      : null,
  };
}
