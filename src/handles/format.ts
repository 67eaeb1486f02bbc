// `pledge handles check`'s output, made from the same data in both forms: a table with what to do for each
// handle, or one JSON document (documented in the README).
import { NETWORKS } from '../networks/index.js';
import { formatTable } from '../render/table.js';
import type { Colors } from '../ui/color.js';
import { oneLine } from '../ui/sanitize.js';
import type { HandleEntry, HandleResult, HandlesReport } from './check-handles.js';
import { HANDLE_STATUSES, type HandleStatus } from './verdict.js';
import type { HandleChange } from './write-handles.js';

const mention = (network: HandleEntry['network'], handle: string) => NETWORKS[network].mention(handle);

/** What to do about a handle, in a few words; `written` when --write has already applied the fix. */
function actionFor(r: HandleResult, written: boolean): string {
  const now = r.newHandle === undefined ? '' : mention(r.network, r.newHandle);
  switch (r.status) {
    case 'ok':
      return written ? 'nothing (checked date recorded)' : 'nothing (--write records the check)';
    case 'renamed':
      return written ? `renamed to ${now}: applied` : `now ${now}: use it (--write applies it)`;
    case 'moved':
      return r.newHandle === undefined ? 'moved: find the new account by hand' : written ? `moved to ${now}: applied` : `moved to ${now}: use it (--write applies it)`;
    case 'not-found':
      return "find the organisation's current account, or remove the handle";
    case 'mismatch':
      return 'do not use: possible impersonation; confirm the account by hand';
    case 'unreachable':
      return 'try again later (no answer)';
  }
}

const STATUS_COLOUR: Record<HandleStatus, Exclude<keyof Colors, 'enabled'>> = { ok: 'ok', renamed: 'warn', moved: 'warn', 'not-found': 'error', mismatch: 'error', unreachable: 'dim' };

/** Counts of each status, every status present. */
function tally(results: readonly HandleResult[]): Record<HandleStatus, number> {
  const counts = Object.fromEntries(HANDLE_STATUSES.map((s) => [s, 0])) as Record<HandleStatus, number>;
  for (const r of results) counts[r.status]++;
  return counts;
}

/** The note on X and Threads handles: no public lookup without credentials, so their date stays manual. */
function manualNote(manual: readonly HandleEntry[]): string | undefined {
  if (!manual.length) return undefined;
  const per = (['x', 'threads'] as const).map((n) => [NETWORKS[n].name, manual.filter((m) => m.network === n).length] as const).filter(([, k]) => k > 0);
  return `not checked: ${per.map(([name, k]) => `${k} ${name}`).join(' and ')} handle${manual.length === 1 ? '' : 's'}: X and Threads offer no public lookup without an account, so pledge does not check them (and never scrapes); check them by hand and set their checked date (handleChecked, handles.threads.checked)`;
}

/** The table and the lines under it: the manual note, the tally, and what --write changed (or would). */
export async function formatHandlesText(report: HandlesReport, applied: readonly HandleChange[] | undefined, c: Colors): Promise<string> {
  const writtenKeys = new Set((applied ?? []).map((ch) => `${ch.target} ${ch.network}`));
  const rows = report.results.map((r) => [r.target.id, NETWORKS[r.network].name, mention(r.network, r.handle), r.status, actionFor(r, writtenKeys.has(`${r.target.id} ${r.network}`))].map(oneLine));
  let out = rows.length
    ? await formatTable(['TARGET', 'NETWORK', 'HANDLE', 'STATUS', 'WHAT TO DO'], rows, (cell, col, row) =>
        row < 0 ? c.strong(cell) : col === 3 ? c[STATUS_COLOUR[report.results[row]!.status]](cell) : col === 2 ? c.handle(cell) : cell,
      )
    : 'no Bluesky or Mastodon handles to check\n';
  for (const r of report.results) if (r.status !== 'ok') out += `  ${c.dim(`${oneLine(r.target.id)} ${NETWORKS[r.network].name}: ${oneLine(r.detail)}`)}\n`;
  const note = manualNote(report.manual);
  if (note) out += `\n${c.dim(note)}\n`;
  const counts = tally(report.results);
  if (report.results.length) out += `\n${report.results.length} handle${report.results.length === 1 ? '' : 's'}: ${HANDLE_STATUSES.filter((s) => counts[s]).map((s) => `${counts[s]} ${s}`).join(', ')}\n`;
  if (applied) {
    out += applied.length ? `\nwritten to targets.json:\n${applied.map((ch) => `  ${oneLine(ch.target)} ${NETWORKS[ch.network].name} ${ch.field}: ${JSON.stringify(ch.from ?? null)} -> ${JSON.stringify(ch.to)}\n`).join('')}` : '\nnothing to write: targets.json is unchanged\n';
  }
  return out;
}

/** One handle in `--json`: every key present, null where unknown. */
function resultJson(r: HandleResult) {
  return {
    target: r.target,
    network: r.network,
    handle: r.handle,
    status: r.status,
    did: r.did ?? null,
    storedDid: r.storedDid ?? null,
    newHandle: r.newHandle ?? null,
    checked: r.checked,
    detail: r.detail,
    action: actionFor(r, false),
  };
}

/**
 * `pledge handles check --json`: `{today, results: [{target: {id, name}, network, handle, status, did, storedDid,
 * newHandle, checked, detail, action}], counts: {ok, renamed, moved, not-found, mismatch, unreachable},
 * notChecked: [{target, network, handle, checked, reason}], written: [{target, network, path, field, from, to}] |
 * null}` (`written` is null without --write).
 */
export function toHandlesJson(report: HandlesReport, applied: readonly HandleChange[] | undefined, today: string) {
  return {
    today,
    results: report.results.map(resultJson),
    counts: tally(report.results),
    notChecked: report.manual.map((m) => ({ target: m.target, network: m.network, handle: m.handle, checked: m.checked, reason: 'no public lookup without credentials' })),
    written: applied ? applied.map((ch) => ({ target: ch.target, network: ch.network, path: ch.path, field: ch.field, from: ch.from ?? null, to: ch.to })) : null,
  };
}
