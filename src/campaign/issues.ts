// Schema problems in our words. zod's own texts ("Invalid input: expected string, received null", "Invalid key
// in record") never reach the user: every schema gives its checks our messages, and whatever it leaves to
// zod gets DEFAULT_MESSAGE (schema.ts), which is replaced here by a wording made from the issue's code, the
// field and the value found.
import type * as z from 'zod/mini';
import { quote, showValue } from '../ui/quote.js';
import type { JsonPath } from './json-walk.js';
import { DEFAULT_MESSAGE, HANDLE_MESSAGE, HANDLE_PATTERN, schemaRule } from './schema.js';
import type { UnlocatedProblem } from './validate-objects.js';

/** The value at `path` of a parsed JSON value, looked up through own properties only. */
function valueAt(root: unknown, path: JsonPath): { found: boolean; value?: unknown } {
  let v: unknown = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, k)) return { found: false };
    v = (v as Record<string | number, unknown>)[k];
  }
  return { found: true, value: v };
}

const EXPECTED: Record<string, string> = {
  string: 'text (in double quotes)',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list ([...])',
  object: 'an object ({...})',
  record: 'an object ({...})',
  null: 'null',
};

/** What a field is called in a message: its key, or "this entry" for an item of a list. */
function label(at: JsonPath): string {
  const last = at[at.length - 1];
  if (last === undefined) return 'the file';
  return typeof last === 'number' ? `item ${last + 1} of ${label(at.slice(0, -1))}` : quote(last);
}

/** A bad handle, quoted, with what is wrong with it. */
function handleMessage(value: unknown, at: JsonPath): string {
  const what = at[0] === 'cc' ? 'cc handle' : 'handle';
  if (typeof value !== 'string') return `${what} must be text; found ${showValue(value)}`;
  const length = [...value].length;
  const why = value.startsWith('@')
    ? 'starts with "@"'
    : length > 15 || length === 0
      ? `is ${length} character${length === 1 ? '' : 's'}`
      : 'has a character other than a letter, digit or "_"';
  return `${what} ${quote(value)} ${why}; ${HANDLE_MESSAGE}`;
}

function defaultMessage(issue: z.core.$ZodIssue, at: JsonPath, value: unknown): string {
  const name = label(at);
  switch (issue.code) {
    case 'invalid_type':
      return `${name} must be ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return `${name} is too ${issue.origin === 'array' ? 'short a list' : issue.origin === 'string' ? 'short' : 'small'}`;
    case 'too_big':
      return `${name} is too ${issue.origin === 'array' ? 'long a list' : issue.origin === 'string' ? 'long' : 'large'}`;
    case 'invalid_format':
      return `${name} is not a valid ${issue.format}`;
    case 'invalid_value':
      return `${name} must be one of ${issue.values.map((v) => showValue(v)).join(', ')}`;
    case 'invalid_key': {
      const inner = issue.issues.find((i) => i.message !== DEFAULT_MESSAGE)?.message;
      return `the key ${quote(String(value))} is not allowed${inner ? `: ${inner}` : ''}`;
    }
    default:
      return `${name} is not valid`;
  }
}

/** One zod issue as a problem in our words, quoting the value found (shortened, invisible characters escaped). */
export function describeIssue(issue: z.core.$ZodIssue, root: unknown): UnlocatedProblem {
  const at = issue.path as JsonPath;
  const problem = (message: string, rule = 'schema'): UnlocatedProblem => ({ severity: 'error', rule, at, message });
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => quote(k)).join(', ');
    return {
      severity: 'error',
      rule: 'schema',
      at: [...at, issue.keys[0]!],
      message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys} (a typo?)`,
    };
  }
  const { found, value } = valueAt(root, at);
  if (issue.code === 'invalid_type' && !found)
    return problem(`missing required field ${quote(String(at[at.length - 1]))}`);
  const rule = schemaRule(issue);
  if (rule === 'invalid-handle' && issue.code === 'invalid_format' && issue.pattern === String(HANDLE_PATTERN))
    return problem(handleMessage(value, at), rule);
  if (issue.code === 'invalid_key') return problem(defaultMessage(issue, at, at[at.length - 1]));
  const message = issue.message === DEFAULT_MESSAGE ? defaultMessage(issue, at, value) : issue.message;
  // A rule on a whole object or list quotes what it needs itself ("found an object" would say nothing).
  const quoted = issue.code === 'custom' && typeof value === 'object' && value !== null;
  return problem(found && !quoted ? `${message}; found ${showValue(value)}` : message, rule);
}
