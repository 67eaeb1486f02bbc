// The schema of one campaign file, applied to its parsed value, with every issue in our words (issues.ts).
// A file made of one long list (targets.json) is validated one entry at a time, and an entry zod returns
// unchanged is kept as parsed: zod builds a copy of every object it validates, and holding the parsed file and
// zod's copy of 100,000 targets at once (the copies all surviving, which also grows V8's young generation) was
// most of the peak memory of a large export. Nothing from `node:`.
import type * as z from 'zod/mini';
import { describeIssue } from './issues.js';
import { formatJsonPath, isRecord, protoKeys, stringsWhere } from './json-walk.js';
import type { ProblemReport } from './validate-objects.js';

type Issue = z.core.$ZodIssue;

/** A file's list validated entry by entry: its key in the file, and the schema of one entry. */
export interface ListOf<S extends z.ZodMiniType> {
  key: string;
  item: S;
}

/** What {@link validateFile} found valid. */
export interface ValidFile<F, T> {
  /** The file's value, when it has no problem at all. */
  file?: F;
  /** With a list: its entries that are valid on their own, at their own indices (a sparse array). */
  entries?: T[];
}

/**
 * Whether `output` is `input` as JSON sees it: the same values, and the same keys in the same order (so keeping
 * the parsed value instead of zod's output changes nothing, not even the order of keys in a JSON export). Only
 * for values a schema accepted: their depth is the schema's.
 */
function sameJson(input: unknown, output: unknown): boolean {
  if (input === output) return true;
  if (typeof input !== 'object' || typeof output !== 'object' || input === null || output === null) return false;
  if (Array.isArray(input) !== Array.isArray(output)) return false;
  const a = input as Record<string, unknown>;
  const b = output as Record<string, unknown>;
  const keys = Object.keys(a);
  const outputKeys = Object.keys(b);
  if (keys.length !== outputKeys.length) return false;
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== outputKeys[i] || !sameJson(a[keys[i]!], b[keys[i]!])) return false;
  }
  return true;
}

/** Prefixes a path to an issue of one entry, as zod does for an array's items. */
const under = (prefix: (string | number)[], issue: Issue): Issue => ({ ...issue, path: [...prefix, ...issue.path] });

/**
 * The issues zod reports for `value` under `schema`, in zod's order, and the entries of `list` that are valid
 * on their own (the parsed entry itself where zod returns it unchanged). zod reports an object's keys in the
 * order of its shape, then its unknown keys: the list's entries take the list's place in that order. The
 * list's own schema must accept an empty list (targets.json's does: a campaign may address no one).
 */
function listIssues<S extends z.ZodMiniType>(schema: z.ZodMiniObject, value: Record<string, unknown>, list: ListOf<S>) {
  const items = value[list.key] as unknown[];
  const shell = schema.safeParse({ ...value, [list.key]: [] });
  const shellIssues = shell.success ? [] : shell.error.issues;
  const shape = Object.keys(schema.shape);
  const rank = (issue: Issue) => (issue.path.length ? shape.indexOf(String(issue.path[0])) : shape.length);
  const listRank = shape.indexOf(list.key);
  const issues = shellIssues.filter((issue) => rank(issue) < listRank);
  const entries: z.output<S>[] = [];
  for (let i = 0; i < items.length; i++) {
    const r = list.item.safeParse(items[i]);
    if (r.success) entries[i] = sameJson(items[i], r.data) ? (items[i] as z.output<S>) : r.data;
    else for (const issue of r.error.issues) issues.push(under([list.key, i], issue));
  }
  issues.push(...shellIssues.filter((issue) => rank(issue) >= listRank));
  const data = shell.success && issues.length === 0 ? { ...shell.data, [list.key]: entries } : undefined;
  return { issues, data, entries };
}

/** Paths of strings that cannot be encoded (lone UTF-16 surrogates, which JSON's \u escapes allow). */
function malformedStrings(value: unknown): { at: (string | number)[]; index: number }[] {
  return stringsWhere(value, (text) => !text.isWellFormed()).map(({ at, value: text }) => ({
    at,
    index: [...text].findIndex((ch) => ch.length === 1 && ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdfff),
  }));
}

/**
 * Validates one file's parsed value against its schema, adding every problem to `report`: lone surrogates
 * (where `surrogates` says the text may hold them), each schema issue in our words, and "__proto__" keys. With
 * `list`, and when the value is an object whose `list.key` is an array, that list is validated entry by entry
 * (the same problems, in the same order, as the whole file's schema gives) and its valid entries are returned.
 */
export function validateFile<F extends z.ZodMiniObject, S extends z.ZodMiniType = never>(
  schema: F,
  value: unknown,
  report: ProblemReport,
  surrogates: boolean,
  list?: ListOf<S>,
): ValidFile<z.output<F>, z.output<S>> {
  for (const { at, index } of surrogates ? malformedStrings(value) : []) {
    report.problems.push({
      severity: 'error',
      rule: 'encoding',
      at,
      message: `text contains a lone UTF-16 surrogate at character ${index + 1}, which cannot be encoded`,
    });
  }
  let result: { issues: Issue[]; data: unknown; entries?: z.output<S>[] };
  if (list && isRecord(value) && Array.isArray(value[list.key])) result = listIssues(schema, value, list);
  else {
    const r = schema.safeParse(value);
    result = { issues: r.success ? [] : r.error.issues, data: r.success ? r.data : undefined };
  }
  // A value of the wrong type gets that one problem: zod also runs the checks meant for the right type (the
  // length of a string runs on a list), which would only repeat it.
  const wrongType = new Set(result.issues.filter((i) => i.code === 'invalid_type').map((i) => formatJsonPath(i.path)));
  const issues = result.issues
    .filter((i) => i.code === 'invalid_type' || !wrongType.has(formatJsonPath(i.path)))
    .map((issue) => describeIssue(issue, value));
  // zod's records skip a "__proto__" key without a word (its strict objects report it as unknown): say so.
  const reported = new Set(issues.map((p) => formatJsonPath(p.at)));
  for (const at of protoKeys(value)) {
    if (!reported.has(formatJsonPath(at))) {
      issues.push({ severity: 'error', rule: 'schema', at, message: 'the key "__proto__" is not allowed here' });
    }
  }
  const clean = issues.length === 0 && report.problems.length === 0;
  for (const p of issues) report.problems.push(p);
  return { ...(clean && { file: result.data as z.output<F> }), ...(result.entries && { entries: result.entries }) };
}

/** The entries of `value[key]` that are valid on their own, at their own indices (a sparse array). */
export function validEntries<S extends z.ZodMiniType>(schema: S, value: unknown, key: string) {
  const list = (value as Record<string, unknown> | undefined)?.[key];
  if (!Array.isArray(list)) return undefined;
  const out: z.output<S>[] = [];
  list.forEach((item, i) => {
    const r = schema.safeParse(item);
    if (r.success) out[i] = r.data;
  });
  return out;
}
