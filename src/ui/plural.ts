/**
 * A count and its noun in agreement, for messages: `plural(1, 'draft')` is `1 draft`, `plural(2, 'draft')`
 * `2 drafts`; `many` for a noun whose plural is not `one` + `s`.
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
