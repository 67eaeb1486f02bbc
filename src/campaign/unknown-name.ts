// "Unknown id" messages that stay one short line on any campaign: a 100,000-target campaign must not print
// every id it has (a 790 KB line), so a message names at most a few close matches and how many exist.
import { quote } from '../ui/quote.js';

/** At most this many names are listed in a message: the close matches, or every name when there are few. */
export const MAX_LISTED = 10;

/**
 * The Levenshtein distance between `a` and `b` (insertions, deletions, substitutions of UTF-16 units), or
 * `bound + 1` as soon as it is known to exceed `bound` (so comparing against 100,000 ids stays fast).
 */
export function editDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const d = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1),
      );
      row.push(d);
      if (d < best) best = d;
    }
    if (best > bound) return bound + 1;
    previous = row;
  }
  return Math.min(previous[b.length]!, bound + 1);
}

/**
 * Up to `max` of `known` that look like `wanted`, closest first (then in the order given): the same name in
 * another case, a name that starts with it (or that it starts with), then names within an edit distance of
 * a third of its length (at least 1, at most 3). Time: one bounded comparison per known name.
 */
export function closeMatches(wanted: string, known: Iterable<string>, max = MAX_LISTED): string[] {
  const w = wanted.toLowerCase();
  const bound = Math.min(3, Math.max(1, Math.floor(w.length / 3)));
  const scored: { name: string; score: number; order: number }[] = [];
  let order = 0;
  for (const name of new Set(known)) {
    const n = name.toLowerCase();
    let score: number;
    if (n === w) score = 0;
    else if (w.length >= 2 && (n.startsWith(w) || w.startsWith(n))) score = 1 + Math.abs(n.length - w.length) / 1000;
    else {
      const d = editDistance(w, n, bound);
      if (d > bound) continue;
      score = 1 + d;
    }
    scored.push({ name, score, order: order++ });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, max)
    .map((s) => s.name);
}

/** Names as a message lists them: quoted, comma-separated; past `max`, "and N more". */
function listNames(names: readonly string[], max = MAX_LISTED): string {
  const shown = names.slice(0, max).map((n) => quote(n));
  return names.length > max
    ? `${shown.join(', ')} and ${(names.length - max).toLocaleString('en-US')} more`
    : shown.join(', ');
}

/**
 * The message for ids that do not exist, one line of bounded length whatever the campaign's size:
 * `unknown target "amnesti"; did you mean "amnesty", "amnesty-uk"? (2,000 targets: pledge targets lists them)`.
 * With at most {@link MAX_LISTED} known names, every one is listed instead (`targets in this campaign: …`).
 * @param kind what the ids are, singular and plural: `['target', 'targets']`.
 * @param listed what precedes a full list: `targets in this campaign`, `campaign.json defines`.
 * @param where how the user sees them all: `pledge targets lists them`.
 */
export function unknownNames(
  kind: readonly [string, string],
  unknown: readonly string[],
  known: readonly string[],
  listed: string,
  where: string,
): string {
  const distinct = [...new Set(known)];
  const head = `unknown ${unknown.length === 1 ? kind[0] : kind[1]} ${listNames([...new Set(unknown)])}`;
  if (distinct.length === 0) return `${head}; there are no ${kind[1]}`;
  if (distinct.length <= MAX_LISTED) return `${head}; ${listed}: ${listNames(distinct)}`;
  const matches = new Set<string>();
  for (const u of unknown.slice(0, MAX_LISTED)) {
    for (const m of closeMatches(u, distinct)) if (matches.size < MAX_LISTED) matches.add(m);
  }
  const count = `${distinct.length.toLocaleString('en-US')} ${kind[1]}: ${where}`;
  return matches.size
    ? `${head}; did you mean ${listNames([...matches])}? (${count})`
    : `${head}; none is close (${count})`;
}

/**
 * The "unknown ask" message maker for a campaign's asks (see {@link unknownNames}), memoised per name: a
 * campaign may name the same missing ask in 100,000 targets.
 */
export function unknownAskMessages(askIds: readonly string[]): (ask: string) => string {
  const memo = new Map<string, string>();
  return (ask) => {
    let message = memo.get(ask);
    if (message === undefined)
      memo.set(
        ask,
        (message = unknownNames(
          ['ask', 'asks'],
          [ask],
          askIds,
          'campaign.json defines',
          'the "asks" of campaign.json',
        )),
      );
    return message;
  };
}
